/**
 * Loads a fixture page of tests/fixtures/x into the test's happy-dom document, the way a browser would show it:
 * same <html> attributes, head and body; script files are dropped (unit tests never run app.js; inline scripts
 * such as X's server-rendered state stay, as inert text); declarative shadow DOM (<template shadowrootmode>), which
 * happy-dom does not parse, is turned into real attached shadow roots.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const FIXTURE_DIR = resolve(__dirname, '../../fixtures/x');

/** Every fixture page, by name without ".html". */
export const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8');
}

/** Attaches every `<template shadowrootmode>` under `root` as its parent's shadow root (recursively, inner first). */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll<HTMLTemplateElement>('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    const content = template.content.cloneNode(true) as DocumentFragment;
    attachDeclarativeShadowRoots(content);
    shadow.append(content);
    template.remove();
  }
}

/** Replaces the current document's content with the fixture; returns the document. */
export function loadFixture(name: string, doc: Document = document): Document {
  const parsed = new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script[src]'))) script.remove();
  const html = doc.documentElement;
  for (const attribute of Array.from(html.attributes)) html.removeAttribute(attribute.name);
  for (const attribute of Array.from(parsed.documentElement.attributes)) html.setAttribute(attribute.name, attribute.value);
  html.replaceChildren(...Array.from(parsed.documentElement.childNodes, (node) => doc.importNode(node, true)));
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/** querySelectorAll that also searches every open shadow root. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = Array.from(root.querySelectorAll(selector));
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.shadowRoot) found.push(...deepQueryAll(el.shadowRoot, selector));
  }
  return found;
}

/** The first match of `selector`, searching open shadow roots too; throws when there is none. */
export function deepQuery<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = deepQueryAll(root, selector)[0];
  if (!el) throw new Error(`no element matches ${selector}`);
  return el as T;
}

/** Puts text in an editor the way X renders it: `value` for a textarea, one Draft.js block per line otherwise. */
export function setDraft(editor: HTMLElement, text: string): void {
  if (editor.localName === 'textarea') {
    (editor as HTMLTextAreaElement).value = text;
    return;
  }
  const blocks = text.split('\n').map((line, i) => {
    const content = line ? `<span data-text="true">${line}</span>` : '<br data-text="true">';
    return `<div data-block="true" data-offset-key="k${i}-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="k${i}-0-0">${content}</span></div></div>`;
  });
  editor.innerHTML = `<div data-contents="true">${blocks.join('')}</div>`;
}

/** Enables a publish control as X does once the composer is valid. */
export function enable(control: Element): void {
  control.removeAttribute('disabled');
  control.removeAttribute('aria-disabled');
}
