/**
 * The settings schema: one set of field rules, used both to read an imported file and to check what storage holds.
 * Readers never throw; they return a fresh value or null, and write what is wrong, and where, into `Problems`.
 */
import {
  ACCOUNT_KINDS,
  HANDLE_PATTERNS,
  MAX_CONFIRM_DELAY,
  LANGUAGES,
  PLATFORMS,
  type Account,
  type AccountKind,
  type LanguagePreference,
  type ListAction,
  type Platform,
  type Preferences,
  type UnknownIdentityPolicy,
  type WordList,
} from '../types';
import { normalizeText } from '../rules/normalize';

export const CURRENT_SCHEMA_VERSION = 2;

export const LIMITS = {
  fileBytes: 1024 * 1024,
  totalWords: 10_000,
  accounts: 1_000,
  wordLists: 200,
  word: 200,
  name: 200,
  listName: 100,
  handle: 100,
  group: 100,
  errors: 20,
  journalCap: { min: 100, max: 10_000 },
} as const;

/**
 * Why a file (or a stored record) was refused. `path` says where: `accounts[2].kind`, or "" for the whole file.
 * Codes and their params:
 * - not-json { position? }            the text is not JSON (position: character offset given by the parser)
 * - too-large { bytes, max }          more than 1 MiB of UTF-8, checked before parsing
 * - not-object                        the JSON is not an object
 * - wrong-format { found }            `format` is not "right-account-settings" (found: the string or number found,
 *                                     "undefined" when absent, else its type: "object", "null", "array", "true")
 * - unsupported-version { found }     `version` is missing or not the number 1 (found: as for wrong-format, so
 *                                     version 2 gives 2 and version "1" gives "1")
 * - wrong-type { expected, found }    e.g. expected "array", found "string"
 * - invalid-value { allowed, found }  not one of the allowed values (allowed: comma-separated; found: the string, or
 *                                     the type of a non-string)
 * - missing-field                     a required field is absent
 * - invalid-handle { found }          not a handle of that platform
 * - too-long { max }                  a string longer than allowed
 * - empty-string                      an empty word, name or handle
 * - too-many-words { count, max }     ownWords and list words together (path "")
 * - too-many-items { count, max }     too many accounts or word lists
 * - duplicate-account { first }       the same account as accounts[first]
 * - duplicate-list { first }          a word list with the same id as wordLists[first]
 * - forbidden-key { key }             __proto__, constructor or prototype, at any depth (path: the object that
 *                                     holds the key, "" at the top level)
 * - hidden-character { found }        a name, handle, group or list name holding a character that does not show or
 *                                     reorders the text around it (found: its code point, "U+202E"); see
 *                                     findHiddenCharacter
 */
export const IMPORT_ERROR_CODES = [
  'not-json',
  'too-large',
  'not-object',
  'wrong-format',
  'unsupported-version',
  'wrong-type',
  'invalid-value',
  'missing-field',
  'invalid-handle',
  'too-long',
  'empty-string',
  'too-many-words',
  'too-many-items',
  'duplicate-account',
  'duplicate-list',
  'forbidden-key',
  'hidden-character',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export interface ImportError {
  code: ImportErrorCode;
  path: string;
  params?: Record<string, string | number>;
}

export class Problems {
  readonly list: ImportError[] = [];
  add(code: ImportErrorCode, path: string, params?: ImportError['params']) {
    if (this.list.length < LIMITS.errors) this.list.push(params ? { code, path, params } : { code, path });
  }
  get any() {
    return this.list.length > 0;
  }
}

/**
 * Characters that do not show, or that change how the text around them shows: controls (tab and newline included),
 * format characters (zero-width space, non-joiner and joiner, word joiner, bidi marks, embeddings, overrides and
 * isolates, byte order mark, soft hyphen, tags), line and paragraph separators, the combining grapheme joiner and the
 * Hangul fillers that render as blanks. In a name or a handle they can make "Publish as …" show another account than
 * the one it is (U+202E turns "evil_brand" around, a zero-width space makes two handles look the same).
 */
const HIDDEN_CHARACTER = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u034F\u115F\u1160\u3164\uFFA0]/u;
const EMOJI_BEFORE_JOINER = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const EMOJI_AFTER_JOINER = /\p{Extended_Pictographic}/u;

