/** createXAdapter: the live wiring of the detectors (environment, no caching, editor memory, session key). */
import { SITE_MATCHES } from '../../../utils/platforms/sites';
import { afterEach, describe, expect, it } from 'vitest';
import { createXAdapter } from '../../../utils/platforms/x/adapter';
import { findComposers } from '../../../utils/platforms/x/detect';
import { X_SELECTORS } from '../../../utils/platforms/x/selectors';
import { loadFixture, setDraft } from './load-fixture';
import { BOULANGERIE_ID, MARIE_ID } from './expectations';

afterEach(() => {
  document.cookie = 'twid=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('createXAdapter', () => {
  it('is the X platform and runs on x.com, twitter.com and their mobile hosts', () => {
    expect(createXAdapter().platform).toBe('x');
    expect(SITE_MATCHES.x).toEqual(['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*']);
  });

  it('reads the identity now, from the injected document, URL and cookie, never from a cache', () => {
    const doc = loadFixture('home-fr');
    let cookie = `twid=u%3D${MARIE_ID}`;
    const adapter = createXAdapter({ doc, getCookie: () => cookie, getUrl: () => 'https://x.com/home' });
    expect(adapter.readIdentity(null).identity).toMatchObject({ handle: 'marie_dupont', sessionKey: MARIE_ID });
    // The account is switched in another tab: the cookie changes, this page still shows Marie.
    cookie = `twid=u%3D${BOULANGERIE_ID}`;
    expect(adapter.readIdentity(null)).toEqual({ identity: null, problem: 'conflicting-signals' });
    expect(adapter.readSessionKey!()).toBe(BOULANGERIE_ID);
    // The page re-renders with another account in the switcher (and in the SideNav's profile link, which must agree).
    cookie = `twid=u%3D${MARIE_ID}`;
    doc.querySelector(X_SELECTORS.profileLink)!.setAttribute('href', '/marie_pro');
    const avatar = doc.querySelector(`${X_SELECTORS.accountSwitcher} ${X_SELECTORS.userAvatar}`)!;
    avatar.setAttribute('data-testid', 'UserAvatar-Container-marie_pro');
    doc.querySelector(`${X_SELECTORS.accountSwitcher} [dir] span span`)!.closest('[dir]')!.nextElementSibling?.remove();
    for (const el of Array.from(doc.querySelectorAll(`${X_SELECTORS.accountSwitcher} [dir]`))) {
      if (el.textContent === '@marie_dupont') el.textContent = '@marie_pro';
    }
    expect(adapter.readIdentity(findComposers(doc)[0]!).identity?.handle).toBe('marie_pro');
  });

  it('defaults to the global document, its cookie and location', () => {
    loadFixture('home-en');
    document.cookie = `twid=u%3D${BOULANGERIE_ID}`;
    const adapter = createXAdapter();
    expect(adapter.readSessionKey!()).toBe(BOULANGERIE_ID);
    expect(adapter.readIdentity(null).identity).toMatchObject({ handle: 'boulangerie_dupont', sessionKey: BOULANGERIE_ID, source: 'account-switcher' });
  });

  it('never throws: a cookie getter that throws gives no session key', () => {
    const doc = loadFixture('home-fr');
    const adapter = createXAdapter({
      doc,
      getCookie: () => {
        throw new Error('sandboxed');
      },
    });
    expect(adapter.readSessionKey!()).toBeUndefined();
    expect(adapter.readIdentity(null).identity).toMatchObject({ handle: 'marie_dupont' });
    expect(adapter.readIdentity(null).identity).not.toHaveProperty('sessionKey');
  });

  it('readDraft and publishControlOf read the composer as it is now (X replaces its button)', () => {
    const doc = loadFixture('home-fr');
    const adapter = createXAdapter({ doc, getCookie: () => '' });
    const composer = findComposers(doc)[0]!;
    const editor = composer.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    expect(adapter.readDraft(composer)).toBe('');
    setDraft(editor, 'Bonne journée\nà tous');
    expect(adapter.readDraft(composer)).toBe('Bonne journée\nà tous');
    const old = adapter.publishControlOf(composer)!;
    const replacement = old.cloneNode(true) as HTMLElement;
    old.replaceWith(replacement);
    expect(adapter.publishControlOf(composer)).toBe(replacement);
  });

  it('editorOf: the editor last focused or typed in, else the first one', () => {
    const doc = loadFixture('thread-fr');
    const adapter = createXAdapter({ doc, getCookie: () => '' });
    const thread = findComposers(doc)[0]!;
    const [first, second] = Array.from(thread.querySelectorAll<HTMLElement>('[contenteditable="true"]'));
    expect(adapter.editorOf(thread)).toBe(first);
    expect(adapter.composerOf([second!, thread, doc.body])).toBe(thread);
    expect(adapter.editorOf(thread)).toBe(second);
    // Ctrl+Enter typed in the first part.
    adapter.classify(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }), [first!, thread, doc.body]);
    expect(adapter.editorOf(thread)).toBe(first);
    // A remembered editor that React removed is not returned.
    first!.closest('label')!.remove();
    expect(adapter.editorOf(thread)).toBe(second);
  });

  it('editorOf: the editor that has the focus now comes first', () => {
    const doc = loadFixture('thread-fr');
    const adapter = createXAdapter({ doc, getCookie: () => '' });
    const thread = findComposers(doc)[0]!;
    const [first, second] = Array.from(thread.querySelectorAll<HTMLElement>('[contenteditable="true"]'));
    adapter.composerOf([first!, thread, doc.body]);
    second!.focus();
    expect(doc.activeElement).toBe(second);
    expect(adapter.editorOf(thread)).toBe(second);
    second!.blur();
    expect(adapter.editorOf(thread)).toBe(first);
  });

  it('editorOf on X Chat is its textarea', () => {
    const doc = loadFixture('xchat-fr');
    const adapter = createXAdapter({ doc, getCookie: () => '' });
    const form = findComposers(doc)[0]!;
    expect(adapter.editorOf(form)).toBe(form.querySelector('textarea'));
  });
});
