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
