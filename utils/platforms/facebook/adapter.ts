/**
 * The Facebook adapter: the pure detectors of ./detect.ts applied to the live page. Reads everything at the moment
 * it is asked (identity, draft, controls: React replaces nodes at will) and never throws. Weak state only: the editor
 * last used in each composer (cursor back on cancel), the keyboard gesture being dispatched (a click or submit the
 * site synthesises from it is not a second gesture) and the draft seen when "Next"/"Suivant" was pressed in a
 * two-step create-post dialog (the final step may no longer show the editor's text).
 */
import type { PlatformAdapter, PublishGesture } from '../adapter';
import {
  classifyEvent,
  composerContaining,
  detectIdentity,
  draftOf,
  editorAt,
  editorsOf,
  nextControlAt,
  publishControlOf,
  sessionKeyFromCookie,
} from './detect';

/** Where the Facebook content script runs: the site, its web.* alias and Meta Business Suite. */
export const FACEBOOK_MATCHES = ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://business.facebook.com/*'];

export interface FacebookAdapterEnv {
  doc?: Document;
  getCookie?: () => string;
  getUrl?: () => string;
}

const KEYBOARD_KINDS = new Set<PublishGesture['kind']>(['shortcut', 'enter', 'key-activation']);
const EVENT_PHASE_NONE = 0;

export function createFacebookAdapter(env: FacebookAdapterEnv = {}): PlatformAdapter {
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
  const draftAtNext = new WeakMap<Element, string>();
  let keyGesture: { event: Event; composer: Element } | null = null;

  function remember(composer: Element, el: Element | null) {
    const editor = el && editorAt(el);
    if (editor && composer.contains(editor)) lastEditor.set(composer, editor);
  }

  return {
    platform: 'facebook',

    classify(event, path) {
      try {
        const gesture = classifyEvent(event, path);
        if (!gesture) {
          // "Next" publishes nothing; keep the draft it carries to the final step (clicked, or Enter/Space on it).
          const activates = event.type === 'click' || (event.type === 'keydown' && ['Enter', ' '].includes((event as KeyboardEvent).key));
          if (activates && path[0] && (path[0] as Node).nodeType === 1) {
            const next = nextControlAt(path[0] as Element);
            if (next) draftAtNext.set(next.composer, draftOf(next.composer));
          }
          return null;
        }
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

    readIdentity(composer) {
      // Read now, never cached: a comment box's actor picker can change between two comments.
      try {
        return detectIdentity(doc(), getUrl(), cookie(), composer);
      } catch {
        return { identity: null, problem: 'no-identity-signal' };
      }
    },

    readDraft(composer) {
      try {
        return draftOf(composer) || draftAtNext.get(composer) || '';
      } catch {
        return '';
      }
    },

    editorOf(composer) {
      try {
        const editors = editorsOf(composer);
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
      return sessionKeyFromCookie(cookie());
    },
  };
}
