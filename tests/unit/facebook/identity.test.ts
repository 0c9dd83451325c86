/** Facebook identity: the page-level actor, each composer's own actor, cookies, conflicts and decoys. */
import { describe, expect, it } from 'vitest';
import {
  detectIdentity,
  findComposers,
  handleFromHref,
  readCurrentUser,
  sessionKeyFromCookie,
  type DataScriptMemo,
} from '../../../utils/platforms/facebook/detect';
import { FACEBOOK_SELECTORS as S } from '../../../utils/platforms/facebook/selectors';
import { FIXTURES, cookieFor, loadFixture } from './load-fixture';
import { EXPECTED, MARIE_ID, PAGE_ID } from './expectations';

function read(name: string, cookie?: string, composer: Element | null = null) {
  const doc = loadFixture(name);
  return detectIdentity(doc, EXPECTED[name]!.url, cookie ?? cookieFor(doc), composer);
}

describe('Facebook identity, per fixture', () => {
  it('has an expectation for every fixture file', () => {
    expect(FIXTURES).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: the page-level actor is ${expected.identity?.name ?? expected.problem}`, () => {
      const reading = read(name);
      expect(reading.identity).toEqual(expected.identity);
      expect(reading.problem).toBe(expected.problem);
    });

    it(`${name}: each composer publishes as its own actor`, () => {
      const doc = loadFixture(name);
      const composers = findComposers(doc);
      expect(composers.length).toBe(expected.composers.length);
      composers.forEach((composer, i) => {
        const reading = detectIdentity(doc, expected.url, cookieFor(doc), composer);
        expect(reading.identity, `composer ${i}`).toEqual(expected.composers[i]!.identity);
        expect(reading.problem, `composer ${i}`).toBe(expected.composers[i]!.problem);
      });
    });
  }
});

describe('Facebook identity signals', () => {
  it('reads CurrentUserInitialData: USER_ID acts, ACCOUNT_ID is the person', () => {
    expect(readCurrentUser(loadFixture('feed-fr'))).toEqual({ userId: MARIE_ID, accountId: MARIE_ID, name: 'Marie Dupont' });
    expect(readCurrentUser(loadFixture('feed-as-page-en'))).toEqual({ userId: PAGE_ID, accountId: MARIE_ID, name: 'Boulangerie Dupont' });
    expect(readCurrentUser(loadFixture('no-signals'))).toBeNull();
  });

  it('a logged-out page (USER_ID "0") has no current user', () => {
    const doc = loadFixture('feed-fr');
    const script = doc.querySelector(S.dataScript)!;
    script.textContent = script.textContent!.replace(`"USER_ID":"${MARIE_ID}"`, '"USER_ID":"0"');
    expect(readCurrentUser(doc)).toBeNull();
    expect(detectIdentity(doc, 'https://www.facebook.com/', '')).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('the detectors keep no memo of the data blocks: without one a block is read as it is now, with the caller’s once', () => {
    const doc = loadFixture('feed-fr');
    const script = doc.querySelector(S.dataScript)!;
    const memo: DataScriptMemo = new WeakMap();
    expect(readCurrentUser(doc, memo)?.userId).toBe(MARIE_ID);
    script.textContent = script.textContent!.replace(`"USER_ID":"${MARIE_ID}"`, '"USER_ID":"0"');
    expect(readCurrentUser(doc)).toBeNull();
    // The memo's premise (Facebook never rewrites a block in place): a block keeps the reading it first gave.
    expect(readCurrentUser(doc, memo)?.userId).toBe(MARIE_ID);
    expect(readCurrentUser(doc, new WeakMap())).toBeNull();
  });

  it('session key: i_user when acting as a Page, else c_user; malformed values are ignored', () => {
    expect(sessionKeyFromCookie(`c_user=${MARIE_ID}`)).toBe(MARIE_ID);
    expect(sessionKeyFromCookie(`datr=abc; c_user=${MARIE_ID}; i_user=${PAGE_ID}; xs=1`)).toBe(PAGE_ID);
    expect(sessionKeyFromCookie('c_user=deleted')).toBeUndefined();
    expect(sessionKeyFromCookie('')).toBeUndefined();
  });

  it('cookies that contradict the page (switched in another tab) give conflicting-signals, never the stale actor', () => {
    // The person is someone else.
    expect(read('feed-fr', 'c_user=100089000000999')).toEqual({ identity: null, problem: 'conflicting-signals' });
    // The page was rendered for the person, the session now acts as the Page.
    expect(read('feed-fr', `c_user=${MARIE_ID}; i_user=${PAGE_ID}`)).toEqual({ identity: null, problem: 'conflicting-signals' });
    // The page acts as the Page, the session acts as another Page.
    expect(read('feed-as-page-en', `c_user=${MARIE_ID}; i_user=61550000000999`)).toEqual({ identity: null, problem: 'conflicting-signals' });
    // A comment box's own actor is not trusted on a stale page either.
    const doc = loadFixture('feed-fr');
    const box = findComposers(doc)[1]!;
    expect(detectIdentity(doc, 'https://www.facebook.com/', 'c_user=100089000000999', box)).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('acting as a Page with an unreadable i_user cookie is accepted (USER_ID ≠ ACCOUNT_ID = c_user)', () => {
    expect(read('feed-as-page-en', `c_user=${MARIE_ID}`).identity).toMatchObject({ handle: PAGE_ID, name: 'Boulangerie Dupont', sessionKey: MARIE_ID });
  });

  it('a comment box whose picker avatar and "Comment as" label disagree: conflicting-signals', () => {
    const doc = loadFixture('feed-fr');
    const box = findComposers(doc)[1]!;
    box.querySelector('[role="textbox"]')!.setAttribute('aria-label', 'Commenter en tant que Marie Dupont');
    expect(detectIdentity(doc, 'https://www.facebook.com/', `c_user=${MARIE_ID}`, box)).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('a comment box with only its "Comment as" label names its actor from the label', () => {
    const doc = loadFixture('feed-as-page-en');
    const box = findComposers(doc)[1]!;
    box.querySelector(S.namedAvatar)!.removeAttribute('aria-label');
    expect(detectIdentity(doc, 'https://www.facebook.com/', cookieFor(doc), box).identity).toMatchObject({ name: 'Marie Dupont', source: 'comment-label' });
    expect(detectIdentity(doc, 'https://www.facebook.com/', cookieFor(doc), box).identity).not.toHaveProperty('handle');
  });

  it('the picker changed after focus: the actor is read now', () => {
    const doc = loadFixture('feed-fr');
    const box = findComposers(doc)[1]!;
    expect(detectIdentity(doc, 'https://www.facebook.com/', cookieFor(doc), box).identity?.name).toBe('Boulangerie Dupont');
    box.querySelector(S.namedAvatar)!.setAttribute('aria-label', 'Marie Dupont');
    box.querySelector('[role="textbox"]')!.setAttribute('aria-label', 'Commenter en tant que Marie Dupont');
    expect(detectIdentity(doc, 'https://www.facebook.com/', cookieFor(doc), box).identity).toMatchObject({ handle: MARIE_ID, name: 'Marie Dupont' });
  });

  it('decoys: post authors, commenters and chat heads never give the identity', () => {
    const doc = loadFixture('feed-fr');
    const names = Array.from(doc.querySelectorAll(S.namedAvatar), (el) => el.getAttribute('aria-label'));
    expect(names).toEqual(expect.arrayContaining(['Boulangerie Martin', 'Jeanne Martin']));
    for (const script of Array.from(doc.querySelectorAll(S.dataScript))) script.remove();
    expect(detectIdentity(doc, 'https://www.facebook.com/', `c_user=${MARIE_ID}`)).toEqual({ identity: null, problem: 'no-identity-signal' });
    // The post's author's avatar is never a comment box's actor.
    const noSignals = loadFixture('no-signals');
    expect(noSignals.querySelector(`[role="article"] ${S.namedAvatar}`)?.getAttribute('aria-label')).toBe('Boulangerie Martin');
    expect(detectIdentity(noSignals, 'https://www.facebook.com/', '', findComposers(noSignals)[0]!).identity).toBeNull();
  });

  it('Business Suite: the Page of "Publier sur", never the person of the session', () => {
    const reading = read('business-suite-fr');
    expect(reading.identity).toMatchObject({ handle: PAGE_ID, name: 'Boulangerie Dupont', source: 'business-suite' });
    const doc = loadFixture('business-suite-fr');
    doc.querySelector(S.postToCombobox)!.remove();
    // asset_id alone still names the Page.
    expect(detectIdentity(doc, EXPECTED['business-suite-fr']!.url, '').identity).toEqual({ platform: 'facebook', handle: PAGE_ID, source: 'business-suite' });
    expect(detectIdentity(doc, 'https://business.facebook.com/latest/composer', '')).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('profile links: profile.php?id= gives the id, /vanity the vanity, routes nothing', () => {
    expect(handleFromHref('/profile.php?id=100089000000001&sk=about')).toBe('100089000000001');
    expect(handleFromHref('https://www.facebook.com/boulangeriedupont/')).toBe('boulangeriedupont');
    expect(handleFromHref('/marie.dupont.75')).toBe('marie.dupont.75');
    expect(handleFromHref('/groups/feed/')).toBeUndefined();
    expect(handleFromHref('/watch')).toBeUndefined();
    expect(handleFromHref('https://evil.example/boulangeriedupont')).toBeUndefined();
  });
});
