/**
 * The first content script (utils/guard/net.ts): at document_start it only listens, before the page's listeners; a
 * publish a person makes before the guard is there is stopped and held for it, and decided once it attaches; if the
 * guard never comes, nothing is sent unchecked and the page says so.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testSettings } from '../test-settings';
import type { PlatformAdapter, PublishGesture } from '../../../utils/platforms/adapter';
import { startNet, takeNet, type Net, type NetEnv } from '../../../utils/guard/net';
import { startGuard, type Guard, type SettingsSource } from '../../../utils/guard/guard';
import { NOTICE_HOST } from '../../../utils/guard/notice';
import { LIVE_MARK } from '../../../utils/guard/lifecycle';
import { translatorFor } from '../../../utils/i18n';
import { fakeBannerLayer, trustedClick } from './fake-surfaces';
import en from '../../../public/_locales/en/messages.json';

const settings = testSettings({
  accounts: [{ id: 'x:marie', platform: 'x', handle: 'marie', kind: 'personal', protected: false, ownWords: [] }],
  wordLists: [{ id: 'risky', name: 'Risky', words: ['concurrent'], appliesTo: ['brand', 'personal'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] }],
});
const loaded: SettingsSource = { current: () => settings, ready: Promise.resolve(settings), pausedUntil: () => null };

/** A page whose app publishes on a bubbling click of its button, and likes on another. */
function buildPage() {
  document.body.innerHTML = `
    <div id="app">
      <div class="composer"><div class="editor" contenteditable="true"></div><button class="publish">Post</button></div>
      <div class="composer" id="reply"><div class="editor" contenteditable="true"></div><button class="publish">Reply</button></div>
      <button class="like">Like</button>
    </div>`;
  const published: string[] = [];
  const liked: number[] = [];
  document.getElementById('app')!.addEventListener('click', (e) => {
    const target = e.target as Element;
    const publish = target.closest('.publish');
    if (publish) published.push(publish.parentElement!.querySelector('.editor')!.textContent ?? '');
    if (target.closest('.like')) liked.push(1);
  });
  const reply = document.getElementById('reply')!;
  return {
    published,
    liked,
    editor: document.querySelector<HTMLElement>('.editor')!,
    publish: document.querySelector<HTMLElement>('.publish')!,
    replyEditor: reply.querySelector<HTMLElement>('.editor')!,
    replyPublish: reply.querySelector<HTMLElement>('.publish')!,
    like: document.querySelector<HTMLElement>('.like')!,
  };
}

const adapter: PlatformAdapter = {
  platform: 'x',
  classify(event, path) {
    const target = path[0] as Element;
    if (event.type !== 'click' || !target.closest?.('.publish')) return null;
    return { kind: 'click', composer: target.closest('.composer')!, control: target.closest('.publish') as HTMLElement, surface: 'post' } satisfies PublishGesture;
  },
  composerOf: (path) => (path[0] as Element).closest?.('.composer') ?? null,
  readIdentity: () => ({ identity: { platform: 'x', handle: 'marie', source: 'fake' } }),
  readDraft: (composer) => composer.querySelector('.editor')?.textContent ?? '',
  editorOf: (composer) => composer.querySelector('.editor'),
  publishControlOf: (composer) => composer.querySelector('.publish'),
};


let nets: Net[] = [];
let guard: Guard | undefined;
const notify = vi.fn();
const net = (guardWaitMs?: number) => {
  const started = startNet(adapter, { win: window, connected: () => true, notify, ...(guardWaitMs ? { guardWaitMs } : {}) });
  nets.push(started);
  return started;
};
const attachGuard = (to: Net) => {
  guard = startGuard(to.adapter, { win: window, net: to, settings: loaded, intendedAccountId: () => null, record: () => undefined, banners: fakeBannerLayer(translatorFor(en)) });
};
/** A net whose extension an update can take away (`update()`): from then on this copy is cut off. */
function updatableNet(options: Pick<NetEnv, 'notify'> = {}) {
  let connected = true;
  const n = startNet(adapter, { win: window, connected: () => connected, ...options });
  nets.push(n);
  return { n, update: () => void (connected = false) };
}
const bannerShown = () => !!document.querySelector('[data-right-account="banner"]');

