/**
 * The gesture rules of the four platforms, side by side: each platform's policy table (every difference between
 * platforms is one cell of it), what each modifier combination does with Enter in each composer kind, and the shared
 * classifier (utils/platforms/gestures.ts) rule by rule on small synthetic DOMs.
 */
import { describe, expect, it, vi } from 'vitest';
import { classifyGesture, enterKind, type GesturePolicy, type GestureSpec } from '../../../utils/platforms/gestures';
import { X_GESTURES } from '../../../utils/platforms/x/detect';
import { FACEBOOK_GESTURES } from '../../../utils/platforms/facebook/detect';
import { INSTAGRAM_GESTURES } from '../../../utils/platforms/instagram/detect';
import { LINKEDIN_GESTURES } from '../../../utils/platforms/linkedin/detect';
import * as xFixtures from '../x/load-fixture';
import * as facebookFixtures from '../facebook/load-fixture';
import * as instagramFixtures from '../instagram/load-fixture';
import * as linkedinFixtures from '../linkedin/load-fixture';

const SPECS: [string, GestureSpec][] = [
  ['x', X_GESTURES],
  ['facebook', FACEBOOK_GESTURES],
  ['instagram', INSTAGRAM_GESTURES],
  ['linkedin', LINKEDIN_GESTURES],
];

const COLUMNS = ['enterSends', 'shortcutSends', 'shortcutIgnores', 'emptySendsNothing', 'disabledSendsNothing', 'needsControl', 'submitIsPublish'] as const;

function cell(value: GesturePolicy[keyof GesturePolicy]): string {
  if (typeof value === 'function') return `${value.name}()`;
  if (Array.isArray(value)) return value.length > 0 ? value.join('+') : '-';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return String(value);
}

