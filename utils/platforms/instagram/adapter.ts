/**
 * The Instagram adapter: the pure detectors of ./detect.ts applied to the live page. Reads everything at the moment it
 * is asked (identity, draft, controls: React replaces nodes at will), never throws, touches nothing at import time, and
 * keeps one weak piece of state: the keyboard gesture being dispatched (so that a click or submit the site synthesises
 * from it is not a second gesture).
 */
import type { PlatformAdapter, PublishGesture } from '../adapter';
import {
  classifyEvent,
  composerContaining,
  detectIdentity,
  draftOf,
  dsUserIdFromCookie,
  editorOf,
  publishControlOf,
} from './detect';

/** Where the Instagram content script runs: the web app (desktop and mobile layouts share the host). */
export const INSTAGRAM_MATCHES = ['https://www.instagram.com/*'];

export interface InstagramAdapterEnv {
  doc?: Document;
  getCookie?: () => string;
  getUrl?: () => string;
}

const KEYBOARD_KINDS = new Set<PublishGesture['kind']>(['enter', 'key-activation']);
const EVENT_PHASE_NONE = 0;

export function createInstagramAdapter(env: InstagramAdapterEnv = {}): PlatformAdapter {
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

  let keyGesture: { event: Event; composer: Element } | null = null;

  return {
    platform: 'instagram',

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
        if (KEYBOARD_KINDS.has(gesture.kind)) keyGesture = { event, composer: gesture.composer };
        return gesture;
      } catch {
        return null;
      }
    },

    composerOf(path) {
      try {
        const first = path[0] as Element | undefined;
        return first && first.nodeType === 1 ? composerContaining(first) : null;
      } catch {
        return null;
      }
    },

    readIdentity() {
      // Instagram has no per-composer actor picker (no "act as Page"): the account is the session's, read now.
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
        return editorOf(composer);
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
      return dsUserIdFromCookie(cookie());
    },
  };
}
