/**
 * The word lists editor's edits, as pure functions of the draft it keeps until "Save": each list as edited (its words
 * as the textarea holds them), delete with what Undo needs, undo at the old place, add (a new, shipped or imported
 * list), the kinds a list applies to, and what is saved. Per-account switches: utils/lists/shipped.ts. Pure, but for
 * reading the picked file's text.
 */
import { ACCOUNT_KINDS, listAppliesTo, type Account, type AccountKind, type Settings, type WordList } from '../types';
import type { SettingsFileContent } from '../settings/file';
import { LIST_FILE_LIMITS, listNameFromFile, parseListFile, wordsFromText, wordsToText, type ListFileError } from '../lists/text-import';
import { missingShippedLists, newListId, newWordList } from '../lists/shipped';
import { patternProblem } from '../rules/matcher';

/** A list being edited: its words as the textarea holds them (read back into words when saving). */
export interface EditList extends WordList {
  text: string;
}

/** What Undo needs to put a deleted list back. */
export interface DeletedList {
  list: EditList;
  index: number;
}

export const toEdit = (l: WordList): EditList => ({
  ...l,
  words: [...l.words],
  appliesTo: [...l.appliesTo],
  includeAccounts: [...l.includeAccounts],
  excludeAccounts: [...l.excludeAccounts],
  text: wordsToText(l.words),
});

/**
 * The words of an editor's text, read once per text: the word-lists section asks for them several times per render
 * (count, entries that never match, the dirty check), and 10,000 words take tens of milliseconds to read. Callers get
 * their own copy. The texts used last are kept (least recently used goes first): every list's current text stays,
 * while the texts of earlier keystrokes, each as big as the list, are the first to go.
 */
const wordsOfText = new Map<string, readonly string[]>();
const WORDS_OF_TEXT_KEPT = 64;
function wordsFrom(text: string): string[] {
  let words = wordsOfText.get(text);
  if (words) wordsOfText.delete(text); // put back below: the most recently used
  else {
    words = wordsFromText(text);
    if (wordsOfText.size >= WORDS_OF_TEXT_KEPT) wordsOfText.delete(wordsOfText.keys().next().value!);
  }
  wordsOfText.set(text, words);
  return [...words];
}

/** The list as saved: name trimmed, words read from the text, kinds in their canonical order. */
export const fromEdit = (l: EditList): WordList => ({
  id: l.id,
  name: l.name.trim(),
  words: wordsFrom(l.text),
  appliesTo: ACCOUNT_KINDS.filter((k) => l.appliesTo.includes(k)),
  action: l.action,
  enabled: l.enabled,
  includeAccounts: [...l.includeAccounts],
  excludeAccounts: [...l.excludeAccounts],
});

/** The configuration to save: these lists, the accounts and the unknown-identity policy as they are. */
export const listsToSave = (settings: Pick<Settings, 'accounts' | 'unknownIdentity'>, lists: EditList[]): SettingsFileContent => ({
  accounts: settings.accounts,
  wordLists: lists.map(fromEdit),
  unknownIdentity: settings.unknownIdentity,
});

/** How many words the list holds as its text now reads. */
export const wordCount = (l: EditList) => wordsFrom(l.text).length;

/**
 * The entries of the list, as it would be saved, that can never match: no letter, digit, symbol or emoji ("!!!",
 * "--", ":-)"). They are saved all the same (a stored list is never refused for them): the editor shows them.
 */
export const neverMatching = (l: Pick<EditList, 'text'>): string[] => wordsFrom(l.text).filter((w) => patternProblem(w) === 'never-matches');

/** The text a list is exported as: one word per line, as it would be saved. */
export const exportText = (l: EditList) => wordsToText(wordsFrom(l.text));

/** A list's name for the user: its name, or the placeholder while it has none. */
export const listLabel = (l: Pick<WordList, 'name'>, unnamed: string) => l.name.trim() || unnamed;

export const replaceList = (lists: EditList[], index: number, list: EditList): EditList[] => lists.map((l, i) => (i === index ? list : l));

export function deleteList(lists: EditList[], index: number): { lists: EditList[]; deleted: DeletedList } {
  return { lists: lists.filter((_, i) => i !== index), deleted: { list: lists[index]!, index } };
}

/** Undo of a delete: the list back at its old place, or last if the draft got shorter meanwhile. */
export function undoDelete(lists: EditList[], deleted: DeletedList): EditList[] {
  const next = [...lists];
  next.splice(Math.min(deleted.index, next.length), 0, deleted.list);
  return next;
}

export const addList = (lists: EditList[], list: WordList): EditList[] => [...lists, toEdit(list)];

/** A new, empty list (on, for brand accounts, asking for confirmation), with a fresh id. */
export const emptyList = (lists: EditList[], deleted: DeletedList | null, name: string): WordList => newWordList(freshListId(lists, deleted), name);

/** An unused id for a new list: neither a list's nor the deleted one's (Undo may still bring it back). */
export const freshListId = (lists: EditList[], deleted: DeletedList | null) => newListId([...lists.map((l) => l.id), ...(deleted ? [deleted.list.id] : [])]);

/** The shipped lists the user may add back: the missing ones, but not the one Undo would restore. */
export const restorableShippedLists = (lists: EditList[], deleted: DeletedList | null): WordList[] =>
  missingShippedLists(lists).filter((l) => l.id !== deleted?.list.id);

/** The list checked, or not, for a kind of account. */
export const withKind = (list: EditList, kind: AccountKind, on: boolean): EditList => ({
  ...list,
  appliesTo: on ? [...new Set([...list.appliesTo, kind])] : list.appliesTo.filter((k) => k !== kind),
});

/** Whether the list is checked for this account by its kind alone (what the "default" switch means for it). */
export const appliesByKind = (list: EditList, account: Account) =>
  listAppliesTo({ ...fromEdit(list), enabled: true, includeAccounts: [], excludeAccounts: [] }, account);

/** Why a picked file gives no list: what the file reader says, or the file could not be read at all. */
export type ListImportError = ListFileError | { code: 'unreadable' };

/**
 * A picked .txt/.csv file as a new list with this id, named after the file (or `unnamed`); or why it is refused.
 * A file over the size limit is refused before it is read.
 */
export async function importListFile(
  file: Pick<File, 'name' | 'size' | 'text'>,
  id: string,
  unnamed: string,
): Promise<{ ok: true; list: WordList } | { ok: false; error: ListImportError }> {
  if (file.size > LIST_FILE_LIMITS.bytes) return { ok: false, error: { code: 'too-large', bytes: file.size, max: LIST_FILE_LIMITS.bytes } };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: { code: 'unreadable' } };
  }
  const result = parseListFile(text, file.name);
  if (!result.ok) return result;
  return { ok: true, list: newWordList(id, listNameFromFile(file.name) || unnamed, result.words) };
}

/** The name of the list a save error is about (its path starts with wordLists[i]), if that list has a name. */
export function listNameOfError(path: string, names: string[]): string | undefined {
  const m = /^wordLists\[(\d+)\]/.exec(path);
  return m ? names[Number(m[1])] || undefined : undefined;
}
