/**
 * Instagram publish gestures, classified from real events dispatched in happy-dom and seen the way the guard sees
 * them: a window listener in the capture phase calling adapter.classify(event, event.composedPath()).
 */
import { describe, expect, it } from 'vitest';
import { createInstagramAdapter } from '../../../utils/platforms/instagram/adapter';
import type { PublishGesture } from '../../../utils/platforms/adapter';
import { findComposers, labelOf } from '../../../utils/platforms/instagram/detect';
import { INSTAGRAM_SELECTORS as S } from '../../../utils/platforms/instagram/selectors';
import { enable, loadFixture, q, setDraft } from './load-fixture';
import { watchGestures } from '../platforms/classify-harness';

function setup(name: string) {
  const doc = loadFixture(name);
  const adapter = createInstagramAdapter({ doc, getCookie: () => '', getUrl: () => 'https://www.instagram.com/' });
  return { doc, adapter, ...watchGestures(adapter) };
}

const controlLabelled = (root: ParentNode, label: string) => {
  const found = Array.from(root.querySelectorAll<HTMLElement>(S.control)).find((c) => labelOf(c) === label);
  if (!found) throw new Error(`no control "${label}"`);
  return found;
};
const byIcon = (root: ParentNode, label: string) => q(root, `[role="button"] svg[aria-label="${label}"]`);

describe('Instagram comments', () => {
  it('a click on the enabled "Publier" of a comment form: a click gesture on that form', () => {
    const { doc, click } = setup('home-fr');
    const form = findComposers(doc)[1]!;
    setDraft(q(form, 'textarea'), 'Bravo');
    const post = controlLabelled(form, 'Publier');
    enable(post);
    expect(click(post)).toEqual({ kind: 'click', composer: form, control: post, surface: 'comment' });
  });

  it('a click on a disabled "Post" is not a publish', () => {
    const { doc, click } = setup('home-en');
    expect(click(controlLabelled(findComposers(doc)[0]!, 'Post'))).toBeNull();
  });

  it('Enter in a comment box sends; Shift+Enter, modifiers, IME composition and an empty box do not', () => {
    const { doc, key } = setup('home-en');
    const form = findComposers(doc)[0]!;
    const textarea = q(form, 'textarea');
    expect(key(textarea)).toBeNull(); // empty
    setDraft(textarea, 'Lovely #BoulangerieDupont');
    expect(key(textarea, { shiftKey: true })).toBeNull();
    expect(key(textarea, { altKey: true })).toBeNull();
    expect(key(textarea, { isComposing: true })).toBeNull();
    expect(key(textarea, { key: 'Process', keyCode: 229 })).toBeNull();
    expect(key(textarea, { key: 'a', keyCode: 65 })).toBeNull();
    expect(key(textarea)).toMatchObject({ kind: 'enter', composer: form, surface: 'comment', control: controlLabelled(form, 'Post') });
  });

  it('Enter or Space on the focused "Publier" div button: key-activation', () => {
    const { doc, key } = setup('post-fr');
    const form = findComposers(doc)[0]!;
    setDraft(q(form, 'textarea'), '@meteo.paris merci');
    const post = controlLabelled(form, 'Publier');
    enable(post);
    expect(key(post)).toMatchObject({ kind: 'key-activation', composer: form, control: post, surface: 'reply' });
    expect(key(post, { key: ' ', keyCode: 32 })).toMatchObject({ kind: 'key-activation' });
  });

  it('a form submit is a gesture (not from an empty box)', () => {
    const { doc, submit } = setup('post-fr');
    const form = findComposers(doc)[0]!;
    expect(submit(form)).toBeNull(); // empty
    setDraft(q(form, 'textarea'), 'Miam');
    enable(controlLabelled(form, 'Publier'));
    expect(submit(form)).toMatchObject({ kind: 'submit', composer: form, surface: 'comment' });
  });

  it('"Répondre" under a comment, likes, "Suivre", "Voir les réponses" are not publishes, even with a draft', () => {
    const { doc, click, key } = setup('post-fr');
    setDraft(q(findComposers(doc)[0]!, 'textarea'), 'merde');
    expect(click(controlLabelled(doc, 'Répondre'))).toBeNull();
    expect(key(controlLabelled(doc, 'Répondre'))).toBeNull();
    expect(click(byIcon(doc, 'J’aime'))).toBeNull();
    expect(key(byIcon(doc, 'J’aime').parentElement!)).toBeNull();
    expect(click(controlLabelled(doc, 'Suivre'))).toBeNull();
    expect(click(byIcon(doc, 'Partager'))).toBeNull();
    expect(click(byIcon(doc, 'Enregistrer'))).toBeNull();
  });
});

