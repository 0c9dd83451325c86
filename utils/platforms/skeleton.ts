/**
 * "Report a broken page": a privacy-safe skeleton of a page, for a bug report and, once reviewed, for a test fixture
 * (README, "Reporting a broken page"). Pure: a function of the DOM, the page's URL and the platform's HealthSpec.
 *
 * What it keeps: the tree of elements (open shadow roots as `<template shadowrootmode="open">`, as the fixtures write
 * them), tag names, `role`, ARIA states, `data-testid`, `componentkey`, `type`, `contenteditable`, and every attribute
 * the platform's selector table uses, so that the hooks count on the skeleton as they do on the page.
 *
 * What it never keeps:
 * - text: every text node becomes "⋯", unless its whole text is one of the platform's control labels ("Publier");
 * - labels that may be user text (aria-label, aria-placeholder, aria-description, alt, title, placeholder…): kept
 *   only when the value is a known control label of the platform, else "⋯" (the attribute stays: `[aria-label]` hooks
 *   still match);
 * - URLs: href and src become their path pattern, each segment kept only when it is a route of the site
 *   (`/in/:name/`, `/company/:id/admin/`); no host, query or fragment. Images (img, svg image, video, source) lose
 *   their source, inline styles and srcset go, and scripts and styles keep no content;
 * - classes are hashed (`c1k3x9`), except those the selector table names; ids are hashed unless a selector names them
 *   or they are plain lowercase words (`global-nav`); references to ids (aria-labelledby…) follow the same hashing;
 * - free attribute values that are kept (test ids, component keys) lose any word that the page shows as text, label or
 *   link (a handle in `UserAvatar-Container-<handle>` becomes `x`) and any run of 4 digits or more (ids) becomes zeros.
 * - our own elements (`[data-right-account]`) are left out.
 * Size: at most `maxElements` elements (the rest is cut, and said so in a comment).
 */
import type { HealthSpec } from './health';
import { foldLabel } from './health';
import { isElement } from './dom';

export interface Skeleton {
  html: string;
  /** Elements written. */
  elements: number;
  /** Elements were left out to respect the size cap. */
  truncated: boolean;
  /** The page's path pattern (`/:name/status/:id`). */
  path: string;
}

export interface SkeletonOptions {
  maxElements?: number;
}

export const SKELETON_MAX_ELEMENTS = 20_000;
/** How much of each embedded data block is read for the words to mask (Facebook's blocks can be megabytes). */
const EMBEDDED_CHARS = 500_000;
/** What replaces text and labels. Not a word: nothing of the page can be mistaken for it. */
export const REDACTED = '⋯';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is never kept (code, styles, inert templates). */
const NO_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
/** Elements whose source is a picture or a video: never kept. */
const MEDIA = new Set(['img', 'image', 'video', 'audio', 'source', 'picture', 'track', 'use']);

/** Attributes kept on every platform (with the value policies below). */
const ALWAYS = new Set(['role', 'type', 'contenteditable', 'disabled', 'hidden', 'open', 'method', 'id', 'class', 'data-testid', 'componentkey', 'href', 'src', 'alt', 'placeholder', 'title', 'lang', 'dir']);
/** Attributes whose value may be text a person wrote or a name: kept only when it is a known label. */
const LABEL_LIKE = /^(aria-(label|placeholder|description|roledescription|valuetext|braillelabel|brailleroledescription)|alt|title|placeholder|data-placeholder|data-text|label)$/;
/** The values of ARIA states and properties that are tokens or small numbers, never text (aria-expanded="false"). */
const ARIA_TOKEN = /^(true|false|mixed|undefined|menu|listbox|tree|grid|dialog|page|step|location|date|time|polite|assertive|off|inline|list|both|none|additions|removals|text|all|ascending|descending|other|horizontal|vertical|-?\d{1,4})$/;
/** Attributes whose value is a list of element ids. */
const ID_REFS = /^aria-(labelledby|describedby|controls|owns|activedescendant|details|errormessage|flowto)$/;

/** FNV-1a, in base 36: a stable short name for a class or an id that says nothing of it. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Words as the page could show them: letters, digits, `_` and `.` (handles), 3 characters or more, lower case. */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}_.]{3,}/gu) ?? []).map((w) => w.replace(/^\.+|\.+$/g, '')).filter((w) => w.length >= 3);
}

