/**
 * Numbered migrations of the stored settings. MIGRATIONS[N] turns a record of schema version N-1 into version N;
 * the runner applies them in order, once each, then validates the result with the same field rules as the import.
 */
import { PREFERENCE_KEYS, type Preferences, type Settings } from '../types';
import { defaultSettings } from './defaults';
import { checkCollections, CURRENT_SCHEMA_VERSION, isObject, LIMITS, Problems, readAccount, readItems, readPreferences, readWordList } from './schema';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Migration = (old: any) => any;

/** Version 1 was the first stored schema; each later version has one step here, with its own test. */
export const MIGRATIONS: Record<number, Migration> = {
  // 2: word lists can be switched off and switched per account; preferences for language, journal and pauses.
  2: (v1) => ({
    ...v1,
    wordLists: Array.isArray(v1.wordLists)
      ? v1.wordLists.map((l: unknown) => (isObject(l) ? { enabled: true, includeAccounts: [], excludeAccounts: [], ...l } : l))
      : v1.wordLists,
    language: 'auto',
    journalKeepText: false,
    journalCap: 2000,
    pauseSparesProtected: true,
  }),
};

export type MigrationStatus = 'fresh' | 'current' | 'migrated' | 'invalid' | 'newer';

/** Checks a stored record of the current version; null when anything is wrong. */
export function validateStoredSettings(raw: unknown): Settings | null {
  if (!isObject(raw) || typeof raw.schemaVersion !== 'number' || !Array.isArray(raw.accounts) || !Array.isArray(raw.wordLists)) return null;
  const problems = new Problems();
  const accounts = (readItems(raw, 'accounts', problems, LIMITS.accounts) ?? []).map((a, i) => readAccount(a, `accounts[${i}]`, problems, true));
  const wordLists = (readItems(raw, 'wordLists', problems, LIMITS.wordLists) ?? []).map((l, i) => readWordList(l, i, `wordLists[${i}]`, problems, true));
  const prefs = readPreferences(raw, problems);
  if (problems.any || accounts.some((a) => !a) || wordLists.some((l) => !l)) return null;
  // Every preference must be there in a stored record (migrations add new ones with their defaults).
  if (PREFERENCE_KEYS.some((key) => prefs[key] === undefined)) return null;
  const settings: Settings = {
    schemaVersion: raw.schemaVersion,
    accounts: accounts as Settings['accounts'],
    wordLists: wordLists as Settings['wordLists'],
    ...(prefs as Preferences),
  };
  checkCollections(settings.accounts, settings.wordLists, problems);
  return problems.any ? null : settings;
}

/**
 * Brings a stored record to `target`. Never throws and never changes `raw`. 'newer' means a newer version of the
 * extension wrote it: the caller uses the defaults for now but must not overwrite the stored record.
 */
export function runMigrations(
  raw: unknown,
  migrations: Record<number, Migration> = MIGRATIONS,
  target = CURRENT_SCHEMA_VERSION,
): { settings: Settings; status: MigrationStatus } {
  const fallback = (status: MigrationStatus) => ({ settings: defaultSettings(), status });
  if (raw === undefined || raw === null) return fallback('fresh');
  if (!isObject(raw) || typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion)) return fallback('invalid');
  const from = raw.schemaVersion;
  if (from > target) return fallback('newer');
  try {
    // A copy, so that a step may change what it is given without touching the caller's record.
    let record: unknown = from < target ? structuredClone(raw) : raw;
    for (let version = from + 1; version <= target; version++) {
      const step = migrations[version];
      if (!step) return fallback('invalid');
      record = { ...step(record), schemaVersion: version };
    }
    // Validation builds a fresh record: the result never shares objects with `raw`.
    const settings = validateStoredSettings(record);
    if (!settings || settings.schemaVersion !== target) return fallback('invalid');
    return { settings, status: from === target ? 'current' : 'migrated' };
  } catch {
    // A throwing step, or a record structuredClone cannot copy: nothing half-migrated comes out.
    return fallback('invalid');
  }
}
