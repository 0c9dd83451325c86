/**
 * The settings file, version 1: what the options page imports and exports (documented in the README). Reading is
 * all-or-nothing: any problem and nothing is returned but the list of problems, each with its place in the file.
 */
import type { Account, UnknownIdentityPolicy, WordList } from '../types';
import { defaultWordLists } from './defaults';
import {
  checkCollections,
  findForbiddenKeys,
  isObject,
  LIMITS,
  Problems,
  readAccount,
  readItems,
  readUnknownIdentity,
  readWordList,
  typeName,
  type ImportError,
} from './schema';

export const FILE_FORMAT = 'right-account-settings';
export const FILE_VERSION = 1;

export interface SettingsFileContent {
  accounts: Account[];
  wordLists: WordList[];
  unknownIdentity: UnknownIdentityPolicy;
}

export type ParseResult = { ok: true; content: SettingsFileContent } | { ok: false; errors: ImportError[] };

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * Where JSON.parse stopped, as a character offset, when its message says: V8 writes "at position 36", Firefox
 * "at line 1 column 37". Undefined when the message gives no place (V8: "Unexpected token 'x', … is not valid JSON").
 */
export function jsonErrorPosition(error: unknown, text: string): number | undefined {
  const message = String(error);
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (!lineColumn) return undefined;
  const [line, column] = [Number(lineColumn[1]), Number(lineColumn[2])];
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return undefined;
    offset = next + 1;
  }
  return offset + column - 1;
}

/**
 * A value for an error's `found`: strings and numbers as they are (the options page quotes strings, so version "1"
 * and version 1 read differently), booleans and undefined written out, anything else its type ("object", "null").
 */
const found = (v: unknown): string | number =>
  typeof v === 'string' || typeof v === 'number' ? v : typeof v === 'boolean' || v === undefined ? String(v) : typeName(v);

export function parseSettingsFile(text: string): ParseResult {
  const fail = (...errors: ImportError[]): ParseResult => ({ ok: false, errors });
  const bytes = utf8Length(text);
  if (bytes > LIMITS.fileBytes) return fail({ code: 'too-large', path: '', params: { bytes, max: LIMITS.fileBytes } });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = jsonErrorPosition(error, text);
    return fail(position === undefined ? { code: 'not-json', path: '' } : { code: 'not-json', path: '', params: { position } });
  }
  return readSettingsObject(data);
}

/**
 * The same checks on a value already parsed: what the options page sends when it saves (it builds a v1 file object,
 * so that one validator guards both ways in).
 */
export function readSettingsObject(data: unknown): ParseResult {
  const fail = (...errors: ImportError[]): ParseResult => ({ ok: false, errors });
  if (!isObject(data)) return fail({ code: 'not-object', path: '' });
  if (data.format !== FILE_FORMAT)
    return fail({ code: 'wrong-format', path: 'format', params: { found: found(data.format) } });
  if (data.version !== FILE_VERSION) return fail({ code: 'unsupported-version', path: 'version', params: { found: found(data.version) } });

  const problems = new Problems();
  findForbiddenKeys(data, '', problems);
  if (problems.any) return fail(...problems.list);

  const rawAccounts = readItems(data, 'accounts', problems, LIMITS.accounts) ?? [];
  const accounts = rawAccounts.map((a, i) => readAccount(a, `accounts[${i}]`, problems));
  const rawLists = data.wordLists === undefined ? null : readItems(data, 'wordLists', problems, LIMITS.wordLists);
  const wordLists =
    data.wordLists === undefined
      ? defaultWordLists()
      : (rawLists ?? []).map((l, i) => readWordList(l, i, `wordLists[${i}]`, problems));
  const unknownIdentity = readUnknownIdentity(data, problems);
  const valid = <T,>(xs: (T | null)[]): xs is T[] => xs.every((x) => x !== null);
  if (valid(accounts) && valid(wordLists)) checkCollections(accounts, wordLists, problems);
  if (problems.any || !valid(accounts) || !valid(wordLists) || !unknownIdentity) return fail(...problems.list);
  return { ok: true, content: { accounts, wordLists, unknownIdentity } };
}

/**
 * The v1 file for these settings: every field written out. Fields added after the first release (colour, group,
 * list id, enabled, per-account switches) are optional in the format, so older files stay valid and unchanged.
 */
export function exportSettingsFile(settings: SettingsFileContent): string {
  return JSON.stringify(settingsFileObject(settings), null, 2);
}

/** The v1 file as an object: what the options page sends to the background when it saves an edit. */
export function settingsFileObject(settings: SettingsFileContent) {
  return {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    accounts: settings.accounts.map((a) => ({
      platform: a.platform,
      ...(a.handle ? { handle: a.handle } : {}),
      ...(a.name ? { name: a.name } : {}),
      kind: a.kind,
      protected: a.protected,
      ownWords: [...a.ownWords],
      ...(a.color ? { color: a.color } : {}),
      ...(a.group ? { group: a.group } : {}),
      ...(a.confirmDelay !== undefined ? { confirmDelay: a.confirmDelay } : {}),
      ...(a.exceptions?.length ? { exceptions: [...a.exceptions] } : {}),
    })),
    wordLists: settings.wordLists.map((l) => ({
      id: l.id,
      name: l.name,
      words: [...l.words],
      appliesTo: [...l.appliesTo],
      action: l.action,
      enabled: l.enabled,
      includeAccounts: [...l.includeAccounts],
      excludeAccounts: [...l.excludeAccounts],
    })),
    unknownIdentity: settings.unknownIdentity,
  };
}
