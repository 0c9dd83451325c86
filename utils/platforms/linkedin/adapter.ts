/**
 * The LinkedIn adapter: the pure detectors of ./detect.ts applied to the live page through the shared adapter kit
 * (read now, never throw, weak state only): LinkedIn replaces its share dialog ~0.5 s after opening it and
 * re-renders React surfaces at will.
 *
 * No session key: LinkedIn's session cookie (`li_at`) is httpOnly and no readable cookie names the member.
 */
import type { PlatformAdapter } from '../adapter';
import { buildAdapter, type AdapterEnv } from '../adapter-kit';
import {
  LINKEDIN_GESTURES,
  composerAt,
  detectIdentity,
  draftOf,
  editorAt,
  editorsOf,
  findComposers,
  publishControlOf,
  sameComposer,
} from './detect';

export type LinkedInAdapterEnv = Omit<AdapterEnv, 'getCookie'>;

export function createLinkedInAdapter(env: LinkedInAdapterEnv = {}): PlatformAdapter {
  return buildAdapter(env, {
    platform: 'linkedin',
    gestures: LINKEDIN_GESTURES,
    composerAt,
    editorAt,
    editorsOf,
    draftOf,
    publishControlOf,
    findComposers,
    // The composer's own author (share box "post as", comment actor) wins over the page's member: read now.
    readIdentity: (page, composer) => detectIdentity(page.doc(), page.url(), composer),
    sameComposer,
  });
}
