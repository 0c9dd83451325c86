/** The accounts section's edits, on their own: what each one saves, and that Undo puts things back as they were. */
import { describe, expect, it } from 'vitest';
import type { Account, Settings, WordList } from '../../../utils/types';
import {
  accountGroups,
  accountSearch,
  accountsByPlatform,
  addAccount,
  groupFilter,
  moveAccount,
  NO_GROUP,
  removeAccount,
  renameAccountInLists,
  replaceAccount,
  restoreAccount,
} from '../../../utils/ui/account-edits';

const account = (id: string, change: Partial<Account> = {}): Account => {
  const [platform, handle] = id.split(':') as [Account['platform'], string];
  return { id, platform, handle, kind: 'brand', protected: false, ownWords: [], ...change };
};
const bakery = account('x:bakery', { group: 'Dupont' });
const marie = account('x:marie', { kind: 'personal' });
const insta = account('instagram:marie', { kind: 'personal' });
const cafe = account('x:cafe', { group: 'Martin' });
const list = (id: string, includeAccounts: string[] = [], excludeAccounts: string[] = []): WordList => ({
  id, name: id, words: ['w'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts, excludeAccounts,
});
const settings = (accounts = [bakery, marie, insta, cafe], wordLists = [list('a', ['x:marie'], ['x:cafe']), list('b', [], ['x:marie'])]): Settings => ({
  schemaVersion: 2,
  accounts,
  wordLists,
  unknownIdentity: 'allow',
  guardEnabled: true,
  language: 'auto',
  journalKeepText: false,
  journalCap: 2000,
  pauseSparesProtected: true,
});
const ids = (accounts: Account[]) => accounts.map((a) => a.id);
const all = () => true;

describe('renameAccountInLists', () => {
  it('renames the id in both switches of every list, keeping each id once', () => {
    const lists = [list('a', ['x:marie', 'x:new'], ['x:cafe']), list('b', [], ['x:marie'])];
    expect(renameAccountInLists(lists, 'x:marie', 'x:new').map((l) => [l.includeAccounts, l.excludeAccounts])).toEqual([
      [['x:new'], ['x:cafe']],
      [[], ['x:new']],
    ]);
  });

  it('with no new id, takes the account out of the switches; other lists are left as they were', () => {
    const untouched = list('c', ['x:cafe']);
    const [a, c] = renameAccountInLists([list('a', ['x:marie', 'x:cafe']), untouched], 'x:marie', null);
    expect(a!.includeAccounts).toEqual(['x:cafe']);
    expect(c).toEqual(untouched);
    expect(c!.includeAccounts).toBe(untouched.includeAccounts);
  });
});

describe('add and replace', () => {
  it('adds at the end, and saves only the accounts, the lists and the unknown-identity policy', () => {
    const s = settings();
    const next = addAccount(s, account('linkedin:page'));
    expect(next).toEqual({ accounts: [...s.accounts, account('linkedin:page')], wordLists: s.wordLists, unknownIdentity: 'allow' });
    expect(s.accounts).toHaveLength(4); // the settings shown are not changed
  });

  it('replaces an account in place; the lists are the same when its id stays', () => {
    const s = settings();
    const next = replaceAccount(s, 'x:marie', { ...marie, name: 'Marie' })!;
    expect(ids(next.accounts)).toEqual(ids(s.accounts));
    expect(next.accounts[1]!.name).toBe('Marie');
    expect(next.wordLists).toBe(s.wordLists);
  });

  it('a new handle (a new id) renames the account in the lists that name it', () => {
    const next = replaceAccount(settings(), 'x:marie', account('x:marie_d', { kind: 'personal' }))!;
    expect(ids(next.accounts)).toEqual(['x:bakery', 'x:marie_d', 'instagram:marie', 'x:cafe']);
    expect(next.wordLists.map((l) => [l.includeAccounts, l.excludeAccounts])).toEqual([
      [['x:marie_d'], ['x:cafe']],
      [[], ['x:marie_d']],
    ]);
  });

  it('gives nothing to save when the account edited is gone meanwhile', () => {
    expect(replaceAccount(settings(), 'x:gone', marie)).toBeNull();
  });
});

describe('remove, then undo', () => {
  it('removes the account and its switches; undo puts both back at the old index', () => {
    const s = settings();
    const { next, removed } = removeAccount(s, 'x:marie')!;
    expect(ids(next.accounts)).toEqual(['x:bakery', 'instagram:marie', 'x:cafe']);
    expect(next.wordLists.map((l) => [l.includeAccounts, l.excludeAccounts])).toEqual([
      [[], ['x:cafe']],
      [[], []],
    ]);
    expect(removed).toEqual({
      account: marie,
      index: 1,
      refs: [
        { listId: 'a', field: 'includeAccounts' },
        { listId: 'b', field: 'excludeAccounts' },
      ],
    });
    expect(restoreAccount({ ...s, ...next }, removed)).toEqual({ accounts: s.accounts, wordLists: s.wordLists, unknownIdentity: 'allow' });
  });

  it('undo after other changes: last if the list got shorter, only in the lists still there, never twice in a switch', () => {
    const { removed } = removeAccount(settings(), 'x:cafe')!;
    const meanwhile = settings([bakery], [list('a', [], ['x:cafe'])]);
    const back = restoreAccount(meanwhile, removed);
    expect(ids(back.accounts)).toEqual(['x:bakery', 'x:cafe']);
    expect(back.wordLists).toEqual([list('a', [], ['x:cafe'])]);
  });

  it('gives nothing to save for an account that is not there', () => {
    expect(removeAccount(settings(), 'x:gone')).toBeNull();
  });
});

describe('moveAccount', () => {
  it('swaps with the next account of the same platform, over the other platforms between them', () => {
    // x:marie and x:cafe have instagram:marie between them.
    expect(ids(moveAccount(settings(), 'x:cafe', -1, all)!.accounts)).toEqual(['x:bakery', 'x:cafe', 'instagram:marie', 'x:marie']);
    expect(ids(moveAccount(settings(), 'x:marie', 1, all)!.accounts)).toEqual(['x:bakery', 'x:cafe', 'instagram:marie', 'x:marie']);
  });

  it('goes past the accounts the filter hides', () => {
    const { shows } = groupFilter(NO_GROUP, accountGroups(settings().accounts));
    const s = settings([marie, bakery, cafe, account('x:other')]);
    expect(ids(moveAccount(s, 'x:other', -1, shows)!.accounts)).toEqual(['x:other', 'x:bakery', 'x:cafe', 'x:marie']);
  });

  it('does nothing at the ends of its platform, alone on its platform, or for an unknown id', () => {
    expect(moveAccount(settings(), 'x:bakery', -1, all)).toBeNull();
    expect(moveAccount(settings(), 'x:cafe', 1, all)).toBeNull();
    expect(moveAccount(settings(), 'instagram:marie', 1, all)).toBeNull();
    expect(moveAccount(settings(), 'instagram:marie', -1, all)).toBeNull();
    expect(moveAccount(settings(), 'x:gone', 1, all)).toBeNull();
  });

  it('keeps everything else as it is', () => {
    const s = settings();
    const next = moveAccount(s, 'x:marie', -1, all)!;
    expect(next.wordLists).toBe(s.wordLists);
    expect(next.unknownIdentity).toBe('allow');
    expect(ids(s.accounts)).toEqual(['x:bakery', 'x:marie', 'instagram:marie', 'x:cafe']);
  });
});

describe('the group filter', () => {
  const accounts = [bakery, marie, insta, cafe, account('x:dupont2', { group: 'Dupont' })];

  it('offers each group once, sorted', () => {
    expect(accountGroups(accounts)).toEqual(['Dupont', 'Martin']);
    expect(accountGroups([marie])).toEqual([]);
  });

  it('shows all, those without a group, or one group; a group gone from the accounts falls back to all', () => {
    const groups = accountGroups(accounts);
    const shown = (filter: string) => accounts.filter(groupFilter(filter, groups).shows).map((a) => a.id);
    expect(shown('')).toHaveLength(5);
    expect(shown(NO_GROUP)).toEqual(['x:marie', 'instagram:marie']);
    expect(shown('Dupont')).toEqual(['x:bakery', 'x:dupont2']);
    expect(groupFilter('Gone', groups).value).toBe('');
    expect(shown('Gone')).toHaveLength(5);
  });

  it('groups what is shown by platform, in the platforms\' order, leaving out platforms with nothing shown', () => {
    const groups = accountGroups(accounts);
    const byPlatform = (filter: string) => accountsByPlatform(accounts, groupFilter(filter, groups).shows).map((g) => [g.platform, ids(g.accounts)]);
    expect(byPlatform('')).toEqual([
      ['x', ['x:bakery', 'x:marie', 'x:cafe', 'x:dupont2']],
      ['instagram', ['instagram:marie']],
    ]);
    expect(byPlatform('Martin')).toEqual([['x', ['x:cafe']]]);
    expect(accountsByPlatform([], () => true)).toEqual([]);
  });
});

describe('accountSearch', () => {
  const cafe = account('x:cafe_andre', { name: 'Café André', group: 'Brasserie Étoile' });
  it('finds every word typed in the client, name, handle or id, whatever the case, accents or a leading "@"', () => {
    for (const query of ['', '  ', 'cafe', 'ANDRÉ', '@cafe_andre', 'etoile cafe', 'x:cafe', 'brass'])
      expect(accountSearch(query)(cafe), query).toBe(true);
    for (const query of ['thé', 'cafe thé', 'instagram:']) expect(accountSearch(query)(cafe), query).toBe(false);
  });
});
