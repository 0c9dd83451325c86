/**
 * LinkedIn composers and publish gestures, classified from real events dispatched in happy-dom and seen the way the
 * guard sees them: a window listener in the capture phase calling adapter.classify(event, event.composedPath()).
 */
import { describe, expect, it } from 'vitest';
import { createLinkedInAdapter } from '../../../utils/platforms/linkedin/adapter';
import type { PublishGesture } from '../../../utils/platforms/adapter';
import { draftOf, findComposers, kindOf, publishControlOf, surfaceOf } from '../../../utils/platforms/linkedin/detect';
import { LINKEDIN_SELECTORS as S } from '../../../utils/platforms/linkedin/selectors';
import { URLS, deepQuery, deepQueryAll, enable, loadFixture, setDraft } from './load-fixture';
import { pathOf, watchGestures } from '../platforms/classify-harness';

/** Stops listening before the test ends, for a test that loads a second fixture. */
let stop: (() => void) | undefined;

function setup(name: string) {
  const doc = loadFixture(name);
  const adapter = createLinkedInAdapter({ doc, getUrl: () => URLS[name]! });
  // `submit` is not composed: inside a shadow root, the guard listens on the root itself.
  const watch = watchGestures(adapter, { shadowSubmitsOf: doc });
  stop = watch.stop;
  return { doc, adapter, ...watch };
}

/** The simulated app's markers of the composer used (LinkedIn has no such attribute: checked, never read). */
const marker = (g: PublishGesture | null) => g && [g.composer.getAttribute('data-fixture-composer'), g.composer.getAttribute('data-fixture-actor')];

describe('LinkedIn composers', () => {
  it('finds every composer, piercing the interop shadow root, with its kind, surface and control', () => {
    const summary = (name: string) =>
      findComposers(loadFixture(name)).map((c) => [kindOf(c), surfaceOf(c), c.getAttribute('data-fixture-actor'), publishControlOf(c)?.textContent?.trim()]);
    expect(summary('feed-fr')).toEqual([
      ['ember-comment', 'comment', 'Marie Dupont', 'Commenter'],
      ['ember-comment', 'comment', 'Boulangerie Dupont', 'Commenter'],
      ['message', 'message', 'Marie Dupont', 'Envoyer'],
      ['share', 'post', 'Marie Dupont', 'Publier'],
    ]);
    expect(summary('feed-en')).toEqual([
      ['comment', 'comment', 'Marie Dupont', 'Comment'],
      ['comment', 'comment', 'Boulangerie Dupont', 'Comment'],
      ['message', 'message', 'Marie Dupont', 'Send'],
      ['sdui', 'post', 'Marie Dupont', 'Post'],
    ]);
    expect(summary('page-admin-fr')).toEqual([['share', 'post', 'Boulangerie Dupont', 'Publier']]);
    expect(summary('page-admin-en')).toEqual([['share', 'post', 'Boulangerie Dupont', 'Schedule']]);
    expect(summary('feed-ui-fr-account-en')).toEqual([
      ['comment', 'comment', 'Marie Dupont', 'Commenter'],
      ['comment', 'comment', 'Boulangerie Dupont', 'Commenter'],
      ['message', 'message', 'Marie Dupont', 'Envoyer'],
    ]);
    expect(summary('no-signals-en')).toEqual([['share', 'post', 'unknown', 'Post']]);
    // Independent markup: each comment box's button section sits beside the box, not inside it.
    expect(summary('feed-comment-section-outside-en')).toEqual([
      ['comment', 'comment', null, 'Comment'],
      ['comment', 'comment', null, 'Reply'],
    ]);
    expect(summary('feed-comment-section-outside-fr')).toEqual([
      ['comment', 'comment', null, 'Commenter'],
      ['comment', 'comment', null, 'Répondre'],
    ]);
  });

  it('never takes the messaging overlay (a role=dialog) for the share dialog, nor a placeholder share dialog for a composer', () => {
    const doc = loadFixture('feed-en');
    const overlay = doc.querySelector('#msg-overlay [role="dialog"]')!;
    expect(overlay.matches(S.shareDialog)).toBe(false);
    expect(findComposers(doc).filter((c) => overlay.contains(c)).map(kindOf)).toEqual(['message']);
    // LinkedIn's placeholder: the SDUI screen with no editor yet.
    const screen = doc.querySelector(S.sduiShare)!;
    screen.innerHTML = '<div role="progressbar" aria-busy="true"></div>';
    expect(findComposers(doc).map(kindOf)).toEqual(['comment', 'comment', 'message']);
  });

  it('reads drafts paragraph by paragraph (Quill, TipTap, messaging)', () => {
    const doc = loadFixture('feed-fr');
    const share = findComposers(doc).find((c) => kindOf(c) === 'share')!;
    expect(draftOf(share)).toBe('');
    setDraft(deepQuery(doc, S.quillEditor + '[data-test-ql-editor-contenteditable]'), 'Bonjour\n\n#BoulangerieDupont');
    expect(draftOf(share)).toBe('Bonjour\n\n#BoulangerieDupont');
    const en = loadFixture('feed-en');
    const sdui = findComposers(en).find((c) => kindOf(c) === 'sdui')!;
    sdui.querySelector('[contenteditable="true"]')!.innerHTML = '<p>Hello <strong>all</strong><br class="ProseMirror-trailingBreak"></p><p>line 2</p>';
    expect(draftOf(sdui)).toBe('Hello all\nline 2');
  });
});