/** What the selector table names: attributes, classes, ids, and the literal values it compares attributes with. */
function vocabulary(spec: HealthSpec) {
  const attributes = new Set<string>();
  const classes = new Set<string>();
  const ids = new Set<string>();
  const values = new Set<string>();
  for (const selector of Object.values(spec.selectors)) {
    for (const m of selector.matchAll(/\[\s*([A-Za-z][\w:-]*)\s*(?:[~^$*|]?=\s*(["']?)([^"'\]]*)\2)?\s*(?:i\s*)?\]/g)) {
      attributes.add(m[1]!.toLowerCase());
      if (m[3]) values.add(m[3]);
      if (m[1] === 'id' && m[3]) ids.add(m[3]);
    }
    const bare = selector.replace(/\[[^\]]*\]/g, '');
    for (const m of bare.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) classes.add(m[1]!);
    for (const m of bare.matchAll(/#(-?[A-Za-z_][\w-]*)/g)) ids.add(m[1]!);
  }
  // Path segments the selectors compare hrefs with (`/in/`, `/explore/`).
  const routes = new Set(spec.routeWords.map((w) => w.toLowerCase()));
  for (const value of values) if (value.includes('/')) for (const segment of value.split('/')) if (segment) routes.add(segment.toLowerCase());
  return { attributes, classes, ids, values: [...values].sort((a, b) => b.length - a.length), routes };
}

/** The path pattern of a URL: route segments kept, the others `:id` (digits) or `:name`. No host, query or fragment. */
export function pathPattern(url: string, base: string, routes: ReadonlySet<string>): string {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return '';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return '';
  const segments = parsed.pathname.split('/').map((segment) => {
    if (!segment) return segment;
    let decoded = segment;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // a malformed escape: judged as it is
    }
    if (routes.has(decoded.toLowerCase())) return decoded;
    return /\d/.test(decoded) && !/\p{L}{3,}/u.test(decoded) ? ':id' : ':name';
  });
  return segments.join('/') || '/';
}

export function skeletonOf(root: ParentNode, url: string, spec: HealthSpec, { maxElements = SKELETON_MAX_ELEMENTS }: SkeletonOptions = {}): Skeleton {
  const vocab = vocabulary(spec);
  const known = new Set(spec.knownLabels);
  const start = isElement(root) ? root : ((root as Document).documentElement ?? null);

  // Pass 1: every word the page shows as text, a label or a link: never to be kept in a free attribute value.
  const shown = new Set<string>();
  const collect = (node: ParentNode) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) for (const w of wordsOf((child as Text).data)) shown.add(w);
      else if (isElement(child)) {
        if (child.hasAttribute('data-right-account')) continue;
        for (const attribute of Array.from(child.attributes)) {
          if (LABEL_LIKE.test(attribute.name) || attribute.name === 'href' || attribute.name === 'src' || attribute.name === 'value' || attribute.name.endsWith(':href'))
            for (const w of wordsOf(attribute.value)) shown.add(w);
        }
        if (child.localName === 'script' || child.localName === 'code') {
          // Embedded data (Facebook's and Instagram's JSON, LinkedIn's datalets, X's state) names people too: its words
          // are masked like the page's text, even though no script content is ever kept.
          for (const w of wordsOf((child.textContent ?? '').slice(0, EMBEDDED_CHARS))) shown.add(w);
        } else if (child.localName !== 'style') collect(child);
        if (child.shadowRoot) collect(child.shadowRoot);
        if (child.localName === 'template') collect((child as HTMLTemplateElement).content);
      }
    }
  };
  if (start) {
    for (const attribute of Array.from(start.attributes)) if (LABEL_LIKE.test(attribute.name)) for (const w of wordsOf(attribute.value)) shown.add(w);
    collect(start);
  }
  // The selector table's own words are ours, not the page's.
  for (const value of vocab.values) for (const w of wordsOf(value)) shown.delete(w);

  /** A free value (test id, component key…): the table's literal prefix kept, shown words and long numbers masked. */
  const free = (value: string): string => {
    const literal = vocab.values.find((v) => value.startsWith(v)) ?? '';
    const rest = value
      .slice(literal.length)
      .replace(/[\p{L}\p{N}_.]{3,}/gu, (word) => (shown.has(word.toLowerCase().replace(/^\.+|\.+$/g, '')) ? 'x' : word))
      .replace(/\d{4,}/g, (digits) => '0'.repeat(digits.length));
    return (literal + rest).slice(0, 200);
  };
  const label = (value: string): string => (!value || known.has(foldLabel(value)) || /^(true|false|\d{1,3})$/.test(value) ? value : REDACTED);
  const id = (value: string): string =>
    vocab.ids.has(value) || (/^[a-z]+(-[a-z]+)*$/.test(value) && !value.split('-').some((part) => shown.has(part)))
      ? value
      : vocab.values.some((v) => value.startsWith(v))
        ? free(value)
        : `i${hash(value)}`;
  const classList = (value: string): string =>
    value
      .split(/\s+/)
      .filter(Boolean)
      .map((c) => (vocab.classes.has(c) ? c : `c${hash(c)}`))
      .join(' ');

  function attributeValue(el: Element, name: string, value: string): string | null {
    if (name === 'class') return classList(value);
    if (name === 'id') return id(value);
    if (ID_REFS.test(name)) return value.split(/\s+/).filter(Boolean).map(id).join(' ');
    if (LABEL_LIKE.test(name)) return label(value);
    if (name === 'href' || name === 'src' || name.endsWith(':href')) {
      if (MEDIA.has(el.localName)) return null;
      return pathPattern(value, url, vocab.routes);
    }
    if (name.startsWith('aria-')) return ARIA_TOKEN.test(value) ? value : /^[\w -]{0,40}$/.test(value) ? free(value) : REDACTED;
    if (name === 'role' || name === 'type' || name === 'lang' || name === 'dir' || name === 'method') return /^[\w /+.-]{0,40}$/.test(value) ? value : null;
    return free(value);
  }

  function keepsAttribute(name: string): boolean {
    return ALWAYS.has(name) || name.startsWith('aria-') || vocab.attributes.has(name);
  }

  const out: string[] = [];
  let elements = 0;
  let left = 0;

  function openTag(el: Element): string {
    const parts = [el.localName];
    for (const attribute of Array.from(el.attributes)) {
      const name = attribute.name.toLowerCase();
      if (!keepsAttribute(name)) continue;
      const value = attributeValue(el, name, attribute.value);
      if (value === null) continue;
      parts.push(value === '' ? name : `${name}="${escapeAttr(value)}"`);
    }
    return `<${parts.join(' ')}>`;
  }

  function children(node: ParentNode, depth: number) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = (child as Text).data;
        if (!text.trim()) continue;
        out.push(known.has(foldLabel(text)) ? escapeText(text.trim()) : REDACTED);
      } else if (isElement(child)) element(child, depth + 1);
    }
  }

  function element(el: Element, depth: number) {
    if (el.hasAttribute('data-right-account')) return;
    if (elements >= maxElements || depth > 256) {
      left += 1 + el.getElementsByTagName('*').length;
      return;
    }
    elements++;
    const tag = el.localName;
    out.push(openTag(el));
    if (VOID.has(tag)) return;
    if (el.shadowRoot) {
      out.push('<template shadowrootmode="open">');
      children(el.shadowRoot, depth);
      out.push('</template>');
    }
    if (!NO_CONTENT.has(tag)) children(el, depth);
    out.push(`</${tag}>`);
  }

  const path = pathPattern(url, url, vocab.routes);
  if (start) {
    out.push(openTag(start));
    for (const child of Array.from(start.children)) element(child, 1);
    out.push(`</${start.localName}>`);
  }
  const head = [
    '<!DOCTYPE html>',
    '<!--',
    `  Right Account: a skeleton of a ${spec.platform} page, path ${path}.`,
    '  Kept: tag names, roles, ARIA states, test ids and the selector table\'s hooks. Left out: every text (⋯), names,',
    '  handles, URLs beyond their path pattern, pictures, styles. Classes and ids are hashed.',
    '  To turn it into a test fixture, see the README, "Reporting a broken page".',
    ...(left ? [`  Cut at ${elements} elements: ${left} more were left out.`] : []),
    '-->',
  ];
  return { html: `${head.join('\n')}\n${out.join('')}\n`, elements, truncated: left > 0, path };
}
