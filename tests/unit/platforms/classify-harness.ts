/**
 * How the classify tests of every platform see events: the way the guard does, a listener on `window` in the capture
 * phase calling adapter.classify(event, event.composedPath()), fed by real events dispatched in happy-dom.
 */
import { expect, onTestFinished } from 'vitest';
import type { PlatformAdapter, PublishGesture } from '../../../utils/platforms/adapter';

const TYPES = ['click', 'keydown', 'submit'] as const;

export interface WatchOptions {
  /**
   * Also listen for `submit` on every open shadow root of this document, as the guard does: a submit is not composed,
   * so one inside a shadow root never reaches `window` (LinkedIn's classic share box).
   */
  shadowSubmitsOf?: Document;
}

/**
 * Records what the adapter says about every click/keydown/submit that reaches the listener. Each dispatch helper
 * returns the classification of that one event, and fails the test when the event did not reach the listener.
 * The listeners are removed when the test ends, or earlier by `stop`. Call it inside a test.
 */
export function watchGestures(adapter: Pick<PlatformAdapter, 'classify'>, options: WatchOptions = {}) {
  const seen: (PublishGesture | null)[] = [];
  const onEvent = (event: Event) => seen.push(adapter.classify(event, event.composedPath()));
  for (const type of TYPES) window.addEventListener(type, onEvent, true);
  const roots = options.shadowSubmitsOf
    ? Array.from(options.shadowSubmitsOf.querySelectorAll('*'), (el) => el.shadowRoot).filter((root): root is ShadowRoot => root !== null)
    : [];
  for (const root of roots) root.addEventListener('submit', onEvent, true);
  const stop = () => {
    for (const type of TYPES) window.removeEventListener(type, onEvent, true);
    for (const root of roots) root.removeEventListener('submit', onEvent, true);
  };
  onTestFinished(stop);
  const last = (dispatch: () => void) => {
    const before = seen.length;
    dispatch();
    expect(seen.length, 'the event reached the listener').toBe(before + 1);
    return seen[seen.length - 1]!;
  };
  return {
    seen,
    stop,
    click: (el: Element) => last(() => el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }))),
    key: (el: Element, init: KeyboardEventInit & { keyCode?: number } = {}) =>
      last(() =>
        el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, composed: true, cancelable: true, ...init } as KeyboardEventInit)),
      ),
    submit: (form: Element, submitter?: HTMLElement) =>
      last(() => form.dispatchEvent(Object.assign(new Event('submit', { bubbles: true, cancelable: true }), submitter ? { submitter } : {}))),
  };
}

/** The composed path a browser would give for an event on `el` (through shadow hosts, up to window). */
export function pathOf(el: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = el; node; ) {
    path.push(node);
    node = node.parentNode ?? ((node as ShadowRoot).host || null);
  }
  return [...path, window];
}
