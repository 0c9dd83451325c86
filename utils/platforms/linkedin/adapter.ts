/**
 * The LinkedIn adapter: the pure detectors of ./detect.ts applied to the live page. Reads everything at the moment
 * it is asked (identity, draft, controls: LinkedIn replaces its share dialog ~0.5 s after opening it and re-renders
 * React surfaces at will), never throws, and keeps only two weak pieces of state: the editor last used in each
 * composer (to put the cursor back on cancel) and the keyboard gesture being dispatched (so that a click or submit
 * the site synthesises from it is not a second gesture).
 *
 * No session key: LinkedIn's session cookie (`li_at`) is httpOnly and no readable cookie names the member.
 */
import type { PlatformAdapter, PublishGesture } from '../adapter';
import { classifyEvent, composerAt, detectIdentity, draftOf, editorAt, editorsOf, publishControlOf, sameComposer } from './detect';

/** Where the LinkedIn content script runs (the web app; not the mobile-only or developer hosts). */
export const LINKEDIN_MATCHES = ['https://www.linkedin.com/*'];

export interface LinkedInAdapterEnv {
  doc?: Document;
  getUrl?: () => string;
}

const KEYBOARD_KINDS = new Set<PublishGesture['kind']>(['shortcut', 'enter', 'key-activation']);
const EVENT_PHASE_NONE = 0;

export function createLinkedInAdapter(env: LinkedInAdapterEnv = {}): PlatformAdapter {
  const doc = () => env.doc ?? document;
  const getUrl = () => {
    try {
      return (env.getUrl ? env.getUrl() : doc().location?.href) ?? '';
    } catch {
      return '';
    }
  };

  const lastEditor = new WeakMap<Element, HTMLElement>();
  let keyGesture: { event: Event; composer: Element } | null = null;

  function remember(composer: Element, el: Element | null) {
    const editor = el && editorAt(el, composer);
    if (editor) lastEditor.set(composer, editor);
  }

  return {
    platform: 'linkedin',

    classify(event, path) {
      try {
        const gesture = classifyEvent(event, path);
        if (!gesture) return null;
        // A click or submit dispatched synchronously by the site's handler of a keyboard gesture already classified
        // (Enter → form submit in messaging) is the same publish, not a second one.
        const pending = keyGesture;
        if (pending && pending.event !== event && pending.event.eventPhase !== EVENT_PHASE_NONE && sameComposer(pending.composer, gesture.composer)) {
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
        const composer = composerAt(first);
        if (composer) remember(composer, first);
        return composer;
      } catch {
        return null;
      }
    },

    readIdentity(composer) {
      // The composer's own author (share box "post as", comment actor) wins over the page's member: read now.
      try {
        return detectIdentity(doc(), getUrl(), composer && composer.isConnected ? composer : null);
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
  };
}
