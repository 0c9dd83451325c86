/** The word lists editor's edits, on their own: the draft, delete and undo, adding, kinds, importing a file, saving. */
import { describe, expect, it, vi } from 'vitest';
import type { Account, WordList } from '../../../utils/types';
import { DEFAULT_WORD_LISTS } from '../../../utils/settings/defaults';
import {
  addList,
  appliesByKind,
  deleteList,
  emptyList,
  exportText,
  freshListId,
  fromEdit,
  importListFile,
  listLabel,
  listNameOfError,
  listsToSave,
  neverMatching,
  replaceList,
  restorableShippedLists,
  toEdit,
  undoDelete,
  withKind,
  wordCount,
} from '../../../utils/ui/word-list-edits';

const list = (id: string, change: Partial<WordList> = {}): WordList => ({
  id, name: id, words: ['merde', 'putain'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [], ...change,
});
const draft = () => [toEdit(list('a')), toEdit(list('b')), toEdit(list('c'))];
const ids = (lists: { id: string }[]) => lists.map((l) => l.id);
const marie: Account = { id: 'x:marie', platform: 'x', handle: 'marie', kind: 'personal', protected: false, ownWords: [] };
const bakery: Account = { id: 'x:bakery', platform: 'x', handle: 'bakery', kind: 'brand', protected: true, ownWords: [] };

describe('entries that can never match', () => {
  it('are the entries with no letter, digit, symbol or emoji, as the list would be saved; they are saved all the same', () => {
    const edit = { ...toEdit(list('a')), text: 'merde\n!!!\n🖕\n--\nC++\n:-)\n!!!\n💩\n\u200B\n#\n' };
    expect(neverMatching(edit)).toEqual(['!!!', '--', ':-)', '#']);
    expect(fromEdit(edit).words).toEqual(['merde', '!!!', '🖕', '--', 'C++', ':-)', '💩', '#']);
    expect(neverMatching(toEdit(list('b')))).toEqual([]);
  });
});

describe('the draft', () => {
  it('holds the words as text, one per line, and reads them back as saved', () => {
    const edit = toEdit(list('a', { appliesTo: ['personal', 'brand'] }));
    expect(edit.text).toBe('merde\nputain\n');
    expect(fromEdit({ ...edit, name: '  Gros mots ', text: ' merde \n\nbordel\r\nMERDE' })).toEqual(
      list('a', { name: 'Gros mots', words: ['merde', 'bordel'], appliesTo: ['brand', 'personal'] }),
    );
    expect(wordCount({ ...edit, text: 'a\n\nb\nA' })).toBe(2);
    expect(exportText({ ...edit, text: ' a \n\nb' })).toBe('a\nb\n');
  });

  it('copies the list: editing the draft never changes the settings shown', () => {
    const original = list('a');
    const edit = toEdit(original);
    edit.words.push('x');
    edit.includeAccounts.push('x:marie');
    expect(original).toEqual(list('a'));
  });

  it('saves every list with the accounts and the unknown-identity policy unchanged', () => {
    const accounts = [marie];
    expect(listsToSave({ accounts, unknownIdentity: 'allow' }, [{ ...toEdit(list('a')), text: 'x' }])).toEqual({
      accounts,
      wordLists: [list('a', { words: ['x'] })],
      unknownIdentity: 'allow',
    });
  });

  it('replaces one list, leaving the others', () => {
    const lists = draft();
    const next = replaceList(lists, 1, { ...lists[1]!, name: 'B' });
    expect(next.map((l) => l.name)).toEqual(['a', 'B', 'c']);
    expect(next[0]).toBe(lists[0]);
    expect(lists[1]!.name).toBe('b');
  });

  it('names a list by its name, or a placeholder while it has none', () => {
    expect(listLabel({ name: ' Clients ' }, 'New list')).toBe('Clients');
    expect(listLabel({ name: '  ' }, 'New list')).toBe('New list');
  });
});

describe('delete, then undo', () => {
  it('takes the list out; undo puts it back at its old index', () => {
    const lists = draft();
    const { lists: next, deleted } = deleteList(lists, 1);
    expect(ids(next)).toEqual(['a', 'c']);
    expect(deleted).toEqual({ list: lists[1], index: 1 });
    expect(undoDelete(next, deleted)).toEqual(lists);
  });

  it('undo after the draft got shorter puts the list last', () => {
    const { deleted } = deleteList(draft(), 2);
    expect(ids(undoDelete([toEdit(list('a'))], deleted))).toEqual(['a', 'c']);
  });
});

describe('adding lists', () => {
  it('a new list is empty, on, for brands, asking, with an id that no list and no deleted list has', () => {
    const lists = [toEdit(list('my-list-1'))];
    expect(freshListId(lists, null)).toBe('my-list-2');
    expect(freshListId(lists, { list: toEdit(list('my-list-2')), index: 1 })).toBe('my-list-3');
    const fresh = emptyList(lists, null, 'New list');
    expect(fresh).toEqual({ id: 'my-list-2', name: 'New list', words: [], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] });
    expect(ids(addList(lists, fresh))).toEqual(['my-list-1', 'my-list-2']);
    expect(addList(lists, fresh)[1]!.text).toBe('');
  });

  it('offers back the shipped lists that are missing, except the one Undo would restore', () => {
    const kept = DEFAULT_WORD_LISTS.slice(1).map(toEdit);
    const first = DEFAULT_WORD_LISTS[0]!;
    expect(ids(restorableShippedLists(kept, null))).toEqual([first.id]);
    expect(restorableShippedLists(kept, { list: toEdit(first), index: 0 })).toEqual([]);
    expect(restorableShippedLists(DEFAULT_WORD_LISTS.map(toEdit), null)).toEqual([]);
  });
});