describe('LinkedIn gestures', () => {
  it('classic share box in the shadow root: Post click when enabled; schedule, media and dismiss are not publishes', () => {
    const { doc, adapter, click } = setup('feed-fr');
    const post = deepQuery(doc, S.sharePost);
    // Disabled while empty (happy-dom does not even dispatch clicks on disabled buttons: classified directly).
    expect(adapter.classify(new MouseEvent('click'), pathOf(post))).toBeNull();
    setDraft(deepQuery(doc, '[data-test-ql-editor-contenteditable]'), 'Bonjour');
    enable(post);
    const g = click(post.querySelector('span')!);
    expect(g).toMatchObject({ kind: 'click', surface: 'post', control: post });
    expect(g!.composer.matches(S.shareDialog)).toBe(true);
    expect(click(deepQuery(doc, S.shareSchedule))).toBeNull();
    for (const b of deepQueryAll(doc, `${S.shareDialog} button:not(.share-actions__primary-action)`)) expect(click(b)).toBeNull();
  });

  it('a scheduled post: the "Schedule" primary action is the publish; the clock and the scheduling view never are', () => {
    const { doc, adapter, click } = setup('page-admin-en');
    const post = deepQuery(doc, S.sharePost);
    expect(post.textContent!.trim()).toBe('Schedule');
    expect(adapter.classify(new MouseEvent('click'), pathOf(post))).toBeNull(); // still empty: disabled
    setDraft(deepQuery(doc, '[data-test-ql-editor-contenteditable]'), 'Fresh croissants at 7');
    enable(post);
    expect(marker(click(post))).toEqual(['post', 'Boulangerie Dupont']);
    expect(click(post)).toMatchObject({ kind: 'click', surface: 'post', control: post });
    expect(click(deepQuery(doc, S.shareSchedule))).toBeNull();
    const view = deepQuery(doc, '.share-post-schedule');
    view.hidden = false;
    for (const el of Array.from(view.querySelectorAll('button, input'))) expect(click(el)).toBeNull();
    expect(Array.from(view.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Back', 'Next']);
  });

  it('messaging inside the interop shadow root, in a bare [role=dialog]: a message, never the share dialog', () => {
    const { doc, adapter, seen, click, key, submit } = setup('feed-ui-fr-account-en');
    const overlay = deepQuery(doc, '#msg-overlay [role="dialog"]');
    expect(overlay.matches(S.shareDialog)).toBe(false);
    expect(overlay.getRootNode()).not.toBe(doc);
    const editor = deepQuery(doc, S.msgEditor);
    const send = deepQuery(doc, S.msgSend);
    expect(adapter.classify(new MouseEvent('click'), pathOf(send))).toBeNull(); // empty: disabled
    setDraft(editor, 'Oui, samedi');
    enable(send);
    // "Appuyer sur Entrée pour envoyer" is on: Enter sends; Shift+Enter is a newline.
    expect(marker(key(editor))).toEqual(['message', 'Marie Dupont']);
    expect(key(editor, { shiftKey: true })).toBeNull();
    // The Send click, then the form submit it causes (heard on the shadow root): one gesture.
    const before = seen.length;
    send.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(seen.slice(before).map((g) => (g ? [g.kind, g.surface, g.control === send] : null))).toEqual([['click', 'message', true], null]);
    // The form's submit does not compose out of the shadow root: the guard hears it on the root itself.
    expect(submit(editor.closest('form')!)).toMatchObject({ kind: 'submit', surface: 'message' });
    expect(click(deepQuery(doc, '.msg-overlay-bubble-header__control'))).toBeNull();
  });

  it('share box keys: plain and Shift+Enter are newlines, Ctrl/Cmd+Enter publishes, IME Enter never', () => {
    const { doc, key } = setup('feed-fr');
    const editor = deepQuery(doc, '[data-test-ql-editor-contenteditable]');
    setDraft(editor, 'Bonjour');
    enable(deepQuery(doc, S.sharePost));
    expect(key(editor)).toBeNull();
    expect(key(editor, { shiftKey: true })).toBeNull();
    expect(marker(key(editor, { ctrlKey: true }))).toEqual(['post', 'Marie Dupont']);
    expect(key(editor, { metaKey: true })).toMatchObject({ kind: 'shortcut', surface: 'post' });
    expect(key(editor, { ctrlKey: true, isComposing: true })).toBeNull();
    expect(key(editor, { key: 'a', keyCode: 65, ctrlKey: true })).toBeNull();
  });

  it('Ember comments: the submit click is the gesture; its form submit is not a second one; Ctrl+Enter publishes', () => {
    const { doc, adapter, seen, click, key, submit } = setup('feed-fr');
    const box = doc.querySelector('.comments-comment-box[data-fixture-actor="Boulangerie Dupont"]')!;
    const button = box.querySelector<HTMLElement>(S.emberCommentSubmit)!;
    expect(adapter.classify(new MouseEvent('click'), pathOf(button))).toBeNull();
    setDraft(box.querySelector<HTMLElement>(S.quillEditor)!, 'La nôtre');
    enable(button);
    // The click, then the form submit it causes (happy-dom implements the button's activation): one gesture.
    const before = seen.length;
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(seen.slice(before).map((g) => (g ? [g.kind, ...marker(g)!] : null))).toEqual([['click', 'comment', 'Boulangerie Dupont'], null]);
    expect(submit(box.querySelector('form')!, button)).toBeNull();
    expect(submit(box.querySelector('form')!)).toMatchObject({ kind: 'submit', surface: 'comment' });
    expect(key(box.querySelector(S.quillEditor)!, { ctrlKey: true })).toMatchObject({ kind: 'shortcut', surface: 'comment' });
    expect(key(box.querySelector(S.quillEditor)!)).toBeNull();
    expect(click(box.querySelector('.comments-comment-box__actor-toggle')!)).toBeNull();
  });

  it('TipTap comments and the SDUI share box: the only text-only button submits, icon buttons never', () => {
    const { doc, click, key } = setup('feed-en');
    const box = doc.querySelector('[data-fixture-actor="Boulangerie Dupont"]')!;
    const editor = box.querySelector<HTMLElement>('[contenteditable="true"]')!;
    setDraft(editor, 'Ours');
    const buttons = Array.from(box.querySelectorAll<HTMLElement>(`${S.commentButtonSection} button`));
    buttons.forEach(enable);
    expect(buttons.map((b) => click(b)?.surface ?? null)).toEqual([null, null, 'comment']);
    expect(marker(key(editor, { ctrlKey: true }))).toEqual(['comment', 'Boulangerie Dupont']);
    const screen = doc.querySelector(S.sduiShare)!;
    setDraft(screen.querySelector<HTMLElement>('[contenteditable="true"]')!, 'Hello');
    const all = Array.from(screen.querySelectorAll<HTMLElement>('button'));
    all.forEach(enable);
    expect(all.map((b) => click(b)?.surface ?? null)).toEqual([null, null, null, null, null, 'post']);
  });

  for (const [name, comment, reply] of [
    ['feed-comment-section-outside-en', 'Comment', 'Reply'],
    ['feed-comment-section-outside-fr', 'Commenter', 'Répondre'],
  ] as const) {
    it(`${name}: a comment box's button section outside the box is found by its relation to the draft`, () => {
      const { doc, adapter, click, key } = setup(name);
      const [mine, page] = Array.from(doc.querySelectorAll('[data-fixture-composer]'));
      for (const [wrapper, label, actor] of [[mine!, comment, 'Marie Dupont'], [page!, reply, 'Boulangerie Dupont']] as const) {
        const box = wrapper.querySelector(S.commentBox)!;
        const section = wrapper.querySelector(S.commentButtonSection)!;
        expect(box.contains(section)).toBe(false); // the markup this fixture is for
        const editor = box.querySelector<HTMLElement>('[contenteditable="true"]')!;
        const submit = Array.from(section.querySelectorAll<HTMLElement>('button')).find((b) => b.textContent!.trim() === label)!;
        expect(adapter.publishControlOf(box)).toBe(submit);
        expect(adapter.classify(new MouseEvent('click'), pathOf(submit))).toBeNull(); // empty: disabled
        setDraft(editor, 'Bravo');
        enable(submit);
        const g = click(submit.querySelector('span')!);
        expect(g).toMatchObject({ kind: 'click', surface: 'comment', control: submit });
        expect(g!.composer).toBe(box);
        expect(wrapper.getAttribute('data-fixture-actor')).toBe(actor);
        expect(key(editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut', control: submit, composer: box });
        // The icon buttons of the section never publish.
        for (const icon of Array.from(section.querySelectorAll('button')).filter((b) => b !== submit)) expect(click(icon)).toBeNull();
      }
      // The comment's own Like/Reply buttons and the post's action bar are never publishes.
      for (const b of Array.from(doc.querySelectorAll('article button, [data-fixture-urn] button')).filter((b) => !b.closest(S.commentButtonSection) && !b.closest(S.commentBox)))
        expect(click(b)).toBeNull();
    });
  }

  it('an outside section holding several submit-labelled text buttons: each is guarded while the box holds a draft', () => {
    const { doc, adapter, click } = setup('feed-comment-section-outside-en');
    const wrapper = doc.querySelector('[data-fixture-composer="comment"]')!;
    const box = wrapper.querySelector(S.commentBox)!;
    const section = wrapper.querySelector(S.commentButtonSection)!;
    section.insertAdjacentHTML('beforeend', '<button type="button"><span>Post</span></button>');
    const [comment, post] = Array.from(section.querySelectorAll<HTMLElement>('button')).filter((b) => !b.querySelector('svg'));
    enable(comment!);
    expect(adapter.publishControlOf(box)).toBeNull(); // ambiguous: no replay target
    expect(click(post!)).toBeNull(); // no draft: nothing to guard
    setDraft(box.querySelector<HTMLElement>('[contenteditable="true"]')!, 'Bravo');
    expect(click(post!)).toMatchObject({ kind: 'click', control: post, composer: box });
    expect(click(comment!)).toMatchObject({ kind: 'click', control: comment, composer: box });
  });

  it('messaging: Enter sends only with "Press Enter to Send"; the Send button always; Shift+Enter never', () => {
    const fr = setup('feed-fr');
    const editor = fr.doc.querySelector<HTMLElement>(S.msgEditor)!;
    setDraft(editor, 'Oui');
    enable(fr.doc.querySelector(S.msgSend)!);
    expect(fr.key(editor)).toMatchObject({ kind: 'enter', surface: 'message' });
    expect(fr.key(editor, { shiftKey: true })).toBeNull();
    // The site submits the form from its Enter handler: the same publish, not a second gesture.
    const form = editor.closest('form')!;
    let nested: PublishGesture | null | undefined;
    editor.addEventListener('keydown', () => (nested = fr.adapter.classify(new Event('submit'), [form, fr.doc.body])), { once: true });
    expect(fr.key(editor)).toMatchObject({ kind: 'enter' });
    expect(nested).toBeNull();
    stop?.();
    const en = setup('feed-en');
    const enEditor = en.doc.querySelector<HTMLElement>(S.msgEditor)!;
    setDraft(enEditor, 'Yes');
    enable(en.doc.querySelector(S.msgSend)!);
    expect(en.key(enEditor)).toBeNull(); // "Click Send": Enter is a newline
    expect(en.key(enEditor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut', surface: 'message' });
    // The Send click, then the form submit it causes: one gesture.
    const before = en.seen.length;
    en.doc.querySelector(S.msgSend)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
    expect(en.seen.slice(before).map((g) => (g ? [g.kind, g.surface] : null))).toEqual([['click', 'message'], null]);
    // Without the setting's menu in the DOM, Enter is assumed to send (the safe side).
    en.doc.querySelector('.msg-form__send-toggle-menu')!.remove();
    expect(en.key(enEditor)).toMatchObject({ kind: 'enter' });
  });

  it('never intercepts likes, reactions, comment/repost/send buttons, follows, search or navigation', () => {
    for (const name of ['feed-fr', 'feed-en', 'feed-ui-fr-account-en']) {
      const { doc, click, key } = setup(name);
      for (const b of Array.from(doc.querySelectorAll('.feed-shared-social-action-bar button'))) expect(click(b)).toBeNull();
      for (const a of Array.from(doc.querySelectorAll('#global-nav a, #global-nav button, .feed-identity-module a'))) expect(click(a)).toBeNull();
      expect(click(doc.querySelector('.share-box-feed-entry__trigger')!)).toBeNull();
      const search = doc.querySelector('.search-global-typeahead__input')!;
      expect(key(search)).toBeNull();
      expect(key(search, { ctrlKey: true })).toBeNull();
      stop?.();
    }
  });
});
