/**
 * X publish gestures, classified from real events dispatched in happy-dom and seen the way the guard sees them: a
 * window listener in the capture phase calling adapter.classify(event, event.composedPath()).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createXAdapter } from '../../../utils/platforms/x/adapter';
import type { PublishGesture } from '../../../utils/platforms/adapter';
import { findComposers } from '../../../utils/platforms/x/detect';
import { X_SELECTORS } from '../../../utils/platforms/x/selectors';
import { deepQuery, enable, loadFixture, q, setDraft } from './load-fixture';
import { pathOf, watchGestures } from '../platforms/classify-harness';

/** Stops listening before the test ends (a second fixture); X Chat's tests chain their shadow root's listener to it. */
let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stop = undefined;
});

/** Loads a fixture and records what the adapter says about every click/keydown/submit reaching window. */
function setup(name: string) {
  const doc = loadFixture(name);
  const adapter = createXAdapter({ doc, getCookie: () => '', getUrl: () => 'https://x.com/home' });
  const watch = watchGestures(adapter);
  stop = watch.stop;
  return { doc, adapter, ...watch };
}

/** The simulated app's marker on the composer that was used (X has no such attribute: checked, never read). */
const markerOf = (gesture: PublishGesture | null) => gesture?.composer.closest('[data-fixture-composer]') ?? gesture?.composer.querySelector('[data-fixture-composer]');

