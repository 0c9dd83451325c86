/**
 * Wires the guard to the browser: settings snapshot, journal messages, translations in the user's language, the
 * popup's status query, the identity reports that draw the toolbar badge, and the identity ribbon on the focused
 * composer.
 */
import { browser } from 'wxt/browser';
import type { PlatformAdapter } from '../platforms/adapter';
import type { Translate } from '../i18n';
import { parseContentRequest, reportedIdentity, type TabReport, type TabStatus } from '../messaging/protocol';
import { askBackground } from '../messaging/client';
import { guardStatus, type GuardStatus } from '../rules/status';
import type { Platform } from '../types';
import { contentTranslator } from '../i18n-content';
import { startGuard } from './guard';
import { startRibbon } from './ribbon';
import { watchSettings } from './settings-source';
import { STORAGE_KEYS } from '../settings/storage-keys';

/** How often the identity is re-read for the badge while the tab is visible (an SPA can switch account). */
const IDENTITY_POLL_MS = 2000;

export function runGuard(adapter: PlatformAdapter) {
  const settings = watchSettings();
  // The account the user said this tab is for (popup). Kept here because the guard decides synchronously.
  let intended: string | null = null;
  void askBackground({ type: 'tab/get-intended' })
    .then((r) => (intended = r?.accountId ?? null))
    .catch(() => undefined);
  // The user's language choice, read at each use so that a change in the options applies at once. Content scripts
  // bundle no catalogue: another language than the browser's is asked once from the background (see i18n-content).
  const t: Translate = contentTranslator(() => settings.current()?.language ?? 'auto');
  // Ask for that catalogue as soon as the choice is known, so that the first ribbon or banner is already in it.
  void settings.ready.then(() => t('ribbon_publishing_as'));
  const ribbon = startRibbon(adapter, { win: window, settings, t });
  const guard = startGuard(adapter, {
    win: window,
    settings,
    intendedAccountId: () => intended,
    record: (entry) => void askBackground({ type: 'journal/record', entry }).catch(() => undefined),
    t,
    onIdentitySeen: (composer) => {
      reportIdentity();
      ribbon.seen(composer);
    },
  });

  // ---------- the badge: tell the background who this tab is, when it changes ----------
  let lastReport = '';
  function reportIdentity(force = false) {
    if (!settings.current()) return;
    const { identity, problem } = guard.status();
    const report: TabReport = { platform: adapter.platform, identity: identity && reportedIdentity(identity), ...(problem ? { problem } : {}) };
    const key = JSON.stringify(report);
    if (key === lastReport && !force) return;
    lastReport = key;
    void askBackground({ type: 'tab/report', report }).catch(() => undefined);
  }
  void settings.ready.then(() => {
    reportIdentity();
    schedulePauseEnd();
  });
  // Reading the identity is a handful of selector lookups: cheap enough every two seconds, and only when visible.
  setInterval(() => document.visibilityState === 'visible' && reportIdentity(), IDENTITY_POLL_MS);
  document.addEventListener('visibilitychange', () => reportIdentity());
  // When a pause ends, the badge must say so even though this tab's identity did not change: for a pause set
  // while this page was open, and for one that was already running when it loaded.
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  function schedulePauseEnd() {
    clearTimeout(pauseTimer);
    const until = settings.pausedUntil(adapter.platform);
    if (until && until > Date.now()) pauseTimer = setTimeout(() => reportIdentity(true), until - Date.now() + 50);
  }
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(STORAGE_KEYS.pauses in changes || STORAGE_KEYS.settings in changes)) return;
    reportIdentity(true);
    schedulePauseEnd();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own extension talks to us (runtime messages never come from web pages).
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    if (request.type === 'tab/intended-changed') {
      intended = request.accountId;
      return Promise.resolve({ ok: true });
    }
    const { settings: current, ...reading } = guard.status();
    return Promise.resolve(tabStatus(guardStatus(current, adapter.platform, reading, settings.pausedUntil(adapter.platform), Date.now()), adapter.platform, intended));
  });
}

/** The popup's view of this tab, from the tab's guard status. */
function tabStatus(status: GuardStatus, platform: Platform, intendedAccountId: string | null): TabStatus {
  return {
    platform,
    identity: status.identity,
    ...(status.problem ? { problem: status.problem } : {}),
    accountId: status.account?.id ?? null,
    platformConfigured: status.accounts.length > 0,
    guardEnabled: status.guard !== 'off',
    intendedAccountId,
    pausedUntil: status.pausedUntil,
  };
}
