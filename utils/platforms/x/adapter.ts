/**
 * The X adapter: the pure detectors of ./detect.ts applied to the live page. Reads everything at the moment it is
 * asked (identity, draft, controls: React replaces nodes at will), never throws, and keeps only two weak pieces of
 * state: the editor last used in each composer (to put the cursor back on cancel) and the keyboard gesture being
 * dispatched (so that a click or submit the site synthesises from it is not a second gesture).
 */
import type { PlatformAdapter, PublishGesture } from '../adapter';
import {
  classifyEvent,
  composerContaining,
  detectIdentity,
  draftOf,
  editorsOf,
  postEditorAt,
  publishControlOf,
  twidFromCookie,
} from './detect';
import { X_SELECTORS } from './selectors';

/**
 * Where the X content script runs. mobile.* serve the same web app (mobile layout). Not pro.x.com: X Pro
 * (TweetDeck) is a different application with none of these hooks.
 */
export const X_MATCHES = ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'];

export interface XAdapterEnv {
  doc?: Document;
  getCookie?: () => string;
  getUrl?: () => string;
}

const KEYBOARD_KINDS = new Set<PublishGesture['kind']>(['shortcut', 'enter', 'key-activation']);
const EVENT_PHASE_NONE = 0;

export function createXAdapter(env: XAdapterEnv = {}): PlatformAdapter {
  const doc = () => env.doc ?? document;
  const getCookie = env.getCookie ?? (() => doc().cookie);
  const getUrl = env.getUrl ?? (() => doc().location?.href ?? '');
  const cookie = () => {
    try {
      return getCookie() ?? '';
    } catch {
      return '';
    }
  };

  const lastEditor = new WeakMap<Element, HTMLElement>();
  let keyGesture: { event: Event; composer: Element } | null = null;

  function remember(composer: Element, el: Element | null) {
    const editor = el && (postEditorAt(el) ?? el.closest<HTMLElement>(`${X_SELECTORS.dmEditor}, ${X_SELECTORS.xchatEditor}`));
    if (editor && composer.contains(editor)) lastEditor.set(composer, editor);
  }

  return {
    platform: 'x',

    classify(event, path) {
      try {
        const gesture = classifyEvent(event, path);
        if (!gesture) return null;
        // A click or submit dispatched synchronously by the site's own handler of a keyboard gesture we already
        // classified (e.g. Enter → requestSubmit()) is the same publish, not a second one.
        const pending = keyGesture;
        if (pending && pending.event !== event && pending.event.eventPhase !== EVENT_PHASE_NONE && pending.composer === gesture.composer) {
          return null;
        }
        if (KEYBOARD_KINDS.has(gesture.kind)) {
          keyGesture = { event, composer: gesture.composer };
          const target = path[0] as Element | undefined;
          if (target?.nodeType === 1) remember(gesture.composer, target);
        }
        return gesture;
      } catch {
        return null;
      }
    },

    composerOf(path) {
      try {
        const first = path[0] as Element | undefined;
        if (!first || first.nodeType !== 1) return null;
        const composer = composerContaining(first);
        if (composer) remember(composer, first);
        return composer;
      } catch {
        return null;
      }
    },

    readIdentity() {
      // X has no per-composer identity picker: the account is the page's, read now (never cached).
      try {
        return detectIdentity(doc(), getUrl(), cookie());
      } catch {
        return { identity: null, problem: 'no-identity-signal' };
      }
    },

    readDraft(composer) {
      try {
        return draftOf(composer);
      } catch {
        return '';
      }
    },

    editorOf(composer) {
      try {
        const editors = editorsOf(composer);
        // The editor that has the focus now (in the composer's own tree: X Chat's is a shadow root), else the one
        // last focused or typed in, else the first.
        const active = (composer.getRootNode() as Document | ShadowRoot).activeElement ?? null;
        const focused = active && editors.find((editor) => editor === active || editor.contains(active));
        if (focused) return focused;
        const last = lastEditor.get(composer);
        return last && last.isConnected && editors.includes(last) ? last : (editors[0] ?? null);
      } catch {
        return null;
      }
    },

    publishControlOf(composer) {
      try {
        return publishControlOf(composer);
      } catch {
        return null;
      }
    },

    readSessionKey() {
      return twidFromCookie(cookie());
    },
  };
}