afterEach(() => {
  guard?.stop();
  guard = undefined;
  // A net stopped with a publish held looks for a fresh copy for a while: on fake timers, dropped with the test.
  vi.useFakeTimers();
  nets.splice(0).forEach((n) => n.lifecycle.stop());
  vi.clearAllTimers();
  notify.mockReset();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the net, before the guard is there', () => {
  it('stops a person’s publish before any listener of the page, holds it, and lets everything else through', () => {
    const page = buildPage();
    net();
    // Registered after the net, on window, in the capture phase: the earliest a page can be.
    const seenByPage = vi.fn();
    window.addEventListener('click', seenByPage, true);
    page.editor.textContent = 'Un concurrent';
    const event = trustedClick(page.publish);
    expect(event.defaultPrevented).toBe(true);
    expect(seenByPage).not.toHaveBeenCalled();
    expect(page.published).toEqual([]);
    // Not a publish: untouched.
    trustedClick(page.like);
    expect(page.liked).toEqual([1]);
    window.removeEventListener('click', seenByPage, true);
  });

  it('a page script’s publish is none of its business: it goes through untouched', () => {
    const page = buildPage();
    net();
    page.editor.textContent = 'Script';
    page.publish.click();
    expect(page.published).toEqual(['Script']);
  });

  it('hands the held publish to the guard, which decides it: a harmless one is sent once', async () => {
    const page = buildPage();
    const n = net();
    page.editor.textContent = 'Bonne journée';
    trustedClick(page.publish);
    // Another publish meanwhile is stopped too, and is not the one held: one decision at a time.
    page.replyEditor.textContent = 'Merci !';
    expect(trustedClick(page.replyPublish).defaultPrevented).toBe(true);
    expect(page.published).toEqual([]);
    attachGuard(n);
    await vi.waitFor(() => expect(page.published).toEqual(['Bonne journée']));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(page.published).toEqual(['Bonne journée']);
    expect(bannerShown()).toBe(false);
  });

  it('a risky held publish asks, as any other', async () => {
    const page = buildPage();
    const n = net();
    page.editor.textContent = 'Chez le concurrent';
    trustedClick(page.publish);
    attachGuard(n);
    await vi.waitFor(() => expect(bannerShown()).toBe(true));
    expect(page.published).toEqual([]);
  });

  it('once the guard is attached, every event is the guard’s; once detached, none reaches it', () => {
    const page = buildPage();
    const n = net();
    const onEvent = vi.fn();
    const { held, detach } = n.attach({ onEvent, onFocusIn: () => undefined });
    expect(held).toBeNull();
    trustedClick(page.like);
    expect(onEvent).toHaveBeenCalledTimes(1);
    detach();
    trustedClick(page.like);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it('if the guard never comes: the held publish is not sent, the page says so (not sent, not protected), and the net steps aside', () => {
    vi.useFakeTimers();
    const page = buildPage();
    const n = net(1000);
    page.editor.textContent = 'Sans garde';
    trustedClick(page.publish);
    // While the page is still loading, the guard may still come: no word yet.
    let readyState: DocumentReadyState = 'loading';
    Object.defineProperty(document, 'readyState', { get: () => readyState, configurable: true });
    vi.advanceTimersByTime(5000);
    expect(notify).not.toHaveBeenCalled();
    readyState = 'complete';
    vi.advanceTimersByTime(999);
    expect(notify).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(notify).toHaveBeenCalledExactlyOnceWith(document, 'not-started');
    delete (document as unknown as Record<string, unknown>).readyState;
    expect(page.published).toEqual([]);
    expect(n.lifecycle.alive()).toBe(false);
    // The user sends it again: the tab is not protected, and said so.
    trustedClick(page.publish);
    expect(page.published).toEqual(['Sans garde']);
  });

  it('nothing to say when nothing was held', () => {
    vi.useFakeTimers();
    buildPage();
    net(1000);
    vi.advanceTimersByTime(10_000);
    expect(notify).not.toHaveBeenCalled();
  });

  it('the real notice says the post was not sent, in the page’s own words', () => {
    vi.useFakeTimers();
    const page = buildPage();
    nets.push(startNet(adapter, { win: window, connected: () => true, guardWaitMs: 1000 }));
    page.editor.textContent = 'Sans garde';
    trustedClick(page.publish);
    vi.advanceTimersByTime(1000);
    expect(document.querySelector(NOTICE_HOST)).not.toBeNull();
  });
});

describe('the net cut off from the extension (an update)', () => {
  it('a fresh copy takes over while a publish is held for the guard: it is not sent, the page says so once, and the new net holds the next one', async () => {
    const page = buildPage();
    const old = net();
    page.editor.textContent = 'Pendant la mise à jour';
    trustedClick(page.publish);
    expect(notify).not.toHaveBeenCalled();
    const fresh = net();
    expect(old.lifecycle.alive()).toBe(false);
    await vi.waitFor(() => expect(notify).toHaveBeenCalledExactlyOnceWith(document, 'interrupted'));
    expect(page.published).toEqual([]);
    // Sent again: the fresh net holds it for its own guard, which decides it.
    trustedClick(page.publish);
    expect(page.published).toEqual([]);
    attachGuard(fresh);
    await vi.waitFor(() => expect(page.published).toEqual(['Pendant la mise à jour']));
    expect(notify).toHaveBeenCalledTimes(1);
  });

  // A copy injected after an update runs in a world of its own: nothing wakes the old one but its own looks.
  function holdingAPublish() {
    vi.useFakeTimers();
    const page = buildPage();
    const { n, update } = updatableNet({ notify });
    page.editor.textContent = 'Pendant la mise à jour';
    trustedClick(page.publish);
    return { page, n, update };
  }
  function cutOffWhileHolding() {
    const { page, n, update } = holdingAPublish();
    vi.advanceTimersByTime(1000);
    expect(notify).not.toHaveBeenCalled();
    update();
    vi.advanceTimersByTime(250);
    expect(n.lifecycle.alive()).toBe(false);
    return page;
  }

  it('cut off while a publish is held, and a fresh copy comes: the post was not sent, send it again', () => {
    const page = cutOffWhileHolding();
    // The background injects the fresh copy a moment later; it marks the document.
    vi.advanceTimersByTime(1000);
    expect(notify).not.toHaveBeenCalled();
    document.documentElement.setAttribute(LIVE_MARK, 'a-fresh-copy');
    vi.advanceTimersByTime(250);
    expect(notify).toHaveBeenCalledExactlyOnceWith(document, 'interrupted');
    // Never the "could not start" notice on top, later.
    vi.advanceTimersByTime(60_000);
    expect(notify).toHaveBeenCalledTimes(1);
    expect(page.published).toEqual([]);
  });

  it('cut off while a publish is held, and no fresh copy comes: the post was not sent, and the tab is not protected', () => {
    const page = cutOffWhileHolding();
    vi.advanceTimersByTime(2999);
    expect(notify).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(notify).toHaveBeenCalledExactlyOnceWith(document, 'interrupted-unprotected');
    vi.advanceTimersByTime(60_000);
    expect(notify).toHaveBeenCalledTimes(1);
    // Nothing of ours stops it any more: sent again, it goes out unchecked, as the notice said.
    trustedClick(page.publish);
    expect(page.published).toEqual(['Pendant la mise à jour']);
  });

  it('cut off while a publish is held, and the user sends again before anyone says anything: it went out unchecked, and that is what the page says', () => {
    const page = cutOffWhileHolding();
    trustedClick(page.publish);
    expect(page.published).toEqual(['Pendant la mise à jour']);
    expect(notify).toHaveBeenCalledExactlyOnceWith(document, 'cut-off');
    vi.advanceTimersByTime(60_000);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('… and if a fresh copy is there by then, it guards that publish, and nothing is said about the earlier one', () => {
    const page = cutOffWhileHolding();
    document.documentElement.setAttribute(LIVE_MARK, 'a-fresh-copy');
    // A page script's click is not the user sending again.
    page.publish.click();
    trustedClick(page.like);
    trustedClick(page.publish);
    vi.advanceTimersByTime(60_000);
    expect(notify).not.toHaveBeenCalled();
  });

  it('cut off with a publish held, found out on a new publish: one notice, the one that says this publish went unchecked', () => {
    const { page, update } = holdingAPublish();
    update();
    trustedClick(page.publish);
    expect(page.published).toEqual(['Pendant la mise à jour']);
    // The lifecycle's notice ("went through unchecked"), and never "not sent" about the same draft.
    expect(document.querySelectorAll(NOTICE_HOST)).toHaveLength(1);
    vi.advanceTimersByTime(10_000);
    expect(notify).not.toHaveBeenCalled();
  });

  it('steps aside, with its guard: a publish goes through untouched; nothing is told for a click that is not one', () => {
    const page = buildPage();
    const { n, update } = updatableNet();
    attachGuard(n);
    update();
    trustedClick(page.like);
    expect(document.querySelector(NOTICE_HOST)).toBeNull();
    expect(n.lifecycle.alive()).toBe(false);
    page.editor.textContent = 'Un concurrent';
    trustedClick(page.publish);
    expect(page.published).toEqual(['Un concurrent']);
    expect(bannerShown()).toBe(false);
    // The guard went with the net: nothing of ours hears the page any more.
    trustedClick(page.publish);
    expect(page.published).toEqual(['Un concurrent', 'Un concurrent']);
  });

  it('cut off on a publish with nobody to take over: the page says so', () => {
    const page = buildPage();
    const { n, update } = updatableNet();
    attachGuard(n);
    update();
    page.editor.textContent = 'Un concurrent';
    trustedClick(page.publish);
    expect(page.published).toEqual(['Un concurrent']);
    expect(document.querySelector(NOTICE_HOST)).not.toBeNull();
  });
});

describe('takeNet', () => {
  it('gives the guard its platform’s net, only while it speaks for the extension and no guard took it; a fresh copy takes over', () => {
    const first = net();
    expect(takeNet('x')).toBe(first);
    expect(takeNet('facebook')).toBeNull();
    // One guard per net: a second (declared and injected scripts in one tab during an update) would decide twice.
    const { detach } = first.attach({ onEvent: () => undefined, onFocusIn: () => undefined });
    expect(takeNet('x')).toBeNull();
    detach();
    expect(takeNet('x')).toBe(first);
    const second = net();
    expect(first.lifecycle.alive()).toBe(false);
    expect(takeNet('x')).toBe(second);
    second.lifecycle.stop();
    expect(takeNet('x')).toBeNull();
  });

  it('a net cut off from the extension is not handed out', () => {
    const cut = startNet(adapter, { win: window, connected: () => false });
    nets.push(cut);
    expect(takeNet('x')).toBeNull();
  });
});
