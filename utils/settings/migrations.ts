/**
 * Numbered migrations of the stored settings, and the one reader of a stored record. MIGRATIONS[N] turns a record of
 * schema version N-1 into version N; the reader applies them in order, once each, then reads the result item by item
 * with the same field rules as the import. One item that fails them (an account whose handle a later rule refuses) is
 * set aside with its reason; every other item is kept. Only a record with no account list to read is unreadable.
 */
import { PLATFORMS, PREFERENCE_KEYS, type Account, type Platform, type Preferences, type Settings, type WordList } from '../types';
import { defaultSettings, defaultWordLists } from './defaults';
import { CURRENT_SCHEMA_VERSION, isObject, LIMITS, Problems, readAccount, readGuardOffUntil, readPreferences, readWordList, typeName, type ImportError } from './schema';

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

/**
 * - fresh: nothing stored (the defaults);
 * - current / migrated: every item read (migrated: brought from an older version, to be written back);
 * - salvaged: some items could not be read and are in `dropped`; the settings hold every other one;
 * - invalid: no account list could be read (not an object, no integer schemaVersion, a step missing or failing,
 *   accounts missing or not a list): the settings are the defaults and `failClosed` is set;
 * - newer: a newer version of the extension wrote it. The settings hold what this version can read of it; the caller
 *   must never write over it.
 */
export type MigrationStatus = 'fresh' | 'current' | 'migrated' | 'salvaged' | 'invalid' | 'newer';

/** One part of a stored record that could not be read, with why (the import's problem codes, paths in the record). */
export interface DroppedItem {
  /**
   * account / wordList: one item of those lists; preference: one preference (`path` is its key); field: a whole field
   * that is not what it must be (`wordLists` that is not a list); record: the whole record.
   */
  kind: 'account' | 'wordList' | 'preference' | 'field' | 'record';
  /** Where it was: `accounts[3]`, `wordLists[0]`, `journalCap`, `wordLists`, "" for the record. */
  path: string;
  /** A copy of the stored value; absent when it was missing, or when it cannot be copied as JSON. */
  value?: unknown;
  problems: ImportError[];
}

export interface StoredSettingsReading {
  settings: Settings;
  status: MigrationStatus;
  dropped: DroppedItem[];
  /** No account list could be read: nobody can tell which accounts to protect (the guard asks before any publish). */
  failClosed: boolean;
  /** The record's schemaVersion, when it has a usable one. */
  storedVersion?: number;
}

