/**
 * State of the popup: the active tab's guard status (asked from the tab's content script), pauses, recent journal, and
 * what the user asked of the page: "Check this page" (`tab/check`) and "Report a broken page" (`tab/skeleton`). Those two
 * are kept across reloads of the rest (a journal entry reloads the popup's state while the user reviews a skeleton).
 */
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import type { Pauses, Platform, SensitivePeriod, Settings } from '../types';
import type { ContentRequest, ContentResponses, JournalItem, PageCheck, PageSkeleton, StorageStatus, TabStatus } from '../messaging/protocol';
import { askBackground, askTab } from '../messaging/client';
import { isGuardedSite } from '../platforms/sites';
import type { ProfileAlarms } from '../rules/takeover';

/** "Check this page", as the popup shows it. */
export type CheckState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; check: PageCheck };
/** "Report a broken page": the skeleton under review, and the file it was saved as. */
export type ReportState = { kind: 'idle' } | { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; skeleton: PageSkeleton; saved?: string };
import { effectiveSettings, maxPauseMinutes, type TeamPolicy } from '../settings/policy';

export type TabState = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'no-content-script' } | { kind: 'guarded'; status: TabStatus };

/** How long the popup's pause button pauses the guard on a site. */
export const POPUP_PAUSE_MINUTES = 15;

/** A change the popup asked for that was not made, and why (utils/messaging/protocol.ts WriteError, or no-answer). */
export interface PopupError {
  action: 'guard' | 'pause' | 'intended' | 'profile' | 'sensitive';
  error: string;
}

interface PopupState {
  tab: TabState;
  tabId: number | null;
  /** The settings the guard uses: the user's merged with the team policy (utils/settings/policy.ts). */
  settings: Settings | null;
  /** The team policy in force, null when there is none: what it sets shows locked. */
  policy: TeamPolicy | null;
  pauses: Pauses;
  journal: JournalItem[] | null;
  /** Whether the settings can be trusted and the journal records; null until known. */
  storage: StorageStatus | null;
  /** The last change that failed, shown until the next change. */
  error: PopupError | null;
  /** The takeover alarms raised. */
  profileAlarms: ProfileAlarms;
  acceptProfile(accountId: string): Promise<void>;
  /** The sensitive period running, if any. */
  sensitive: SensitivePeriod | null;
  setSensitive(until: number | null, note: string): Promise<void>;
  check: CheckState;
  report: ReportState;
  load(): Promise<void>;
  checkPage(): Promise<void>;
  reportPage(): Promise<void>;
  closeReport(): void;
  /** The reviewed skeleton was saved under this name. */
  reportSaved(fileName: string): void;
  /** On, or off until a time (ms since epoch) or, with null, until the user turns it back on. */
  setGuard(enabled: boolean, until: number | null): Promise<void>;
  setIntended(accountId: string | null): Promise<void>;
  pause(platform: Platform): Promise<void>;
  resume(platform: Platform): Promise<void>;
  setPause(platform: Platform, minutes: number | null): Promise<void>;
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

/** While the tab is still loading, its content scripts may not be there yet: asked again this often, for this long. */
const LOADING_RETRY_MS = 250;
const LOADING_RETRIES = 40;


/**
 * Asks the tab's content scripts. A page of the four sites still loading has its first script from the start, but the
 * guard only once the document is parsed and the page's health once it is idle (utils/guard/net.ts): while such a tab
 * says it is loading, a question nobody answered yet (no script listening, or none whose question it is: an empty
 * answer) is asked again, for up to 10 seconds, rather than reading as "no protection here". Rejects when unanswered.
 */
async function askLoadingTab<R extends ContentRequest>(tabId: number, request: R): Promise<ContentResponses[R['type']]> {
  for (let attempt = 0; ; attempt++) {
    const answer = await askTab(tabId, request).then(
      (response) => ({ response }),
      (error: unknown) => ({ error }),
    );
    if ('response' in answer && answer.response !== undefined) return answer.response;
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab || tab.status !== 'loading' || !isGuardedSite(tab.url) || attempt >= LOADING_RETRIES) {
      throw 'error' in answer ? answer.error : new Error(`${request.type}: no answer`);
    }
    await new Promise((resolve) => setTimeout(resolve, LOADING_RETRY_MS));
  }
}

/**
 * Answers arrive out of order: a slow answer to an earlier question must never overwrite a later one.
 * - Each load, and each choice of intended account, takes the next `generation`; a load applies what it learnt only
 *   if nothing was started after it (a later load, or a later choice, which brings its own load).
 * - While a choice is on its way to the background, `pending` holds it: a load that answers meanwhile shows the choice,
 *   not the tab's older value. Only the last choice (`choices`) clears it and loads when its answer comes.
 */
let generation = 0;
let choices = 0;
let pending: { accountId: string | null } | null = null;

