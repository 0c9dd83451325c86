/**
 * Loads a fixture page of tests/fixtures/linkedin into the test's happy-dom document, the way a browser shows it
 * (script files dropped, inline <code> data kept, declarative shadow DOM attached): the X loader's helpers, pointed
 * at the LinkedIn fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { attachDeclarativeShadowRoots } from '../x/load-fixture';

export { deepQuery, deepQueryAll } from '../x/load-fixture';

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/linkedin');

export const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

/** The URL each fixture stands for. */
export const URLS: Record<string, string> = {
  'feed-en': 'https://www.linkedin.com/feed/',
  'feed-fr': 'https://www.linkedin.com/feed/',
  'no-signals-en': 'https://www.linkedin.com/feed/',
  'page-admin-fr': 'https://www.linkedin.com/company/104857600/admin/page-posts/published/?share=true',
  'page-admin-en': 'https://www.linkedin.com/company/boulangerie-dupont/admin/page-posts/published/?share=true',
  'feed-ui-fr-account-en': 'https://www.linkedin.com/feed/',
};

export function loadFixture(name: string, doc: Document = document): Document {
  const parsed = new DOMParser().parseFromString(readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8'), 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script[src]'))) script.remove();
  const html = doc.documentElement;
  for (const attribute of Array.from(html.attributes)) html.removeAttribute(attribute.name);
  for (const attribute of Array.from(parsed.documentElement.attributes)) html.setAttribute(attribute.name, attribute.value);
  html.replaceChildren(...Array.from(parsed.documentElement.childNodes, (node) => doc.importNode(node, true)));
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/** Puts text in a LinkedIn editor the way Quill/TipTap render it: one <p> per line. */
export function setDraft(editor: HTMLElement, text: string): void {
  editor.innerHTML = text
    .split('\n')
    .map((line) => (line ? `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>` : '<p><br></p>'))
    .join('');
}

/** Enables a publish control as LinkedIn does once the composer has text. */
export function enable(control: Element): void {
  control.removeAttribute('disabled');
  control.removeAttribute('aria-disabled');
}
