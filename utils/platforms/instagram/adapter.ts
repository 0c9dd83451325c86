/**
 * The Instagram adapter: the pure detectors of ./detect.ts applied to the live page through the shared adapter kit
 * (read now, never throw, weak state only; nothing touched at import time).
 */
import type { PlatformAdapter } from '../adapter';
import { buildAdapter, type AdapterEnv } from '../adapter-kit';
import {
  INSTAGRAM_GESTURES,
  composerAt,
  detectIdentity,
  draftOf,
  dsUserIdFromCookie,
  editorOf,
  findComposers,
  publishControlOf,
} from './detect';

export type InstagramAdapterEnv = AdapterEnv;

export function createInstagramAdapter(env: InstagramAdapterEnv = {}): PlatformAdapter {
  // Each Instagram composer has one editor (a textarea, a caption or a DM box).
  const editorsOf = (composer: Element) => {
    const editor = editorOf(composer);
    return editor ? [editor] : [];
  };
  return buildAdapter(env, {
    platform: 'instagram',
    gestures: INSTAGRAM_GESTURES,
    composerAt,
    editorAt: (el, composer) => editorsOf(composer).find((editor) => editor === el || editor.contains(el)) ?? null,
    editorsOf,
    draftOf,
    publishControlOf,
    findComposers,
    // Instagram has no per-composer actor picker (no "act as Page"): the account is the session's, read now.
    readIdentity: (page) => detectIdentity(page.doc(), page.url(), page.cookie()),
    sessionKey: (page) => dsUserIdFromCookie(page.cookie()),
  });
}
