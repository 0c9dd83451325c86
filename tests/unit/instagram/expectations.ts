/**
 * What each fixture of tests/fixtures/instagram must yield: the URL it stands for, the identity (or the problem) and
 * its composers in document order. Shared by the Instagram unit tests.
 */
import type { Identity } from '../../../utils/types';
import type { PublishGesture } from '../../../utils/platforms/adapter';
import type { FixtureExpectation as PlatformFixtureExpectation } from '../platforms/expectations';

export const BOULANGERIE_ID = '5100000001';
export const MARIE_ID = '5100000002';
const pic = (file: string) => `https://scontent.cdninstagram.com/v/t51.2885-19/${file}.jpg`;

const marie: Identity = {
  platform: 'instagram',
  handle: 'marie.dupont',
  source: 'profile-link',
  name: 'Marie Dupont',
  avatarUrl: pic('5100000002_a1'),
  sessionKey: MARIE_ID,
};
const boulangerie: Identity = {
  platform: 'instagram',
  handle: 'boulangerie.dupont',
  source: 'profile-link',
  name: 'Boulangerie Dupont',
  avatarUrl: pic('5100000001_a1'),
  sessionKey: BOULANGERIE_ID,
};

export interface ComposerExpectation {
  surface: PublishGesture['surface'];
  /** The publish control's label. */
  control: string;
  /** The simulated app's marker on the composer root (Instagram has no such attribute: checked, never read). */
  marker: string;
}

export type FixtureExpectation = PlatformFixtureExpectation<ComposerExpectation>;

const comment = (control: string): ComposerExpectation => ({ surface: 'comment', control, marker: 'comment' });

export const EXPECTED: Record<string, FixtureExpectation> = {
  'home-fr': { url: 'https://www.instagram.com/', identity: marie, composers: [comment('Publier'), comment('Publier')] },
  'home-en': { url: 'https://www.instagram.com/', identity: boulangerie, composers: [comment('Post'), comment('Post')] },
  'post-fr': { url: 'https://www.instagram.com/p/DAaBbCc1/', identity: marie, composers: [comment('Publier')] },
  'create-caption-en': {
    url: 'https://www.instagram.com/',
    identity: boulangerie,
    composers: [comment('Post'), comment('Post'), { surface: 'post', control: 'Share', marker: 'post' }],
  },
  'create-caption-fr': {
    url: 'https://www.instagram.com/',
    identity: boulangerie,
    composers: [comment('Publier'), comment('Publier'), { surface: 'post', control: 'Partager', marker: 'post' }],
  },
  'create-crop-fr': { url: 'https://www.instagram.com/', identity: marie, composers: [comment('Publier'), comment('Publier')] },
  'direct-fr': {
    url: 'https://www.instagram.com/direct/t/340282366841710300949128155678901234567/',
    identity: marie,
    composers: [{ surface: 'message', control: 'Envoyer', marker: 'message' }],
  },
  'direct-en': {
    url: 'https://www.instagram.com/direct/t/340282366841710300949128155678901234567/',
    identity: marie,
    composers: [{ surface: 'message', control: 'Send', marker: 'message' }],
  },
  'story-en': {
    url: 'https://www.instagram.com/stories/fournil_de_paul/3300000000000000001/',
    identity: { platform: 'instagram', handle: 'boulangerie.dupont', source: 'viewer-data', name: 'Boulangerie Dupont', sessionKey: BOULANGERIE_ID },
    composers: [{ surface: 'message', control: 'Send', marker: 'story' }],
  },
  'story-fr': {
    url: 'https://www.instagram.com/stories/fournil_de_paul/3300000000000000001/',
    identity: { platform: 'instagram', handle: 'boulangerie.dupont', source: 'viewer-data', name: 'Boulangerie Dupont', sessionKey: BOULANGERIE_ID },
    composers: [{ surface: 'message', control: 'Envoyer', marker: 'story' }],
  },
  // Independent markup, the viewer's markers absent: the conversation partner (header link next to a back link to the
  // inbox, in a div[role=main] or in no landmark at all) is never taken for the viewer.
  'direct-no-viewer-fr': {
    url: 'https://www.instagram.com/direct/t/340282366841710300949128155678901234567/',
    identity: null,
    problem: 'no-identity-signal',
    composers: [{ surface: 'message', control: 'Envoyer', marker: 'message' }],
  },
  'direct-no-viewer-en': {
    url: 'https://www.instagram.com/direct/t/340282366841710300949128155678901234567/',
    identity: null,
    problem: 'no-identity-signal',
    composers: [{ surface: 'message', control: 'Send', marker: 'message' }],
  },
  'logged-out-fr': { url: 'https://www.instagram.com/p/DAaBbCc1/', identity: null, problem: 'no-identity-signal', composers: [] },
  'no-signals-en': { url: 'https://www.instagram.com/p/DAaBbCc1/', identity: null, problem: 'no-identity-signal', composers: [comment('Post')] },
};