/**
 * The first hidden character of `text`, as "U+202E", or null when it has none. A zero-width joiner between two emoji
 * (👩‍💻) is the one exception: it draws one picture of the two and hides nothing.
 */
export function findHiddenCharacter(text: string): string | null {
  const chars = [...text];
  const i = chars.findIndex((_, i) => isHiddenAt(chars, i));
  return i < 0 ? null : codePoint(chars[i]!);
}

/** The text with each hidden character written out ("evil⟨U+202E⟩brand"), so that showing it cannot reorder a page. */
export function revealHiddenCharacters(text: string): string {
  const chars = [...text];
  return chars.map((c, i) => (isHiddenAt(chars, i) ? `⟨${codePoint(c)}⟩` : c)).join('');
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function isHiddenAt(chars: string[], i: number): boolean {
  const c = chars[i]!;
  if (!HIDDEN_CHARACTER.test(c)) return false;
  return !(c === '\u200D' && EMOJI_BEFORE_JOINER.test(chars[i - 1] ?? '') && EMOJI_AFTER_JOINER.test(chars[i + 1] ?? ''));
}

/**
 * Is this (without "@") a handle the platform can show? X and Instagram: their username pattern. Elsewhere any
 * identifier without whitespace, except one starting with "name:": its id would be that of a name-only account
 * (`facebook:name:foo`), so two different accounts would count as one. The one rule for imports, the form and links.
 */
export function isValidHandle(platform: Platform | null, handle: string): boolean {
  const pattern = platform ? HANDLE_PATTERNS[platform] : undefined;
  if (pattern) return pattern.test(handle);
  return handle !== '' && handle.length <= LIMITS.handle && !/\s/.test(handle) && !/^name:/i.test(handle) && findHiddenCharacter(handle) === null;
}

/** Deterministic account id: `x:boulangerie_dupont`, or `facebook:name:boulangerie dupont` without a handle. */
export function accountId(platform: Platform, handle?: string, name?: string): string {
  if (handle) return `${platform}:${handle.toLowerCase()}`;
  return `${platform}:name:${normalizeText(name ?? '').replace(/\s+/g, ' ').trim()}`;
}

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reports every forbidden key at any depth (JSON.parse makes "__proto__" an own property: walk own keys). Iterative,
 * so that a deeply nested file (JSON.parse accepts hundreds of thousands of levels) cannot overflow the stack.
 * The problem's path is the object holding the key ("" for the top level); the key is in params.
 */
export function findForbiddenKeys(value: unknown, path: string, problems: Problems): void {
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0 && problems.list.length < LIMITS.errors) {
    const [current, here] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const children: [unknown, string][] = [];
    if (Array.isArray(current)) current.forEach((v, i) => children.push([v, `${here}[${i}]`]));
    else
      for (const key of Object.keys(current)) {
        if (FORBIDDEN_KEYS.has(key)) problems.add('forbidden-key', here, { key });
        else children.push([(current as Record<string, unknown>)[key], here ? `${here}.${key}` : key]);
      }
    // Pushed in reverse so that problems come out in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

export const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const join = (p: string, key: string) => (p ? `${p}.${key}` : key);

type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function readEnum<T extends string>(o: Obj, key: string, allowed: readonly T[], path: string, problems: Problems, fallback?: T): T | null {
  const v = o[key];
  if (v === undefined) {
    if (fallback !== undefined) return fallback;
    problems.add('missing-field', join(path, key));
    return null;
  }
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    problems.add('invalid-value', join(path, key), { allowed: allowed.join(', '), found: typeof v === 'string' ? v : typeName(v) });
    return null;
  }
  return v as T;
}

/**
 * A trimmed, non-empty string of at most `max` characters. `visible`: what the user reads as a name (an account's name,
 * handle or group, a list's name) must hold no hidden character.
 */
function readString(o: Obj, key: string, path: string, problems: Problems, max: number, required: boolean, visible = false): string | undefined | null {
  const v = o[key];
  if (v === undefined) {
    if (required) problems.add('missing-field', join(path, key));
    return required ? null : undefined;
  }
  if (typeof v !== 'string') {
    problems.add('wrong-type', join(path, key), { expected: 'string', found: typeName(v) });
    return null;
  }
  const trimmed = v.trim();
  if (!trimmed) {
    problems.add('empty-string', join(path, key));
    return null;
  }
  if (trimmed.length > max) {
    problems.add('too-long', join(path, key), { max });
    return null;
  }
  const hidden = visible ? findHiddenCharacter(trimmed) : null;
  if (hidden) {
    problems.add('hidden-character', join(path, key), { found: hidden });
    return null;
  }
  return trimmed;
}

function readBoolean(o: Obj, key: string, path: string, problems: Problems, fallback: boolean): boolean | null {
  const v = o[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'boolean') {
    problems.add('wrong-type', join(path, key), { expected: 'boolean', found: typeName(v) });
    return null;
  }
  return v;
}

/** An array of non-empty strings (words), or the fallback when absent. */
export function readWords(o: Obj, key: string, path: string, problems: Problems, fallback?: string[]): string[] | null {
  const v = o[key];
  if (v === undefined) {
    if (fallback) return [...fallback];
    problems.add('missing-field', join(path, key));
    return null;
  }
  if (!Array.isArray(v)) {
    problems.add('wrong-type', join(path, key), { expected: 'array', found: typeName(v) });
    return null;
  }
  const words: string[] = [];
  let ok = true;
  v.forEach((w, i) => {
    const here = `${join(path, key)}[${i}]`;
    if (typeof w !== 'string') {
      problems.add('wrong-type', here, { expected: 'string', found: typeName(w) });
      ok = false;
    } else if (!w.trim()) {
      problems.add('empty-string', here);
      ok = false;
    } else if (w.trim().length > LIMITS.word) {
      problems.add('too-long', here, { max: LIMITS.word });
      ok = false;
    } else words.push(w.trim());
  });
  return ok ? words : null;
}

/**
 * One account. `stored` records carry their id (checked against the derived one); file accounts get it derived.
 */
export function readAccount(raw: unknown, path: string, problems: Problems, stored = false): Account | null {
  if (!isObject(raw)) {
    problems.add('wrong-type', path, { expected: 'object', found: typeName(raw) });
    return null;
  }
  const before = problems.list.length;
  const platform = readEnum(raw, 'platform', PLATFORMS, path, problems);
  const kind = readEnum<AccountKind>(raw, 'kind', ACCOUNT_KINDS, path, problems);
  const name = readString(raw, 'name', path, problems, LIMITS.name, false, true);
  let handle = readString(raw, 'handle', path, problems, LIMITS.handle, false, true);
  if (typeof handle === 'string') {
    handle = handle.replace(/^@/, '');
    if (!isValidHandle(platform, handle)) {
      problems.add('invalid-handle', join(path, 'handle'), { found: handle });
      handle = null;
    }
  }
  if (platform && handle === undefined) {
    // X and Instagram show a username everywhere: it is what identifies the account there.
    if (HANDLE_PATTERNS[platform]) problems.add('missing-field', join(path, 'handle'));
    else if (name === undefined) problems.add('missing-field', join(path, 'name'));
  }
  const isProtected = readBoolean(raw, 'protected', path, problems, false);
  const ownWords = readWords(raw, 'ownWords', path, problems, []);
  const exceptions = readWords(raw, 'exceptions', path, problems, []);
  let color = readString(raw, 'color', path, problems, 7, false);
  if (typeof color === 'string' && !COLOR_PATTERN.test(color)) {
    problems.add('invalid-value', join(path, 'color'), { allowed: '#rrggbb', found: color });
    color = null;
  }
  const group = readString(raw, 'group', path, problems, LIMITS.group, false, true);
  const confirmDelay = readConfirmDelay(raw, path, problems);
  if (problems.list.length > before || !platform || !kind || handle === null || name === null || isProtected === null || !ownWords || !exceptions || color === null || group === null || confirmDelay === null)
    return null;
  const id = accountId(platform, handle, name);
  if (stored && raw.id !== id) {
    problems.add('invalid-value', join(path, 'id'), { allowed: id, found: String(raw.id) });
    return null;
  }
  return {
    id,
    platform,
    ...(handle ? { handle } : {}),
    ...(name ? { name } : {}),
    kind,
    protected: isProtected,
    ownWords,
    ...(color ? { color: color.toLowerCase() } : {}),
    ...(group ? { group } : {}),
    ...(confirmDelay !== undefined ? { confirmDelay } : {}),
    ...(exceptions && exceptions.length ? { exceptions } : {}),
  };
}

/** A protected account's countdown, in whole seconds from 0 (the full banner) to MAX_CONFIRM_DELAY; absent: the default. */
function readConfirmDelay(o: Obj, path: string, problems: Problems): number | undefined | null {
  const v = o.confirmDelay;
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > MAX_CONFIRM_DELAY) {
    problems.add('invalid-value', join(path, 'confirmDelay'), { allowed: `0-${MAX_CONFIRM_DELAY}`, found: typeof v === 'number' ? v : typeName(v) });
    return null;
  }
  return v;
}

