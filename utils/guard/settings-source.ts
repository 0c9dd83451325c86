/**
 * The content script's read-only settings snapshot: read once from storage.local at start, kept fresh with
 * storage.onChanged. Content scripts never write settings (the background is the only writer).
 */
import { browser } from 'wxt/browser';
import type { Settings } from '../types';
import { runMigrations } from '../settings/migrations';
import { STORAGE_KEYS } from '../settings/storage-keys';
import type { SettingsSource } from './guard';

export function watchSettings(): SettingsSource {
  let current: Settings | undefined;
  // Frozen so that no code in the page's process can change the snapshot the rules read.
  const adopt = (raw: unknown) => (current = Object.freeze(runMigrations(raw).settings));
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[STORAGE_KEYS.settings];
    if (area === 'local' && change) adopt(change.newValue);
  });
  const ready = browser.storage.local.get(STORAGE_KEYS.settings).then((stored) => {
    // A change that arrived while the first read was in flight is newer: keep it.
    return current ?? adopt(stored[STORAGE_KEYS.settings]);
  });
  return { current: () => current, ready };
}
