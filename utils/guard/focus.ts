/** Where the keyboard focus is, across open shadow roots (composers live in some: LinkedIn's share box, X Chat). */

/** The focused element, inside open shadow roots too. */
export function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Is `node` inside `container`, crossing shadow roots? */
export function within(container: Element, node: Node | null): boolean {
  for (let n = node; n; n = n.parentNode ?? (n.nodeType === 11 ? ((n as ShadowRoot).host ?? null) : null)) {
    if (n === container) return true;
  }
  return false;
}

/** Does this composer hold the focus now? */
export const hasFocus = (composer: Element): boolean => within(composer, deepActive(composer.ownerDocument));