describe('X clicks', () => {
  it('a click inside the enabled Home post button: a click gesture on the Home box', () => {
    const { doc, click } = setup('home-en');
    const button = q(doc, '[data-testid="tweetButtonInline"]');
    setDraft(q(doc, '[data-testid="tweetTextarea_0"]'), 'Fresh bread today');
    enable(button);
    const gesture = click(q(button, 'span span'));
    expect(gesture).toMatchObject({ kind: 'click', control: button, surface: 'post' });
    expect(gesture!.composer).toBe(findComposers(doc)[0]);
  });

  it('a click on a disabled control is not a publish (disabled, or aria-disabled only)', () => {
    const { doc, adapter, click } = setup('home-en');
    const button = q(doc, '[data-testid="tweetButtonInline"]');
    expect(button.hasAttribute('disabled')).toBe(true);
    // Browsers (and happy-dom) do not even dispatch it; if one did (on a child, or a synthetic click), still null.
    const label = q(button, 'span span');
    expect(adapter.classify(new MouseEvent('click'), pathOf(label))).toBeNull();
    expect(adapter.classify(new MouseEvent('click'), pathOf(button))).toBeNull();
    button.removeAttribute('disabled');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(click(button)).toBeNull();
  });

  it('likes, reposts, replies, bookmarks, follows, search, navigation, the switcher and the SideNav Post link: null', () => {
    const { doc, click } = setup('home-en');
    const selectors = [
      '[data-testid="like"]',
      '[data-testid="retweet"]',
      '[data-testid="reply"]',
      '[data-testid="bookmark"]',
      '[data-testid$="-follow"]',
      '#layers [data-testid="HoverCard"] [data-testid$="-follow"]',
      '[data-testid="SearchBox_Search_Input"]',
      '[data-testid="AppTabBar_Home_Link"]',
      '[data-testid="AppTabBar_Profile_Link"]',
      '[data-testid="SideNav_NewTweet_Button"]',
      '[data-testid="SideNav_NewTweet_Button"] span span',
      '[data-testid="SideNav_AccountSwitcher_Button"]',
      '[data-testid="gifSearchButton"]',
      '[data-testid="fileInput"]',
      '[data-testid="tweetTextarea_0"]',
      'article [data-testid="tweetText"]',
      '[data-testid="caret"]',
    ];
    for (const selector of selectors) expect(click(q(doc, `${selector}`)), selector).toBeNull();
  });

  it('modal over Home: each button classifies to its own composer', () => {
    const { doc, click } = setup('modal-over-home-fr');
    const [modal, homeBox] = findComposers(doc);
    const modalButton = q(doc, '[data-testid="tweetButton"]');
    const homeButton = q(doc, '[data-testid="tweetButtonInline"]');
    enable(modalButton);
    enable(homeButton);
    const fromModal = click(modalButton);
    expect(fromModal).toMatchObject({ kind: 'click', control: modalButton, surface: 'post' });
    expect(fromModal!.composer).toBe(modal);
    const fromHome = click(homeButton);
    expect(fromHome!.composer).toBe(homeBox);
    expect(fromHome!.control).toBe(homeButton);
  });

  it('replies: the inline reply box of a conversation and the reply modal are surface "reply"; Home stays "post"', () => {
    for (const name of ['reply-en', 'reply-modal-fr']) {
      const { doc, click } = setup(name);
      const button = q(doc, name === 'reply-en' ? '[data-testid="tweetButtonInline"]' : '[data-testid="tweetButton"]');
      enable(button);
      expect(click(button), name).toMatchObject({ kind: 'click', surface: 'reply', control: button });
      expect(markerOf(click(button))?.getAttribute('data-fixture-composer')).toBe('reply');
      stop?.();
    }
    const { doc, click } = setup('reply-modal-fr');
    const homeButton = q(doc, '[data-testid="tweetButtonInline"]');
    enable(homeButton);
    expect(click(homeButton)).toMatchObject({ surface: 'post' });
  });

  it('a thread’s "Tout poster": one gesture for the whole thread', () => {
    const { doc, adapter, click } = setup('thread-fr');
    const gesture = click(q(doc, '[data-testid="tweetButton"] span'));
    expect(gesture).toMatchObject({ kind: 'click', surface: 'post' });
    expect(adapter.readDraft(gesture!.composer)).toBe('Premier post du fil : notre nouvelle recette 🧵\n\nDeuxième post, avec\ndeux lignes.');
  });

  it('a quote post: the draft holds the comment only', () => {
    const { doc, adapter, click } = setup('quote-en');
    const gesture = click(q(doc, '[data-testid="tweetButton"]'));
    expect(gesture).toMatchObject({ kind: 'click', surface: 'post' });
    expect(adapter.readDraft(gesture!.composer)).toBe('Look at this 👇 #BoulangerieDupont');
  });

  it('the DM drawer’s send button: a message', () => {
    const { doc, click } = setup('dm-drawer-fr');
    const send = q(doc, '[data-testid="dmComposerSendButton"]');
    setDraft(q(doc, '[data-testid="dmComposerTextInput"]'), 'Oui merci !');
    enable(send);
    expect(click(q(send, 'svg path'))).toMatchObject({ kind: 'click', surface: 'message', control: send });
  });

  it('X Chat: a click on the send button inside the shadow root (no test id: the only submit button)', () => {
    const { doc, adapter, click } = setup('xchat-en');
    const form = deepQuery(doc, X_SELECTORS.xchatForm);
    const send = q(form, 'button[type="submit"]');
    expect(adapter.classify(new MouseEvent('click'), pathOf(send))).toBeNull(); // disabled while empty
    enable(send);
    expect(click(q(send, 'path'))).toMatchObject({ kind: 'click', surface: 'message', control: send, composer: form });
    expect(click(q(form, 'button[type="button"]'))).toBeNull(); // attach / emoji
  });

  it('X Chat with the send button’s test id', () => {
    const { doc, click } = setup('xchat-fr');
    const send = deepQuery(doc, X_SELECTORS.xchatSendById);
    enable(send);
    expect(click(send)).toMatchObject({ kind: 'click', surface: 'message', control: send });
  });
});

