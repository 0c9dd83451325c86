/**
 * The options page's edits of the accounts, as pure functions of the configuration the page saves whole (accounts,
 * word lists, unknown-identity policy): add, replace (renaming the account in the lists' per-account switches when
 * its id changes), remove with what Undo needs, undo at the old place, move among the neighbours the user sees, and
 * the client/group filter. Each edit returns the configuration to save; the background validates it.
 */
import { PLATFORMS, type Account, type Platform, type WordList } from '../types';
import type { SettingsFileContent } from '../settings/file';

/** The filter value for "accounts with no group" (a group label cannot hold a NUL). */
export const NO_GROUP = '\u0000none';

/** What Undo needs to put a removed account back as it was. */
export interface RemovedAccount {
  account: Account;
  /** Its place in the accounts. */
  index: number;
  /** The lists that named the account in their per-account switches. */
  refs: { listId: string; field: 'includeAccounts' | 'excludeAccounts' }[];
}

/** Exactly what is saved: other settings (preferences, guard switch) are not the accounts section's to send. */
const configuration = (c: SettingsFileContent, accounts: Account[], wordLists: WordList[] = c.wordLists): SettingsFileContent => ({
  accounts,
  wordLists,
  unknownIdentity: c.unknownIdentity,
});

/** The lists with an account id renamed (an edit changed its handle) or removed (`to` null). */
export function renameAccountInLists(lists: WordList[], from: string, to: string | null): WordList[] {
  const swap = (ids: string[]) => (ids.includes(from) ? [...new Set(ids.flatMap((id) => (id === from ? (to ? [to] : []) : [id])))] : ids);
  return lists.map((l) => ({ ...l, includeAccounts: swap(l.includeAccounts), excludeAccounts: swap(l.excludeAccounts) }));
}

export function addAccount(c: SettingsFileContent, account: Account): SettingsFileContent {
  return configuration(c, [...c.accounts, account]);
}

/** The account `id` replaced in place by `account`; null when `id` is gone (changed elsewhere meanwhile). */
export function replaceAccount(c: SettingsFileContent, id: string, account: Account): SettingsFileContent | null {
  const index = c.accounts.findIndex((a) => a.id === id);
  if (index < 0) return null;
  const accounts = [...c.accounts];
  accounts[index] = account;
  return configuration(c, accounts, id === account.id ? c.wordLists : renameAccountInLists(c.wordLists, id, account.id));
}

/** The configuration without the account (and without it in the lists' switches), and what Undo needs; null when it is gone. */
export function removeAccount(c: SettingsFileContent, id: string): { next: SettingsFileContent; removed: RemovedAccount } | null {
  const index = c.accounts.findIndex((a) => a.id === id);
  if (index < 0) return null;
  const refs: RemovedAccount['refs'] = [];
  for (const l of c.wordLists) {
    if (l.includeAccounts.includes(id)) refs.push({ listId: l.id, field: 'includeAccounts' });
    if (l.excludeAccounts.includes(id)) refs.push({ listId: l.id, field: 'excludeAccounts' });
  }
  const next = configuration(
    c,
    c.accounts.filter((a) => a.id !== id),
    renameAccountInLists(c.wordLists, id, null),
  );
  return { next, removed: { account: c.accounts[index]!, index, refs } };
}

/**
 * Undo of a removal: the account back at its old place (or last, if the list got shorter meanwhile), and back in the
 * switches of the lists that still exist.
 */
export function restoreAccount(c: SettingsFileContent, removed: RemovedAccount): SettingsFileContent {
  const accounts = [...c.accounts];
  accounts.splice(Math.min(removed.index, accounts.length), 0, removed.account);
  const lists = c.wordLists.map((l) => {
    const fields = removed.refs.filter((r) => r.listId === l.id).map((r) => r.field);
    if (!fields.length) return l;
    const copy = { ...l, includeAccounts: [...l.includeAccounts], excludeAccounts: [...l.excludeAccounts] };
    for (const f of fields) if (!copy[f].includes(removed.account.id)) copy[f].push(removed.account.id);
    return copy;
  });
  return configuration(c, accounts, lists);
}

/**
 * The account swapped with its neighbour the user sees: the next one up (-1) or down (1) on the same platform that
 * `shown` keeps (the filter hides the others). Null when there is none: it is first or last of what is shown.
 */
export function moveAccount(c: SettingsFileContent, id: string, direction: -1 | 1, shown: (a: Account) => boolean): SettingsFileContent | null {
  const accounts = c.accounts;
  const index = accounts.findIndex((a) => a.id === id);
  if (index < 0) return null;
  const platform = accounts[index]!.platform;
  let other = index + direction;
  while (other >= 0 && other < accounts.length && !(accounts[other]!.platform === platform && shown(accounts[other]!))) other += direction;
  if (other < 0 || other >= accounts.length) return null;
  const moved = [...accounts];
  [moved[index], moved[other]] = [moved[other]!, moved[index]!];
  return configuration(c, moved);
}

/** The group labels in use, sorted, as the filter offers them. */
export function accountGroups(accounts: readonly Account[]): string[] {
  return [...new Set(accounts.map((a) => a.group).filter((g): g is string => !!g))].sort((a, b) => a.localeCompare(b));
}

/**
 * The filter as it applies: "" (all), NO_GROUP (accounts without a group) or a group label; a label no account
 * carries any more (its last account was removed or regrouped) falls back to all.
 */
export function groupFilter(filter: string, groups: readonly string[]): { value: string; shows: (a: Account) => boolean } {
  const value = filter === '' || filter === NO_GROUP || groups.includes(filter) ? filter : '';
  return { value, shows: (a) => value === '' || (value === NO_GROUP ? !a.group : a.group === value) };
}

/** An account's text as a search sees it: client, name, handle and id, lower case, accents and "@" left out. */
const searchText = new WeakMap<Account, string>();
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/(^|\s)@/g, '$1');
function textOf(a: Account): string {
  let text = searchText.get(a);
  if (text === undefined) searchText.set(a, (text = fold([a.group, a.name, a.handle, a.id].filter(Boolean).join(' '))));
  return text;
}

/**
 * The accounts a search box shows: each word typed (case, accents and a leading "@" do not matter) is somewhere in the
 * account's client, name, handle or id. An empty search shows every account. Cheap per keystroke: each account's
 * text is folded once, then reused while the account is the same object.
 */
export function accountSearch(query: string): (a: Account) => boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return () => true;
  return (a) => {
    const text = textOf(a);
    return words.every((w) => text.includes(w));
  };
}

/** The accounts shown, by platform in the platforms' order, each in its saved order; platforms with none shown left out. */
export function accountsByPlatform(accounts: readonly Account[], shows: (a: Account) => boolean): { platform: Platform; accounts: Account[] }[] {
  return PLATFORMS.map((platform) => ({ platform, accounts: accounts.filter((a) => a.platform === platform && shows(a)) })).filter((g) => g.accounts.length);
}
