/**
 * `submit` is not composed: from inside a shadow root (X Chat…) it never reaches window. The guard listens on each open
 * shadow root the user focuses something in, once, instead of watching the whole document for new roots.
 */
export function watchShadowSubmits(listener: (event: Event) => void): (focused: EventTarget | undefined) => void {
  const watched = new WeakSet<Node>();
  return (focused) => {
    const root = (focused as Node | undefined)?.getRootNode?.();
    // Duck-typed: in Firefox, a page node seen from the content script fails `instanceof` of our own globals.
    if (!root || root.nodeType !== 11 || !('host' in root) || watched.has(root)) return;
    watched.add(root);
    root.addEventListener('submit', listener, true);
  };
}