describe('X keys', () => {
  it('Ctrl+Enter and Cmd+Enter in a post editor: a shortcut on its composer and button', () => {
    const { doc, key } = setup('home-fr');
    const editor = q(doc, '[data-testid="tweetTextarea_0"]');
    const button = q(doc, '[data-testid="tweetButtonInline"]');
    setDraft(editor, 'Bonne journée');
    enable(button);
    const composer = findComposers(doc)[0];
    expect(key(editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut', control: button, surface: 'post', composer });
    expect(key(editor, { metaKey: true })).toMatchObject({ kind: 'shortcut', control: button, composer });
    expect(key(editor, { ctrlKey: true, shiftKey: true })).toMatchObject({ kind: 'shortcut' });
    // From a node inside the editor too (a synthetic event may target the text's span).
    expect(key(q(editor, '[data-text="true"]'), { ctrlKey: true })).toMatchObject({ kind: 'shortcut', composer });
  });

  it('plain Enter, Shift+Enter and Alt+Enter in a post editor are newlines: null', () => {
    const { doc, key } = setup('home-fr');
    const editor = q(doc, '[data-testid="tweetTextarea_0"]');
    setDraft(editor, 'Bonne journée');
    enable(q(doc, '[data-testid="tweetButtonInline"]'));
    expect(key(editor)).toBeNull();
    expect(key(editor, { shiftKey: true })).toBeNull();
    expect(key(editor, { altKey: true })).toBeNull();
  });

  it('IME composition (isComposing or keyCode 229): null', () => {
    const { doc, key } = setup('home-fr');
    const editor = q(doc, '[data-testid="tweetTextarea_0"]');
    setDraft(editor, 'にほん');
    enable(q(doc, '[data-testid="tweetButtonInline"]'));
    expect(key(editor, { ctrlKey: true, isComposing: true })).toBeNull();
    expect(key(editor, { ctrlKey: true, keyCode: 229 })).toBeNull();
    expect(key(editor, { key: 'Process', keyCode: 229 })).toBeNull();
  });

  it('an auto-repeated Ctrl+Enter is still a gesture (X would act on it: it must not slip past a guard)', () => {
    const { doc, key } = setup('home-fr');
    const editor = q(doc, '[data-testid="tweetTextarea_0"]');
    setDraft(editor, 'Bonne journée');
    enable(q(doc, '[data-testid="tweetButtonInline"]'));
    expect(key(editor, { ctrlKey: true, repeat: true })).toMatchObject({ kind: 'shortcut' });
  });

  it('Ctrl+Enter in an empty post (button disabled): X sends nothing, null', () => {
    const { doc, key } = setup('home-fr');
    expect(key(q(doc, '[data-testid="tweetTextarea_0"]'), { ctrlKey: true })).toBeNull();
  });

  it('Ctrl+Enter in the modal or in the Home box: the composer that has the focus', () => {
    const { doc, key } = setup('modal-over-home-fr');
    const [modal, homeBox] = findComposers(doc);
    const [modalEditor, homeEditor] = Array.from(doc.querySelectorAll<HTMLElement>('[data-testid="tweetTextarea_0"]'));
    for (const button of Array.from(doc.querySelectorAll(X_SELECTORS.postControl))) enable(button);
    setDraft(modalEditor!, 'modale');
    setDraft(homeEditor!, 'accueil');
    expect(key(modalEditor!, { ctrlKey: true })).toMatchObject({ composer: modal, control: q(doc, '[data-testid="tweetButton"]') });
    expect(key(homeEditor!, { metaKey: true })).toMatchObject({ composer: homeBox, control: q(doc, '[data-testid="tweetButtonInline"]') });
  });

  it('mobile textarea: Ctrl+Enter is a shortcut, Enter a newline', () => {
    const { doc, key } = setup('mobile-en');
    const textarea = q<HTMLTextAreaElement>(doc, '[data-testid="tweetTextarea_0"] textarea');
    textarea.value = 'Fresh bread';
    enable(q(doc, '[data-testid="tweetButton"]'));
    expect(key(textarea, { ctrlKey: true })).toMatchObject({ kind: 'shortcut', control: q(doc, '[data-testid="tweetButton"]') });
    expect(key(textarea)).toBeNull();
  });

  it('a focused native post button: Enter/Space are left to the browser’s click (no double gesture)', () => {
    const { doc, key } = setup('home-fr');
    const button = q(doc, '[data-testid="tweetButtonInline"]');
    enable(button);
    expect(key(button)).toBeNull();
    expect(key(button, { key: ' ', keyCode: 32 })).toBeNull();
  });

  it('a focused div[role=button] post control (older markup): Enter/Space are a key activation', () => {
    const { doc, key } = setup('home-fr');
    const native = q(doc, '[data-testid="tweetButtonInline"]');
    const div = doc.createElement('div');
    div.setAttribute('role', 'button');
    div.setAttribute('tabindex', '0');
    div.setAttribute('data-testid', 'tweetButtonInline');
    div.innerHTML = native.innerHTML;
    native.replaceWith(div);
    expect(key(div)).toMatchObject({ kind: 'key-activation', control: div, surface: 'post' });
    expect(key(div, { key: ' ', keyCode: 32 })).toMatchObject({ kind: 'key-activation', control: div });
    expect(key(div, { key: 'a', keyCode: 65 })).toBeNull();
    div.setAttribute('aria-disabled', 'true');
    expect(key(div)).toBeNull();
  });

  it('DM drawer: Enter sends, Ctrl+Enter too, Shift+Enter and Alt+Enter do not; nothing when empty', () => {
    const { doc, key } = setup('dm-drawer-fr');
    const editor = q(doc, '[data-testid="dmComposerTextInput"]');
    const send = q(doc, '[data-testid="dmComposerSendButton"]');
    expect(key(editor)).toBeNull(); // empty: the send button is disabled
    setDraft(editor, 'Oui merci !');
    enable(send);
    const gesture = key(editor);
    expect(gesture).toMatchObject({ kind: 'enter', control: send, surface: 'message' });
    expect(gesture!.composer.contains(editor)).toBe(true);
    expect(key(editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut', control: send });
    expect(key(editor, { shiftKey: true })).toBeNull();
    expect(key(editor, { altKey: true })).toBeNull();
  });

  it('X Chat: Enter in the textarea inside the shadow root sends; Shift+Enter and Alt+Enter do not', () => {
    const { doc, key } = setup('xchat-en');
    const form = deepQuery(doc, X_SELECTORS.xchatForm);
    const textarea = q<HTMLTextAreaElement>(form, 'textarea');
    const send = q(form, 'button[type="submit"]');
    textarea.value = 'See you Sunday';
    enable(send);
    expect(key(textarea)).toMatchObject({ kind: 'enter', composer: form, control: send, surface: 'message' });
    expect(key(textarea, { shiftKey: true })).toBeNull();
    expect(key(textarea, { altKey: true })).toBeNull();
    expect(key(textarea, { isComposing: true })).toBeNull();
    expect(key(textarea, { keyCode: 229 })).toBeNull();
  });

  it('the search box, other keys and other elements: null', () => {
    const { doc, key } = setup('home-en');
    expect(key(q(doc, '[data-testid="SearchBox_Search_Input"]'))).toBeNull();
    expect(key(q(doc, '[data-testid="SearchBox_Search_Input"]'), { ctrlKey: true })).toBeNull();
    expect(key(q(doc, '[data-testid="like"]'))).toBeNull();
    expect(key(q(doc, '[data-testid="tweetTextarea_0"]'), { key: 'n', keyCode: 78, ctrlKey: true })).toBeNull();
    expect(key(doc.body, { ctrlKey: true })).toBeNull();
  });
});

describe('X submits', () => {
  function setupChat() {
    const ctx = setup('xchat-en');
    const form = deepQuery<HTMLFormElement>(ctx.doc, X_SELECTORS.xchatForm);
    const root = form.getRootNode() as ShadowRoot;
    const results: (PublishGesture | null)[] = [];
    // `submit` does not cross the shadow boundary: the guard listens on the shadow root, as here.
    const onSubmit = (event: Event) => {
      results.push(ctx.adapter.classify(event, event.composedPath()));
      event.preventDefault();
    };
    root.addEventListener('submit', onSubmit, true);
    const previous = stop;
    stop = () => {
      previous?.();
      root.removeEventListener('submit', onSubmit, true);
    };
    return { ...ctx, form, root, results, send: q<HTMLButtonElement>(form, 'button[type="submit"]') };
  }

  it('a submit of the X Chat form without a submitter (requestSubmit, implicit submission): a submit gesture', () => {
    const { form, results, send } = setupChat();
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(results).toEqual([null]); // empty message, send button disabled: nothing is sent
    q<HTMLTextAreaElement>(form, 'textarea').value = 'Merci';
    enable(send);
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(results[1]).toEqual(expect.objectContaining({ kind: 'submit', composer: form, control: send, surface: 'message' }));
  });

  it('the submit that follows a click on the send button is not a second gesture', () => {
    const { form, results, send, click } = setupChat();
    enable(send);
    expect(click(send)).toMatchObject({ kind: 'click' });
    if (results.length === 0) form.dispatchEvent(new SubmitEvent('submit', { bubbles: true, cancelable: true, submitter: send }));
    expect(results).toEqual([null]);
  });

  it('Enter handled by the site with a synchronous requestSubmit(): one gesture, not two', () => {
    const { form, root, results, send, key } = setupChat();
    q<HTMLTextAreaElement>(form, 'textarea').value = 'Merci';
    enable(send);
    // The site's own handler (bubble phase, inside the shadow root), like X Chat's Enter-to-send.
    root.addEventListener('keydown', () => form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(key(q(form, 'textarea'))).toMatchObject({ kind: 'enter' });
    expect(results).toEqual([null]);
    // A later submit, after that dispatch is over, is a gesture again.
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    expect(results[1]).toMatchObject({ kind: 'submit' });
  });

  it('other forms (search): null', () => {
    const { doc, adapter } = setup('home-en');
    const search = q(doc, 'form[role="search"]');
    const event = new Event('submit', { bubbles: true, cancelable: true });
    search.dispatchEvent(event);
    expect(adapter.classify(event, [search, doc.body, doc, window])).toBeNull();
  });
});

describe('X classify is cheap and never throws', () => {
  it('bails out on event type and key before touching the DOM', () => {
    const { doc, adapter } = setup('home-en');
    const editor = q(doc, '[data-testid="tweetTextarea_0"]');
    const closest = vi.spyOn(Element.prototype, 'closest');
    const all = vi.spyOn(Element.prototype, 'querySelectorAll');
    for (const type of ['input', 'focusin', 'mousedown', 'keyup', 'pointerdown', 'scroll']) adapter.classify(new Event(type), [editor]);
    adapter.classify(new KeyboardEvent('keydown', { key: 'a' }), [editor]);
    adapter.classify(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true }), [editor]);
    expect(closest).not.toHaveBeenCalled();
    expect(all).not.toHaveBeenCalled();
    closest.mockRestore();
    all.mockRestore();
  });

  it('returns null on odd paths and objects instead of throwing', () => {
    const { doc, adapter } = setup('home-en');
    const odd: EventTarget[][] = [[], [window], [doc], [doc.createTextNode('x')], [{} as EventTarget], [null as unknown as EventTarget]];
    for (const path of odd) {
      for (const event of [new MouseEvent('click'), new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }), new Event('submit')]) {
        expect(() => adapter.classify(event, path)).not.toThrow();
        expect(adapter.classify(event, path)).toBeNull();
      }
    }
    const broken = { nodeType: 1, closest: () => { throw new Error('boom'); } } as unknown as EventTarget;
    expect(adapter.classify(new MouseEvent('click'), [broken])).toBeNull();
    expect(adapter.composerOf([broken])).toBeNull();
  });
});

describe('X composerOf (focus)', () => {
  it('the composer of a focused editor or toolbar button; null elsewhere', () => {
    const { doc, adapter } = setup('modal-over-home-fr');
    const [modal, homeBox] = findComposers(doc);
    const editors = doc.querySelectorAll('[data-testid="tweetTextarea_0"]');
    expect(adapter.composerOf([editors[0]!, doc.body])).toBe(modal);
    expect(adapter.composerOf([editors[1]!, doc.body])).toBe(homeBox);
    expect(adapter.composerOf([q(homeBox!, '[data-testid="gifSearchButton"]')])).toBe(homeBox);
    expect(adapter.composerOf([q(doc, '[data-testid="like"]')])).toBeNull();
    expect(adapter.composerOf([q(doc, '[data-testid="SearchBox_Search_Input"]')])).toBeNull();
    expect(adapter.composerOf([])).toBeNull();
    expect(adapter.composerOf([window])).toBeNull();
  });

  it('X Chat: through the composed path of a focus inside the shadow root', () => {
    const { doc, adapter } = setup('xchat-en');
    const textarea = deepQuery(doc, X_SELECTORS.xchatEditor);
    let path: EventTarget[] = [];
    const onFocus = (event: Event) => (path = event.composedPath());
    window.addEventListener('focusin', onFocus, true);
    textarea.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    window.removeEventListener('focusin', onFocus, true);
    expect(path[0]).toBe(textarea);
    expect(adapter.composerOf(path)).toBe(deepQuery(doc, X_SELECTORS.xchatForm));
  });
});