export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
/** A list id given in a file or by the options page: short, lower case, digits and dashes. */
export const LIST_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,79}$/;

const slug = (s: string) => normalizeText(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** One word list. Stored lists keep their id; file lists get `list-<index>-<slug of name>` (`list-<index>` when the name has no latin letter or digit). */
export function readWordList(raw: unknown, index: number, path: string, problems: Problems, stored = false): WordList | null {
  if (!isObject(raw)) {
    problems.add('wrong-type', path, { expected: 'object', found: typeName(raw) });
    return null;
  }
  const before = problems.list.length;
  const name = readString(raw, 'name', path, problems, LIMITS.listName, true, true);
  const words = readWords(raw, 'words', path, problems);
  let appliesTo: AccountKind[] | null = ['brand'];
  if (raw.appliesTo !== undefined) {
    if (!Array.isArray(raw.appliesTo)) {
      problems.add('wrong-type', join(path, 'appliesTo'), { expected: 'array', found: typeName(raw.appliesTo) });
      appliesTo = null;
    } else {
      const kinds = raw.appliesTo.map((k, i) => {
        if (typeof k === 'string' && (ACCOUNT_KINDS as readonly string[]).includes(k)) return k as AccountKind;
        problems.add('invalid-value', `${join(path, 'appliesTo')}[${i}]`, { allowed: ACCOUNT_KINDS.join(', '), found: typeof k === 'string' ? k : typeName(k) });
        return null;
      });
      appliesTo = kinds.every((k) => k) ? [...new Set(kinds as AccountKind[])] : null;
    }
  }
  const action = readEnum<ListAction>(raw, 'action', ['confirm', 'block'], path, problems, 'confirm');
  const enabled = readBoolean(raw, 'enabled', path, problems, true);
  const includeAccounts = readIds(raw, 'includeAccounts', path, problems);
  const excludeAccounts = readIds(raw, 'excludeAccounts', path, problems);
  const nameSlug = slug(name ?? '');
  let id = nameSlug ? `list-${index}-${nameSlug}` : `list-${index}`;
  if (stored || raw.id !== undefined) {
    // Stored lists always carry their id; a file may (the export writes it, so that a round trip keeps it).
    if (typeof raw.id !== 'string' || !(stored ? raw.id : LIST_ID_PATTERN.test(raw.id))) {
      problems.add(typeof raw.id === 'string' ? 'invalid-value' : 'wrong-type', join(path, 'id'), typeof raw.id === 'string' ? { allowed: 'a-z 0-9 -', found: raw.id } : { expected: 'string', found: typeName(raw.id) });
      return null;
    }
    id = raw.id;
  }
  if (problems.list.length > before || !name || !words || !appliesTo || !action || enabled === null || !includeAccounts || !excludeAccounts) return null;
  return { id, name, words, appliesTo, action, enabled, includeAccounts, excludeAccounts };
}

/** Account ids a list names (`x:marie_dupont`); absent means none. */
function readIds(o: Obj, key: string, path: string, problems: Problems): string[] | null {
  const ids = readWords(o, key, path, problems, []);
  return ids ? [...new Set(ids)] : null;
}

/** Every word the settings hold (accounts' own words and exceptions, lists' words): what LIMITS.totalWords caps. */
export function totalWords(accounts: readonly Account[], wordLists: readonly WordList[]): number {
  return accounts.reduce((n, a) => n + a.ownWords.length + (a.exceptions?.length ?? 0), 0) + wordLists.reduce((n, l) => n + l.words.length, 0);
}

/** Checks that concern the whole collection: sizes, duplicates, total words. */
export function checkCollections(accounts: Account[], wordLists: WordList[], problems: Problems): void {
  const total = totalWords(accounts, wordLists);
  if (total > LIMITS.totalWords) problems.add('too-many-words', '', { count: total, max: LIMITS.totalWords });
  const seen = new Map<string, number>();
  accounts.forEach((a, i) => {
    const first = seen.get(a.id);
    if (first !== undefined) problems.add('duplicate-account', `accounts[${i}]`, { first });
    else seen.set(a.id, i);
  });
  // List ids are keys for the options page and for backups: two lists with one id would be one list there.
  const lists = new Map<string, number>();
  wordLists.forEach((l, i) => {
    const first = lists.get(l.id);
    if (first !== undefined) problems.add('duplicate-list', `wordLists[${i}].id`, { first });
    else lists.set(l.id, i);
  });
}

/** Reads an array field that holds items, applying the count limit. */
export function readItems(o: Obj, key: 'accounts' | 'wordLists', problems: Problems, max: number): unknown[] | null {
  const v = o[key];
  if (v === undefined) return null;
  if (!Array.isArray(v)) {
    problems.add('wrong-type', key, { expected: 'array', found: typeName(v) });
    return null;
  }
  if (v.length > max) {
    problems.add('too-many-items', key, { count: v.length, max });
    return null;
  }
  return v;
}

export function readUnknownIdentity(o: Obj, problems: Problems): UnknownIdentityPolicy | null {
  return readEnum<UnknownIdentityPolicy>(o, 'unknownIdentity', ['confirm', 'allow'], '', problems, 'confirm');
}

/**
 * The preferences present in `o` (each optional; an absent one is simply not in the result). Used for stored
 * records (where all must be present, checked by the caller) and for the options page's changes.
 */
export function readPreferences(o: Obj, problems: Problems): Partial<Preferences> {
  const out: Partial<Preferences> = {};
  if (o.language !== undefined) {
    const v = readEnum<LanguagePreference>(o, 'language', LANGUAGES, '', problems);
    if (v) out.language = v;
  }
  if (o.unknownIdentity !== undefined) {
    const v = readUnknownIdentity(o, problems);
    if (v) out.unknownIdentity = v;
  }
  for (const key of ['journalKeepText', 'pauseSparesProtected', 'guardEnabled'] as const) {
    if (o[key] === undefined) continue;
    const v = readBoolean(o, key, '', problems, false);
    if (v !== null) out[key] = v;
  }
  if (o.journalCap !== undefined) {
    const v = o.journalCap;
    const { min, max } = LIMITS.journalCap;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      problems.add('invalid-value', 'journalCap', { allowed: `${min}-${max}`, found: typeof v === 'number' ? v : typeName(v) });
    else out.journalCap = v;
  }
  return out;
}

/**
 * The end of a switch-off as stored (Settings.guardOffUntil): ms since epoch, a positive whole number; absent when the
 * guard is on or off with no end. How far ahead it may be depends on the time it is read (utils/rules/status.ts).
 */
export function readGuardOffUntil(o: Obj, problems: Problems): number | undefined | null {
  const v = o.guardOffUntil;
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v <= 0) {
    problems.add('invalid-value', 'guardOffUntil', { allowed: 'a time (ms since 1970)', found: typeof v === 'number' ? v : typeName(v) });
    return null;
  }
  return v;
}
