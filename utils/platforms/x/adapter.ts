/**
 * The X adapter: the pure detectors of ./detect.ts applied to the live page through the shared adapter kit (read
 * now, never throw, weak state only).
 */
import type { PlatformAdapter } from '../adapter';
import { buildAdapter, type AdapterEnv } from '../adapter-kit';
import {
  X_GESTURES,
  composerAt,
  detectIdentity,
  draftOf,
  editorsOf,
  findComposers,
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

export type XAdapterEnv = AdapterEnv;

export function createXAdapter(env: XAdapterEnv = {}): PlatformAdapter {
  return buildAdapter(env, {
    platform: 'x',
    gestures: X_GESTURES,
    composerAt,
    editorAt: (el) => postEditorAt(el) ?? el.closest<HTMLElement>(`${X_SELECTORS.dmEditor}, ${X_SELECTORS.xchatEditor}`),
    editorsOf,
    draftOf,
    publishControlOf,
    findComposers,
    // X has no per-composer identity picker: the account is the page's, read now (never cached).
    readIdentity: (page) => detectIdentity(page.doc(), page.url(), page.cookie()),
    sessionKey: (page) => twidFromCookie(page.cookie()),
  });
}
