/**
 * Facebook publish gestures, classified from real events dispatched in happy-dom and seen the way the guard sees
 * them: a window listener in the capture phase calling adapter.classify(event, event.composedPath()).
 */
import { describe, expect, it } from 'vitest';
import { createFacebookAdapter } from '../../../utils/platforms/facebook/adapter';
import type { PublishGesture } from '../../../utils/platforms/adapter';
import { findComposers } from '../../../utils/platforms/facebook/detect';
import { EXPECTED } from './expectations';
import { cookieFor, enable, loadFixture, q, setDraft } from './load-fixture';
import { watchGestures } from '../platforms/classify-harness';

function setup(name: string) {
  const doc = loadFixture(name);
  const adapter = createFacebookAdapter({ doc, getCookie: () => cookieFor(doc), getUrl: () => EXPECTED[name]!.url });
  return { doc, adapter, ...watchGestures(adapter) };
}

const marker = (g: PublishGesture | null) => g?.composer.closest('[data-fixture-composer]') ?? g?.composer.querySelector('[data-fixture-composer]');

describe('Facebook composers', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.composers.length} composer(s), their surface, control and marker`, () => {
      const { doc, adapter } = setup(name);
      const composers = findComposers(doc);
      expect(composers.map((c) => adapter.publishControlOf(c)?.getAttribute('aria-label')?.toLowerCase() ?? adapter.publishControlOf(c)?.textContent?.trim().toLowerCase() ?? null)).toEqual(
        expected.composers.map((c) => c.control),
      );
      expect(composers.map((c) => (c.closest('[data-fixture-composer]') ?? c.querySelector('[data-fixture-composer]'))?.getAttribute('data-fixture-composer'))).toEqual(
        expected.composers.map((c) => c.marker),
      );
      for (const composer of composers) expect(adapter.readDraft(composer)).toBe('');
      // No composer holds another's editor.
      for (const a of composers) for (const b of composers) if (a !== b) expect(a.contains(b)).toBe(false);
    });
  }

  for (const [name, label] of [['feed-reply-outside-fr', 'Commenter'], ['feed-reply-outside-en', 'Comment']] as const) {
    it(`${name}: a reply box's send button beside its form is its control; Enter and the button are guarded, once each`, () => {
      const { doc, adapter, click, key } = setup(name);
      const editor = q(doc, '[data-fixture-composer] [contenteditable="true"]');
      const send = q(doc, `[data-fixture-composer] [aria-label="${label}"][data-fixture-send]`);
      const [box] = findComposers(doc);
      expect(box!.contains(send)).toBe(false); // the markup this fixture is for
      expect(adapter.publishControlOf(box!)).toBe(send);
      expect(adapter.classify(new MouseEvent('click'), [send, doc.body])).toBeNull(); // empty: disabled
      setDraft(editor, 'Merci Jean');
      enable(send);
      expect(click(send)).toMatchObject({ kind: 'click', surface: 'reply', control: send, composer: box });
      expect(key(editor)).toMatchObject({ kind: 'enter', surface: 'reply', control: send, composer: box });
      // The comment's own Like/Reply buttons and the post's toolbar are never publishes, draft or not.
      for (const b of Array.from(doc.querySelectorAll('[role="article"] [role="button"]')).filter((b) => b !== send && !b.closest('form'))) expect(click(b)).toBeNull();
    });
  }

  it('two send-labelled controls beside a box: both guarded, neither replayed (a replay needs exactly one)', () => {
    const { doc, adapter, click } = setup('feed-reply-outside-en');
    const editor = q(doc, '[data-fixture-composer] [contenteditable="true"]');
    const send = q(doc, '[data-fixture-composer] [data-fixture-send]');
    // A second "Comment" control beside the box: both are guarded, neither is the one control a replay may click.
    send.insertAdjacentHTML('afterend', '<div aria-label="Comment" role="button" tabindex="0"></div>');
    const other = send.nextElementSibling!;
    const [box] = findComposers(doc);
    setDraft(editor, 'Merci Jean');
    enable(send);
    expect(click(other)).toMatchObject({ kind: 'click', control: other, composer: box });
    expect(click(send)).toMatchObject({ kind: 'click', control: send, composer: box });
    expect(adapter.publishControlOf(box!)).toBeNull();
  });

  it('a send control farther from the form than a box reaches is guarded only while the box holds a draft (fail closed)', () => {
    const { doc, adapter, click } = setup('feed-reply-outside-fr');
    const form = q(doc, '[data-fixture-composer] form');
    // Three more wrappers around the form: the send button is now beyond the reach of the box's own control.
    const outer = doc.createElement('div');
    outer.innerHTML = '<div><div></div></div>';
    form.replaceWith(outer);
    outer.firstElementChild!.firstElementChild!.append(form);
    const send = q(doc, '[data-fixture-composer] [data-fixture-send]');
    enable(send);
    expect(adapter.publishControlOf(findComposers(doc)[0]!)).toBeNull();
    expect(click(send)).toBeNull(); // no draft: nothing to guard
    setDraft(q(form, '[contenteditable="true"]'), 'Merci Jean');
    expect(click(send)).toMatchObject({ kind: 'click', control: send, composer: form });
  });

  for (const [name, label] of [['feed-fr', 'Appuyez sur Entrée pour envoyer'], ['feed-en', 'Press Enter to send']] as const) {
    it(`${name}: a Messenger chat tab has no form; a click on its send button is a publish all the same`, () => {
      const { doc, adapter, click } = setup(name);
      const tab = q(doc, '[data-pagelet="MWChatTab"]');
      expect(tab.querySelector('form')).toBeNull(); // the markup this test is for
      const send = q(tab, `[aria-label="${label}"]`);
      const [chat] = findComposers(doc).filter((c) => tab.contains(c));
      expect(adapter.publishControlOf(chat!)).toBe(send);
      setDraft(q(tab, '[contenteditable="true"]'), 'On se voit demain');
      enable(send);
      expect(click(send.firstElementChild ?? send)).toMatchObject({ kind: 'click', surface: 'message', control: send, composer: chat });
      // Its "Send a Like" and "Close" are not.
      for (const b of Array.from(tab.querySelectorAll('[role="button"]')).filter((b) => b !== send)) expect(click(b)).toBeNull();
    });
  }

  it('the post viewer dialog is not a composer; the comment box inside it is', () => {
    const { doc } = setup('feed-as-page-en');
    const viewer = q(doc, '[role="dialog"]');
    const composers = findComposers(doc);
    expect(composers).not.toContain(viewer);
    expect(composers.filter((c) => viewer.contains(c)).length).toBe(1);
  });
});

