/**
 * Editor facts every platform shares, read from ARIA rather than from any site's markup: pure, no state.
 */

/**
 * Is a suggestion list open on this editor (mentions, hashtags, emoji)? Then Enter picks a suggestion and sends
 * nothing: a publish intercepted there would replay a half-written message. ARIA comboboxes say so with
 * `aria-expanded="true"` or an `aria-activedescendant` that names an option present in the editor's tree (a stale id
 * that names nothing does not count: X keeps one on its editors).
 */
export function suggestionsOpen(editor: Element): boolean {
  if (editor.getAttribute('aria-expanded') === 'true') return true;
  const active = editor.getAttribute('aria-activedescendant');
  if (!active) return false;
  const root = editor.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' && root.getElementById(active) !== null;
}
