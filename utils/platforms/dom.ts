/**
 * Reading the DOM the same way on every platform: text without layout (happy-dom, which the unit tests use, lays
 * nothing out, so innerText would differ from a real browser), embedded JSON, open shadow roots. Pure.
 */

const ELEMENT_NODE = 1;

/** An Element, whatever realm it comes from (in Firefox a page node seen from a content script fails instanceof). */
export function isElement(target: unknown): target is Element {
  return typeof target === 'object' && target !== null && (target as Node).nodeType === ELEMENT_NODE;
}

/**
 * Is this control out of use now: `disabled` (a native button) or `aria-disabled="true"` (a `div[role=button]`)? The one
 * reading of a disabled control, for the gesture classifier and the guard's replay alike.
 */
export function isDisabled(control: Element): boolean {
  return (control as HTMLButtonElement).disabled === true || control.getAttribute('aria-disabled') === 'true';
}

/** Tags that start a new line of text. */
const BLOCK_TAGS = new Set(['div', 'p', 'li', 'ul', 'ol', 'blockquote', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer']);
/** Tags whose content is never text a person reads or wrote (LinkedIn's `li-icon` holds an svg). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'svg', 'li-icon']);

export interface TextOptions {
  /** `<img alt>` as text: emoji are images in editors. Default true. */
  imageAlt?: boolean;
  /** Leave out `aria-hidden="true"` subtrees (placeholders drawn over an editor). Default false. */
  skipHidden?: boolean;
}

/** Text nodes, `<br>` and block boundaries as newlines, `<img alt>`; trailing newlines dropped. */
export function visibleText(el: Element, { imageAlt = true, skipHidden = false }: TextOptions = {}): string {
  const out: string[] = [];
  const endsWithNewline = () => out.length === 0 || out[out.length - 1]!.endsWith('\n');
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out.push((child as Text).data);
      else if (isElement(child)) {
        const tag = child.localName;
        if (SKIPPED_TAGS.has(tag) || (skipHidden && child.getAttribute('aria-hidden') === 'true')) continue;
        if (tag === 'br') out.push('\n');
        else if (tag === 'img') out.push(imageAlt ? (child.getAttribute('alt') ?? '') : '');
        else if (BLOCK_TAGS.has(tag)) {
          if (!endsWithNewline()) out.push('\n');
          walk(child);
          if (!endsWithNewline()) out.push('\n');
        } else walk(child);
      }
    }
  };
  walk(el);
  return out.join('').replace(/\n+$/, '');
}

/** The balanced `{…}` JSON object starting at `start` in `text`, skipping braces inside strings. */
export function objectAt(text: string, start: number): string | undefined {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}

/** `root` and every open shadow root below it, recursively (a full walk: for finding composers, not for polls). */
export function treesUnder(root: ParentNode): ParentNode[] {
  const trees: ParentNode[] = [root];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const shadow = el.shadowRoot;
    if (shadow) trees.push(...treesUnder(shadow));
  }
  return trees;
}

