/**
 * Where the focus goes after an options list re-renders: a saved edit re-creates or moves the item the user was on,
 * and a moved or re-created node loses the focus. The sections say where it should land; this puts it there.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';

/**
 * Returns `focusLater(id, actions)`: after the next render that shows the <li> whose `idAttribute` is `id` (under
 * `root`), focus its first enabled control among `actions` ([data-action] values, in order of preference). It waits
 * over renders, because a save re-renders the list only when the saved settings come back.
 */
export function useFocusAfterRender(root: RefObject<HTMLElement>, idAttribute: string) {
  const target = useRef<{ id: string; actions: string[] } | null>(null);
  useEffect(() => {
    const wanted = target.current;
    if (!wanted) return;
    const item = [...(root.current?.querySelectorAll(`li[${idAttribute}]`) ?? [])].find((el) => el.getAttribute(idAttribute) === wanted.id);
    if (!item) return;
    target.current = null;
    for (const action of wanted.actions) {
      const control = item.querySelector<HTMLButtonElement | HTMLInputElement>(`[data-action="${action}"]`);
      if (control && !control.disabled) return void control.focus();
    }
  });
  return (id: string, actions: string[]) => {
    target.current = { id, actions };
  };
}