export const usePopupStore = create<PopupState>((set, get) => ({
  tab: { kind: 'loading' },
  tabId: null,
  settings: null,
  policy: null,
  pauses: {},
  journal: null,
  storage: null,
  error: null,
  sensitive: null,
  profileAlarms: {},
  async acceptProfile(accountId) {
    set({ error: null });
    const result = await askBackground({ type: 'profiles/accept', accountId }).catch(() => undefined);
    if (!result?.ok) set({ error: { action: 'profile', error: result ? result.error : 'no-answer' } });
    await get().load();
  },
  async setSensitive(until, note) {
    set({ error: null });
    const result = await askBackground({ type: 'sensitive/set', until, note }).catch(() => undefined);
    if (result?.ok) set({ sensitive: result.period });
    else set({ error: { action: 'sensitive', error: result ? result.error : 'no-answer' } });
    await get().load();
  },
  check: { kind: 'idle' },
  report: { kind: 'idle' },
  async checkPage() {
    const { tabId } = get();
    if (tabId === null) return;
    set({ check: { kind: 'loading' } });
    const check = await askLoadingTab(tabId, { type: 'tab/check' }).catch(() => undefined);
    set({ check: check && Array.isArray(check.hooks) ? { kind: 'ready', check } : { kind: 'failed' } });
  },
  async reportPage() {
    const { tabId } = get();
    if (tabId === null) return;
    set({ report: { kind: 'loading' } });
    const skeleton = await askLoadingTab(tabId, { type: 'tab/skeleton' }).catch(() => undefined);
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
    const mine = ++generation;
    const current = () => mine === generation;
    const [user, pauses, journal, storage, policyStatus, sensitive, profileAlarms] = await Promise.all([
      askBackground({ type: 'settings/get' }),
      askBackground({ type: 'pause/get' }),
      askBackground({ type: 'journal/list' }),
      askBackground({ type: 'storage/status' }).catch(() => null),
      askBackground({ type: 'policy/get' }).catch(() => null),
      askBackground({ type: 'sensitive/get' }).catch(() => null),
      askBackground({ type: 'profiles/alarms' }).catch(() => ({})),
    ]);
    if (!current()) return;
    const policy = policyStatus?.policy ?? null;
    set({ settings: user ? effectiveSettings(user, policy) : user, policy, pauses, journal, storage: storage ?? null, sensitive: sensitive ?? null, profileAlarms: profileAlarms ?? {} });
    const tab = await targetTab(globalThis.location?.search ?? '');
    if (!current()) return;
    if (tab?.id === undefined) return set({ tab: { kind: 'unsupported' } });
    set({ tabId: tab.id });
    let state: TabState;
    try {
      state = { kind: 'guarded', status: await askLoadingTab(tab.id, { type: 'tab/status' }) };
    } catch {
      // No content script answered: either not one of the four sites, or a tab opened before the extension.
      const url = tab.url ?? '';
      state = { kind: isGuardedSite(url) ? 'no-content-script' : 'unsupported' };
    }
    if (pending && state.kind === 'guarded') state = { kind: 'guarded', status: { ...state.status, intendedAccountId: pending.accountId } };
    if (current()) set({ tab: state });
  },
  async setIntended(accountId) {
    const { tabId, tab } = get();
    if (tabId === null) return;
    // This choice is now the newest thing the popup knows: loads already under way are stale, and the picker shows it
    // at once, whatever answers are still to come.
    const mine = ++choices;
    generation++;
    pending = { accountId };
    set({ error: null, ...(tab.kind === 'guarded' ? { tab: { kind: 'guarded', status: { ...tab.status, intendedAccountId: accountId } } } : {}) });
    const result = await askBackground({ type: 'tab/set-intended', tabId, accountId }).catch(() => undefined);
    // A later choice was made meanwhile: its own answer and load will tell.
    if (mine !== choices) return;
    pending = null;
    if (!result?.ok) set({ error: { action: 'intended', error: result ? result.error : 'no-answer' } });
    await get().load();
  },
  async setGuard(enabled, until) {
    set({ error: null });
    const result = await askBackground({ type: 'settings/set-guard-enabled', enabled, ...(enabled ? {} : { until }) }).catch(() => undefined);
    if (result?.ok) set({ settings: effectiveSettings(result.settings, get().policy) });
    else set({ error: { action: 'guard', error: result ? result.error : 'no-answer' } });
    await get().load();
  },
  async pause(platform) {
    // No longer than the team policy allows (with none allowed, the background refuses and the popup says why).
    await get().setPause(platform, Math.min(POPUP_PAUSE_MINUTES, maxPauseMinutes(get().policy)) || POPUP_PAUSE_MINUTES);
  },
  async resume(platform) {
    await get().setPause(platform, null);
  },
  async setPause(platform, minutes) {
    set({ error: null });
    const result = await askBackground({ type: 'pause/set', platform, minutes }).catch(() => undefined);
    if (result?.ok) set({ pauses: result.pauses });
    else set({ error: { action: 'pause', error: result ? result.error : 'no-answer' } });
    await get().load();
  },
}));
