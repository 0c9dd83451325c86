/**
 * The shipped word lists as the options page sees them: which lists are shipped ones, which shipped lists the
 * user has deleted (so that they can be added back), and fresh ids for new lists. Pure.
 */
import type { WordList } from '../types';
import { defaultWordLists, DEFAULT_WORD_LISTS } from '../settings/defaults';
import { LIST_ID_PATTERN } from '../settings/schema';

export const isShippedList = (id: string) => DEFAULT_WORD_LISTS.some((l) => l.id === id);

/** Fresh copies of the shipped lists that are not in `lists` (by id), in shipped order. */
export function missingShippedLists(lists: readonly Pick<WordList, 'id'>[]): WordList[] {
  const have = new Set(lists.map((l) => l.id));
  return defaultWordLists().filter((l) => !have.has(l.id));
}

/** A shipped list as shipped (a fresh copy), or null if `id` is not a shipped list. */
export function shippedList(id: string): WordList | null {
  return defaultWordLists().find((l) => l.id === id) ?? null;
}

/**
 * An id for a new list, unused by `taken` (ids of the lists, and of a deleted list that may still be restored):
 * "my-list-1", "my-list-2"… Matches the id pattern the settings file accepts.
 */
export function newListId(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) {
    const id = `my-list-${n}`;
    if (!used.has(id) && LIST_ID_PATTERN.test(id)) return id;
  }
}

/** A new, empty list: on, for brand accounts, asking for confirmation. */
export function newWordList(id: string, name: string, words: string[] = []): WordList {
  return { id, name, words, appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] };
}

/** What a list does for one account: follows its kinds (`default`), or is forced on or off for it. */
export type AccountSwitch = 'default' | 'always' | 'never';

export function accountSwitch(list: Pick<WordList, 'includeAccounts' | 'excludeAccounts'>, accountId: string): AccountSwitch {
  if (list.excludeAccounts.includes(accountId)) return 'never';
  if (list.includeAccounts.includes(accountId)) return 'always';
  return 'default';
}

/** The list with the account's switch set (an account is in at most one of include/exclude). */
export function withAccountSwitch<L extends Pick<WordList, 'includeAccounts' | 'excludeAccounts'>>(list: L, accountId: string, value: AccountSwitch): L {
  const includeAccounts = list.includeAccounts.filter((id) => id !== accountId);
  const excludeAccounts = list.excludeAccounts.filter((id) => id !== accountId);
  if (value === 'always') includeAccounts.push(accountId);
  if (value === 'never') excludeAccounts.push(accountId);
  return { ...list, includeAccounts, excludeAccounts };
}
