/** createFacebookAdapter: the live wiring of the detectors (environment, no caching, editor memory, session key). */
import { SITE_MATCHES } from '../../../utils/platforms/sites';
import { afterEach, describe, expect, it } from 'vitest';
import { createFacebookAdapter } from '../../../utils/platforms/facebook/adapter';
import { findComposers } from '../../../utils/platforms/facebook/detect';
import { loadFixture, setDraft } from './load-fixture';
import { MARIE_ID, PAGE_ID } from './expectations';

afterEach(() => {
  document.cookie = 'c_user=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
  document.cookie = 'i_user=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

describe('createFacebookAdapter', () => {
  it('is the Facebook platform and runs on www, web and business.facebook.com', () => {
    expect(createFacebookAdapter().platform).toBe('facebook');
    expect(SITE_MATCHES.facebook).toEqual(['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://business.facebook.com/*']);
  });

  it('reads the identity now, from the injected document, URL and cookie, never from a cache', () => {
    const doc = loadFixture('feed-fr');
    let cookie = `c_user=${MARIE_ID}`;
    const adapter = createFacebookAdapter({ doc, getCookie: () => cookie, getUrl: () => 'https://www.facebook.com/' });
    expect(adapter.readIdentity(null).identity).toMatchObject({ handle: MARIE_ID, name: 'Marie Dupont', sessionKey: MARIE_ID });
    expect(adapter.readSessionKey!()).toBe(MARIE_ID);
    // Switched into the Page in another tab: this page still shows the person.
    cookie = `c_user=${MARIE_ID}; i_user=${PAGE_ID}`;
    expect(adapter.readSessionKey!()).toBe(PAGE_ID);
    expect(adapter.readIdentity(null)).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('defaults to the global document, its cookie and location', () => {
    loadFixture('feed-as-page-en');
    document.cookie = `c_user=${MARIE_ID}`;
    document.cookie = `i_user=${PAGE_ID}`;
    const adapter = createFacebookAdapter();
    expect(adapter.readSessionKey!()).toBe(PAGE_ID);
    expect(adapter.readIdentity(null).identity).toMatchObject({ handle: PAGE_ID, name: 'Boulangerie Dupont', source: 'current-user' });
  });

  it('never throws: a cookie getter that throws gives no session key', () => {
    const doc = loadFixture('feed-fr');
    const adapter = createFacebookAdapter({
      doc,
      getCookie: () => {
        throw new Error('sandboxed');
      },
      getUrl: () => 'https://www.facebook.com/',
    });
    expect(adapter.readSessionKey!()).toBeUndefined();
    expect(adapter.readIdentity(null).identity).toMatchObject({ handle: MARIE_ID });
    expect(adapter.readIdentity(null).identity).not.toHaveProperty('sessionKey');
    expect(adapter.classify(new Event('click'), [])).toBeNull();
    expect(adapter.composerOf([])).toBeNull();
  });

  it('readIdentity(composer) honours each comment box’s actor', () => {
    const doc = loadFixture('feed-fr');
    const adapter = createFacebookAdapter({ doc, getCookie: () => `c_user=${MARIE_ID}`, getUrl: () => 'https://www.facebook.com/' });
    const [mine, asPage, chat] = findComposers(doc);
    expect(adapter.readIdentity(mine!).identity?.name).toBe('Marie Dupont');
    expect(adapter.readIdentity(asPage!).identity?.name).toBe('Boulangerie Dupont');
    expect(adapter.readIdentity(chat!).identity?.name).toBe('Marie Dupont');
  });

  it('a Page that bears its admin’s name, with its own id on the picker, is another actor: not merged with the person', () => {
    const doc = loadFixture('feed-fr');
    const adapter = createFacebookAdapter({ doc, getCookie: () => `c_user=${MARIE_ID}`, getUrl: () => 'https://www.facebook.com/' });
    const mine = findComposers(doc)[0]!;
    const editor = mine.querySelector('[role="textbox"]')!;
    const avatar = [...mine.querySelectorAll('svg[role="img"][aria-label="Marie Dupont"]')].find((svg) => svg.compareDocumentPosition(editor) & 4)!;
    const link = doc.createElement('a');
    link.setAttribute('href', 'https://www.facebook.com/profile.php?id=61550000000099');
    avatar.replaceWith(link);
    link.append(avatar);
    const identity = adapter.readIdentity(mine).identity!;
    expect(identity.handle).toBe('61550000000099');
    expect(identity.aliases).toBeUndefined();
  });

  it('finds a comment box’s actor picker through extra wrappers, even when the box’s label names nobody', () => {
    const doc = loadFixture('feed-fr');
    const adapter = createFacebookAdapter({ doc, getCookie: () => `c_user=${MARIE_ID}`, getUrl: () => 'https://www.facebook.com/' });
    const asPage = findComposers(doc)[1]!;
    const form = asPage.querySelector('form')!;
    // A redesign adds wrappers between the picker and the form, and the placeholder is the generic one.
    let inner: Element = form;
    for (let i = 0; i < 4; i++) {
      const wrapper = doc.createElement('div');
      inner.replaceWith(wrapper);
      wrapper.append(inner);
      inner = wrapper;
    }
    const editor = form.querySelector('[role="textbox"]')!;
    editor.setAttribute('aria-label', 'Écrivez un commentaire…');
    const composer = adapter.composerOf([editor])!;
    expect(adapter.readIdentity(composer).identity?.name).toBe('Boulangerie Dupont');
  });

  it('composerOf: the same root from the editor, the picker and the send button', () => {
    const doc = loadFixture('feed-fr');
    const adapter = createFacebookAdapter({ doc, getCookie: () => '' });
    const box = findComposers(doc)[1]!;
    const editor = box.querySelector('[role="textbox"]')!;
    expect(adapter.composerOf([editor])).toBe(box);
    expect(adapter.composerOf([box.querySelector('[aria-haspopup="menu"]')!])).toBe(box);
    expect(adapter.composerOf([box.querySelector('[aria-label="Commenter"]')!])).toBe(box);
    expect(adapter.composerOf([doc.querySelector('[role="toolbar"] [aria-label="Partager"]')!])).toBeNull();
  });

  it('readDraft and publishControlOf read the composer as it is now', () => {
    const doc = loadFixture('create-post-fr');
    const adapter = createFacebookAdapter({ doc, getCookie: () => '' });
    const form = findComposers(doc)[1]!;
    const editor = form.querySelector<HTMLElement>('[role="textbox"]')!;
    expect(adapter.readDraft(form)).toBe('');
    setDraft(editor, 'Bonne journée\n\nà tous');
    expect(adapter.readDraft(form)).toBe('Bonne journée\n\nà tous');
    const old = adapter.publishControlOf(form)!;
    const replacement = old.cloneNode(true) as HTMLElement;
    old.replaceWith(replacement);
    expect(adapter.publishControlOf(form)).toBe(replacement);
    expect(adapter.editorOf(form)).toBe(editor);
  });

  it('editorOf: the focused editor, else the first', () => {
    const doc = loadFixture('feed-fr');
    const adapter = createFacebookAdapter({ doc, getCookie: () => '' });
    const box = findComposers(doc)[0]!;
    const editor = box.querySelector<HTMLElement>('[role="textbox"]')!;
    expect(adapter.editorOf(box)).toBe(editor);
    editor.focus();
    expect(adapter.editorOf(box)).toBe(editor);
  });
});
