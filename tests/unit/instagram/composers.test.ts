/** Instagram composers on every fixture: how many, which control, which surface, the draft, and what is never one. */
import { describe, expect, it } from 'vitest';
import {
  composerAt,
  draftOf,
  editorOf,
  findComposers,
  labelOf,
  publishControlAt,
  publishControlOf,
  surfaceOf,
} from '../../../utils/platforms/instagram/detect';
import { INSTAGRAM_SELECTORS as S, NEXT_LABELS } from '../../../utils/platforms/instagram/selectors';
import { loadFixture, q, setDraft } from './load-fixture';
import { EXPECTED } from './expectations';

describe('Instagram composers, per fixture', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: ${expected.composers.length} composer(s)`, () => {
      const doc = loadFixture(name);
      const composers = findComposers(doc);
      expect(
        composers.map((c) => ({ surface: surfaceOf(c), control: labelOf(publishControlOf(c)!), marker: c.getAttribute('data-fixture-composer') })),
      ).toEqual(expected.composers);
      for (const composer of composers) {
        // The editor and the control are inside the composer, and each leads back to it.
        const editor = editorOf(composer)!;
        const control = publishControlOf(composer)!;
        expect(composer.contains(editor) && composer.contains(control)).toBe(true);
        expect(composerAt(editor)).toBe(composer);
        expect(publishControlAt(control)).toEqual({ control, composer });
        expect(draftOf(composer)).toBe('');
      }
    });
  }
});

describe('Instagram DM bar: the Send found by its relation to the draft', () => {
  for (const [name, send] of [['direct-no-viewer-fr', 'Envoyer'], ['direct-no-viewer-en', 'Send']] as const) {
    it(`${name}: an editor under many wrappers still has its bar's ${send}, from the editor and from the control`, () => {
      const doc = loadFixture(name);
      const editor = q(doc, S.richEditor);
      const bar = q(doc, '[data-fixture-composer="message"]');
      const control = Array.from(bar.querySelectorAll<HTMLElement>(S.control)).find((c) => labelOf(c) === send)!;
      expect(composerAt(editor)).toBe(bar);
      expect(publishControlOf(bar)).toBe(control);
      expect(publishControlAt(control)).toEqual({ control, composer: bar });
    });
  }

  it('a Send farther from the editor than its bar reaches is guarded while the editor holds a draft (fail closed)', () => {
    const doc = loadFixture('direct-fr');
    const editor = q(doc, S.richEditor);
    const bar = q(doc, '[data-fixture-composer="message"]');
    // Another "Envoyer" nearer the editor makes its bar the editor's wrapper; the bar's own Send is then outside it.
    const wrapper = doc.createElement('div');
    editor.replaceWith(wrapper);
    wrapper.append(editor);
    wrapper.insertAdjacentHTML('beforeend', '<div role="button" tabindex="0">Envoyer</div>');
    const far = Array.from(bar.querySelectorAll<HTMLElement>(':scope > [role="button"]')).find((c) => labelOf(c) === 'Envoyer')!;
    expect(publishControlAt(far)).toBeNull(); // empty: nothing to send, nothing to guard
    setDraft(editor, 'À demain');
    expect(publishControlAt(far)).toEqual({ control: far, composer: bar });
  });
});

describe('Instagram comment form: a Post rendered beside the form', () => {
  function moveOut() {
    const doc = loadFixture('post-fr');
    const form = q(doc, 'form[data-fixture-composer="comment"]');
    const post = Array.from(form.querySelectorAll<HTMLElement>(S.control)).find((c) => labelOf(c) === 'Publier')!;
    // Other markup: the Post control in a wrapper next to the form, not in it.
    const wrapper = doc.createElement('div');
    form.parentElement!.append(wrapper);
    wrapper.append(post);
    return { doc, form, post, textarea: q<HTMLTextAreaElement>(form, 'textarea') };
  }

  it('is the form’s control (for the replay) and its click is the form’s publish', () => {
    const { form, post } = moveOut();
    expect(form.contains(post)).toBe(false);
    expect(publishControlOf(form)).toBe(post);
    expect(publishControlAt(post)).toEqual({ control: post, composer: form });
    expect(composerAt(post)).toBe(form);
  });

  it('two Post controls beside the form: both guarded while there is a draft, neither replayed', () => {
    const { form, post, textarea } = moveOut();
    post.insertAdjacentHTML('afterend', '<div role="button" tabindex="0">Publier</div>');
    const other = post.nextElementSibling as HTMLElement;
    expect(publishControlOf(form)).toBeNull();
    expect(publishControlAt(other)).toEqual({ control: other, composer: form });
    setDraft(textarea, 'Superbe');
    expect(publishControlAt(post)).toEqual({ control: post, composer: form });
  });
});

