import { describe, expect, it } from 'vitest';
import { accountSwitch, isShippedList, missingShippedLists, newListId, newWordList, shippedList, withAccountSwitch } from '../../../utils/lists/shipped';
import { DEFAULT_WORD_LISTS } from '../../../utils/settings/defaults';
import { LIST_ID_PATTERN } from '../../../utils/settings/schema';

describe('shipped lists', () => {
  it('knows which ids are shipped', () => {
    expect(isShippedList('default-profanity-fr')).toBe(true);
    expect(isShippedList('default-live-hashtags-en')).toBe(true);
    expect(isShippedList('my-list-1')).toBe(false);
  });

  it('gives back the deleted ones, fresh and mutable', () => {
    const kept = DEFAULT_WORD_LISTS.filter((l) => l.id !== 'default-personal-fr' && l.id !== 'default-sensitive-en');
    const missing = missingShippedLists(kept);
    expect(missing.map((l) => l.id)).toEqual(['default-personal-fr', 'default-sensitive-en']);
    expect(Object.isFrozen(missing[0]!.words)).toBe(false);
    expect(shippedList('default-personal-fr')).toEqual(DEFAULT_WORD_LISTS[2]);
    expect(shippedList('nope')).toBeNull();
  });
});

describe('new lists', () => {
  it('ids are unused and valid', () => {
    expect(newListId([])).toBe('my-list-1');
    expect(newListId(['my-list-1', 'my-list-3'])).toBe('my-list-2');
    expect(LIST_ID_PATTERN.test(newListId(['default-profanity-fr']))).toBe(true);
  });

  it('a new list is on, for brands, asking', () => {
    expect(newWordList('my-list-1', 'Concurrents', ['martin'])).toEqual({
      id: 'my-list-1', name: 'Concurrents', words: ['martin'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [],
    });
  });
});

describe('per-account switches', () => {
  const list = { includeAccounts: ['x:a'], excludeAccounts: ['x:b'] };

  it('reads default, always, never', () => {
    expect(accountSwitch(list, 'x:a')).toBe('always');
    expect(accountSwitch(list, 'x:b')).toBe('never');
    expect(accountSwitch(list, 'x:c')).toBe('default');
  });

  it('sets one account, keeping it in at most one of include/exclude', () => {
    expect(withAccountSwitch(list, 'x:a', 'never')).toEqual({ includeAccounts: [], excludeAccounts: ['x:b', 'x:a'] });
    expect(withAccountSwitch(list, 'x:b', 'default')).toEqual({ includeAccounts: ['x:a'], excludeAccounts: [] });
    expect(withAccountSwitch(list, 'x:c', 'always')).toEqual({ includeAccounts: ['x:a', 'x:c'], excludeAccounts: ['x:b'] });
    expect(list).toEqual({ includeAccounts: ['x:a'], excludeAccounts: ['x:b'] });
  });
});