/** Rows of cells as aligned text, one line a row (trailing spaces trimmed). */
function layout(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

const kindsOf = (spec: GestureSpec) => Object.entries(spec.policy) as [string, GesturePolicy][];

describe('the four policy tables, side by side', () => {
  it('every platform and composer kind, every column: a difference between platforms is a visible cell here', () => {
    const rows = [['platform', 'kind', ...COLUMNS]];
    for (const [platform, spec] of SPECS) for (const [kind, policy] of kindsOf(spec)) rows.push([platform, kind, ...COLUMNS.map((c) => cell(policy[c]))]);
    expect('\n' + layout(rows) + '\n').toBe(`
platform   kind           enterSends          shortcutSends  shortcutIgnores  emptySendsNothing  disabledSendsNothing  needsControl  submitIsPublish
x          post           no                  yes            shift+alt        no                 yes                   no            no
x          dm             yes                 yes            -                no                 yes                   no            no
x          xchat          yes                 yes            -                no                 yes                   no            yes
facebook   post           no                  yes            -                yes                yes                   yes           yes
facebook   comment        yes                 as-enter       -                yes                yes                   no            yes
facebook   chat           yes                 as-enter       -                yes                yes                   no            yes
instagram  form           yes                 no             -                yes                no                    no            yes
instagram  create         no                  no             -                yes                no                    no            no
instagram  dm             yes                 no             -                yes                no                    no            no
linkedin   share          no                  yes            shift            no                 yes                   no            no
linkedin   sdui           no                  yes            shift            no                 yes                   no            no
linkedin   comment        no                  yes            shift            no                 yes                   no            no
linkedin   ember-comment  no                  yes            shift            no                 yes                   no            yes
linkedin   message        pressEnterToSend()  yes            -                no                 yes                   no            yes
`);
  });

  it('what Enter does with each modifier, per platform and kind (enter? = when the page’s setting says Enter sends)', () => {
    const combos: [string, Partial<KeyboardEvent>][] = [
      ['Enter', {}],
      ['Shift', { shiftKey: true }],
      ['Alt', { altKey: true }],
      ['Ctrl', { ctrlKey: true }],
      ['Cmd', { metaKey: true }],
      ['Ctrl+Shift', { ctrlKey: true, shiftKey: true }],
      ['Ctrl+Alt', { ctrlKey: true, altKey: true }],
    ];
    const rows = [['platform', 'kind', ...combos.map(([name]) => name)]];
    for (const [platform, spec] of SPECS) {
      for (const [kind, policy] of kindsOf(spec)) {
        rows.push([
          platform,
          kind,
          ...combos.map(([, mods]) => {
            const what = enterKind(policy, { ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
            return what === 'enter' && typeof policy.enterSends === 'function' ? 'enter?' : (what ?? '-');
          }),
        ]);
      }
    }
    expect('\n' + layout(rows) + '\n').toBe(`
platform   kind           Enter   Shift  Alt  Ctrl      Cmd       Ctrl+Shift  Ctrl+Alt
x          post           -       -      -    shortcut  shortcut  shortcut    shortcut
x          dm             enter   -      -    shortcut  shortcut  -           -
x          xchat          enter   -      -    shortcut  shortcut  -           -
facebook   post           -       -      -    shortcut  shortcut  -           -
facebook   comment        enter   -      -    enter     enter     -           -
facebook   chat           enter   -      -    enter     enter     -           -
instagram  form           enter   -      -    -         -         -           -
instagram  create         -       -      -    -         -         -           -
instagram  dm             enter   -      -    -         -         -           -
linkedin   share          -       -      -    shortcut  shortcut  shortcut    -
linkedin   sdui           -       -      -    shortcut  shortcut  shortcut    -
linkedin   comment        -       -      -    shortcut  shortcut  shortcut    -
linkedin   ember-comment  -       -      -    shortcut  shortcut  shortcut    -
linkedin   message        enter?  -      -    shortcut  shortcut  -           -
`);
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// The shared classifier, rule by rule
// ---------------------------------------------------------------------------------------------------------------------

/** A row that sends on Enter and on the shortcut and checks nothing: each test turns on what it is about. */
const BASE: GesturePolicy = {
  enterSends: true,
  shortcutSends: true,
  shortcutIgnores: [],
  emptySendsNothing: false,
  disabledSendsNothing: false,
  needsControl: false,
  submitIsPublish: true,
};

/** The composed path a browser would give for an event on `el`. */
function pathOf(el: Element): EventTarget[] {
  const path: EventTarget[] = [];
  for (let node: Node | null = el; node; node = node.parentNode) path.push(node);
  return [...path, window];
}

const BOX = `
  <form class="composer">
    <div class="editor" contenteditable="true" role="textbox"><p><span class="word">Hello</span></p></div>
    <div class="send" role="button" tabindex="0">Send</div>
    <button class="emoji" type="button">🙂</button>
  </form>
  <form class="search"><input name="q"></form>`;

/** A synthetic platform with one composer kind ('box') governed by `policy`, on `html`. */
function synthetic(policy: Partial<GesturePolicy> = {}, html = BOX) {
  document.body.innerHTML = html;
  const composerLookups = vi.fn();
  const spec: GestureSpec<'box'> = {
    policy: { box: { ...BASE, ...policy } },
    publishControlAt: (el) => {
      const control = el.closest<HTMLElement>('.send');
      const composer = control?.closest('.composer');
      return control && composer ? { control, composer } : null;
    },
    editorAt: (el) => {
      const editor = el.closest('.editor');
      return editor ? { editor, kind: 'box', composer: () => (composerLookups(), editor.closest('.composer')) } : null;
    },
    composerOfForm: (form) => (form.matches('form.composer') ? { composer: form, kind: 'box' } : null),
    publishControlOf: (composer) => composer.querySelector<HTMLElement>('.send'),
    draftOf: (composer) => composer.querySelector('.editor')?.textContent?.trim() ?? '',
    surfaceOf: () => 'comment',
  };
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
  const key = (el: Element, init: KeyboardEventInit & { keyCode?: number } = {}) =>
    classifyGesture(spec, new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, ...init } as KeyboardEventInit), pathOf(el));
  const click = (el: Element) => classifyGesture(spec, new MouseEvent('click'), pathOf(el));
  const submit = (form: Element, submitter?: Element) =>
    classifyGesture(spec, Object.assign(new Event('submit'), submitter ? { submitter } : {}), pathOf(form));
  return { spec, composerLookups, q, key, click, submit, editor: q('.editor'), send: q('.send'), form: q('form.composer') };
}

describe('the shared gesture classifier', () => {
  it('click: on the enabled publish control or inside it; never while disabled or aria-disabled; other controls: null', () => {
    const { q, click, send, form } = synthetic();
    expect(click(send)).toEqual({ kind: 'click', composer: form, control: send, surface: 'comment' });
    send.innerHTML = '<span>Send</span>';
    expect(click(q('.send span'))).toMatchObject({ kind: 'click', control: send });
    send.setAttribute('aria-disabled', 'true');
    expect(click(send)).toBeNull();
    expect(click(q('.emoji'))).toBeNull();
    expect(click(q('.editor'))).toBeNull();
    const native = synthetic({}, '<form class="composer"><div class="editor" contenteditable="true"></div><button class="send" disabled>Send</button></form>');
    expect(native.click(native.send)).toBeNull();
  });

  it('Enter is key "Enter" or keyCode 13; Space activates a control and is nothing in an editor; other keys: null', () => {
    const { key, editor, send } = synthetic();
    expect(key(editor)).toMatchObject({ kind: 'enter' });
    expect(key(editor, { key: 'Unidentified', keyCode: 13 })).toMatchObject({ kind: 'enter' });
    expect(key(editor, { key: ' ', keyCode: 32 })).toBeNull();
    expect(key(editor, { key: 'a', keyCode: 65, ctrlKey: true })).toBeNull();
    expect(key(send, { key: ' ', keyCode: 32 })).toMatchObject({ kind: 'key-activation' });
    expect(key(send, { key: 'Spacebar' })).toMatchObject({ kind: 'key-activation' });
    expect(key(send, { key: 'Tab', keyCode: 9 })).toBeNull();
  });

  it('IME composition (isComposing, keyCode 229) is never a gesture, in an editor or on a control', () => {
    const { key, editor, send } = synthetic();
    expect(key(editor, { isComposing: true })).toBeNull();
    expect(key(editor, { keyCode: 229 })).toBeNull();
    expect(key(editor, { key: 'Process', keyCode: 229 })).toBeNull();
    expect(key(editor, { ctrlKey: true, isComposing: true })).toBeNull();
    expect(key(send, { isComposing: true })).toBeNull();
  });

  it('a focused div[role=button] publish control: key-activation; a native <button>/<input>: null (the browser clicks it); disabled: null', () => {
    const { key, send, form } = synthetic();
    expect(key(send)).toEqual({ kind: 'key-activation', composer: form, control: send, surface: 'comment' });
    send.setAttribute('aria-disabled', 'true');
    expect(key(send)).toBeNull();
    for (const tag of ['<button class="send">Send</button>', '<input class="send" type="submit" value="Send">']) {
      const native = synthetic({}, `<form class="composer"><div class="editor" contenteditable="true">Hi</div>${tag}</form>`);
      expect(native.key(native.send), tag).toBeNull();
      expect(native.key(native.send, { key: ' ', keyCode: 32 }), tag).toBeNull();
      expect(native.click(native.send), tag).toMatchObject({ kind: 'click' });
    }
  });

  it('Shift+Enter and Alt+Enter never send; Ctrl/Cmd+Enter is the shortcut, with Shift or Alt only where shortcutIgnores lets them', () => {
    const strict = synthetic();
    expect(strict.key(strict.editor, { shiftKey: true })).toBeNull();
    expect(strict.key(strict.editor, { altKey: true })).toBeNull();
    expect(strict.key(strict.editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut' });
    expect(strict.key(strict.editor, { metaKey: true })).toMatchObject({ kind: 'shortcut' });
    expect(strict.key(strict.editor, { ctrlKey: true, shiftKey: true })).toBeNull();
    expect(strict.key(strict.editor, { metaKey: true, altKey: true })).toBeNull();
    const lax = synthetic({ enterSends: false, shortcutIgnores: ['shift'] });
    expect(lax.key(lax.editor)).toBeNull();
    expect(lax.key(lax.editor, { shiftKey: true })).toBeNull();
    expect(lax.key(lax.editor, { ctrlKey: true, shiftKey: true })).toMatchObject({ kind: 'shortcut' });
    expect(lax.key(lax.editor, { ctrlKey: true, altKey: true })).toBeNull();
  });

  it("shortcutSends 'as-enter': Ctrl/Cmd+Enter is an Enter (kind 'enter', same checks); false: it sends nothing", () => {
    const asEnter = synthetic({ shortcutSends: 'as-enter', emptySendsNothing: true });
    expect(asEnter.key(asEnter.editor, { ctrlKey: true })).toMatchObject({ kind: 'enter' });
    expect(asEnter.key(asEnter.editor, { ctrlKey: true, shiftKey: true })).toBeNull();
    asEnter.editor.textContent = '';
    expect(asEnter.key(asEnter.editor, { ctrlKey: true })).toBeNull();
    const none = synthetic({ shortcutSends: false });
    expect(none.key(none.editor, { ctrlKey: true })).toBeNull();
    expect(none.key(none.editor, { metaKey: true })).toBeNull();
    expect(none.key(none.editor)).toMatchObject({ kind: 'enter' });
  });

  it('an open suggestion list (on the editor or the focused node) makes Enter a pick; the shortcut still sends', () => {
    const { q, key, editor } = synthetic();
    editor.setAttribute('aria-expanded', 'true');
    editor.setAttribute('aria-controls', 'mentions');
    expect(key(editor)).toMatchObject({ kind: 'enter' }); // a stale "expanded" with no list is not believed
    document.body.insertAdjacentHTML('beforeend', '<ul id="mentions" role="listbox"><li role="option">Marie</li></ul>');
    expect(key(editor)).toBeNull();
    expect(key(q('.word'))).toBeNull();
    expect(key(editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut' });
    editor.setAttribute('aria-expanded', 'false');
    expect(key(editor)).toMatchObject({ kind: 'enter' });
    q('.word').setAttribute('aria-activedescendant', 'marie');
    q('#mentions li').id = 'marie';
    expect(key(q('.word'))).toBeNull();
  });

  it('emptySendsNothing: an empty draft stops Enter and a submit, never the shortcut', () => {
    const on = synthetic({ emptySendsNothing: true });
    on.editor.textContent = '  ';
    expect(on.key(on.editor)).toBeNull();
    expect(on.submit(on.form)).toBeNull();
    expect(on.key(on.editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut' });
    const off = synthetic({ emptySendsNothing: false });
    off.editor.textContent = '';
    expect(off.key(off.editor)).toMatchObject({ kind: 'enter' });
    expect(off.submit(off.form)).toMatchObject({ kind: 'submit' });
  });

  it('disabledSendsNothing and needsControl: what the composer’s control says of a key in its editor', () => {
    const guarded = synthetic({ disabledSendsNothing: true });
    guarded.send.setAttribute('aria-disabled', 'true');
    expect(guarded.key(guarded.editor)).toBeNull();
    expect(guarded.key(guarded.editor, { ctrlKey: true })).toBeNull();
    guarded.send.remove();
    expect(guarded.key(guarded.editor)).toMatchObject({ kind: 'enter', control: null });
    const ignored = synthetic({ disabledSendsNothing: false });
    ignored.send.setAttribute('aria-disabled', 'true');
    expect(ignored.key(ignored.editor)).toMatchObject({ kind: 'enter', control: ignored.send });
    const needed = synthetic({ disabledSendsNothing: true, needsControl: true });
    expect(needed.key(needed.editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut', control: needed.send });
    needed.send.remove();
    expect(needed.key(needed.editor, { ctrlKey: true })).toBeNull();
  });

  it('enterSends as a function: read on the composer, for a plain Enter only', () => {
    const setting = vi.fn((composer: Element) => composer.getAttribute('data-enter') === 'send');
    const { key, editor, form } = synthetic({ enterSends: setting });
    expect(key(editor)).toBeNull();
    expect(setting).toHaveBeenCalledWith(form);
    form.setAttribute('data-enter', 'send');
    expect(key(editor)).toMatchObject({ kind: 'enter' });
    setting.mockClear();
    form.removeAttribute('data-enter');
    expect(key(editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut' });
    expect(key(editor, { shiftKey: true })).toBeNull();
    expect(setting).not.toHaveBeenCalled();
  });

  it('submit: a gesture, unless its submitter is the publish control, its control is disabled, or the kind does not submit', () => {
    const { q, spec, submit, form, send } = synthetic();
    expect(submit(form)).toEqual({ kind: 'submit', composer: form, control: send, surface: 'comment' });
    expect(submit(form, send)).toBeNull(); // that click was the gesture already
    expect(submit(form, q('.emoji'))).toMatchObject({ kind: 'submit' });
    expect(submit(q('form.search'))).toBeNull();
    send.setAttribute('aria-disabled', 'true');
    expect(submit(form)).toBeNull();
    send.removeAttribute('aria-disabled');
    spec.isPublishSubmitter = (submitter) => submitter.matches('.emoji');
    expect(submit(form, q('.emoji'))).toBeNull();
    expect(submit(form, send)).toMatchObject({ kind: 'submit' });
    const noForm = synthetic({ submitIsPublish: false });
    expect(noForm.submit(noForm.form)).toBeNull();
  });

  it('the composer of an editor is looked for only once the key sends: a newline never walks the page', () => {
    const { key, editor, composerLookups } = synthetic({ enterSends: false });
    expect(key(editor)).toBeNull();
    expect(key(editor, { shiftKey: true })).toBeNull();
    expect(key(editor, { key: ' ', keyCode: 32 })).toBeNull();
    expect(composerLookups).not.toHaveBeenCalled();
    expect(key(editor, { ctrlKey: true })).toMatchObject({ kind: 'shortcut' });
    expect(composerLookups).toHaveBeenCalledTimes(1);
  });

  it('other event types, other keys and odd targets: null, without asking the finders', () => {
    const { spec, editor } = synthetic();
    const finders = [vi.spyOn(spec, 'publishControlAt'), vi.spyOn(spec, 'editorAt'), vi.spyOn(spec, 'composerOfForm')];
    for (const type of ['input', 'focusin', 'keyup', 'mousedown', 'pointerdown', 'beforeinput']) expect(classifyGesture(spec, new Event(type), pathOf(editor))).toBeNull();
    expect(classifyGesture(spec, new KeyboardEvent('keydown', { key: 'a' }), pathOf(editor))).toBeNull();
    expect(classifyGesture(spec, new KeyboardEvent('keydown', { key: 'Enter', isComposing: true }), pathOf(editor))).toBeNull();
    for (const finder of finders) expect(finder).not.toHaveBeenCalled();
    for (const path of [[], [window], [document], [document.createTextNode('x')], [{} as EventTarget]]) {
      for (const event of [new MouseEvent('click'), new KeyboardEvent('keydown', { key: 'Enter' }), new Event('submit')]) expect(classifyGesture(spec, event, path)).toBeNull();
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------------
// The classifier looks for a focused publish control before an editor: that order must decide nothing
// ---------------------------------------------------------------------------------------------------------------------

const FIXTURE_SETS = [
  { platform: 'x', spec: X_GESTURES, fixtures: xFixtures.FIXTURES, load: (n: string) => xFixtures.loadFixture(n), setDraft: xFixtures.setDraft },
  { platform: 'facebook', spec: FACEBOOK_GESTURES, fixtures: facebookFixtures.FIXTURES, load: (n: string) => facebookFixtures.loadFixture(n), setDraft: facebookFixtures.setDraft },
  { platform: 'instagram', spec: INSTAGRAM_GESTURES, fixtures: instagramFixtures.FIXTURES, load: (n: string) => instagramFixtures.loadFixture(n), setDraft: instagramFixtures.setDraft },
  { platform: 'linkedin', spec: LINKEDIN_GESTURES, fixtures: linkedinFixtures.FIXTURES, load: (n: string) => linkedinFixtures.loadFixture(n), setDraft: linkedinFixtures.setDraft },
];

describe('no editor inside a publish control, on any fixture', () => {
  for (const { platform, spec, fixtures, load, setDraft } of FIXTURE_SETS) {
    it(`${platform}: no element is both in an editor and in a publish control`, () => {
      const both: string[] = [];
      for (const name of fixtures) {
        const doc = load(name);
        const editors = xFixtures.deepQueryAll(doc, 'textarea, [contenteditable="true"], [role="textbox"], [role="combobox"]');
        editors.filter((e) => e.matches('[contenteditable="true"]')).forEach((e) => setDraft(e as HTMLElement, 'Bonjour\nà tous'));
        for (const el of editors.flatMap((e) => [e, ...Array.from(e.querySelectorAll('*'))])) {
          if (spec.editorAt(el) && spec.publishControlAt(el)) both.push(`${name}: ${el.outerHTML.slice(0, 80)}`);
        }
      }
      expect(both).toEqual([]);
    });
  }
});