describe('Instagram create flow', () => {
  it.each([
    ['create-caption-en', 'Share'],
    ['create-caption-fr', 'Partager'],
  ])('%s: a click on %s in the header of the caption step: a post gesture on the dialog', (fixture, label) => {
    const { doc, click } = setup(fixture);
    const dialog = q(doc, S.dialog);
    setDraft(q(dialog, S.richEditor), 'New sourdough #BoulangerieDupont');
    const share = controlLabelled(dialog, label);
    expect(click(share)).toEqual({ kind: 'click', composer: dialog, control: share, surface: 'post' });
    expect(click(share.parentElement!)).toBeNull(); // the header cell around it is not the button
  });

  it.each([
    ['create-caption-en', 'Share'],
    ['create-caption-fr', 'Partager'],
  ])('%s: Enter/Space on the focused %s: key-activation; Enter in the caption is a newline', (fixture, label) => {
    const { doc, key } = setup(fixture);
    const dialog = q(doc, S.dialog);
    const editor = q(dialog, S.richEditor);
    setDraft(editor, 'Line one');
    expect(key(editor)).toBeNull();
    expect(key(editor, { ctrlKey: true })).toBeNull();
    expect(key(controlLabelled(dialog, label))).toMatchObject({ kind: 'key-activation', composer: dialog, surface: 'post' });
  });

  it('Back, Close, Accessibility, Advanced settings and Emoji are not publishes', () => {
    const { doc, click } = setup('create-caption-en');
    expect(click(byIcon(doc, 'Back'))).toBeNull();
    expect(click(byIcon(doc, 'Close'))).toBeNull();
    expect(click(controlLabelled(doc, 'Accessibility'))).toBeNull();
    expect(click(controlLabelled(doc, 'Advanced settings'))).toBeNull();
  });

  it('create-crop-fr: "Suivant" is never intercepted (click, Enter, Space)', () => {
    const { doc, click, key } = setup('create-crop-fr');
    const next = controlLabelled(q(doc, S.dialog), 'Suivant');
    expect(click(next)).toBeNull();
    expect(key(next)).toBeNull();
    expect(key(next, { key: ' ', keyCode: 32 })).toBeNull();
  });
});

describe('Instagram messages', () => {
  it.each([
    ['direct-fr', 'Envoyer', 'J’aime', 'Choisir un emoji'],
    ['direct-en', 'Send', 'Like', 'Choose an emoji'],
  ])('DM (%s): Enter sends, Shift+Enter does not, the "%s" button too; the heart and the emoji button do not', (fixture, sendLabel, heart, emoji) => {
    const { doc, click, key } = setup(fixture);
    const composer = findComposers(doc)[0]!;
    const editor = q(composer, S.richEditor);
    const inner = doc.createElement('span');
    setDraft(editor, 'wtf');
    editor.querySelector('p')!.append(inner);
    const send = controlLabelled(composer, sendLabel);
    enable(send);
    expect(key(inner)).toMatchObject({ kind: 'enter', composer, control: send, surface: 'message' });
    expect(key(editor, { shiftKey: true })).toBeNull();
    expect(click(send)).toMatchObject({ kind: 'click', composer, control: send, surface: 'message' });
    expect(click(byIcon(composer, heart))).toBeNull();
    expect(click(byIcon(composer, emoji))).toBeNull();
    expect(click(q(doc, '[role="listitem"] [role="button"]'))).toBeNull();
  });

  it('story reply: Enter and "Send" are message gestures; Like and Share beside it are not', () => {
    const { doc, click, key } = setup('story-en');
    const form = findComposers(doc)[0]!;
    setDraft(q(form, 'textarea'), 'Looks great');
    const send = controlLabelled(form, 'Send');
    enable(send);
    expect(key(q(form, 'textarea'))).toMatchObject({ kind: 'enter', composer: form, surface: 'message' });
    expect(click(send)).toMatchObject({ kind: 'click', composer: form, control: send, surface: 'message' });
    expect(click(byIcon(doc, 'Like'))).toBeNull();
    expect(click(byIcon(doc, 'Share'))).toBeNull();
  });
});

describe('Instagram: everything else', () => {
  it('the search box, the switcher, the stories tray and navigation are never publishes', () => {
    const { doc, click, key } = setup('home-fr');
    setDraft(q(findComposers(doc)[0]!, 'textarea'), 'merde');
    const search = q(doc, 'input[placeholder="Rechercher"]');
    expect(key(search)).toBeNull();
    expect(click(controlLabelled(doc, 'Changer'))).toBeNull();
    expect(click(q(doc, '[role="presentation"] [role="button"]'))).toBeNull();
    expect(click(q(doc, 'a[href="/explore/"]'))).toBeNull();
  });

  it('other event types and non-element targets are ignored, never thrown on', () => {
    const { adapter } = setup('home-fr');
    expect(adapter.classify(new Event('input'), [document.body])).toBeNull();
    expect(adapter.classify(new MouseEvent('click'), [window])).toBeNull();
    expect(adapter.classify(new MouseEvent('click'), [])).toBeNull();
    expect(adapter.classify(new KeyboardEvent('keydown', { key: 'Enter' }), [document])).toBeNull();
  });
});