describe('Instagram composer details', () => {
  it('comment draft is the textarea value; a comment starting with "@user " is a reply', () => {
    const doc = loadFixture('post-fr');
    const form = findComposers(doc)[0]!;
    const textarea = q<HTMLTextAreaElement>(form, 'textarea');
    setDraft(textarea, '  Magnifique  ');
    expect(draftOf(form)).toBe('Magnifique');
    expect(surfaceOf(form)).toBe('comment');
    setDraft(textarea, '@meteo.paris merci !');
    expect(surfaceOf(form)).toBe('reply');
  });

  it('the caption draft keeps its lines (Lexical paragraphs)', () => {
    const doc = loadFixture('create-caption-en');
    const dialog = q(doc, S.dialog);
    setDraft(q(dialog, S.richEditor), 'Fresh bread\n#BoulangerieDupont');
    expect(draftOf(dialog)).toBe('Fresh bread\n#BoulangerieDupont');
  });

  it('the DM draft is the textbox text', () => {
    const doc = loadFixture('direct-fr');
    const composer = findComposers(doc)[0]!;
    setDraft(q(composer, S.richEditor), 'À demain');
    expect(draftOf(composer)).toBe('À demain');
  });

  it('create-crop-fr: the dialog at the crop step is no composer and its Next is no publish control', () => {
    const doc = loadFixture('create-crop-fr');
    const dialog = q(doc, S.dialog);
    expect(findComposers(doc).includes(dialog)).toBe(false);
    const next = Array.from(dialog.querySelectorAll(S.control)).find((c) => NEXT_LABELS.has(labelOf(c)))!;
    expect(next).toBeDefined();
    expect(publishControlAt(next)).toBeNull();
    expect(composerAt(next)).toBeNull();
  });

  it('likes, shares (svg "Share"/"Partager"), saves, follows, replies and the switcher are never publish controls', () => {
    for (const name of ['home-fr', 'home-en', 'post-fr', 'create-caption-en', 'create-caption-fr', 'direct-fr', 'direct-en', 'story-en']) {
      const doc = loadFixture(name);
      const publish = new Set(findComposers(doc).map((c) => publishControlOf(c)));
      for (const control of Array.from(doc.querySelectorAll(S.control))) {
        if (publish.has(control as HTMLElement)) continue;
        expect(publishControlAt(control), `${name}: ${labelOf(control) || control.querySelector('svg')?.getAttribute('aria-label')}`).toBeNull();
      }
    }
  });

  it('the Share of the create dialog must be in its header: a "Share" below the caption is not taken', () => {
    const doc = loadFixture('create-caption-en');
    const dialog = q(doc, S.dialog);
    const header = publishControlOf(dialog)!;
    const decoy = doc.createElement('div');
    decoy.setAttribute('role', 'button');
    decoy.textContent = 'Share';
    q(dialog, S.richEditor).parentElement!.append(decoy);
    expect(publishControlAt(decoy)).toBeNull();
    expect(publishControlOf(dialog)).toBe(header);
  });

  it('a comment form with two labelled controls: both clicks are guarded, no control guessed for a replay', () => {
    const doc = loadFixture('post-fr');
    const form = findComposers(doc)[0]!;
    const extra = doc.createElement('div');
    extra.setAttribute('role', 'button');
    extra.textContent = 'Publier';
    form.append(extra);
    expect(publishControlOf(form)).toBeNull();
    // Clicking either is still a publish from this form: guarded, never let through unseen.
    expect(publishControlAt(extra)).toEqual({ control: extra, composer: form });
    const original = [...form.querySelectorAll<HTMLElement>('[role="button"]')].find((c) => c !== extra && c.textContent === 'Publier')!;
    expect(publishControlAt(original)).toEqual({ control: original, composer: form });
  });
});
