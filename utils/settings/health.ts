/**
 * Whether the stored settings can be trusted, as one small record the background keeps under `settingsHealth` in
 * storage.local for every reader: the popup and the options page (through `storage/status`) and the content scripts
 * (straight from storage, like the settings). Pure: no browser API.
 */
import { PLATFORMS, type AskFirstReason, type Platform, type Settings } from '../types';
import { isObject } from './schema';
import { readStoredSettings, uncoveredPlatforms, type DroppedItem, type StoredSettingsReading } from './migrations';
import { askFirstReason } from './snapshot';

/**
 * - ok: every item of the stored settings was read;
 * - salvaged: some items could not be read; they are kept aside (the options page lists them), the rest is in use;
 * - unreadable: no account list could be read; the guard asks before every publish until the user imports settings
 *   or restores a backup;
 * - newer: a newer version of the extension wrote the settings; this one reads what it can and never writes over them.
 */
export const SETTINGS_STATES = ['ok', 'salvaged', 'unreadable', 'newer'] as const;
export type SettingsState = (typeof SETTINGS_STATES)[number];

export interface SettingsHealth {
  state: SettingsState;
  /** Nothing tells which accounts to protect: every publish on a guarded site asks first. */
  failClosed: boolean;
  /**
   * Platforms where an account was set aside and no account that could be read is left: a publish there would look
   * unconfigured (unguarded), so it asks first until the item is restored or discarded.
   */
  setAsidePlatforms: Platform[];
  /** How many items are set aside. */
  setAside: number;
  /** The schema version a newer record was written with. */
  storedVersion?: number;
  /** Since when this state holds (ms since epoch). */
  since: number;
}

export type { AskFirstReason } from '../types';

/**
 * The health of a reading. `kept` are the items set aside in storage (settingsDropped); for a newer record, which is
 * never rewritten, its own unreadable items count instead. `previous` keeps `since` while the state does not change.
 */
export function settingsHealth(reading: StoredSettingsReading, kept: readonly Pick<DroppedItem, 'kind' | 'value'>[], now: number, previous: SettingsHealth | null = null): SettingsHealth {
  const items = reading.status === 'newer' ? reading.dropped : kept;
  const state: SettingsState = reading.status === 'invalid' ? 'unreadable' : reading.status === 'newer' ? 'newer' : items.length ? 'salvaged' : 'ok';
  return {
    state,
    failClosed: reading.failClosed,
    setAsidePlatforms: reading.failClosed ? [] : uncoveredPlatforms(items, reading.settings),
    setAside: items.length,
    ...(reading.status === 'newer' && reading.storedVersion !== undefined ? { storedVersion: reading.storedVersion } : {}),
    since: previous?.state === state ? previous.since : now,
  };
}

/** A health record as stored, or null when it is not one. */
export function parseSettingsHealth(raw: unknown): SettingsHealth | null {
  if (!isObject(raw)) return null;
  const { state, failClosed, setAsidePlatforms, setAside, storedVersion, since } = raw;
  if (typeof state !== 'string' || !(SETTINGS_STATES as readonly string[]).includes(state)) return null;
  if (typeof failClosed !== 'boolean' || typeof since !== 'number' || !Number.isSafeInteger(setAside)) return null;
  if (!Array.isArray(setAsidePlatforms) || !setAsidePlatforms.every((p) => (PLATFORMS as readonly unknown[]).includes(p))) return null;
  if (storedVersion !== undefined && !Number.isSafeInteger(storedVersion)) return null;
  return {
    state: state as SettingsState,
    failClosed,
    setAsidePlatforms: [...(setAsidePlatforms as Platform[])],
    setAside: setAside as number,
    ...(storedVersion !== undefined ? { storedVersion: storedVersion as number } : {}),
    since,
  };
}

/** Why a publish on `platform` must ask first (utils/settings/snapshot.ts, where the content scripts find it too). */
export { askFirstReason };
