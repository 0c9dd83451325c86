/**
 * The settings file, version 1: what the options page imports and exports (documented in the README). Reading is
 * all-or-nothing: any problem and nothing is returned but the list of problems, each with its place in the file.
 */
import type { Account, Settings, UnknownIdentityPolicy, WordList } from '../types';
import { DEFAULT_WORD_LISTS } from './defaults';
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

export function parseSettingsFile(text: string): ParseResult {
  const fail = (...errors: ImportError[]): ParseResult => ({ ok: false, errors });
  const bytes = utf8Length(text);
  if (bytes > LIMITS.fileBytes) return fail({ code: 'too-large', path: '', params: { bytes, max: LIMITS.fileBytes } });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    return fail(position ? { code: 'not-json', path: '', params: { position: Number(position) } } : { code: 'not-json', path: '' });
  }
  if (!isObject(data)) return fail({ code: 'not-object', path: '' });
  if (data.format !== FILE_FORMAT)
    return fail({ code: 'wrong-format', path: 'format', params: { found: typeof data.format === 'string' ? data.format : String(data.format) } });
  if (data.version !== FILE_VERSION) return fail({ code: 'unsupported-version', path: 'version', params: { found: String(data.version) } });

  const problems = new Problems();
  findForbiddenKeys(data, '', problems);
  if (problems.any) return fail(...problems.list);

  const rawAccounts = readItems(data, 'accounts', problems, LIMITS.accounts) ?? [];
  const accounts = rawAccounts.map((a, i) => readAccount(a, `accounts[${i}]`, problems));
  const rawLists = data.wordLists === undefined ? null : readItems(data, 'wordLists', problems, LIMITS.wordLists);
  const wordLists =
    data.wordLists === undefined
      ? DEFAULT_WORD_LISTS.map((l) => ({ ...l, words: [...l.words], appliesTo: [...l.appliesTo] }))
      : (rawLists ?? []).map((l, i) => readWordList(l, i, `wordLists[${i}]`, problems));
  const unknownIdentity = readUnknownIdentity(data, problems);
  const valid = <T,>(xs: (T | null)[]): xs is T[] => xs.every((x) => x !== null);
  if (valid(accounts) && valid(wordLists)) checkCollections(accounts, wordLists, problems);
  if (problems.any || !valid(accounts) || !valid(wordLists) || !unknownIdentity) return fail(...problems.list);
  return { ok: true, content: { accounts, wordLists, unknownIdentity } };
}

/** The v1 file for these settings: every account field written out, no internal ids. */
export function exportSettingsFile(settings: Settings): string {
  return JSON.stringify(
    {
      format: FILE_FORMAT,
      version: FILE_VERSION,
      accounts: settings.accounts.map((a) => ({
        platform: a.platform,
        ...(a.handle ? { handle: a.handle } : {}),
        ...(a.name ? { name: a.name } : {}),
        kind: a.kind,
        protected: a.protected,
        ownWords: [...a.ownWords],
      })),
      wordLists: settings.wordLists.map((l) => ({ name: l.name, words: [...l.words], appliesTo: [...l.appliesTo], action: l.action })),
      unknownIdentity: settings.unknownIdentity,
    },
    null,
    2,
  );
}
