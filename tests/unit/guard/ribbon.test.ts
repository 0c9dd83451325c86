/**
 * The identity ribbon with a fake platform: shown on focus with the account's text and colour, following identity
 * changes, styled by tone, hidden when the focus leaves or the composer goes. Frames are run by hand and the
 * timer is faked, so every expectation is about one precise moment.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account, Identity, Settings } from '../../../utils/types';
import type { IdentityReading, PlatformAdapter } from '../../../utils/platforms/adapter';
import type { SettingsSource } from '../../../utils/guard/guard';
import { pageTheme, placeAbove, RIBBON_POLL_MS, ribbonView, startRibbon, type RibbonController } from '../../../utils/guard/ribbon';
import { guardStatus } from '../../../utils/rules/status';
import { fakeRibbonSurface } from './fake-surfaces';
import { h, render } from 'preact';
import { Ribbon } from '../../../components/Ribbon';
import { RIBBON_CSS } from '../../../components/ribbon-styles';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { testSettings } from '../test-settings';

const brand: Account = {
  id: 'x:boulangerie_dupont',
  platform: 'x',
  handle: 'boulangerie_dupont',
  name: 'Boulangerie Dupont',
  kind: 'brand',
  protected: true,
  ownWords: [],
  color: '#b91c1c',
};
const shop: Account = { id: 'x:fournil', platform: 'x', handle: 'fournil', name: 'Le Fournil', kind: 'brand', protected: false, ownWords: [], color: '#047857' };
const personal: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [], color: '#7c3aed' };
const base: Settings = testSettings({ schemaVersion: 2, accounts: [brand, shop, personal] });

let current: Settings | undefined;
let pausedUntil: number | null;
const source: SettingsSource = { current: () => current, ready: Promise.resolve(base), pausedUntil: () => pausedUntil };

let reading: IdentityReading;
const as = (handle: string, extra: Partial<Identity> = {}): IdentityReading => ({ identity: { platform: 'x', handle, source: 'fake', ...extra } });
let reads: number;
const adapter: PlatformAdapter = {
  platform: 'x',
  classify: () => null,
  composerOf: (path) => (path[0] as Element).closest?.('.composer') ?? null,
  readIdentity: () => {
    reads++;
    return reading;
  },
  readDraft: () => '',
  editorOf: (composer) => composer.querySelector('.editor'),
  publishControlOf: () => null,
};

/** Animation frames, run by the test. */
let frames: (() => void)[];
function flush() {
  for (let i = 0; i < 5 && frames.length; i++) {
    const run = frames;
    frames = [];
    run.forEach((f) => f());
  }
}

let ribbon: RibbonController;
let surface: ReturnType<typeof fakeRibbonSurface>;
function start(t = translatorFor(en)) {
  surface = fakeRibbonSurface(t);
  ribbon = startRibbon(adapter, { win: window, settings: source, surface, frame: (f) => frames.push(f), now: () => 1_000 });
  // What run.ts wires: the guard reports the focused composer.
  window.addEventListener('focusin', onFocus, true);
}
const onFocus = (e: Event) => ribbon.seen(adapter.composerOf(e.composedPath()));

function buildPage() {
  document.body.innerHTML = `
    <div class="composer" id="c1"><div class="editor" contenteditable="true" tabindex="0"></div><button class="emoji">☺</button></div>
    <div class="composer" id="c2"><div class="editor" contenteditable="true" tabindex="0"></div></div>
    <input id="search" aria-label="Search">`;
  return {
    editor: document.querySelector<HTMLElement>('#c1 .editor')!,
    emoji: document.querySelector<HTMLElement>('#c1 .emoji')!,
    editor2: document.querySelector<HTMLElement>('#c2 .editor')!,
    search: document.querySelector<HTMLElement>('#search')!,
  };
}

const host = () => document.querySelector<HTMLElement>('[data-right-account="ribbon"]');
const root = () => host()?.shadowRoot ?? null;
const band = () => root()?.querySelector<HTMLElement>('.ribbon') ?? null;
const visible = () => !!host() && host()!.style.display !== 'none' && !!band();
const text = () => (band()?.textContent ?? '').replace(/\s+/g, ' ').trim();
const field = (name: string) => root()?.querySelector(`[data-field="${name}"]`)?.textContent ?? null;

