/**
 * The content script's read-only settings snapshot: read once from storage.local at start, kept fresh with
 * storage.onChanged. Content scripts never write settings (the background is the only writer).
 */
import { browser } from 'wxt/browser';
import type { Pauses, Settings } from '../types';
import { parsePauses } from '../messaging/protocol';
import { runMigrations } from '../settings/migrations';
import { STORAGE_KEYS } from '../settings/storage-keys';
import type { SettingsSource } from './guard';

export function watchSettings(): SettingsSource & { stop(): void } {
  let current: Settings | undefined;
  let pauses: Pauses = {};
  const adoptPauses = (raw: unknown) => (pauses = Object.freeze(parsePauses(raw) ?? {}));
  // Set once the pauses are known, so that the first read never overwrites a newer change.
  let pausesRead = false;
  // Frozen so that no code in the page's process can change the snapshot the rules read.
  const adopt = (raw: unknown) => (current = Object.freeze(runMigrations(raw).settings));
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const change = changes[STORAGE_KEYS.settings];
    if (change) adopt(change.newValue);
    const pauseChange = changes[STORAGE_KEYS.pauses];
    if (pauseChange) {
      pausesRead = true;
      adoptPauses(pauseChange.newValue);
    }
  };
  browser.storage.onChanged.addListener(onChanged);
  const ready = browser.storage.local.get([STORAGE_KEYS.settings, STORAGE_KEYS.pauses]).then((stored) => {
    if (!pausesRead) adoptPauses(stored[STORAGE_KEYS.pauses]);
    pausesRead = true;
    // A change that arrived while the first read was in flight is newer: keep it.
    return current ?? adopt(stored[STORAGE_KEYS.settings]);
  });
  return {
    current: () => current,
    ready,
    pausedUntil: (platform) => pauses[platform] ?? null,
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
}
