/**
 * What X's page must show for the guard to read it well (utils/platforms/health.ts): the selector table with its
 * fixture counts, the identity signals by name, and the labels of X's publish button.
 *
 * X's detectors never match label text (./selectors.ts). The health check may: it never decides a publish, it only
 * notices that a control labelled like X's post button was clicked and no finder recognised it (X moved it, or another
 * extension rewrote the page). "Reply"/"Répondre" are left out: every post's reply icon may carry that label.
 */
import type { HealthSpec } from '../health';
import { foldLabel } from '../health';
import hooks from './selectors.ts?hook-table';
import { INITIAL_STATE_MARKER, RESERVED_PATHS, TWID_COOKIE, X_SELECTORS } from './selectors';

const PUBLISH = ['Post', 'Poster', 'Post all', 'Tout poster'];

export const X_HEALTH: HealthSpec = {
  platform: 'x',
  selectors: X_SELECTORS,
  hooks,
  identitySignals: [
    { name: 'accountSwitcher', hook: 'accountSwitcher' },
    { name: 'profileLink', hook: 'profileLink' },
    { name: 'mobileDash', hook: 'mobileDash' },
    { name: 'stateScript', hook: 'stateScript', marker: INITIAL_STATE_MARKER },
    { name: TWID_COOKIE, cookie: TWID_COOKIE },
  ],
  publishLabels: PUBLISH.map(foldLabel),
  // X's own words for its controls and editors (research notes §1.2): kept in a skeleton, where any other label is not.
  knownLabels: [
    ...PUBLISH, 'Reply', 'Répondre', 'Schedule', 'Programmer', 'Update', 'Mettre à jour', 'Account menu', 'Menu du compte',
    'Post text', 'Texte du post', "What's happening?", 'Quoi de neuf ?', 'Post your reply', 'Postez votre réponse',
    'Add another post', 'Ajoutez un autre post',
  ].map(foldLabel),
  routeWords: [...RESERVED_PATHS, 'status', 'photo', 'post', 'with_replies', 'media', 'likes', 'analytics'],
};
