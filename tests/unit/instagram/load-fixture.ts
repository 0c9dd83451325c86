/**
 * Loads a fixture page of tests/fixtures/instagram into the test's happy-dom document, the way a browser would show it
 * (same loader as X's: script files dropped, inline data scripts kept as inert text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/instagram');

/** Every fixture page, by name without ".html". */
export const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8');
}

/** Replaces the current document's content with the fixture; returns the document. */
export function loadFixture(name: string, doc: Document = document): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script[src]'))) script.remove();
  const html = doc.documentElement;
  for (const attribute of Array.from(html.attributes)) html.removeAttribute(attribute.name);
  for (const attribute of Array.from(parsed.documentElement.attributes)) html.setAttribute(attribute.name, attribute.value);
  html.replaceChildren(...Array.from(parsed.documentElement.childNodes, (node) => doc.importNode(node, true)));
  return doc;
}

/** The cookie string the fixture router would send with the page (`data-fixture-cookies` on <html>). */
export function cookieFor(doc: Document): string {
  return doc.documentElement.getAttribute('data-fixture-cookies') ?? '';
}

/** The first match of `selector`; throws when there is none. */
export function q<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`no element matches ${selector}`);
  return el;
}

/** Puts text in an editor the way Instagram renders it: `value` for a textarea, one Lexical paragraph per line otherwise. */
export function setDraft(editor: HTMLElement, text: string): void {
  if (editor.localName === 'textarea') {
    (editor as HTMLTextAreaElement).value = text;
    return;
  }
  editor.innerHTML = text
    .split('\n')
    .map((line) => (line ? `<p class="xdj266r" dir="auto"><span data-lexical-text="true">${line}</span></p>` : '<p class="xdj266r"><br></p>'))
    .join('');
}

/** Enables a publish control as Instagram does once the composer has text. */
export function enable(control: Element): void {
  control.removeAttribute('aria-disabled');
}
