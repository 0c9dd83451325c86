/**
 * The content script's read-only settings: the guard's snapshot (utils/settings/snapshot.ts), which the background,
 * the only writer, stores already read, checked and merged with the team policy. Read once from storage.local at
 * start, kept fresh with storage.onChanged. The content script never parses, migrates or merges a settings record
 * itself, so that it carries none of that code. What cannot be read never makes the guard allow more: a snapshot that
 * is missing or of another format, a stored record the background could not read, a platform whose accounts were set
 * aside, or a storage that cannot be read at all make every publish there ask first.
 */
import { browser } from 'wxt/browser';
import type { Pauses, Settings } from '../types';
import { parsePauses } from '../messaging/protocol';
import { STORAGE_KEYS } from '../settings/storage-keys';
import { askFirstReason, parseGuardSnapshot, unreadableSnapshotSettings, type GuardSnapshot } from '../settings/snapshot';
import { parseSensitivePeriod } from '../rules/sensitive';
import { parseProfileAlarms, type ProfileAlarms } from '../rules/takeover';
import type { SettingsSource } from './guard';

/** What the content script reads from storage.local: the snapshot and the small keys beside it. */
export const GUARD_READS = [STORAGE_KEYS.guardSnapshot, STORAGE_KEYS.pauses, STORAGE_KEYS.sensitivePeriod, STORAGE_KEYS.profileAlarms] as const;

export type WatchedSettings = SettingsSource &
  Required<Pick<SettingsSource, 'askFirst'>> & {
  /** Told each new settings object, the first read's included (the rules are compiled ahead of use). */
  onAdopt(listener: (settings: Settings) => void): void;
  stop(): void;
};

export function watchSettings(): WatchedSettings {
  let current: Settings | undefined;
  const listeners: ((settings: Settings) => void)[] = [];
  // The snapshot in force, or null: none could be read (missing, another format, or the storage failed).
  let snapshot: GuardSnapshot | null = null;
  // Set once a change told the snapshot, so that the first read never overwrites it with an older one.
  let snapshotChanged = false;
  let pauses: Pauses = {};
  let sensitive: unknown = null;
  let alarms: ProfileAlarms = {};
  // Set once the small keys are known, so that the first read never overwrites a newer change.
  let smallRead = false;
  const adoptPauses = (raw: unknown) => (pauses = Object.freeze(parsePauses(raw) ?? {}));
  // Frozen so that no code in the page's process can change the settings the rules read.
  const adopt = (raw: unknown) => {
    snapshot = parseGuardSnapshot(raw);
    const settings = (current = Object.freeze(snapshot ? snapshot.settings : unreadableSnapshotSettings()));
    for (const listener of listeners) listener(settings);
    return settings;
  };
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change = changes[STORAGE_KEYS.guardSnapshot];
    if (change) {
      snapshotChanged = true;
      adopt(change.newValue);
    }
    const sensitiveChange = changes[STORAGE_KEYS.sensitivePeriod];
    if (sensitiveChange) sensitive = sensitiveChange.newValue;
    const alarmChange = changes[STORAGE_KEYS.profileAlarms];
    if (alarmChange) alarms = parseProfileAlarms(alarmChange.newValue);
    const pauseChange = changes[STORAGE_KEYS.pauses];
    if (pauseChange) {
      smallRead = true;
      adoptPauses(pauseChange.newValue);
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  const ready = browser.storage.local.get([...GUARD_READS]).then(
    (stored) => {
      if (!smallRead) {
        adoptPauses(stored[STORAGE_KEYS.pauses]);
        sensitive = stored[STORAGE_KEYS.sensitivePeriod];
        alarms = parseProfileAlarms(stored[STORAGE_KEYS.profileAlarms]);
      }
      smallRead = true;
      // A change that arrived while the first read was in flight is newer: keep it.
      if (snapshotChanged && current) return current;
      return adopt(stored[STORAGE_KEYS.guardSnapshot]);
    },
    // The storage cannot be read: the guard must not hold every publish forever, nor let them through unchecked.
    () => (snapshotChanged && current ? current : adopt(undefined)),
  );
  return {
    current: () => current,
    ready,
    askFirst: (platform) => (current && !snapshot ? 'settings-unreadable' : askFirstReason(snapshot, platform)),
    pausedUntil: (platform) => pauses[platform] ?? null,
    // Read, and capped, at each use: it ends by itself.
    sensitive: () => parseSensitivePeriod(sensitive, Date.now()),
    profileAlarms: () => alarms,
    onAdopt: (listener) => void listeners.push(listener),
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
}
