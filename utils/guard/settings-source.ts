/**
 * The content script's read-only settings snapshot: read once from storage.local at start, kept fresh with
 * storage.onChanged. Content scripts never write settings (the background is the only writer). What cannot be read
 * never makes the guard allow more: an unreadable record, a platform whose accounts were set aside, or a storage that
 * cannot be read at all make every publish there ask first (utils/settings/health.ts). The team policy the background
 * keeps beside the settings (`policy`) is merged in here, once per change, so that each decision stays synchronous
 * (utils/settings/policy.ts).
 */
import { browser } from 'wxt/browser';
import type { Pauses, Settings } from '../types';
import { parsePauses } from '../messaging/protocol';
import { askFirstReason, guardSettingsView, type SettingsHealth } from '../settings/health';
import { defaultSettings } from '../settings/defaults';
import { withStoredPolicy } from '../settings/policy';
import { STORAGE_KEYS } from '../settings/storage-keys';
import { parseSensitivePeriod } from '../rules/sensitive';
import { parseProfileAlarms, type ProfileAlarms } from '../rules/takeover';
import type { SettingsSource } from './guard';

export function watchSettings(): SettingsSource & Required<Pick<SettingsSource, 'askFirst'>> & { stop(): void } {
  let current: Settings | undefined;
  let health: SettingsHealth | null = null;
  let rawSettings: unknown;
  let rawHealth: unknown;
  let rawPolicy: unknown;
  // Set once a change told the policy, so that the first read never overwrites it with an older one.
  let policyChanged = false;
  // The storage itself could not be read: nothing is known, everything asks.
  let unavailable = false;
  let pauses: Pauses = {};
  let sensitive: unknown = null;
  let alarms: ProfileAlarms = {};
  const adoptPauses = (raw: unknown) => (pauses = Object.freeze(parsePauses(raw) ?? {}));
  // Set once the pauses are known, so that the first read never overwrites a newer change.
  let pausesRead = false;
  // Frozen so that no code in the page's process can change the snapshot the rules read.
  const adopt = () => {
    const view = guardSettingsView(rawSettings, rawHealth);
    health = view.health;
    unavailable = false;
    return (current = Object.freeze(withStoredPolicy(view.settings, rawPolicy)));
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change = changes[STORAGE_KEYS.settings];
    const healthChange = changes[STORAGE_KEYS.settingsHealth];
    const policyChange = changes[STORAGE_KEYS.policy];
    if (change) rawSettings = change.newValue;
    if (healthChange) rawHealth = healthChange.newValue;
    if (policyChange) {
      rawPolicy = policyChange.newValue;
      policyChanged = true;
    }
    // The policy alone, before the first read: that read adopts it with the settings.
    if (change || healthChange || (policyChange && current)) adopt();
    const sensitiveChange = changes[STORAGE_KEYS.sensitivePeriod];
    if (sensitiveChange) sensitive = sensitiveChange.newValue;
    const alarmChange = changes[STORAGE_KEYS.profileAlarms];
    if (alarmChange) alarms = parseProfileAlarms(alarmChange.newValue);
    const pauseChange = changes[STORAGE_KEYS.pauses];
    if (pauseChange) {
      pausesRead = true;
      adoptPauses(pauseChange.newValue);
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  const ready = browser.storage.local.get([STORAGE_KEYS.settings, STORAGE_KEYS.settingsHealth, STORAGE_KEYS.pauses, STORAGE_KEYS.policy, STORAGE_KEYS.sensitivePeriod, STORAGE_KEYS.profileAlarms]).then(
    (stored) => {
      if (!pausesRead) {
        adoptPauses(stored[STORAGE_KEYS.pauses]);
        sensitive = stored[STORAGE_KEYS.sensitivePeriod];
        alarms = parseProfileAlarms(stored[STORAGE_KEYS.profileAlarms]);
      }
      pausesRead = true;
      if (!policyChanged) rawPolicy = stored[STORAGE_KEYS.policy];
      // A change that arrived while the first read was in flight is newer: keep it (with the policy as it stands).
      if (current) return adopt();
      rawSettings = stored[STORAGE_KEYS.settings];
      rawHealth = stored[STORAGE_KEYS.settingsHealth];
      return adopt();
    },
    () => {
      // The storage cannot be read: the guard must not hold every publish forever, nor let them through unchecked.
      unavailable = true;
      return (current = Object.freeze(defaultSettings()));
    },
  );
  return {
    current: () => current,
    ready,
    askFirst: (platform) => (unavailable ? 'settings-unreadable' : askFirstReason(health, platform)),
    pausedUntil: (platform) => pauses[platform] ?? null,
    // Read, and capped, at each use: it ends by itself.
    sensitive: () => parseSensitivePeriod(sensitive, Date.now()),
    profileAlarms: () => alarms,
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
}
