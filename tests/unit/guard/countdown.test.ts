/**
 * The light hold of a routine check: by the composer, non-modal; it ends in exactly one publish, and Undo, Escape, an
 * edit of the draft or leaving the page keeps the draft. (The frame it draws in: tests/e2e, in a real browser.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBannerLayer } from '../../../utils/guard/banner-host';
import type { BannerView } from '../../../utils/messaging/frame-protocol';
import type { Account, Settings } from '../../../utils/types';
import type { PlatformAdapter } from '../../../utils/platforms/adapter';
import { startGuard, type Guard } from '../../../utils/guard/guard';
import type { JournalEntryInput } from '../../../utils/messaging/protocol';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import { fakeBannerLayer, listeningNet } from './fake-surfaces';

const brand: Account = { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: [], confirmDelay: 3 };
const view: BannerView = { language: 'en', decision: 'confirm', level: 'check', platform: 'x', identity: { platform: 'x', handle: 'boulangerie_dupont', source: 't' }, account: brand, reasons: [{ id: 'protected-account', account: brand }], draft: 'Bonjour' };

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('the countdown by the composer (banner-host)', () => {
  function start(delayMs = 3000) {
    document.body.innerHTML = '<div class="composer"><div class="editor" contenteditable="true"></div></div>';
    const composer = document.querySelector('.composer')!;
    const answers = { onCancel: vi.fn(), onDone: vi.fn() };
    const layer = createBannerLayer(document, 'chrome-extension://abc/in-page.html?ui=banner');
    const open = layer.countdown(composer, view, Date.now() + delayMs, answers);
    return { composer, answers, open, layer };
  }

  it('never publishes before it is on screen: while its frame has not drawn it no time runs, and a frame that never loads gives way to the plain banner, which asks', async () => {
    // A countdown of 1 s, shorter than the wait for its frame: it would have ended with nothing on screen.
    const { answers, layer } = start(1000);
    await vi.advanceTimersByTimeAsync(1499);
    expect(answers.onDone).not.toHaveBeenCalled();
    expect(document.querySelector('[data-right-account="banner-fallback"]')).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(document.querySelector('[data-right-account="banner-fallback"]')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(answers.onDone).not.toHaveBeenCalled();
    layer.stop();
  });

  it("Escape in the page undoes it (and the site never sees that Escape); an untrusted one does nothing", () => {
    const { answers, layer } = start();
    const siteSaw = vi.fn();
    document.addEventListener('keydown', siteSaw);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(answers.onCancel).not.toHaveBeenCalled();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'isTrusted', { value: true });
    document.body.dispatchEvent(escape);
    expect(answers.onCancel).toHaveBeenCalledTimes(1);
    expect(siteSaw).not.toHaveBeenCalledWith(escape);
    layer.stop();
  });

  it('an edit of the draft, or leaving the page, undoes it', () => {
    const first = start();
    first.composer.querySelector('.editor')!.dispatchEvent(new Event('input', { bubbles: true }));
    expect(first.answers.onCancel).toHaveBeenCalledTimes(1);
    first.layer.stop();
    const second = start();
    window.dispatchEvent(new Event('pagehide'));
    expect(second.answers.onCancel).toHaveBeenCalledTimes(1);
    second.layer.stop();
  });

  it('once closed, nothing more happens', () => {
    const { answers, open, layer } = start();
    open.close();
    vi.advanceTimersByTime(5000);
    window.dispatchEvent(new Event('pagehide'));
    expect(answers.onDone).not.toHaveBeenCalled();
    expect(answers.onCancel).not.toHaveBeenCalled();
    layer.stop();
  });
});

describe('the guard counts down a routine publish of a protected account', () => {
  const settings: Settings = { schemaVersion: 2, accounts: [brand], wordLists: [], unknownIdentity: 'confirm', guardEnabled: true, language: 'auto', journalKeepText: false, journalCap: 2000, pauseSparesProtected: true };
  let guard: Guard;
  let journal: JournalEntryInput[];
  function page() {
    document.body.innerHTML = '<div class="composer"><div class="editor" contenteditable="true">Bonjour</div><button class="publish">Post</button></div>';
    const published: string[] = [];
    document.querySelector('.publish')!.addEventListener('click', () => published.push(document.querySelector('.editor')!.textContent ?? ''));
    const adapter: PlatformAdapter = {
      platform: 'x',
      classify: (event, path) => {
        const target = path[0] as Element;
        return event.type === 'click' && target.closest?.('.publish') ? { kind: 'click', composer: target.closest('.composer')!, control: target.closest('.publish') as HTMLElement, surface: 'post' } : null;
      },
      composerOf: () => null,
      readIdentity: () => ({ identity: { platform: 'x', handle: 'boulangerie_dupont', source: 'fake' } }),
      readDraft: (composer) => composer.querySelector('.editor')?.textContent ?? '',
      editorOf: (composer) => composer.querySelector('.editor'),
      publishControlOf: (composer) => composer.querySelector('.publish'),
    };
    journal = [];
    guard = startGuard(adapter, {
      win: window,
      settings: { current: () => settings, ready: Promise.resolve(settings), pausedUntil: () => null },
      intendedAccountId: () => null,
      record: (e) => journal.push(e),
      banners: fakeBannerLayer(translatorFor(en)),
      net: listeningNet(window, { behind: () => true, stop: () => undefined }),
    });
    return { published, publish: document.querySelector<HTMLElement>('.publish')! };
  }
  const countdown = () => document.querySelector('[data-right-account="banner"]')?.shadowRoot?.querySelector('[data-right-account="countdown"]') ?? null;
  afterEach(() => guard.stop());

  it('shows the countdown (status, reason, Undo), then publishes once and journals it as delayed', () => {
    const { published, publish } = page();
    publish.click();
    expect(published).toEqual([]);
    expect(countdown()?.querySelector('[role="status"]')?.textContent).toBe('Publishing as @boulangerie_dupont, a protected account. Undo or Escape to keep the draft.');
    expect([...countdown()!.querySelectorAll('[data-reason]')].map((e) => e.getAttribute('data-reason'))).toEqual(['protected-account']);
    // A second click meanwhile publishes nothing more.
    publish.click();
    vi.advanceTimersByTime(3000);
    expect(published).toEqual(['Bonjour']);
    vi.advanceTimersByTime(10_000);
    expect(published).toEqual(['Bonjour']);
    expect(journal.map((e) => e.outcome)).toEqual(['delayed']);
    expect(countdown()).toBeNull();
  });

  it('Undo keeps the draft and publishes nothing', () => {
    const { published, publish } = page();
    publish.click();
    countdown()!.querySelector<HTMLElement>('[data-action="undo"]')!.click();
    vi.advanceTimersByTime(10_000);
    expect(published).toEqual([]);
    expect(journal.map((e) => e.outcome)).toEqual(['cancelled']);
    expect(document.querySelector('.editor')!.textContent).toBe('Bonjour');
  });
});

describe('the banner layer when the frame cannot be put in the page', () => {
  it('shows the plain fallback banner instead (built-in words, a closed root), which still asks', () => {
    document.body.innerHTML = '<div class="composer"><div class="editor" contenteditable="true"></div></div>';
    const composer = document.querySelector('.composer')!;
    const layer = createBannerLayer(document, 'chrome-extension://abc/in-page.html?ui=banner');
    const attach = vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementationOnce(() => {
      throw new DOMException('Not supported', 'NotSupportedError');
    });
    const answers = { onCancel: vi.fn(), onConfirm: vi.fn() };
    const open = layer.open(composer, { ...view, level: 'mistake' }, answers);
    attach.mockRestore();
    expect(open.host.getAttribute('data-right-account')).toBe('banner-fallback');
    expect(open.host.shadowRoot).toBeNull(); // closed
    open.close();
    expect(document.querySelector('[data-right-account="banner-fallback"]')).toBeNull();
    layer.stop();
  });
});