describe('Facebook clicks', () => {
  it('the dialog’s Publier: a click gesture on the form once enabled; never while aria-disabled', () => {
    const { doc, click, adapter } = setup('create-post-fr');
    const form = q(doc, '[role="dialog"] form');
    const publish = q(form, '[aria-label="Publier"]');
    publish.setAttribute('aria-disabled', 'true');
    expect(click(publish)).toBeNull();
    setDraft(q(form, '[role="textbox"]'), 'Bonjour\nà tous');
    enable(publish);
    const gesture = click(q(publish, 'span'));
    expect(gesture).toMatchObject({ kind: 'click', control: publish, surface: 'post', composer: form });
    expect(adapter.readDraft(gesture!.composer)).toBe('Bonjour\nà tous');
  });

  it('the two-step dialog: Next is never a gesture, the final Post is (the draft is kept)', () => {
    const { doc, click, adapter } = setup('create-post-two-step-en');
    const form = q(doc, '[role="dialog"] form');
    const next = q(form, '[aria-label="Next"]');
    setDraft(q(form, '[role="textbox"]'), 'Fresh bread');
    enable(next);
    expect(click(next)).toBeNull();
    expect(click(q(next, 'span'))).toBeNull();
    // The site moves to its second step; the editor may be gone from it.
    q(form, '[data-fixture-step="1"]').hidden = true;
    q(form, '[data-fixture-step="2"]').hidden = false;
    q(form, '[role="textbox"]').remove();
    const post = q(form, '[data-fixture-step="2"] [aria-label="Post"]');
    const gesture = click(post);
    expect(gesture).toMatchObject({ kind: 'click', control: post, surface: 'post', composer: form });
    expect(adapter.readDraft(form)).toBe('Fresh bread');
    expect(adapter.publishControlOf(form)).toBe(post);
  });

  it('the two-step dialog reached with the keyboard: Enter on Next keeps the draft for the final Post', () => {
    const { doc, key, click, adapter } = setup('create-post-two-step-fr');
    const form = q(doc, '[role="dialog"] form');
    const next = q(form, '[aria-label="Suivant"]');
    setDraft(q(form, '[role="textbox"]'), 'Pain frais');
    enable(next);
    expect(key(next)).toBeNull();
    q(form, '[data-fixture-step="1"]').hidden = true;
    q(form, '[data-fixture-step="2"]').hidden = false;
    q(form, '[role="textbox"]').remove();
    expect(click(q(form, '[data-fixture-step="2"] [aria-label="Publier"]'))).toMatchObject({ kind: 'click', surface: 'post' });
    expect(adapter.readDraft(form)).toBe('Pain frais');
  });

  it('likes, reactions, comment and share buttons, follow, reply links, the picker, emoji, photo, close, search: null', () => {
    const { doc, click } = setup('feed-fr');
    for (const control of Array.from(doc.querySelectorAll('[role="button"]:not([data-fixture-send])'))) {
      expect(click(control), control.getAttribute('aria-label') ?? control.textContent ?? '').toBeNull();
    }
    expect(click(q(doc, 'input[type="search"]'))).toBeNull();
    expect(click(q(doc, '[role="textbox"]'))).toBeNull();
    expect(click(q(doc, 'a[aria-label="Facebook"]'))).toBeNull();
  });

  it('a comment box’s send button: a comment gesture on its own box (picker on the Page)', () => {
    const { doc, click } = setup('feed-fr');
    const box = findComposers(doc)[1]!;
    const send = q(box, '[aria-label="Commenter"]');
    setDraft(q(box, '[role="textbox"]'), 'Bonjour');
    enable(send);
    const gesture = click(q(send, 'i'));
    expect(gesture).toMatchObject({ kind: 'click', control: send, surface: 'comment', composer: box });
    expect(marker(gesture)?.getAttribute('data-fixture-actor')).toBe('Boulangerie Dupont');
  });

  it('Business Suite: Publier and Programmer are gestures, Annuler is not', () => {
    const { doc, click } = setup('business-suite-fr');
    const composer = findComposers(doc)[0]!;
    setDraft(q(composer, '[contenteditable="true"]'), 'Nouvelle fournée');
    const buttons = Array.from(composer.querySelectorAll<HTMLElement>('[role="button"]'));
    buttons.forEach(enable);
    const [cancel, schedule, publish] = buttons;
    expect(click(cancel!)).toBeNull();
    expect(click(q(schedule!, 'div'))).toMatchObject({ kind: 'click', control: schedule, surface: 'post', composer });
    expect(click(publish!)).toMatchObject({ kind: 'click', control: publish, surface: 'post', composer });
  });
});

