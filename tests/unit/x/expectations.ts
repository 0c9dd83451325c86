/**
 * What each fixture of tests/fixtures/x must yield: the URL it stands for, the identity (or the problem) and its
 * composers in document order. Shared by the X unit tests.
 */
import type { Identity } from '../../../utils/types';
import type { PublishGesture } from '../../../utils/platforms/adapter';
import type { FixtureExpectation as PlatformFixtureExpectation } from '../platforms/expectations';

export const BOULANGERIE_ID = '1600000000000000001';
export const MARIE_ID = '1600000000000000002';
export const avatar = (id: string, img: string) => `https://pbs.twimg.com/profile_images/${id}/${img}_normal.jpg`;
const BOULANGERIE_AVATAR = avatar(BOULANGERIE_ID, 'Kq3vB9tA');
const MARIE_AVATAR = avatar(MARIE_ID, 'mD7xQ2pL');

const boulangerieBySwitcher: Identity = {
  platform: 'x',
  handle: 'boulangerie_dupont',
  name: 'Boulangerie Dupont 🥖',
  avatarUrl: BOULANGERIE_AVATAR,
  sessionKey: BOULANGERIE_ID,
  source: 'account-switcher',
};
const marieBySwitcher: Identity = {
  platform: 'x',
  handle: 'marie_dupont',
  name: 'Marie Dupont',
  avatarUrl: MARIE_AVATAR,
  sessionKey: MARIE_ID,
  source: 'account-switcher',
};

export interface ComposerExpectation {
  surface: PublishGesture['surface'];
  /** data-testid of the publish control, or "submit" for X Chat's test-id-less send button. */
  control: string;
  editors: number;
  draft: string;
  /** The simulated app's marker on the element that must hold the whole composer. */
  marker: string;
}

export type FixtureExpectation = PlatformFixtureExpectation<ComposerExpectation>;

const home = (surface: 'post' = 'post'): ComposerExpectation => ({ surface, control: 'tweetButtonInline', editors: 1, draft: '', marker: 'post' });

export const EXPECTED: Record<string, FixtureExpectation> = {
  'home-en': { url: 'https://x.com/home', identity: boulangerieBySwitcher, composers: [home()] },
  'home-fr': { url: 'https://x.com/home', identity: marieBySwitcher, composers: [home()] },
  'modal-over-home-fr': {
    url: 'https://x.com/compose/post',
    identity: marieBySwitcher,
    composers: [{ surface: 'post', control: 'tweetButton', editors: 1, draft: '', marker: 'post' }, home()],
  },
  'reply-en': {
    url: 'https://x.com/le_fournil/status/1790000000000000001',
    identity: boulangerieBySwitcher,
    composers: [{ surface: 'reply', control: 'tweetButtonInline', editors: 1, draft: '', marker: 'reply' }],
  },
  'reply-fr': {
    url: 'https://x.com/le_fournil/status/1790000000000000001',
    identity: boulangerieBySwitcher,
    composers: [{ surface: 'reply', control: 'tweetButtonInline', editors: 1, draft: '', marker: 'reply' }],
  },
  'reply-modal-fr': {
    url: 'https://x.com/compose/post',
    identity: marieBySwitcher,
    composers: [{ surface: 'reply', control: 'tweetButton', editors: 1, draft: '', marker: 'reply' }, home()],
  },
  'thread-fr': {
    url: 'https://x.com/compose/post',
    identity: marieBySwitcher,
    composers: [
      {
        surface: 'post',
        control: 'tweetButton',
        editors: 2,
        draft: 'Premier post du fil : notre nouvelle recette 🧵\n\nDeuxième post, avec\ndeux lignes.',
        marker: 'post',
      },
      home(),
    ],
  },
  'quote-en': {
    url: 'https://x.com/compose/post',
    identity: boulangerieBySwitcher,
    composers: [{ surface: 'post', control: 'tweetButton', editors: 1, draft: 'Look at this 👇 #BoulangerieDupont', marker: 'post' }, home()],
  },
  'quote-fr': {
    url: 'https://x.com/compose/post',
    identity: boulangerieBySwitcher,
    composers: [{ surface: 'post', control: 'tweetButton', editors: 1, draft: 'Regardez ça 👇 #BoulangerieDupont', marker: 'post' }, home()],
  },
  'dm-drawer-fr': {
    url: 'https://x.com/home',
    identity: marieBySwitcher,
    composers: [home(), { surface: 'message', control: 'dmComposerSendButton', editors: 1, draft: '', marker: 'message' }],
  },
  'xchat-en': {
    url: `https://x.com/i/chat/${BOULANGERIE_ID}-1600000000000000321`,
    identity: boulangerieBySwitcher,
    composers: [{ surface: 'message', control: 'submit', editors: 1, draft: '', marker: 'message' }],
  },
  'xchat-fr': {
    url: `https://x.com/i/chat/${MARIE_ID}-1600000000000000321`,
    identity: marieBySwitcher,
    composers: [{ surface: 'message', control: 'dm-composer-send-button', editors: 1, draft: '', marker: 'message' }],
  },
  'mobile-en': {
    url: 'https://mobile.x.com/compose/post',
    identity: { platform: 'x', handle: 'boulangerie_dupont', avatarUrl: BOULANGERIE_AVATAR, sessionKey: BOULANGERIE_ID, source: 'mobile-dash' },
    composers: [{ surface: 'post', control: 'tweetButton', editors: 1, draft: '', marker: 'post' }],
  },
  'mobile-compose-en': {
    url: 'https://mobile.x.com/compose/post',
    identity: { platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont 🥖', sessionKey: BOULANGERIE_ID, source: 'initial-state' },
    composers: [{ surface: 'post', control: 'tweetButton', editors: 1, draft: '', marker: 'post' }],
  },
  'delegated-en': {
    url: 'https://x.com/home',
    // The delegate shown in the switcher; the session cookie is the owner's (@marie_dupont).
    identity: { ...boulangerieBySwitcher, sessionKey: MARIE_ID },
    composers: [home()],
  },
  'logged-out-fr': { url: 'https://x.com/le_fournil', identity: null, problem: 'no-identity-signal', composers: [] },
  'no-signals': { url: 'https://x.com/home', identity: null, problem: 'no-identity-signal', composers: [home()] },
  'profile-link-fr': {
    url: 'https://x.com/home',
    identity: { platform: 'x', handle: 'marie_dupont', sessionKey: MARIE_ID, source: 'profile-link' },
    composers: [home()],
  },
};

/** The cookie string a browser would give for a fixture (its twid, among other cookies). */
export function cookieFor(doc: Document): string {
  const twid = doc.documentElement.getAttribute('data-fixture-twid');
  return `guest_id=v1%3A171588000000000000; night_mode=2; ${twid ? `twid=u%3D${twid}; ` : ''}lang=fr; ct0=4f1a`;
}
