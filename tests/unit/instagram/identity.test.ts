/** Instagram identity detection on every fixture, the decoys that must never win, the fallbacks and the session cookie. */
import { describe, expect, it } from 'vitest';
import { detectIdentity, dsUserIdFromCookie, handleOfHref, readViewer, userOfAlt } from '../../../utils/platforms/instagram/detect';
import { INSTAGRAM_SELECTORS as S } from '../../../utils/platforms/instagram/selectors';
import { FIXTURES, cookieFor, loadFixture } from './load-fixture';
import { BOULANGERIE_ID, EXPECTED, MARIE_ID } from './expectations';

function read(name: string, cookie?: string) {
  const doc = loadFixture(name);
  return detectIdentity(doc, EXPECTED[name]!.url, cookie ?? cookieFor(doc));
}

/** The navigation's profile link (the one the detector must find), for the fallback tests. */
function navProfileLink(doc: Document): Element {
  const links = Array.from(doc.querySelectorAll(S.linkedAvatar), (img) => img.closest('a')!).filter((a) => !a.closest(S.contentScope));
  expect(links.length).toBe(1);
  return links[0]!;
}

describe('Instagram identity, per fixture', () => {
  it('has an expectation for every fixture file', () => {
    expect([...FIXTURES].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.identity ? `@${expected.identity.handle} from ${expected.identity.source}` : expected.problem}`, () => {
      const reading = read(name);
      expect(reading.identity).toEqual(expected.identity);
      expect(reading.problem).toBe(expected.problem);
    });
  }
});

describe('Instagram identity decoys', () => {
  it('home-fr: the first avatar of the page (stories tray: own story) and the first linked avatar (a feed author) are not the signal', () => {
    const doc = loadFixture('home-fr');
    const firstLinked = doc.querySelector(S.linkedAvatar)!;
    // In the sidebar, the profile link comes first in document order: move the feed before it to prove order is not used.
    const nav = doc.querySelector(S.navigation)!;
    nav.parentElement!.parentElement!.append(nav.parentElement!);
    expect(doc.querySelector(S.linkedAvatar)!.getAttribute('alt')).toBe('Photo de profil de fournil_de_paul');
    expect(firstLinked).toBeDefined();
    expect(detectIdentity(doc, 'https://www.instagram.com/', cookieFor(doc)).identity?.handle).toBe('marie.dupont');
  });

  it('home-fr: another of the user’s accounts in the suggestions is never the identity, even with nothing else left', () => {
    const doc = loadFixture('home-fr');
    expect(doc.querySelector('main img[alt="Photo de profil de boulangerie.dupont"]')).not.toBeNull();
    navProfileLink(doc).remove();
    // Remove the switcher card ("Changer") and the viewer data: only decoys remain.
    Array.from(doc.querySelectorAll(S.control)).find((b) => b.textContent === 'Changer')!.parentElement!.remove();
    for (const script of Array.from(doc.querySelectorAll(S.dataScript))) script.remove();
    expect(detectIdentity(doc, 'https://www.instagram.com/', cookieFor(doc))).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('story-en: the story author’s avatar link, outside any content scope, is not the viewer', () => {
    const doc = loadFixture('story-en');
    const author = doc.querySelector('a[href="/fournil_de_paul/"] img[alt]')!;
    expect(author.closest(S.contentScope)).toBeNull();
    for (const script of Array.from(doc.querySelectorAll(S.dataScript))) script.remove();
    expect(detectIdentity(doc, EXPECTED['story-en']!.url, cookieFor(doc))).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('direct-fr: the thread header’s avatar link (the other person) is not the viewer', () => {
    const doc = loadFixture('direct-fr');
    expect(doc.querySelector('main a[href="/fournil_de_paul/"] img')).not.toBeNull();
    expect(read('direct-fr').identity?.handle).toBe('marie.dupont');
  });

  it('the feed data script’s usernames are never read as the viewer', () => {
    const doc = loadFixture('home-en');
    navProfileLink(doc).remove();
    Array.from(doc.querySelectorAll(S.control)).find((b) => b.textContent === 'Switch')!.parentElement!.remove();
    doc.querySelector(S.dataScript)!.remove(); // the viewer block; the feed block (fournil_de_paul…) stays
    expect(doc.querySelector(S.dataScript)!.textContent).toContain('"username":"fournil_de_paul"');
    expect(detectIdentity(doc, 'https://www.instagram.com/', cookieFor(doc)).identity).toBeNull();
  });
});

describe('Instagram identity: only the viewer’s own markers (independent markup)', () => {
  for (const name of ['direct-no-viewer-fr', 'direct-no-viewer-en']) {
    it(`${name}: the conversation partner's avatar link, next to a back link to the inbox, is never the viewer`, () => {
      const doc = loadFixture(name);
      const partner = doc.querySelector('a[href="/fournil_de_paul/"] img[alt]')!;
      // The failure the fix is for: outside <main>, and a fixed navigation route (the inbox) a few levels up.
      expect(partner.closest('main')).toBeNull();
      expect(partner.closest('section')!.querySelector('a[href="/direct/inbox/"]')).not.toBeNull();
      expect(read(name)).toEqual({ identity: null, problem: 'no-identity-signal' });
    });

    it(`${name}: once the sidebar's own "Profile" entry renders, it is the viewer again`, () => {
      const doc = loadFixture(name);
      const loading = doc.querySelector('[data-fixture-nav] [role="progressbar"]')!;
      const alt = name.endsWith('-fr') ? 'Photo de profil de marie.dupont' : "marie.dupont's profile picture";
      loading.outerHTML = `<a href="/marie.dupont/" role="link"><img alt="${alt}" src="https://scontent.cdninstagram.com/v/t51.2885-19/5100000002_a1.jpg"><span>Profil</span></a>`;
      expect(detectIdentity(doc, EXPECTED[name]!.url, cookieFor(doc)).identity).toMatchObject({ handle: 'marie.dupont', source: 'profile-link' });
    });
  }

  it('a profile link needs two of the navigation’s fixed routes beside it, not the inbox alone', () => {
    const doc = loadFixture('story-en');
    for (const script of Array.from(doc.querySelectorAll(S.dataScript))) script.remove();
    const header = doc.querySelector('header')!;
    header.insertAdjacentHTML('afterbegin', '<a href="/direct/inbox/" role="link">Back</a>');
    expect(detectIdentity(doc, EXPECTED['story-en']!.url, cookieFor(doc))).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('home-fr: a switcher card whose own avatar link is missing never takes a suggestion for the viewer', () => {
    const doc = loadFixture('home-fr');
    navProfileLink(doc).remove();
    for (const script of Array.from(doc.querySelectorAll(S.dataScript))) script.remove();
    const switchButton = Array.from(doc.querySelectorAll(S.control)).find((b) => b.textContent === 'Changer')!;
    // The card without the viewer's links (still loading); one suggestion left below it.
    for (const link of Array.from(switchButton.parentElement!.querySelectorAll('a'))) link.remove();
    doc.querySelector('main a[href="/meteo.paris/"]')!.closest('.x9f619')!.remove();
    expect(doc.querySelectorAll('main a[href="/boulangerie.dupont/"] img').length).toBe(1);
    expect(detectIdentity(doc, 'https://www.instagram.com/', cookieFor(doc))).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('a feed in a div[role=main] is a content scope too: a feed author there is never the viewer', () => {
    const doc = loadFixture('home-fr');
    navProfileLink(doc).remove();
    for (const script of Array.from(doc.querySelectorAll(S.dataScript))) script.remove();
    Array.from(doc.querySelectorAll(S.control)).find((b) => b.textContent === 'Changer')!.parentElement!.remove();
    const main = doc.querySelector('main')!;
    const div = doc.createElement('div');
    div.setAttribute('role', 'main');
    div.append(...Array.from(main.childNodes));
    main.replaceWith(div);
    expect(detectIdentity(doc, 'https://www.instagram.com/', cookieFor(doc)).identity).toBeNull();
  });
});

describe('Instagram identity fallbacks and cross-checks', () => {
  it('without the navigation link, the switcher card gives the identity (with its name)', () => {
    const doc = loadFixture('home-fr');
    navProfileLink(doc).remove();
    expect(detectIdentity(doc, 'https://www.instagram.com/', cookieFor(doc)).identity).toMatchObject({
      handle: 'marie.dupont',
      source: 'account-switcher',
      name: 'Marie Dupont',
      sessionKey: MARIE_ID,
    });
  });

  it('English switcher card ("Switch") works the same', () => {
    const doc = loadFixture('home-en');
    navProfileLink(doc).remove();
    for (const script of Array.from(doc.querySelectorAll(S.dataScript))) script.remove();
    expect(detectIdentity(doc, 'https://www.instagram.com/', cookieFor(doc)).identity).toMatchObject({
      handle: 'boulangerie.dupont',
      source: 'account-switcher',
      name: 'Boulangerie Dupont',
    });
  });

  it('with neither, the viewer data gives it, only when its id is the cookie’s', () => {
    const doc = loadFixture('post-fr');
    navProfileLink(doc).remove();
    expect(detectIdentity(doc, EXPECTED['post-fr']!.url, cookieFor(doc)).identity).toMatchObject({ handle: 'marie.dupont', source: 'viewer-data' });
    expect(detectIdentity(doc, EXPECTED['post-fr']!.url, '')).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('a ds_user_id other than the viewer data’s (switched in another tab) is a conflict', () => {
    expect(read('home-fr', `ds_user_id=${BOULANGERIE_ID}`)).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('the navigation and the switcher card naming two accounts is a conflict', () => {
    const doc = loadFixture('home-fr');
    const card = Array.from(doc.querySelectorAll(S.control)).find((b) => b.textContent === 'Changer')!.parentElement!;
    card.innerHTML = card.innerHTML.replaceAll('marie.dupont', 'boulangerie.dupont');
    expect(detectIdentity(doc, 'https://www.instagram.com/', cookieFor(doc))).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('the viewer data naming another account than the DOM is a conflict, even without a cookie', () => {
    const doc = loadFixture('home-fr');
    const script = doc.querySelector(S.dataScript)!;
    script.textContent = script.textContent!.replace('"username":"marie.dupont"', '"username":"boulangerie.dupont"');
    expect(detectIdentity(doc, 'https://www.instagram.com/', '')).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('a navigation link whose alt names another user than its href is not a signal', () => {
    const doc = loadFixture('post-fr');
    navProfileLink(doc).setAttribute('href', '/boulangerie.dupont/');
    // Nav is gone as a signal; the viewer data (cookie-confirmed) remains.
    expect(detectIdentity(doc, EXPECTED['post-fr']!.url, cookieFor(doc)).identity?.source).toBe('viewer-data');
  });
});

describe('Instagram identity parsers', () => {
  it('ds_user_id: numeric only, quoted or not, among other cookies', () => {
    expect(dsUserIdFromCookie('csrftoken=abc; ds_user_id=5100000002; mid=xyz')).toBe('5100000002');
    expect(dsUserIdFromCookie('ds_user_id="5100000001"')).toBe('5100000001');
    expect(dsUserIdFromCookie('ds_user_id=abc')).toBeUndefined();
    expect(dsUserIdFromCookie('xds_user_id=1')).toBeUndefined();
    expect(dsUserIdFromCookie('')).toBeUndefined();
  });

  it('avatar alt texts, French and English; anything else is not a profile picture', () => {
    expect(userOfAlt('Photo de profil de marie.dupont')).toBe('marie.dupont');
    expect(userOfAlt("boulangerie.dupont's profile picture")).toBe('boulangerie.dupont');
    expect(userOfAlt('boulangerie.dupont’s profile picture')).toBe('boulangerie.dupont');
    expect(userOfAlt('Photo de fournil_de_paul le 12 mai 2026.')).toBeUndefined();
    expect(userOfAlt('Photo by fournil_de_paul on May 12, 2026.')).toBeUndefined();
    expect(userOfAlt('')).toBeUndefined();
  });

  it('profile hrefs: one segment, not a route, on instagram.com only', () => {
    const url = 'https://www.instagram.com/';
    expect(handleOfHref('/marie.dupont/', url)).toBe('marie.dupont');
    expect(handleOfHref('https://www.instagram.com/marie.dupont', url)).toBe('marie.dupont');
    expect(handleOfHref('/explore/', url)).toBeUndefined();
    expect(handleOfHref('/direct/inbox/', url)).toBeUndefined();
    expect(handleOfHref('/p/DAaBbCc1/', url)).toBeUndefined();
    expect(handleOfHref('https://evil.example/marie.dupont/', url)).toBeUndefined();
  });

  it('the viewer data: only the marked object', () => {
    expect(readViewer(loadFixture('home-fr'))).toEqual({ id: MARIE_ID, username: 'marie.dupont', fullName: 'Marie Dupont' });
    expect(readViewer(loadFixture('logged-out-fr'))).toBeNull();
  });
});