beforeEach(() => {
  vi.useFakeTimers();
  current = base;
  pausedUntil = null;
  reading = as('marie_dupont');
  reads = 0;
  frames = [];
});
afterEach(() => {
  window.removeEventListener('focusin', onFocus, true);
  ribbon.stop();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('identity ribbon', () => {
  it('appears on focus with the name, @handle, kind and colour of the account', () => {
    const page = buildPage();
    start();
    expect(host()).toBeNull(); // nothing in the page before a composer is focused
    page.editor.focus();
    flush();
    expect(visible()).toBe(true);
    expect(text()).toBe('Publishing as Marie Dupont @marie_dupont Personal');
    expect(field('name')).toBe('Marie Dupont');
    expect(field('handle')).toBe('@marie_dupont');
    expect(band()?.dataset.tone).toBe('personal');
    expect(band()?.dataset.color).toBe('#7c3aed');
    expect(band()?.getAttribute('style')).toContain('--account: #7c3aed');
    expect(band()?.getAttribute('style')).toContain('--on-account: #ffffff');
  });

  it('speaks French when the translator is French', () => {
    const page = buildPage();
    start(translatorFor(fr));
    page.editor.focus();
    flush();
    expect(text()).toBe('Publication en tant que Marie Dupont @marie_dupont Personnel');
  });

  it('changes on the timer when the identity changes without any event (actor picker, other tab)', () => {
    const page = buildPage();
    start();
    page.editor.focus();
    flush();
    reading = as('boulangerie_dupont');
    expect(field('handle')).toBe('@marie_dupont');
    vi.advanceTimersByTime(RIBBON_POLL_MS);
    expect(text()).toBe('Publishing as Boulangerie Dupont @boulangerie_dupont Brand protected');
    expect(band()?.dataset.tone).toBe('protected');
    expect(band()?.dataset.color).toBe('#b91c1c');
  });

  it('re-reads on input at most once per frame', () => {
    const page = buildPage();
    start();
    page.editor.focus();
    flush();
    const before = reads;
    for (let i = 0; i < 5; i++) page.editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(frames).toHaveLength(1);
    reading = as('fournil');
    flush();
    expect(reads).toBe(before + 1);
    expect(band()?.dataset.tone).toBe('brand');
    expect(text()).toBe('Publishing as Le Fournil @fournil Brand');
  });

  it('has a tone for each kind of identity: protected, brand, personal, not one of yours, unknown', () => {
    const page = buildPage();
    start();
    const toneFor = (r: IdentityReading) => {
      reading = r;
      page.editor.focus();
      vi.advanceTimersByTime(RIBBON_POLL_MS);
      flush();
      return [band()?.dataset.tone, band()?.dataset.color ?? null, text()];
    };
    expect(toneFor(as('boulangerie_dupont'))).toEqual(['protected', '#b91c1c', 'Publishing as Boulangerie Dupont @boulangerie_dupont Brand protected']);
    expect(toneFor(as('fournil'))).toEqual(['brand', '#047857', 'Publishing as Le Fournil @fournil Brand']);
    expect(toneFor(as('marie_dupont'))).toEqual(['personal', '#7c3aed', 'Publishing as Marie Dupont @marie_dupont Personal']);
    expect(toneFor(as('pain_de_mie_fan', { name: 'Fan de pain' }))).toEqual([
      'unregistered',
      null,
      'Publishing as Fan de pain @pain_de_mie_fan not one of your accounts',
    ]);
    expect(toneFor({ identity: null, problem: 'no-identity-signal' })).toEqual(['unknown', null, 'Cannot tell which account you are publishing as']);
    expect(toneFor({ identity: null, problem: 'conflicting-signals' })).toEqual([
      'unknown',
      null,
      'Cannot tell which account you are publishing as: the account changed in another tab: reload this page',
    ]);
  });

  it('a session switched in another tab since the page loaded is "cannot tell"', () => {
    const page = buildPage();
    const withSession = { ...adapter, readSessionKey: () => 'session-1' };
    ribbon = startRibbon(withSession, { win: window, settings: source, surface: fakeRibbonSurface(translatorFor(en)), frame: (f) => frames.push(f) });
    reading = as('marie_dupont', { sessionKey: 'session-1' });
    ribbon.seen(null);
    page.editor.focus();
    ribbon.seen(page.editor.parentElement);
    flush();
    expect(band()?.dataset.tone).toBe('personal');
    reading = as('marie_dupont', { sessionKey: 'session-2' });
    vi.advanceTimersByTime(RIBBON_POLL_MS);
    expect(band()?.dataset.tone).toBe('unknown');
  });

  it('stays while the focus moves inside the composer, hides when it leaves, follows to another composer', () => {
    const page = buildPage();
    start();
    page.editor.focus();
    flush();
    page.emoji.focus();
    flush();
    expect(visible()).toBe(true);
    page.search.focus();
    expect(visible()).toBe(false);
    page.editor2.focus();
    flush();
    expect(visible()).toBe(true);
    // Focus lost to the page (a click on nothing focusable): the timer notices.
    page.editor2.blur();
    vi.advanceTimersByTime(RIBBON_POLL_MS);
    expect(visible()).toBe(false);
  });

  it('hides when the composer is removed, and then stops reading', () => {
    const page = buildPage();
    start();
    page.editor.focus();
    flush();
    expect(visible()).toBe(true);
    document.getElementById('c1')!.remove();
    vi.advanceTimersByTime(RIBBON_POLL_MS);
    expect(visible()).toBe(false);
    const after = reads;
    vi.advanceTimersByTime(RIBBON_POLL_MS * 10);
    flush();
    expect(reads).toBe(after);
  });

  it('is not shown for a composer that does not have the focus (after a publish attempt elsewhere)', () => {
    const page = buildPage();
    start();
    page.search.focus();
    ribbon.seen(page.editor.parentElement);
    flush();
    expect(host()).toBeNull();
    expect(reads).toBe(0);
  });

  it('never shows without configured accounts on the platform; says "off" apart from "paused"; shows "paused" during a pause', () => {
    const page = buildPage();
    start();
    current = { ...base, accounts: [{ ...personal, platform: 'facebook', id: 'facebook:marie' }], guardEnabled: false };
    page.editor.focus();
    flush();
    expect(visible()).toBe(false);
    // Switched off: still who a publish goes out as, marked off (never hidden: an "off" nobody sees is a silent one).
    current = { ...base, guardEnabled: false };
    pausedUntil = 5_000;
    vi.advanceTimersByTime(RIBBON_POLL_MS);
    flush();
    expect(visible()).toBe(true);
    expect(band()?.dataset.off).toBe('true');
    expect(band()?.dataset.paused).toBeUndefined();
    expect(field('off')).toBe('guard off: nothing is checked');
    expect(field('paused')).toBeNull();
    expect(text()).toBe('Publishing as Marie Dupont @marie_dupont guard off: nothing is checked');
    // Its end passed (now is 1 000 in these tests): on again, before anything is written back.
    current = { ...base, guardEnabled: false, guardOffUntil: 900 };
    pausedUntil = null;
    vi.advanceTimersByTime(RIBBON_POLL_MS);
    flush();
    expect(band()?.dataset.off).toBeUndefined();
    current = base;
    pausedUntil = 5_000;
    vi.advanceTimersByTime(RIBBON_POLL_MS);
    flush();
    expect(visible()).toBe(true);
    expect(band()?.dataset.paused).toBe('true');
    expect(field('paused')).toBe('guard paused');
  });

  it('a protected account that pauses spare is shown guarded, not paused', () => {
    const page = buildPage();
    start();
    current = { ...base, accounts: base.accounts.map((a) => ({ ...a, protected: true })), pauseSparesProtected: true };
    pausedUntil = 5_000;
    page.editor.focus();
    flush();
    expect(visible()).toBe(true);
    expect(band()?.dataset.paused).toBeUndefined();
    current = { ...current, pauseSparesProtected: false };
    vi.advanceTimersByTime(RIBBON_POLL_MS);
    flush();
    expect(band()?.dataset.paused).toBe('true');
  });

  it('sets every text as text: markup in a name stays characters', () => {
    const page = buildPage();
    start();
    reading = as('pain_de_mie_fan', { name: '<img src=x onerror=alert(1)>' });
    page.editor.focus();
    flush();
    expect(field('name')).toBe('<img src=x onerror=alert(1)>');
    expect(root()?.querySelector('img')).toBeNull();
  });

  it('does nothing at all while no composer is focused', () => {
    const page = buildPage();
    start();
    page.search.focus();
    vi.advanceTimersByTime(RIBBON_POLL_MS * 10);
    window.dispatchEvent(new Event('scroll'));
    flush();
    expect(reads).toBe(0);
    expect(frames).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('ribbonView', () => {
  it('shows names alone where handles are ids (Facebook), and falls back to the id when there is no name', () => {
    const page: Account = { id: 'facebook:615', platform: 'facebook', handle: '61551234567890', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: [] };
    const settings = { ...base, accounts: [page] };
    const view = ribbonView(guardStatus(settings, 'facebook', { identity: { platform: 'facebook', handle: '61551234567890', source: 'fake' } }, null, 0));
    expect(view).toMatchObject({ tone: 'protected', name: 'Boulangerie Dupont', handle: null, kind: 'brand' });
    expect(view?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(ribbonView(guardStatus(settings, 'facebook', { identity: { platform: 'facebook', handle: '1000', source: 'fake' } }, null, 0))).toMatchObject({
      tone: 'unregistered',
      name: '1000',
      handle: null,
      color: null,
    });
  });
});

describe('where the ribbon goes', () => {
  /** Gives an element a box in the viewport (happy-dom lays nothing out). */
  const box = (el: Element, left: number, top: number, width: number, height: number) =>
    (el.getBoundingClientRect = () => ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) }) as DOMRect);
  const layout = () => {
    // X's home: a 600 px primary column at 300, the composer in it, the editor right of the avatar; a right column at 920.
    document.body.innerHTML = `<main><div class="column"><div class="composer"><div class="row"><div class="editor"></div></div></div></div><aside class="right"></aside></main>`;
    const q = (s: string) => document.querySelector(s)!;
    box(document.body, 0, 0, 1280, 800);
    box(q('main'), 0, 0, 1280, 800);
    box(q('.column'), 300, 0, 600, 800);
    box(q('.composer'), 300, 100, 600, 120);
    box(q('.row'), 356, 110, 528, 60);
    box(q('.editor'), 356, 140, 528, 30);
    box(q('.right'), 920, 0, 350, 800);
    return { editor: q('.editor'), composer: q('.composer') };
  };
  afterEach(() => (document.body.innerHTML = ''));

  it('never runs past the composer\'s column into the next one', () => {
    const { editor, composer } = layout();
    const place = placeAbove(editor, window, composer);
    expect(place.left).toBe(356); // still aligned with the editor
    expect(place.left + place.width).toBeLessThanOrEqual(900);
    expect(place.top).toBe(140 - 24 - 2);
  });

  it('is as wide as the column at most, even when the editor is narrower than the ribbon\'s least width', () => {
    const { editor, composer } = layout();
    box(composer, 300, 100, 200, 120);
    box(editor.parentElement!, 310, 110, 180, 60);
    box(editor, 320, 140, 160, 30);
    const place = placeAbove(editor, window, composer);
    expect(place.width).toBeLessThanOrEqual(200);
    expect(place.left).toBeGreaterThanOrEqual(300);
    expect(place.left + place.width).toBeLessThanOrEqual(500);
  });

  it('the boxes above the composer root do not count: a page-wide container is not the column', () => {
    const { editor, composer } = layout();
    box(editor.parentElement!, 0, 110, 1280, 60); // a row inside the composer that spans the page: still inside the composer
    const place = placeAbove(editor, window, composer);
    expect(place.left + place.width).toBeLessThanOrEqual(1280 - 4);
    // Without the composer root, the walk stops at the editor's own box and its ancestors up to the document.
    expect(placeAbove(editor, window, editor).width).toBeLessThanOrEqual(528);
  });
});

describe('the site\'s theme', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    document.body.removeAttribute('style');
  });
  it('reads the background where the composer is, whatever the system\'s theme', () => {
    document.body.innerHTML = '<div id="dim" style="background-color: #15202b"><div><div class="editor"></div></div></div><div id="light" style="background-color: rgb(255, 255, 255)"><div class="editor"></div></div>';
    expect(pageTheme(document.querySelector('#dim .editor')!, window)).toBe('dark');
    expect(pageTheme(document.querySelector('#light .editor')!, window)).toBe('light');
  });

  it('falls back to the body\'s background, then says nothing (the system decides)', () => {
    document.body.innerHTML = '<div><div class="editor"></div></div>';
    expect(pageTheme(document.querySelector('.editor')!, window)).toBeUndefined();
    document.body.style.backgroundColor = 'rgb(0, 0, 0)';
    expect(pageTheme(document.querySelector('.editor')!, window)).toBe('dark');
  });

  it('travels to the frame, which draws data-theme', () => {
    const status = guardStatus(base, 'x', as('marie_dupont'), null, 1_000);
    expect(ribbonView(status, 'dark')?.theme).toBe('dark');
    expect(ribbonView(status)).not.toHaveProperty('theme');
    const el = document.createElement('div');
    render(h(Ribbon, { t: translatorFor(en), view: ribbonView(status, 'dark')! }), el);
    expect(el.querySelector<HTMLElement>('.ribbon')!.dataset.theme).toBe('dark');
    // The stylesheet follows data-theme first, the system's theme only without it.
    expect(RIBBON_CSS).toContain('.ribbon[data-theme="dark"]');
    expect(RIBBON_CSS).toContain('@media (prefers-color-scheme: dark) {\n  .ribbon:not([data-theme])');
  });
});
