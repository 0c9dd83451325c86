/**
 * What each fixture of tests/fixtures/facebook must yield: the URL it stands for, the page-level identity (or the
 * problem) and its composers in document order, each with the actor it publishes as. Shared by the Facebook tests.
 */
import type { Identity } from '../../../utils/types';
import type { DetectionProblem, PublishGesture } from '../../../utils/platforms/adapter';
import type { FixtureExpectation as PlatformFixtureExpectation } from '../platforms/expectations';

export const MARIE_ID = '100089000000001';
export const PAGE_ID = '61551234567890';
const cdn = (slug: string, size: number) =>
  `https://scontent-cdg4-1.xx.fbcdn.net/v/t39.30808-1/${slug}_n.jpg?stp=cp0_dst-jpg_s${size}x${size}&_nc_cat=1&oh=00_AfB${slug.slice(0, 6)}`;
export const MARIE_AVATAR = cdn('301234567_marie', 40);
export const PAGE_AVATAR = cdn('412345678_boulangerie', 40);

/** The vanity names of the left rail's self entry (facebook.com/<vanity>), on the feed fixtures. */
export const MARIE_VANITY = 'marie.dupont.75';
export const PAGE_VANITY = 'boulangeriedupont';

/** The person, as the page-level actor (CurrentUserInitialData + account button; the left rail's vanity, if any). */
export const marie = (source = 'current-user', vanity?: string): Identity => ({
  platform: 'facebook',
  handle: MARIE_ID,
  ...(vanity ? { aliases: [vanity] } : {}),
  name: 'Marie Dupont',
  avatarUrl: MARIE_AVATAR,
  sessionKey: MARIE_ID,
  source,
});
/** The Page profile the person switched into, as the page-level actor. */
export const pageProfile = (source = 'current-user', vanity?: string): Identity => ({
  platform: 'facebook',
  handle: PAGE_ID,
  ...(vanity ? { aliases: [vanity] } : {}),
  name: 'Boulangerie Dupont',
  avatarUrl: PAGE_AVATAR,
  sessionKey: PAGE_ID,
  source,
});

export interface ComposerExpectation {
  surface: PublishGesture['surface'];
  /** The label of its publish control now (null: none, e.g. before "Next" in the two-step dialog). */
  control: string | null;
  /** Who it publishes as (readIdentity(composer)). */
  identity: Identity | null;
  problem?: DetectionProblem;
  /** The simulated app's marker on (or around) the composer. */
  marker: string;
}

export type FixtureExpectation = PlatformFixtureExpectation<ComposerExpectation>;

/** The English (or French) twin of a fixture: same structure, same actors, the other language's control labels. */
function twin(of: FixtureExpectation, labels: Record<string, string>, url = of.url): FixtureExpectation {
  return { ...of, url, composers: of.composers.map((c) => ({ ...c, control: c.control === null ? null : (labels[c.control] ?? c.control) })) };
}

export const EXPECTED: Record<string, FixtureExpectation> = {
  'feed-fr': {
    url: 'https://www.facebook.com/',
    identity: marie('current-user', MARIE_VANITY),
    composers: [
      { surface: 'comment', control: 'commenter', identity: marie('composer-actor', MARIE_VANITY), marker: 'comment' },
      {
        surface: 'comment',
        control: 'commenter',
        // The actor picker is on the Page: no id on the page for it, its name only.
        identity: { platform: 'facebook', name: 'Boulangerie Dupont', avatarUrl: PAGE_AVATAR.replace('s40x40', 's32x32'), sessionKey: MARIE_ID, source: 'composer-actor' },
        marker: 'comment',
      },
      { surface: 'message', control: 'appuyez sur entrée pour envoyer', identity: marie('current-user', MARIE_VANITY), marker: 'message' },
    ],
  },
  'feed-as-page-en': {
    url: 'https://www.facebook.com/',
    identity: pageProfile('current-user', PAGE_VANITY),
    composers: [
      { surface: 'comment', control: 'comment', identity: pageProfile('composer-actor', PAGE_VANITY), marker: 'comment' },
      {
        surface: 'comment',
        control: 'comment',
        identity: { platform: 'facebook', name: 'Marie Dupont', avatarUrl: MARIE_AVATAR.replace('s40x40', 's32x32'), sessionKey: PAGE_ID, source: 'composer-actor' },
        marker: 'comment',
      },
      { surface: 'comment', control: 'comment', identity: pageProfile('composer-actor', PAGE_VANITY), marker: 'comment' },
    ],
  },
  'create-post-fr': {
    url: 'https://www.facebook.com/',
    identity: marie(),
    composers: [
      { surface: 'comment', control: 'commenter', identity: marie('composer-actor'), marker: 'comment' },
      { surface: 'post', control: 'publier', identity: marie('composer-actor'), marker: 'post' },
    ],
  },
  'create-post-two-step-en': {
    url: 'https://www.facebook.com/',
    identity: pageProfile(),
    composers: [{ surface: 'post', control: null, identity: pageProfile('composer-actor'), marker: 'post' }],
  },
  'business-suite-fr': {
    url: `https://business.facebook.com/latest/composer?asset_id=${PAGE_ID}`,
    identity: {
      platform: 'facebook',
      handle: PAGE_ID,
      name: 'Boulangerie Dupont',
      avatarUrl: PAGE_AVATAR.replace('s40x40', 's24x24'),
      sessionKey: MARIE_ID,
      source: 'business-suite',
    },
    composers: [
      {
        surface: 'post',
        control: 'publier',
        identity: {
          platform: 'facebook',
          handle: PAGE_ID,
          name: 'Boulangerie Dupont',
          avatarUrl: PAGE_AVATAR.replace('s40x40', 's24x24'),
          sessionKey: MARIE_ID,
          source: 'business-suite',
        },
        marker: 'post',
      },
    ],
  },
  'no-signals': {
    url: 'https://www.facebook.com/',
    identity: null,
    problem: 'no-identity-signal',
    composers: [{ surface: 'comment', control: 'comment', identity: null, problem: 'no-identity-signal', marker: 'comment' }],
  },
};
// Independent markup: a reply box inside a plain-div comment, no actor picture, its send button beside the form.
EXPECTED['feed-reply-outside-fr'] = {
  url: 'https://www.facebook.com/',
  identity: marie('current-user', MARIE_VANITY),
  composers: [{ surface: 'reply', control: 'commenter', identity: marie('current-user', MARIE_VANITY), marker: 'comment' }],
};
EXPECTED['feed-reply-outside-en'] = twin(EXPECTED['feed-reply-outside-fr']!, { commenter: 'comment' });
EXPECTED['feed-en'] = twin(EXPECTED['feed-fr']!, { commenter: 'comment', 'appuyez sur entrée pour envoyer': 'press enter to send' });
EXPECTED['feed-as-page-fr'] = twin(EXPECTED['feed-as-page-en']!, { comment: 'commenter' });
EXPECTED['create-post-en'] = twin(EXPECTED['create-post-fr']!, { commenter: 'comment', publier: 'post' });
EXPECTED['create-post-two-step-fr'] = twin(EXPECTED['create-post-two-step-en']!, {});
EXPECTED['business-suite-en'] = twin(EXPECTED['business-suite-fr']!, { publier: 'publish' });
