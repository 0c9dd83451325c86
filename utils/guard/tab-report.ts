/**
 * Tells the background who this tab publishes as, for the toolbar badge: when it changes, every two seconds while the
 * tab is visible (an SPA can switch account without any event here), and when a pause or the settings change.
 */
import { browser } from 'wxt/browser';
import type { PageHealth, Platform } from '../types';
import { reportedIdentity, type TabReport } from '../messaging/protocol';
import { askBackground } from '../messaging/client';
import { STORAGE_KEYS } from '../settings/storage-keys';
import { guardOffEnd } from '../rules/status';
import type { GuardReading } from './identity';
import type { SettingsSource } from './guard';
import type { Lifecycle } from './lifecycle';

/** How often the identity is re-read for the badge while the tab is visible (an SPA can switch account). */
const IDENTITY_POLL_MS = 2000;

export interface TabReportsEnv {
  platform: Platform;
  settings: SettingsSource;
  lifecycle: Lifecycle;
  reading(): GuardReading;
  /** The page's health (./health.ts), reported with the identity so that the badge can say "degraded". */
  health?(): PageHealth;
}

export function startTabReports({ platform, settings, lifecycle, reading, health }: TabReportsEnv): { report(force?: boolean): void } {
  let last = '';
  function report(force = false) {
    if (!lifecycle.alive()) return lifecycle.cutOff(false);
    if (!settings.current()) return;
    const { identity, problem } = reading();
    const pageHealth = health?.();
    const next: TabReport = {
      platform,
      identity: identity && reportedIdentity(identity),
      ...(problem ? { problem } : {}),
      ...(pageHealth && pageHealth.state !== 'ok' ? { health: pageHealth } : {}),
    };
    const key = JSON.stringify(next);
    if (key === last && !force) return;
    last = key;
    void askBackground({ type: 'tab/report', report: next }).catch(() => undefined);
  }
  // When a pause ends, the badge must say so even though this tab's identity did not change: for a pause set while this
  // page was open, and for one that was already running when it loaded.
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  function schedulePauseEnd() {
    clearTimeout(pauseTimer);
    // The end of a timed switch-off too: the badge stops saying "off" when the guard turns itself back on.
    const current = settings.current();
    const ends = [settings.pausedUntil(platform), current ? guardOffEnd(current, Date.now()) : null].filter((t): t is number => !!t && t > Date.now());
    if (ends.length) pauseTimer = setTimeout(() => report(true), Math.min(...ends) - Date.now() + 50);
  }
  void settings.ready.then(() => {
    report();
    schedulePauseEnd();
  });
  // Reading the identity is a handful of selector lookups: cheap enough every two seconds, and only when visible.
  const poll = setInterval(() => document.visibilityState === 'visible' && report(), IDENTITY_POLL_MS);
  const onVisible = () => report();
  document.addEventListener('visibilitychange', onVisible);
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(STORAGE_KEYS.pauses in changes || STORAGE_KEYS.guardSnapshot in changes)) return;
    report(true);
    schedulePauseEnd();
  };
  browser.storage.onChanged.addListener(onStorage);
  lifecycle.onStop(() => {
    clearInterval(poll);
    clearTimeout(pauseTimer);
    document.removeEventListener('visibilitychange', onVisible);
    browser.storage.onChanged.removeListener(onStorage);
  });
  return { report };
}
