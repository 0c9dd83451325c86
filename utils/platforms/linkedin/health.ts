/**
 * What LinkedIn's page must show for the guard to read it well (utils/platforms/health.ts): the selector table with
 * its fixture counts, the identity signals by name (LinkedIn has no readable session cookie), and the labels of its
 * publish controls (./selectors.ts `LABELS.submit`).
 *
 * Only Post/Publier count as "a publish control": every post has a "Comment" button that opens a box, and a reply's
 * label is the same as a reply link's.
 */
import type { HealthSpec } from '../health';
import { foldLabel } from '../health';
import hooks from './selectors.ts?hook-table';
import { LABELS, LINKEDIN_SELECTORS, ME_REQUEST } from './selectors';

export const LINKEDIN_HEALTH: HealthSpec = {
  platform: 'linkedin',
  selectors: LINKEDIN_SELECTORS,
  hooks,
  identitySignals: [
    { name: 'meLink', hook: 'meLink' },
    { name: 'mePhoto', hook: 'mePhoto' },
    { name: 'railProfileLink', hook: 'railProfileLink' },
    { name: 'meData', hook: 'datalet', marker: ME_REQUEST },
    { name: 'shareAuthor', hook: 'shareAuthor' },
  ],
  publishLabels: ['Post', 'Publier'].map(foldLabel),
  knownLabels: [
    ...LABELS.submit, 'Schedule post', 'Programmer le post', 'Start a post', 'Commencer un post', 'Add media', 'Ajouter un média',
    'Text editor for creating content', 'Éditeur de texte pour créer du contenu', 'Text editor for creating comment',
    'Write a message', 'Écrire un message', 'Send', 'Envoyer', 'Dismiss', 'Fermer', 'Press Enter to send', 'Appuyez sur Entrée pour envoyer',
  ].map(foldLabel),
  routeWords: ['feed', 'in', 'company', 'admin', 'page-posts', 'published', 'messaging', 'thread', 'mynetwork', 'jobs', 'notifications', 'preload', 'sharebox', 'posts', 'school', 'showcase', 'groups', 'search', 'results', 'recent-activity', 'dashboard'],
};
