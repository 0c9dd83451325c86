/**
 * What Instagram's page must show for the guard to read it well (utils/platforms/health.ts): the selector table with
 * its fixture counts, the identity signals by name, and the labels of its publish controls (./selectors.ts tables).
 *
 * "Send"/"Envoyer" is left out of the publish labels: the share sheet of a post has one that sends the post to
 * friends, a control no composer owns.
 */
import type { HealthSpec } from '../health';
import { foldLabel } from '../health';
import hooks from './selectors.ts?hook-table';
import {
  INSTAGRAM_SELECTORS,
  NEXT_LABELS,
  POST_LABELS,
  RESERVED_PATHS,
  SEND_LABELS,
  SESSION_COOKIE,
  SHARE_LABELS,
  SWITCH_LABELS,
  VIEWER_JSON_MARKER,
} from './selectors';

export const INSTAGRAM_HEALTH: HealthSpec = {
  platform: 'instagram',
  selectors: INSTAGRAM_SELECTORS,
  hooks,
  identitySignals: [
    { name: 'linkedAvatar', hook: 'linkedAvatar' },
    { name: 'navEntry', hook: 'navEntry' },
    { name: 'viewerData', hook: 'dataScript', marker: VIEWER_JSON_MARKER },
    { name: SESSION_COOKIE, cookie: SESSION_COOKIE },
  ],
  publishLabels: [...POST_LABELS, ...SHARE_LABELS].map(foldLabel),
  knownLabels: [
    ...SWITCH_LABELS, ...POST_LABELS, ...SHARE_LABELS, ...SEND_LABELS, ...NEXT_LABELS, 'Add a comment', 'Ajouter un commentaire',
    'Write a caption', 'Écrivez une légende', 'Message', 'Create new post', 'Créer une publication', 'New post', 'Nouvelle publication',
  ].map(foldLabel),
  routeWords: [...RESERVED_PATHS, 'inbox', 't', 'comments', 'liked_by'],
};