describe('Facebook keys', () => {
  it('Enter in a comment box sends (a gesture), Shift+Enter and Alt+Enter do not; nothing from an empty box', () => {
    const { doc, key } = setup('feed-fr');
    const box = findComposers(doc)[0]!;
    const editor = q(box, '[role="textbox"]');
    expect(key(editor)).toBeNull();
    setDraft(editor, 'Miam');
    // Facebook enables the send button as soon as there is text; while it is disabled, Enter sends nothing.
    expect(key(editor)).toBeNull();
    enable(q(box, '[aria-label="Commenter"]'));
    const gesture = key(editor);
    expect(gesture).toMatchObject({ kind: 'enter', surface: 'comment', composer: box, control: q(box, '[aria-label="Commenter"]') });
    expect(key(q(editor, 'span'))).toMatchObject({ kind: 'enter', composer: box });
    expect(key(editor, { shiftKey: true })).toBeNull();
    expect(key(editor, { altKey: true })).toBeNull();
    expect(key(editor, { key: 'a', keyCode: 65 })).toBeNull();
  });

  it('IME composition (isComposing or keyCode 229): null', () => {
    const { doc, key } = setup('feed-fr');
    const editor = q(findComposers(doc)[0]!, '[role="textbox"]');
    setDraft(editor, 'にほん');
    expect(key(editor, { isComposing: true })).toBeNull();
    expect(key(editor, { keyCode: 229 })).toBeNull();
    expect(key(editor, { key: 'Process', keyCode: 229 })).toBeNull();
  });

  it('Enter in the chat box sends: a message', () => {
    const { doc, key } = setup('feed-fr');
    const chat = findComposers(doc)[2]!;
    const editor = q(chat, '[role="textbox"]');
    setDraft(editor, 'Salut');
    enable(q(chat, '[aria-label="Appuyez sur Entrée pour envoyer"]'));
    expect(key(editor)).toMatchObject({ kind: 'enter', surface: 'message', composer: chat });
  });

  it('in the create-post dialog Enter is a newline; Ctrl/Cmd+Enter is a shortcut only when Publier is enabled', () => {
    const { doc, key } = setup('create-post-fr');
    const form = q(doc, '[role="dialog"] form');
    const editor = q(form, '[role="textbox"]');
    const publish = q(form, '[aria-label="Publier"]');
    setDraft(editor, 'Bonjour');
    publish.setAttribute('aria-disabled', 'true');
    expect(key(editor, { ctrlKey: true })).toBeNull();
    enable(publish);
    expect(key(editor)).toBeNull();
    expect(key(editor, { shiftKey: true })).toBeNull();
    expect(key(editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut', control: publish, composer: form });
    expect(key(editor, { metaKey: true })).toMatchObject({ kind: 'shortcut' });
  });

  it('Enter or Space on a focused publish div[role=button]: key-activation; on Next, on like, or disabled: null', () => {
    const { doc, key } = setup('create-post-fr');
    const publish = q(doc, '[role="dialog"] [aria-label="Publier"]');
    setDraft(q(doc, '[role="dialog"] [role="textbox"]'), 'Bonjour');
    enable(publish);
    expect(key(publish)).toMatchObject({ kind: 'key-activation', control: publish, surface: 'post' });
    expect(key(publish, { key: ' ', keyCode: 32 })).toMatchObject({ kind: 'key-activation' });
    expect(key(publish, { key: 'Tab', keyCode: 9 })).toBeNull();
    publish.setAttribute('aria-disabled', 'true');
    expect(key(publish)).toBeNull();
    const like = q(doc, '[role="toolbar"] [aria-label="J’aime"]');
    expect(key(like)).toBeNull();
    const two = setup('create-post-two-step-en');
    const next = q(two.doc, '[aria-label="Next"]');
    enable(next);
    expect(two.key(next)).toBeNull();
  });

  it.each([
    ['Répondre en tant que Marie Dupont', 'feed-fr', 'Commenter'],
    ['Reply as Marie Dupont', 'feed-en', 'Comment'],
    ['Répondre à Jeanne Martin', 'feed-fr', 'Commenter'],
  ])('a reply box ("%s"): Enter and its send button publish a reply, as the box’s actor', (label, fixture, send) => {
    const { doc, key, click, adapter } = setup(fixture);
    const box = findComposers(doc)[0]!;
    const editor = q(box, '[role="textbox"]');
    editor.setAttribute('aria-label', label);
    setDraft(editor, 'Merci !');
    enable(q(box, `[aria-label="${send}"]`));
    expect(key(editor)).toMatchObject({ kind: 'enter', surface: 'reply', composer: box });
    expect(click(q(box, `[aria-label="${send}"]`))).toMatchObject({ kind: 'click', surface: 'reply', composer: box });
    expect(adapter.readIdentity(box).identity?.name).toBe('Marie Dupont');
  });

  it('Enter while the mention list is open picks a name: not a send', () => {
    const { doc, key } = setup('feed-fr');
    const box = findComposers(doc)[0]!;
    const editor = q(box, '[role="textbox"]');
    setDraft(editor, 'Merci @Jea');
    enable(q(box, '[aria-label="Commenter"]'));
    editor.setAttribute('aria-expanded', 'true');
    // A stale "expanded" with no list is not believed: Enter still sends, and is guarded.
    expect(key(editor)).toMatchObject({ kind: 'enter', surface: 'comment' });
    editor.setAttribute('aria-controls', 'typeahead-list');
    doc.body.insertAdjacentHTML('beforeend', '<ul id="typeahead-list" role="listbox"><li role="option">Jeanne Martin</li></ul>');
    expect(key(editor)).toBeNull();
    editor.setAttribute('aria-expanded', 'false');
    expect(key(editor)).toMatchObject({ kind: 'enter', surface: 'comment' });
  });

  it('Enter in Business Suite’s editor is a newline', () => {
    const { doc, key } = setup('business-suite-fr');
    const editor = q(doc, '[contenteditable="true"]');
    setDraft(editor, 'Nouvelle fournée');
    expect(key(editor)).toBeNull();
  });

  it('keys in the search box: null', () => {
    const { doc, key } = setup('feed-fr');
    const search = q(doc, 'input[type="search"]');
    expect(key(search)).toBeNull();
    expect(key(search, { key: ' ', keyCode: 32 })).toBeNull();
  });
});

describe('Facebook submits', () => {
  it('a comment form submitted with text: a gesture; empty, or the search form: null', () => {
    const { doc, submit } = setup('feed-fr');
    const box = findComposers(doc)[0]!;
    const form = q(box, 'form');
    expect(submit(form)).toBeNull();
    setDraft(q(form, '[role="textbox"]'), 'Miam');
    enable(q(form, '[aria-label="Commenter"]'));
    expect(submit(form)).toMatchObject({ kind: 'submit', composer: box, surface: 'comment' });
    expect(submit(q(doc, 'form[role="search"]'))).toBeNull();
  });

  it('a submit the site dispatches from inside an Enter we already classified is the same gesture, not a second one', () => {
    const { doc, adapter } = setup('feed-fr');
    const box = findComposers(doc)[0]!;
    const form = q(box, 'form');
    const editor = q(form, '[role="textbox"]');
    setDraft(editor, 'Miam');
    enable(q(form, '[aria-label="Commenter"]'));
    const results: (PublishGesture | null)[] = [];
    const onKey = (event: Event) => {
      results.push(adapter.classify(event, event.composedPath()));
      const submitEvent = new Event('submit', { bubbles: true, cancelable: true });
      form.addEventListener('submit', (e) => results.push(adapter.classify(e, e.composedPath())), { once: true });
      form.dispatchEvent(submitEvent);
    };
    editor.addEventListener('keydown', onKey, { once: true });
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, cancelable: true } as KeyboardEventInit));
    expect(results[0]).toMatchObject({ kind: 'enter' });
    expect(results[1]).toBeNull();
  });
});
