/**
 * State of the popup: the active tab's guard status (asked from the tab's content script), pauses, recent journal, and
 * what the user asked of the page: "Check this page" (`tab/check`) and "Report a broken page" (`tab/skeleton`). Those two
 * are kept across reloads of the rest (a journal entry reloads the popup's state while the user reviews a skeleton).
 */
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import type { Pauses, Platform, Settings } from '../types';
import type { JournalEntry, PageCheck, PageSkeleton, TabStatus } from '../messaging/protocol';
import { askBackground, askTab } from '../messaging/client';

/** "Check this page", as the popup shows it. */
export type CheckState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; check: PageCheck };
/** "Report a broken page": the skeleton under review, and the file it was saved as. */
export type ReportState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; skeleton: PageSkeleton; saved?: string };

export type TabState = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'no-content-script' } | { kind: 'guarded'; status: TabStatus };

/** How long the popup's pause button pauses the guard on a site. */
export const POPUP_PAUSE_MINUTES = 15;

interface PopupState {
  tab: TabState;
  tabId: number | null;
  settings: Settings | null;
  pauses: Pauses;
  journal: JournalEntry[] | null;
  check: CheckState;
  report: ReportState;
  load(): Promise<void>;
  checkPage(): Promise<void>;
  reportPage(): Promise<void>;
  closeReport(): void;
  /** The reviewed skeleton was saved under this name. */
  reportSaved(fileName: string): void;
  setGuardEnabled(enabled: boolean): Promise<void>;
  setIntended(accountId: string | null): Promise<void>;
  pause(platform: Platform): Promise<void>;
  resume(platform: Platform): Promise<void>;
}

/**
 * The tab the popup is about. Normally the active tab of the popup's window. For end-to-end tests, which cannot open
 * a real popup over a site tab, `popup.html?tab=<id>` names the tab, but only when the popup page is itself open in a
 * tab (`tabs.getCurrent()` is defined then, undefined in a real popup): the real popup always shows the active tab.
 */
async function targetTab(search: string): Promise<{ id?: number; url?: string } | undefined> {
  const forced = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(forced) && forced > 0 && (await browser.tabs.getCurrent().catch(() => undefined))) {
    return browser.tabs.get(forced).catch(() => undefined);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

export const usePopupStore = create<PopupState>((set, get) => ({
  tab: { kind: 'loading' },
  tabId: null,
  settings: null,
  pauses: {},
  journal: null,
  check: { kind: 'idle' },
  report: { kind: 'idle' },
  async checkPage() {
    const { tabId } = get();
    if (tabId === null) return;
    set({ check: { kind: 'loading' } });
    const check = await askTab(tabId, { type: 'tab/check' }).catch(() => undefined);
    set({ check: check && Array.isArray(check.hooks) ? { kind: 'ready', check } : { kind: 'failed' } });
  },
  async reportPage() {
    const { tabId } = get();
    if (tabId === null) return;
    set({ report: { kind: 'loading' } });
    const skeleton = await askTab(tabId, { type: 'tab/skeleton' }).catch(() => undefined);
    set({ report: skeleton && typeof skeleton.html === 'string' ? { kind: 'ready', skeleton } : { kind: 'failed' } });
  },
  closeReport() {
    set({ report: { kind: 'idle' } });
  },
  reportSaved(fileName) {
    const { report } = get();
    if (report.kind === 'ready') set({ report: { ...report, saved: fileName } });
  },
  async load() {
    const [settings, pauses, journal] = await Promise.all([
      askBackground({ type: 'settings/get' }),
      askBackground({ type: 'pause/get' }),
      askBackground({ type: 'journal/list' }),
    ]);
    set({ settings, pauses, journal });
    const tab = await targetTab(globalThis.location?.search ?? '');
    if (tab?.id === undefined) return set({ tab: { kind: 'unsupported' } });
    set({ tabId: tab.id });
    try {
      set({ tab: { kind: 'guarded', status: await askTab(tab.id, { type: 'tab/status' }) } });
    } catch {
      // No content script answered: either not one of the four sites, or a tab opened before the extension.
      const url = tab.url ?? '';
      set({ tab: { kind: /^https:\/\/([a-z]+\.)?(x|twitter|facebook|linkedin|instagram)\.com\//.test(url) ? 'no-content-script' : 'unsupported' } });
    }
  },
  async setIntended(accountId) {
    const { tabId } = get();
    if (tabId === null) return;
    await askBackground({ type: 'tab/set-intended', tabId, accountId });
    await get().load();
  },
  async setGuardEnabled(enabled) {
    set({ settings: await askBackground({ type: 'settings/set-guard-enabled', enabled }) });
    await get().load();
  },
  async pause(platform) {
    set({ pauses: await askBackground({ type: 'pause/set', platform, minutes: POPUP_PAUSE_MINUTES }) });
    await get().load();
  },
  async resume(platform) {
    set({ pauses: await askBackground({ type: 'pause/set', platform, minutes: null }) });
    await get().load();
  },
}));
