/**
 * The Facebook adapter: the pure detectors of ./detect.ts applied to the live page through the shared adapter kit
 * (read now, never throw, weak state only). Its own weak state:
 * - the draft seen when "Next"/"Suivant" was pressed in a two-step create-post dialog (the final step may no longer
 *   show the editor's text);
 * - what each server-rendered data block said (`DataScriptMemo`), so that megabytes of JSON are scanned once per block,
 *   not at every identity reading. Facebook writes those blocks once (newer data comes in new blocks); were one
 *   rewritten in place, its first reading would stand, like the data of a page rendered before an account switch, and
 *   the same cross-checks (cookies, the left rail's self entry) would apply to it.
 */
import type { PlatformAdapter } from '../adapter';
import { buildAdapter, type AdapterEnv } from '../adapter-kit';
import {
  FACEBOOK_GESTURES,
  composerAt,
  detectIdentity,
  draftOf,
  editorAt,
  editorsOf,
  findComposers,
  nextControlAt,
  publishControlOf,
  sessionKeyFromCookie,
  type DataScriptMemo,
} from './detect';

export type FacebookAdapterEnv = AdapterEnv;

export function createFacebookAdapter(env: FacebookAdapterEnv = {}): PlatformAdapter {
  const draftAtNext = new WeakMap<Element, string>();
  const dataScripts: DataScriptMemo = new WeakMap();
  return buildAdapter(env, {
    platform: 'facebook',
    gestures: FACEBOOK_GESTURES,
    composerAt,
    editorAt: (el) => editorAt(el),
    editorsOf,
    draftOf: (composer) => draftOf(composer) || draftAtNext.get(composer) || '',
    publishControlOf,
    findComposers,
    // Read now, never cached: a comment box's actor picker can change between two comments.
    readIdentity: (page, composer) => detectIdentity(page.doc(), page.url(), page.cookie(), composer, dataScripts),
    sessionKey: (page) => sessionKeyFromCookie(page.cookie()),
    observe(event, path) {
      // "Next" publishes nothing; keep the draft it carries to the final step (clicked, or Enter/Space on it).
      const activates = event.type === 'click' || (event.type === 'keydown' && ['Enter', ' '].includes((event as KeyboardEvent).key));
      if (!activates || !path[0] || (path[0] as Node).nodeType !== 1) return;
      const next = nextControlAt(path[0] as Element);
      if (next) draftAtNext.set(next.composer, draftOf(next.composer));
    },
  });
}
