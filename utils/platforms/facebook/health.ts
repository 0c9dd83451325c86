/**
 * What Facebook's page must show for the guard to read it well (utils/platforms/health.ts): the selector table with
 * its fixture counts, the identity signals by name, and the labels of its publish controls (./selectors.ts tables).
 *
 * Only the create dialog's and Business Suite's Publish/Schedule labels count as "a publish control": a post's own
 * "Comment" and "Share" buttons carry the comment box's and chat's send labels too, and open something, publishing
 * nothing.
 */
import type { HealthSpec } from '../health';
import { foldLabel } from '../health';
import hooks from './selectors.ts?hook-table';
import {
  ACCOUNT_BUTTON_LABELS,
  ACTING_COOKIE,
  CHAT_EDITOR_LABELS,
  CHAT_SEND_LABELS,
  COMMENT_EDITOR_PREFIXES,
  COMMENT_SEND_LABELS,
  CURRENT_USER_MARKER,
  FACEBOOK_SELECTORS,
  NEXT_LABELS,
  PERSON_COOKIE,
  PUBLISH_LABELS,
  RESERVED_PATHS,
  SCHEDULE_LABELS,
} from './selectors';

export const FACEBOOK_HEALTH: HealthSpec = {
  platform: 'facebook',
  selectors: FACEBOOK_SELECTORS,
  hooks,
  identitySignals: [
    { name: 'currentUserData', hook: 'dataScript', marker: CURRENT_USER_MARKER },
    { name: 'accountButtonCandidate', hook: 'accountButtonCandidate' },
    { name: 'leftRailLink', hook: 'leftRailLink' },
    { name: PERSON_COOKIE, cookie: PERSON_COOKIE },
    { name: ACTING_COOKIE, cookie: ACTING_COOKIE },
  ],
  publishLabels: [...PUBLISH_LABELS, ...SCHEDULE_LABELS].map(foldLabel),
  knownLabels: [
    ...ACCOUNT_BUTTON_LABELS, ...PUBLISH_LABELS, ...SCHEDULE_LABELS, ...NEXT_LABELS, ...COMMENT_SEND_LABELS, ...CHAT_SEND_LABELS,
    ...CHAT_EDITOR_LABELS, ...COMMENT_EDITOR_PREFIXES.map((p) => p.trim()), 'write something', 'écrivez quelque chose', 'create post',
    'créer une publication', "what's on your mind", 'exprimez-vous',
  ].map(foldLabel),
  routeWords: [...RESERVED_PATHS, 'latest', 'composer', 'posts', 'comment_id', 'inbox', 't'],
};
