/** X identity detection on every fixture, the decoys that must never win, the fallbacks and the session cookie. */
import { beforeEach, describe, expect, it } from 'vitest';
import { detectIdentity, readInitialState, twidFromCookie } from '../../../utils/platforms/x/detect';
import { X_SELECTORS } from '../../../utils/platforms/x/selectors';
import { FIXTURES, loadFixture } from './load-fixture';
import { BOULANGERIE_ID, EXPECTED, MARIE_ID, cookieFor } from './expectations';

function read(name: string, cookie?: string) {
  const doc = loadFixture(name);
  return detectIdentity(doc, EXPECTED[name]!.url, cookie ?? cookieFor(doc));
}

describe('X identity, per fixture', () => {
  it('has an expectation for every fixture file', () => {
    expect(FIXTURES.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of Object.keys(EXPECTED)) {
    it(`${name}: ${EXPECTED[name]!.identity ? `@${EXPECTED[name]!.identity!.handle} from ${EXPECTED[name]!.identity!.source}` : EXPECTED[name]!.problem}`, () => {
      const { identity, problem } = EXPECTED[name]!;
      const reading = read(name);
      expect(reading.identity).toEqual(identity);
      expect(reading.problem).toBe(problem);
    });
  }
});

describe('X identity decoys', () => {
  it('home-en: the first UserAvatar-Container in the document is a hover card in #layers, not the viewer', () => {
    const doc = loadFixture('home-en');
    const first = doc.querySelector(X_SELECTORS.userAvatar)!;
    expect(first.getAttribute('data-testid')).toBe('UserAvatar-Container-pain_de_mie_fan');
    expect(first.closest('#layers [data-testid="HoverCard"]')).not.toBeNull();
    // It comes before the switcher in document order.
    const switcher = doc.querySelector(X_SELECTORS.accountSwitcher)!;
    expect(first.compareDocumentPosition(switcher) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(detectIdentity(doc, 'https://x.com/home', cookieFor(doc)).identity?.handle).toBe('boulangerie_dupont');
  });

  it('home-en: timeline and suggestion avatars never give the identity, even when the switcher is gone', () => {
    const doc = loadFixture('home-en');
    doc.querySelector(X_SELECTORS.accountSwitcher)!.remove();
    doc.querySelector(X_SELECTORS.profileLink)!.remove();
    doc.querySelector(X_SELECTORS.stateScript)!.remove();
    const handles = Array.from(doc.querySelectorAll(X_SELECTORS.userAvatar), (el) => el.getAttribute('data-testid'));
    expect(handles).toContain('UserAvatar-Container-le_fournil');
    expect(detectIdentity(doc, 'https://x.com/home', cookieFor(doc))).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('home-fr: another of the user’s accounts suggested in the sidebar is not the identity', () => {
    const doc = loadFixture('home-fr');
    expect(doc.querySelector('[data-testid="sidebarColumn"] [data-testid="UserAvatar-Container-boulangerie_dupont"]')).not.toBeNull();
    expect(detectIdentity(doc, 'https://x.com/home', cookieFor(doc)).identity?.handle).toBe('marie_dupont');
  });

  it('quote-en: the quoted tweet’s author is not the identity', () => {
    const reading = read('quote-en');
    expect(reading.identity?.handle).toBe('boulangerie_dupont');
  });

  for (const name of ['reply-en', 'reply-fr', 'quote-fr']) {
    it(`${name}: with the viewer's switcher and profile link gone, the replied-to or quoted author is never the viewer`, () => {
      const doc = loadFixture(name);
      doc.querySelector(X_SELECTORS.accountSwitcher)!.remove();
      doc.querySelector(X_SELECTORS.profileLink)!.remove();
      doc.querySelector(X_SELECTORS.stateScript)!.remove();
      expect(doc.querySelector('[data-testid="UserAvatar-Container-le_fournil"]')).not.toBeNull();
      expect(detectIdentity(doc, EXPECTED[name]!.url, cookieFor(doc))).toEqual({ identity: null, problem: 'no-identity-signal' });
    });
  }

  it('the switcher and the SideNav profile link naming two accounts is a conflict (a half re-rendered SideNav)', () => {
    const doc = loadFixture('home-fr');
    doc.querySelector(X_SELECTORS.profileLink)!.setAttribute('href', '/boulangerie_dupont');
    expect(detectIdentity(doc, 'https://x.com/home', cookieFor(doc))).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('no-signals: a handle in arbitrary page text ("@marie_dupont" in another extension’s header) is never read', () => {
    const doc = loadFixture('no-signals');
    expect(doc.body.textContent).toContain('@marie_dupont');
    expect(detectIdentity(doc, 'https://x.com/home', cookieFor(doc))).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('logged-out-fr: a "user_id" elsewhere in the state is not the session’s', () => {
    const doc = loadFixture('logged-out-fr');
    expect(doc.querySelector(X_SELECTORS.stateScript)!.textContent).toContain('"user_id":"44196397"');
    expect(readInitialState(doc)).toEqual({});
    // Even with a cookie naming that id, the logged-out state gives no identity.
    expect(detectIdentity(doc, 'https://x.com/le_fournil', 'twid=u%3D44196397')).toEqual({ identity: null, problem: 'no-identity-signal' });
  });
});

describe('X identity fallbacks', () => {
  beforeEach(() => loadFixture('home-fr'));

  it('the profile link when the switcher is missing; query, hash and trailing slash ignored', () => {
    document.querySelector(X_SELECTORS.accountSwitcher)!.remove();
    const link = document.querySelector(X_SELECTORS.profileLink)!;
    for (const href of ['/marie_dupont', '/marie_dupont?src=nav#top', '/marie_dupont/', 'https://x.com/marie_dupont', 'https://twitter.com/marie_dupont']) {
      link.setAttribute('href', href);
      expect(detectIdentity(document, 'https://x.com/home', cookieFor(document)).identity, href).toMatchObject({
        handle: 'marie_dupont',
        source: 'profile-link',
        sessionKey: MARIE_ID,
      });
    }
  });

  it('never a profile link that is not a handle (route, nested path, other site, invalid characters)', () => {
    document.querySelector(X_SELECTORS.accountSwitcher)!.remove();
    document.querySelector(X_SELECTORS.stateScript)!.remove();
    const link = document.querySelector(X_SELECTORS.profileLink)!;
    for (const href of ['/home', '/i/flow/login', '/marie_dupont/status/1', 'https://evil.example/marie_dupont', '/marie-dupont', '/', '']) {
      link.setAttribute('href', href);
      expect(detectIdentity(document, 'https://x.com/home', cookieFor(document)), href).toEqual({ identity: null, problem: 'no-identity-signal' });
    }
  });

  it('a "@handle" in the switcher’s text when its avatar has no usable test id', () => {
    document.querySelector(`${X_SELECTORS.accountSwitcher} ${X_SELECTORS.userAvatar}`)!.setAttribute('data-testid', 'UserAvatar-Container-unknown-');
    expect(detectIdentity(document, 'https://x.com/home', cookieFor(document)).identity).toMatchObject({ handle: 'marie_dupont', name: 'Marie Dupont' });
  });

  it('the switcher’s avatar and text naming two accounts: conflicting signals, no identity', () => {
    document.querySelector(`${X_SELECTORS.accountSwitcher} ${X_SELECTORS.userAvatar}`)!.setAttribute('data-testid', 'UserAvatar-Container-someone_else');
    expect(detectIdentity(document, 'https://x.com/home', cookieFor(document))).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('the server-rendered state only when its user is the cookie’s', () => {
    document.querySelector(X_SELECTORS.accountSwitcher)!.remove();
    document.querySelector(X_SELECTORS.profileLink)!.remove();
    expect(detectIdentity(document, 'https://x.com/home', cookieFor(document)).identity).toEqual({
      platform: 'x',
      handle: 'marie_dupont',
      name: 'Marie Dupont',
      sessionKey: MARIE_ID,
      source: 'initial-state',
    });
    // No cookie: the state alone is not trusted.
    expect(detectIdentity(document, 'https://x.com/home', '')).toEqual({ identity: null, problem: 'no-identity-signal' });
  });
});

describe('X session cookie', () => {
  it('reads the numeric id of twid, encoded, plain or quoted, among other cookies', () => {
    expect(twidFromCookie(`a=1; twid=u%3D${MARIE_ID}; b=2`)).toBe(MARIE_ID);
    expect(twidFromCookie(`twid="u=${MARIE_ID}"`)).toBe(MARIE_ID);
    expect(twidFromCookie(`twid=u=${MARIE_ID}`)).toBe(MARIE_ID);
    expect(twidFromCookie('twid="u%3D42"')).toBe('42');
  });

  it('ignores missing, malformed and look-alike cookies', () => {
    expect(twidFromCookie('')).toBeUndefined();
    expect(twidFromCookie('guest_id=v1%3A1; ct0=abc')).toBeUndefined();
    expect(twidFromCookie('xtwid=u%3D1; twid_old=u%3D2')).toBeUndefined();
    expect(twidFromCookie('twid=u%3Dabc')).toBeUndefined();
    expect(twidFromCookie('twid=%E0%A4%A')).toBeUndefined();
  });

  it('is the sessionKey whenever present, and absent otherwise', () => {
    const doc = loadFixture('home-fr');
    expect(detectIdentity(doc, 'https://x.com/home', '').identity).not.toHaveProperty('sessionKey');
    expect(detectIdentity(doc, 'https://x.com/home', `twid=u%3D${MARIE_ID}`).identity?.sessionKey).toBe(MARIE_ID);
  });

  it('a cookie naming another account than the page was rendered for: conflicting signals (switched in another tab)', () => {
    for (const name of ['home-fr', 'home-en', 'mobile-en', 'xchat-en']) {
      const other = name.endsWith('fr') ? BOULANGERIE_ID : MARIE_ID;
      expect(read(name, `twid=u%3D${other}`), name).toEqual({ identity: null, problem: 'conflicting-signals' });
    }
  });

  it('delegation is not a conflict: the owner’s cookie and state, the delegate in the switcher', () => {
    const reading = read('delegated-en');
    expect(reading.problem).toBeUndefined();
    expect(reading.identity).toMatchObject({ handle: 'boulangerie_dupont', sessionKey: MARIE_ID });
  });
});

describe('X handles', () => {
  it('strips "@" and rejects what X could not have as a handle', () => {
    const doc = loadFixture('home-fr');
    doc.querySelector(X_SELECTORS.accountSwitcher)!.remove();
    doc.querySelector(X_SELECTORS.stateScript)!.remove();
    const link = doc.querySelector(X_SELECTORS.profileLink)!;
    link.setAttribute('href', '/@marie_dupont');
    expect(detectIdentity(doc, 'https://x.com/home', '').identity?.handle).toBe('marie_dupont');
    link.setAttribute('href', '/' + 'a'.repeat(21));
    expect(detectIdentity(doc, 'https://x.com/home', '').identity).toBeNull();
    link.setAttribute('href', '/marie.dupont');
    expect(detectIdentity(doc, 'https://x.com/home', '').identity).toBeNull();
  });
});
