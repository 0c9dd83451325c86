/**
 * Items of the stored settings that could not be read, kept aside under `settingsDropped` (storage.local) instead of
 * being lost: the options page lists them with their reason, and can put one back (through the same validation as an
 * edit) or discard it. Pure: the background stores what these functions return.
 */
import type { Settings } from '../types';
import { isObject, LIMITS, Problems, readAccount, readPreferences, readWordList, totalWords, typeName, type ImportError } from './schema';
import type { DroppedItem } from './migrations';

const KINDS: readonly DroppedItem['kind'][] = ['account', 'wordList', 'preference', 'field', 'record'];

export interface StoredDroppedItem extends DroppedItem {
  /** Unique and increasing: the id the options page names it by. */
  id: number;
  /** When it was set aside (ms since epoch). */
  time: number;
  /** The schema version of the record it came from, when known. */
  schemaVersion?: number;
}

/** The kinds an item can be put back from: one account, one list, one preference. */
export const RESTORABLE_KINDS: ReadonlySet<DroppedItem['kind']> = new Set(['account', 'wordList', 'preference']);

function parseProblem(v: unknown): ImportError | null {
  if (!isObject(v) || typeof v.code !== 'string' || typeof v.path !== 'string') return null;
  const params: Record<string, string | number> = {};
  if (isObject(v.params)) for (const [k, p] of Object.entries(v.params)) if (typeof p === 'string' || typeof p === 'number') params[k] = p;
  return { code: v.code as ImportError['code'], path: v.path, ...(Object.keys(params).length ? { params } : {}) };
}

/** The stored list, keeping only well-formed items (anything else in that key is not ours to show). */
export function parseDroppedItems(raw: unknown): StoredDroppedItem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((v): StoredDroppedItem[] => {
    if (!isObject(v) || !Number.isSafeInteger(v.id) || typeof v.time !== 'number' || typeof v.path !== 'string') return [];
    if (!KINDS.includes(v.kind as DroppedItem['kind']) || !Array.isArray(v.problems)) return [];
    const problems = v.problems.map(parseProblem).filter((p): p is ImportError => p !== null);
    return [
      {
        id: v.id as number,
        time: v.time,
        kind: v.kind as DroppedItem['kind'],
        path: v.path,
        ...('value' in v && v.value !== undefined ? { value: v.value } : {}),
        problems,
        ...(Number.isSafeInteger(v.schemaVersion) ? { schemaVersion: v.schemaVersion as number } : {}),
      },
    ];
  });
}

const sameItem = (a: DroppedItem, b: DroppedItem) => a.kind === b.kind && a.path === b.path && JSON.stringify(a.value) === JSON.stringify(b.value);

/**
 * Adds newly set-aside items after `existing`, each with a fresh id. An item already kept (same kind, place and value:
 * an unreadable record read again) is not added twice; with nothing new, `existing` itself comes back, so that the
 * caller (which writes only what changed) does not write the same items again at every read.
 */
export function keepDropped(existing: StoredDroppedItem[], items: readonly DroppedItem[], now: number, schemaVersion?: number): StoredDroppedItem[] {
  const out = [...existing];
  let id = Math.max(now, ...existing.map((i) => i.id + 1));
  for (const item of items) {
    if (out.some((kept) => sameItem(kept, item))) continue;
    out.push({ ...item, id: id++, time: now, ...(schemaVersion !== undefined ? { schemaVersion } : {}) });
  }
  return out.length === existing.length ? existing : out;
}

/** What stops an item from being put back: the import's problems, or a kind that has nothing to put back (a record). */
export type RestoreProblem = ImportError | { code: 'not-restorable'; path: '' };
export type RestoreResult = { ok: true; settings: Settings } | { ok: false; errors: RestoreProblem[] };

/** The index an item had in its list (`accounts[3]` → 3), to put it back where it was. */
const indexOf = (path: string) => Number(/\[(\d+)\]$/.exec(path)?.[1] ?? Number.MAX_SAFE_INTEGER);
const insertAt = <T,>(list: T[], index: number, item: T) => [...list.slice(0, index), item, ...list.slice(index)];
const wordsIn = (s: Settings) => totalWords(s.accounts, s.wordLists);

/**
 * Puts one item back into `current`, checked like an edit from the options page (an account or list as in a settings
 * file, a preference as the preferences section sends it), and against what is there now (the same account twice, too
 * many words). Problems have paths inside the item: `handle`, or "" for the item itself.
 */
export function restoreDroppedItem(item: DroppedItem, current: Settings): RestoreResult {
  const problems = new Problems();
  const fail = (...errors: RestoreProblem[]): RestoreResult => ({ ok: false, errors });
  if (item.value === undefined) return fail({ code: 'missing-field', path: '' });
  if (item.kind === 'account') {
    const account = readAccount(item.value, '', problems);
    if (!account) return fail(...problems.list);
    const first = current.accounts.findIndex((a) => a.id === account.id);
    if (first >= 0) return fail({ code: 'duplicate-account', path: '', params: { first } });
    if (current.accounts.length >= LIMITS.accounts) return fail({ code: 'too-many-items', path: '', params: { count: current.accounts.length + 1, max: LIMITS.accounts } });
    const words = wordsIn(current) + account.ownWords.length + (account.exceptions?.length ?? 0);
    if (words > LIMITS.totalWords) return fail({ code: 'too-many-words', path: '', params: { count: words, max: LIMITS.totalWords } });
    return { ok: true, settings: { ...current, accounts: insertAt(current.accounts, indexOf(item.path), account) } };
  }
  if (item.kind === 'wordList') {
    const list = readWordList(item.value, current.wordLists.length, '', problems);
    if (!list) return fail(...problems.list);
    const first = current.wordLists.findIndex((l) => l.id === list.id);
    if (first >= 0) return fail({ code: 'duplicate-list', path: 'id', params: { first } });
    if (current.wordLists.length >= LIMITS.wordLists) return fail({ code: 'too-many-items', path: '', params: { count: current.wordLists.length + 1, max: LIMITS.wordLists } });
    const words = wordsIn(current) + list.words.length;
    if (words > LIMITS.totalWords) return fail({ code: 'too-many-words', path: '', params: { count: words, max: LIMITS.totalWords } });
    return { ok: true, settings: { ...current, wordLists: insertAt(current.wordLists, indexOf(item.path), list) } };
  }
  if (item.kind === 'preference') {
    const prefs = readPreferences({ [item.path]: item.value }, problems);
    const key = item.path as keyof typeof prefs;
    if (problems.any || prefs[key] === undefined) return fail(...(problems.any ? problems.list : [{ code: 'invalid-value' as const, path: item.path, params: { allowed: 'a preference', found: typeName(item.value) } }]));
    return { ok: true, settings: { ...current, [key]: prefs[key] } };
  }
  return fail({ code: 'not-restorable', path: '' });
}