describe('kinds and per-account defaults', () => {
  it('switches a kind on (once) or off', () => {
    const edit = toEdit(list('a'));
    expect(withKind(edit, 'personal', true).appliesTo).toEqual(['brand', 'personal']);
    expect(withKind(edit, 'brand', true).appliesTo).toEqual(['brand']);
    expect(withKind(edit, 'brand', false).appliesTo).toEqual([]);
    expect(edit.appliesTo).toEqual(['brand']);
  });

  it('"default" for an account is what its kind gives, whatever the list\'s switches and on/off say', () => {
    const edit = toEdit(list('a', { enabled: false, includeAccounts: ['x:marie'], excludeAccounts: ['x:bakery'] }));
    expect(appliesByKind(edit, bakery)).toBe(true);
    expect(appliesByKind(edit, marie)).toBe(false);
    expect(appliesByKind(withKind(edit, 'personal', true), marie)).toBe(true);
  });
});

describe('importListFile', () => {
  const file = (name: string, text: string, size = text.length) => ({ name, size, text: vi.fn(async () => text) });

  it('makes a new list named after the file, from its words', async () => {
    expect(await importListFile(file('Concurrents locaux.txt', 'word\r\nMartin\r\n\r\nmartin\r\nBoulangerie Petit\r\n'), 'my-list-1', 'New list')).toEqual({
      ok: true,
      list: { ...emptyList([], null, 'Concurrents locaux'), words: ['Martin', 'Boulangerie Petit'] },
    });
    const csv = await importListFile(file('.csv', 'mot;note\n"pain, beurre";1\nlevain;2\n'), 'my-list-2', 'New list');
    expect(csv.ok && [csv.list.id, csv.list.name, csv.list.words]).toEqual(['my-list-2', 'New list', ['pain, beurre', 'levain']]);
  });

  it('refuses a file over 1 MiB without reading it', async () => {
    const big = file('big.txt', '', 1024 * 1024 + 1);
    expect(await importListFile(big, 'id', 'New list')).toEqual({ ok: false, error: { code: 'too-large', bytes: 1024 * 1024 + 1, max: 1024 * 1024 } });
    expect(big.text).not.toHaveBeenCalled();
  });

  it('says why a file gives no list: unreadable, or what the reader refuses', async () => {
    const broken = { name: 'x.txt', size: 3, text: async () => Promise.reject(new Error('gone')) };
    expect(await importListFile(broken, 'id', 'New list')).toEqual({ ok: false, error: { code: 'unreadable' } });
    expect(await importListFile(file('empty.txt', '\n\n'), 'id', 'New list')).toEqual({ ok: false, error: { code: 'empty' } });
  });
});

describe('listNameOfError', () => {
  it('names the list a save error is about, when it has a name', () => {
    const names = ['Grossièretés', ''];
    expect(listNameOfError('wordLists[0].words[2]', names)).toBe('Grossièretés');
    expect(listNameOfError('wordLists[1].name', names)).toBeUndefined();
    expect(listNameOfError('wordLists[7]', names)).toBeUndefined();
    expect(listNameOfError('', names)).toBeUndefined();
    expect(listNameOfError('accounts[0]', names)).toBeUndefined();
  });
});