/** A JSON copy of a stored value to keep aside; undefined when it has none (a function, a cycle, a very deep object). */
function keepable(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

const dropped = (kind: DroppedItem['kind'], path: string, value: unknown, problems: ImportError[]): DroppedItem => {
  const copy = value === undefined ? undefined : keepable(value);
  return copy === undefined ? { kind, path, problems } : { kind, path, value: copy, problems };
};

/**
 * Reads a record of this version's shape item by item. Null when its accounts cannot be read as a list (with the
 * problem): without them no item is worth keeping as "the settings", since every publish would look unconfigured.
 */
function salvage(record: Record<string, unknown>, version: number): { settings: Settings; dropped: DroppedItem[] } | { problem: ImportError } {
  if (!Array.isArray(record.accounts))
    return {
      problem: record.accounts === undefined ? { code: 'missing-field', path: 'accounts' } : { code: 'wrong-type', path: 'accounts', params: { expected: 'array', found: typeName(record.accounts) } },
    };
  const out: DroppedItem[] = [];
  let words = 0;
  const fitsWords = (count: number, kind: DroppedItem['kind'], path: string, value: unknown) => {
    if (words + count <= LIMITS.totalWords) return (words += count), true;
    out.push(dropped(kind, path, value, [{ code: 'too-many-words', path: '', params: { count: words + count, max: LIMITS.totalWords } }]));
    return false;
  };

  const accounts: Account[] = [];
  const accountAt = new Map<string, number>();
  record.accounts.forEach((raw, i) => {
    const path = `accounts[${i}]`;
    if (i >= LIMITS.accounts) return out.push(dropped('account', path, raw, [{ code: 'too-many-items', path: 'accounts', params: { count: (record.accounts as unknown[]).length, max: LIMITS.accounts } }]));
    const problems = new Problems();
    const account = readAccount(raw, path, problems, true);
    if (!account) return out.push(dropped('account', path, raw, problems.list));
    const first = accountAt.get(account.id);
    if (first !== undefined) return out.push(dropped('account', path, raw, [{ code: 'duplicate-account', path, params: { first } }]));
    if (!fitsWords(account.ownWords.length + (account.exceptions?.length ?? 0), 'account', path, raw)) return;
    accountAt.set(account.id, i);
    accounts.push(account);
  });

  let wordLists: WordList[] = [];
  if (!Array.isArray(record.wordLists)) {
    // The shipped lists, as for a file without lists: brand accounts keep some protection meanwhile.
    out.push(
      dropped('field', 'wordLists', record.wordLists, [
        record.wordLists === undefined ? { code: 'missing-field', path: 'wordLists' } : { code: 'wrong-type', path: 'wordLists', params: { expected: 'array', found: typeName(record.wordLists) } },
      ]),
    );
    for (const list of defaultWordLists()) if (fitsWords(list.words.length, 'wordList', `wordLists[${wordLists.length}]`, list)) wordLists.push(list);
  } else {
    const listAt = new Map<string, number>();
    record.wordLists.forEach((raw, i) => {
      const path = `wordLists[${i}]`;
      if (i >= LIMITS.wordLists) return out.push(dropped('wordList', path, raw, [{ code: 'too-many-items', path: 'wordLists', params: { count: (record.wordLists as unknown[]).length, max: LIMITS.wordLists } }]));
      const problems = new Problems();
      const list = readWordList(raw, i, path, problems, true);
      if (!list) return out.push(dropped('wordList', path, raw, problems.list));
      const first = listAt.get(list.id);
      if (first !== undefined) return out.push(dropped('wordList', path, raw, [{ code: 'duplicate-list', path: `${path}.id`, params: { first } }]));
      if (!fitsWords(list.words.length, 'wordList', path, raw)) return;
      listAt.set(list.id, i);
      wordLists.push(list);
    });
  }

  // Each preference on its own: a bad one falls back to its default, the others stay as the user set them.
  const defaults = defaultSettings();
  const prefs = {} as Preferences;
  for (const key of PREFERENCE_KEYS) {
    const problems = new Problems();
    const value = readPreferences({ [key]: record[key] }, problems)[key];
    if (value === undefined) {
      out.push(dropped('preference', key, record[key], problems.any ? problems.list : [{ code: 'missing-field', path: key }]));
      (prefs as Record<string, unknown>)[key] = defaults[key];
    } else (prefs as Record<string, unknown>)[key] = value;
  }
  // The end of a switch-off, when there is one (optional: absent, the guard stays off until the user turns it on). One
  // that cannot be read ends the switch-off: a bad value never leaves the guard off for good.
  const offProblems = new Problems();
  const offUntil = prefs.guardEnabled ? undefined : readGuardOffUntil(record, offProblems);
  if (offUntil === null) {
    out.push(dropped('preference', 'guardOffUntil', record.guardOffUntil, offProblems.list));
    prefs.guardEnabled = true;
  }
  return { settings: { schemaVersion: version, accounts, wordLists, ...prefs, ...(offUntil ? { guardOffUntil: offUntil } : {}) }, dropped: out };
}

/**
 * Reads a stored record, bringing it to `target`. Never throws and never changes `raw`; the result shares no object
 * with it. 'newer' is read as it is (no step can go backwards), and must not be written over.
 */
export function readStoredSettings(
  raw: unknown,
  migrations: Record<number, Migration> = MIGRATIONS,
  target = CURRENT_SCHEMA_VERSION,
): StoredSettingsReading {
  const unreadable = (problem: ImportError, storedVersion?: number): StoredSettingsReading => ({
    settings: defaultSettings(),
    status: 'invalid',
    dropped: [dropped('record', '', raw, [problem])],
    failClosed: true,
    ...(storedVersion !== undefined ? { storedVersion } : {}),
  });
  if (raw === undefined || raw === null) return { settings: defaultSettings(), status: 'fresh', dropped: [], failClosed: false };
  if (!isObject(raw)) return unreadable({ code: 'not-object', path: '' });
  if (typeof raw.schemaVersion !== 'number' || !Number.isInteger(raw.schemaVersion))
    return unreadable(
      raw.schemaVersion === undefined ? { code: 'missing-field', path: 'schemaVersion' } : { code: 'invalid-value', path: 'schemaVersion', params: { allowed: `1-${target}`, found: typeof raw.schemaVersion === 'number' ? raw.schemaVersion : typeName(raw.schemaVersion) } },
    );
  const from = raw.schemaVersion;
  try {
    if (from > target) {
      const read = salvage(raw, target);
      if ('problem' in read) return { settings: defaultSettings(), status: 'newer', dropped: [dropped('field', read.problem.path, raw.accounts, [read.problem])], failClosed: true, storedVersion: from };
      return { ...read, status: 'newer', failClosed: false, storedVersion: from };
    }
    // A copy, so that a step may change what it is given without touching the caller's record.
    let record: unknown = from < target ? structuredClone(raw) : raw;
    for (let version = from + 1; version <= target; version++) {
      const step = migrations[version];
      if (!step) return unreadable({ code: 'unsupported-version', path: 'schemaVersion', params: { found: from } }, from);
      record = { ...step(record), schemaVersion: version };
    }
    // Salvage builds fresh objects: the result never shares one with `raw`.
    const read = salvage(record as Record<string, unknown>, target);
    if ('problem' in read) return unreadable(read.problem, from);
    const status = read.dropped.length ? 'salvaged' : from === target ? 'current' : 'migrated';
    return { ...read, status, failClosed: false, storedVersion: from };
  } catch {
    // A throwing step, or a record structuredClone cannot copy: nothing half-migrated comes out.
    return unreadable({ code: 'unsupported-version', path: 'schemaVersion', params: { found: from } }, from);
  }
}

/** The settings and status of a stored record (readStoredSettings without the details). */
export function runMigrations(
  raw: unknown,
  migrations: Record<number, Migration> = MIGRATIONS,
  target = CURRENT_SCHEMA_VERSION,
): { settings: Settings; status: MigrationStatus } {
  const { settings, status } = readStoredSettings(raw, migrations, target);
  return { settings, status };
}

/** The platforms of the accounts in `items` (set aside) that no account of `settings` covers any more. */
export function uncoveredPlatforms(items: readonly Pick<DroppedItem, 'kind' | 'value'>[], settings: Pick<Settings, 'accounts'>): Platform[] {
  const found = new Set<Platform>();
  for (const item of items) {
    const platform = item.kind === 'account' && isObject(item.value) ? item.value.platform : undefined;
    if (typeof platform === 'string' && (PLATFORMS as readonly string[]).includes(platform)) found.add(platform as Platform);
  }
  return PLATFORMS.filter((p) => found.has(p) && !settings.accounts.some((a) => a.platform === p));
}
