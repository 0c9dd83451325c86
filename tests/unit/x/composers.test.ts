/** X composers on every fixture: how many, which surface, which control, which editors, what draft. */
import { describe, expect, it } from 'vitest';
import {
  composerAt,
  draftOf,
  editorText,
  editorsOf,
  findComposers,
  postEditorAt,
  publishControlOf,
  rootOfEditorOrControl,
  surfaceOf,
} from '../../../utils/platforms/x/detect';
import { X_SELECTORS } from '../../../utils/platforms/x/selectors';
import { deepQuery, deepQueryAll, loadFixture, setDraft } from './load-fixture';
import { EXPECTED } from './expectations';

const controlName = (control: HTMLElement | null) => control?.getAttribute('data-testid') ?? control?.getAttribute('type') ?? null;

describe('X composers, per fixture', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.composers.length} composer(s): ${expected.composers.map((c) => `${c.surface}/${c.control}`).join(', ') || 'none'}`, () => {
      const doc = loadFixture(name);
      const composers = findComposers(doc);
      expect(composers.map((c) => ({
        surface: surfaceOf(c),
        control: controlName(publishControlOf(c)),
        editors: editorsOf(c).length,
        draft: draftOf(c),
      }))).toEqual(expected.composers.map(({ marker: _marker, ...rest }) => rest));
      composers.forEach((composer, i) => {
        // The root holds the whole composer the simulated app knows (editors, toolbar, button), and nothing of
        // another composer.
        const marker = composer.closest('[data-fixture-composer]') ?? composer.querySelector('[data-fixture-composer]');
        expect(marker?.getAttribute('data-fixture-composer')).toBe(expected.composers[i]!.marker);
        for (const el of [...editorsOf(composer), publishControlOf(composer)!]) expect(marker!.contains(el)).toBe(true);
        for (const other of composers) if (other !== composer) expect(composer.contains(other) || other.contains(composer)).toBe(false);
      });
    });
  }
});

describe('X composer roots', () => {
  it('the modal and the Home box share test ids but are told apart, from the editor or from the control alike', () => {
    const doc = loadFixture('modal-over-home-fr');
    const editors = doc.querySelectorAll<HTMLElement>('[data-testid="tweetTextarea_0"]');
    expect(editors.length).toBe(2);
    const modalEditor = editors[0]!;
    const homeEditor = editors[1]!;
    const modal = rootOfEditorOrControl(modalEditor)!;
    const homeBox = rootOfEditorOrControl(homeEditor)!;
    expect(modal).not.toBe(homeBox);
    expect(modal.closest('[role="dialog"]')).not.toBeNull();
    expect(homeBox.closest('#layers')).toBeNull();
    expect(rootOfEditorOrControl(doc.querySelector('[data-testid="tweetButton"]')!)).toBe(modal);
    expect(rootOfEditorOrControl(doc.querySelector('[data-testid="tweetButtonInline"]')!)).toBe(homeBox);
    expect(publishControlOf(modal)!.getAttribute('data-testid')).toBe('tweetButton');
    expect(publishControlOf(homeBox)!.getAttribute('data-testid')).toBe('tweetButtonInline');
    setDraft(modalEditor, 'dans la modale');
    setDraft(homeEditor, 'dans Accueil');
    expect(draftOf(modal)).toBe('dans la modale');
    expect(draftOf(homeBox)).toBe('dans Accueil');
  });

  it('a thread: every part belongs to one root, whichever editor or the button it is reached from', () => {
    const doc = loadFixture('thread-fr');
    const modal = doc.querySelector('[role="dialog"]')!;
    const root = rootOfEditorOrControl(modal.querySelector('[data-testid="tweetButton"]')!)!;
    expect(rootOfEditorOrControl(modal.querySelector('[data-testid="tweetTextarea_0"]')!)).toBe(root);
    expect(rootOfEditorOrControl(modal.querySelector('[data-testid="tweetTextarea_1"]')!)).toBe(root);
    expect(editorsOf(root).map((e) => e.getAttribute('data-testid'))).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
  });

  it('the label and RichTextInputContainer wrappers are not editors; elements inside an editor resolve to it', () => {
    const doc = loadFixture('home-en');
    expect(postEditorAt(doc.querySelector('[data-testid="tweetTextarea_0_label"]')!)).toBeNull();
    expect(postEditorAt(doc.querySelector('[data-testid="tweetTextarea_0RichTextInputContainer"]')!)).toBeNull();
    expect(postEditorAt(doc.querySelector('.public-DraftEditorPlaceholder-inner')!)).toBeNull();
    const editor = doc.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    expect(postEditorAt(editor.querySelector('[data-offset-key]')!)).toBe(editor);
    const composer = findComposers(doc)[0]!;
    expect(editorsOf(composer)).toEqual([editor]);
    // The prefix alone would match three nodes per editor.
    expect(doc.querySelectorAll('[data-testid^="tweetTextarea"]').length).toBe(3);
  });

  it('mobile: the textarea inside the test id wrapper is the editor, not the wrapper or its label', () => {
    const doc = loadFixture('mobile-en');
    const textarea = doc.querySelector<HTMLTextAreaElement>('[data-testid="tweetTextarea_0"] textarea')!;
    expect(postEditorAt(textarea)).toBe(textarea);
    expect(postEditorAt(doc.querySelector('[data-testid="tweetTextarea_0"]')!)).toBeNull();
    textarea.value = 'Fresh bread\nat 7';
    expect(draftOf(findComposers(doc)[0]!)).toBe('Fresh bread\nat 7');
  });

  it('the quoted tweet’s text is not part of the draft', () => {
    const doc = loadFixture('quote-en');
    const modal = findComposers(doc)[0]!;
    expect(modal.textContent).toContain('Our new sourdough is out this morning');
    expect(draftOf(modal)).toBe('Look at this 👇 #BoulangerieDupont');
    expect(surfaceOf(modal)).toBe('post');
  });

  it('drafts: Draft blocks are lines, empty blocks are blank lines, emoji images count by their alt', () => {
    const doc = loadFixture('home-fr');
    const editor = doc.querySelector<HTMLElement>('[data-testid="tweetTextarea_0"]')!;
    setDraft(editor, 'Bonjour\n\nà tous');
    expect(editorText(editor)).toBe('Bonjour\n\nà tous');
    editor.querySelector('[data-text="true"]')!.insertAdjacentHTML('beforeend', '<img alt="🥖" src="https://abs-0.twimg.com/emoji/v2/svg/1f956.svg">');
    expect(editorText(editor)).toBe('Bonjour🥖\n\nà tous');
    // Line breaks a browser put inside one block (the fixtures' editor is not real Draft.js) are kept.
    editor.querySelector('[data-text="true"]')!.innerHTML = 'un<br>deux';
    expect(editorText(editor)).toBe('un\ndeux\n\nà tous');
    // A plain contenteditable (typed into by a browser, not Draft): divs and <br> are lines.
    editor.innerHTML = 'un<div>deux</div><div><br></div><div>trois</div>';
    expect(editorText(editor)).toBe('un\ndeux\n\ntrois');
    expect(draftOf(findComposers(doc)[0]!)).toBe('un\ndeux\n\ntrois');
  });

  it('X Chat: found through the open shadow root; the form is the composer; the textarea value is the draft', () => {
    const doc = loadFixture('xchat-en');
    expect(doc.querySelector(X_SELECTORS.xchatForm)).toBeNull(); // not reachable without piercing
    const form = deepQuery(doc, X_SELECTORS.xchatForm);
    expect(findComposers(doc)).toEqual([form]);
    const textarea = deepQuery<HTMLTextAreaElement>(doc, X_SELECTORS.xchatEditor);
    textarea.value = 'Merci !';
    expect(draftOf(form)).toBe('Merci !');
    expect(rootOfEditorOrControl(textarea)).toBe(form);
    // The send button is the only submit button; the other two are type=button.
    const buttons = deepQueryAll(doc, X_SELECTORS.xchatFormButton) as HTMLButtonElement[];
    expect(buttons.map((b) => b.type)).toEqual(['button', 'button', 'submit']);
    expect(publishControlOf(form)).toBe(buttons[2]);
  });

  it('X Chat without a usable send button: no control (two submit buttons are ambiguous)', () => {
    const doc = loadFixture('xchat-en');
    const form = deepQuery(doc, X_SELECTORS.xchatForm);
    form.querySelector('button')!.setAttribute('type', 'submit');
    expect(publishControlOf(form)).toBeNull();
  });

  it('composerAt: from anywhere inside a composer (toolbar), never from outside', () => {
    const doc = loadFixture('modal-over-home-fr');
    const [modal, homeBox] = findComposers(doc);
    expect(composerAt(modal!.querySelector('[data-testid="gifSearchButton"]')!)).toBe(modal);
    expect(composerAt(homeBox!.querySelector('[data-testid="gifSearchButton"]')!)).toBe(homeBox);
    expect(composerAt(doc.querySelector('[data-testid="like"]')!)).toBeNull();
    expect(composerAt(doc.querySelector('[data-testid="SearchBox_Search_Input"]')!)).toBeNull();
    expect(composerAt(doc.querySelector(X_SELECTORS.accountSwitcher)!)).toBeNull();
  });

  it('re-rendering: a replaced Home box is a new composer, found again', () => {
    const doc = loadFixture('home-fr');
    const before = findComposers(doc)[0]!;
    const copy = before.cloneNode(true) as Element;
    before.replaceWith(copy);
    const after = findComposers(doc);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
    expect(before.isConnected).toBe(false);
  });
});
