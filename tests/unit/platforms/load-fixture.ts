/**
 * The one fixture loader of the four platforms: loads a page of tests/fixtures/<platform> into the test's happy-dom
 * document the way a browser would show it. Same <html> attributes, head and body; script files are dropped (unit
 * tests never run app.js); inline scripts (X's server-rendered state, Facebook's and Instagram's JSON blocks) and
 * LinkedIn's <code> datalets stay, as inert text; declarative shadow DOM (<template shadowrootmode>), which happy-dom
 * does not parse, is turned into real attached shadow roots (LinkedIn's #interop-outlet, X Chat).
 *
 * Each platform's tests/unit/<platform>/load-fixture.ts binds this loader to its fixtures and adds the helpers that
 * play its own editors (setDraft, enable).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Platform } from '../../../utils/types';

export function fixtureDir(platform: Platform): string {
  return resolve(__dirname, '../../fixtures', platform);
}

/** Every fixture page of a platform, by name without ".html", sorted. */
export function fixtureNames(platform: Platform): string[] {
  return readdirSync(fixtureDir(platform))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.slice(0, -'.html'.length))
    .sort();
}

export function fixtureHtml(platform: Platform, name: string): string {
  return readFileSync(join(fixtureDir(platform), `${name}.html`), 'utf8');
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

/** Replaces the content of `doc` (the test's document by default) with the page `html`; returns the document. */
export function loadPage(html: string, doc: Document = document): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of Array.from(parsed.querySelectorAll('script[src]'))) script.remove();
  const root = doc.documentElement;
  for (const attribute of Array.from(root.attributes)) root.removeAttribute(attribute.name);
  for (const attribute of Array.from(parsed.documentElement.attributes)) root.setAttribute(attribute.name, attribute.value);
  root.replaceChildren(...Array.from(parsed.documentElement.childNodes, (node) => doc.importNode(node, true)));
  attachDeclarativeShadowRoots(doc);
  return doc;
}

/** One platform's fixtures: their names, and the loader bound to them. */
export function fixturesOf(platform: Platform) {
  return {
    /** Every fixture page, by name without ".html". */
    FIXTURES: fixtureNames(platform),
    /** Replaces the current document's content with the fixture; returns the document. */
    loadFixture: (name: string, doc: Document = document) => loadPage(fixtureHtml(platform, name), doc),
  };
}

/** The cookie string the fixture router sends with the page (`data-fixture-cookies` on <html>). */
export function fixtureCookies(doc: Document): string {
  return doc.documentElement.getAttribute('data-fixture-cookies') ?? '';
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

/** The first match of `selector` in `root` itself (no shadow roots); throws when there is none. */
export function q<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`no element matches ${selector}`);
  return el;
}
