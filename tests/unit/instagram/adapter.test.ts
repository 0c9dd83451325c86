/** The Instagram adapter on top of the detectors: environment wiring, session key, no throwing, de-duplication. */
import { SITE_MATCHES } from '../../../utils/platforms/sites';
import { afterEach, describe, expect, it } from 'vitest';
import { createInstagramAdapter } from '../../../utils/platforms/instagram/adapter';
import { findComposers } from '../../../utils/platforms/instagram/detect';
import { INSTAGRAM_SELECTORS as S } from '../../../utils/platforms/instagram/selectors';
import type { PublishGesture } from '../../../utils/platforms/adapter';
import { cookieFor, enable, loadFixture, q, setDraft } from './load-fixture';
import { MARIE_ID } from './expectations';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

describe('Instagram adapter', () => {
  it('matches www.instagram.com only', () => {
    expect(SITE_MATCHES.instagram).toEqual(['https://www.instagram.com/*']);
  });

  it('reads identity and session key from the page and the cookie, now (not cached)', () => {
    const doc = loadFixture('home-fr');
    let cookie = cookieFor(doc);
    const adapter = createInstagramAdapter({ doc, getCookie: () => cookie, getUrl: () => 'https://www.instagram.com/' });
    expect(adapter.platform).toBe('instagram');
    expect(adapter.readSessionKey?.()).toBe(MARIE_ID);
    expect(adapter.readIdentity(null).identity?.handle).toBe('marie.dupont');
    cookie = 'ds_user_id=5100000001';
    expect(adapter.readSessionKey?.()).toBe('5100000001');
    expect(adapter.readIdentity(null)).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('never throws: a cookie getter that throws gives no session key', () => {
    const doc = loadFixture('home-fr');
    const adapter = createInstagramAdapter({
      doc,
      getCookie: () => {
        throw new Error('denied');
      },
    });
    expect(adapter.readSessionKey?.()).toBeUndefined();
    expect(adapter.readIdentity(null).identity?.handle).toBe('marie.dupont');
  });

  it('draft, editor, control and composer of a focus path', () => {
    const doc = loadFixture('direct-fr');
    const adapter = createInstagramAdapter({ doc, getCookie: () => cookieFor(doc) });
    const composer = findComposers(doc)[0]!;
    const editor = q(composer, S.richEditor);
    setDraft(editor, 'Salut');
    expect(adapter.composerOf([editor.querySelector('span')!, editor, composer])).toBe(composer);
    expect(adapter.readDraft(composer)).toBe('Salut');
    expect(adapter.editorOf(composer)).toBe(editor);
    expect(adapter.publishControlOf(composer)?.textContent).toBe('Envoyer');
    expect(adapter.composerOf([doc.body])).toBeNull();
    expect(adapter.composerOf([])).toBeNull();
  });

  it('a submit the site dispatches from its own Enter handler is the same publish, not a second one', () => {
    const doc = loadFixture('post-fr');
    const adapter = createInstagramAdapter({ doc, getCookie: () => cookieFor(doc) });
    const form = findComposers(doc)[0]!;
    const textarea = q<HTMLTextAreaElement>(form, 'textarea');
    setDraft(textarea, 'Miam');
    enable(q(form, '[data-fixture-publish]'));
    const seen: (PublishGesture | null)[] = [];
    const onEvent = (event: Event) => seen.push(adapter.classify(event, event.composedPath()));
    window.addEventListener('keydown', onEvent, true);
    window.addEventListener('submit', onEvent, true);
    stop = () => {
      window.removeEventListener('keydown', onEvent, true);
      window.removeEventListener('submit', onEvent, true);
    };
    // The site's handler submits the form synchronously while the keydown is still dispatching.
    const siteHandler = () => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    textarea.addEventListener('keydown', siteHandler);
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    textarea.removeEventListener('keydown', siteHandler);
    expect(seen.map((g) => g?.kind ?? null)).toEqual(['enter', null]);
    // Once the keydown is over, a later submit is a gesture again.
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(seen[2]?.kind).toBe('submit');
  });
});
