/**
 * Editor facts every platform shares, read from ARIA rather than from any site's markup: pure, no state.
 */

/**
 * Is a suggestion list open on this editor (mentions, hashtags, emoji)? Then Enter picks a suggestion and sends
 * nothing: a publish intercepted there would replay a half-written message. Read from ARIA, and only believed when
 * the list is there: `aria-activedescendant` naming an option present in the editor's tree, or `aria-expanded="true"`
 * with an `aria-controls`/`aria-owns` list that exists and holds options. A stale attribute alone (X keeps an
 * activedescendant id on its editors) never makes Enter unguarded.
 */
export function suggestionsOpen(editor: Element): boolean {
  const root = editor.getRootNode() as Document | ShadowRoot;
  if (typeof root.getElementById !== 'function') return false;
  const byId = (id: string | null) => (id ? root.getElementById(id) : null);
  if (byId(editor.getAttribute('aria-activedescendant'))) return true;
  if (editor.getAttribute('aria-expanded') !== 'true') return false;
  const lists = `${editor.getAttribute('aria-controls') ?? ''} ${editor.getAttribute('aria-owns') ?? ''}`.split(/\s+/);
  return lists.some((id) => {
    const list = byId(id);
    return !!list && (list.matches('[role="option"]') || list.querySelector('[role="option"]') !== null);
  });
}
