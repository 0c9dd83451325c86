/**
 * Loads a page of tests/fixtures/facebook into the test's happy-dom document the way a browser shows it (same <html>
 * attributes, head and body; script files dropped, inline JSON kept as inert text), and the helpers to play
 * Facebook's editors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/facebook');

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

/** The cookies the fixture declares (what the router serves with it). */
export function cookieFor(doc: Document): string {
  return doc.documentElement.getAttribute('data-fixture-cookies') ?? '';
}

/** Puts text in an editor as Facebook renders it: Lexical paragraphs, or Draft blocks in Business Suite's editor. */
export function setDraft(editor: HTMLElement, text: string): void {
  const lines = text.split('\n');
  if (editor.querySelector('[data-contents]')) {
    const blocks = lines.map((line, i) => {
      const content = line ? `<span data-text="true">${line}</span>` : '<br data-text="true">';
      return `<div data-block="true" data-offset-key="k${i}-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="k${i}-0-0">${content}</span></div></div>`;
    });
    editor.innerHTML = `<div data-contents="true">${blocks.join('')}</div>`;
    return;
  }
  editor.innerHTML = lines.map((line) => `<p dir="auto">${line ? `<span data-lexical-text="true">${line}</span>` : '<br>'}</p>`).join('');
}

/** Enables a control as Facebook does once its composer has text. */
export function enable(control: Element): void {
  control.removeAttribute('aria-disabled');
}
