import { describe, expect, it } from 'vitest';
import { DEFAULT_WORD_LISTS, defaultSettings, defaultWordLists } from '../../../utils/settings/defaults';
import { CURRENT_SCHEMA_VERSION, Problems, readWordList } from '../../../utils/settings/schema';

describe('defaultSettings', () => {
  it('has no accounts, the shipped lists, asks on unknown identity, guard on, current schema', () => {
    expect(defaultSettings()).toEqual({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      accounts: [],
      wordLists: DEFAULT_WORD_LISTS,
      unknownIdentity: 'confirm',
      guardEnabled: true,
      language: 'auto',
      journalKeepText: false,
      journalCap: 2000,
      pauseSparesProtected: true,
    });
  });

  it('is a fresh object each call, sharing nothing with the shipped lists', () => {
    const a = defaultSettings();
    a.accounts.push({ id: 'x:a', platform: 'x', handle: 'a', kind: 'brand', protected: false, ownWords: [] });
    a.wordLists[0]!.words.push('changed');
    a.wordLists[0]!.appliesTo.push('personal');
    a.wordLists.pop();
    const b = defaultSettings();
    expect(b.accounts).toEqual([]);
    expect(b.wordLists).toEqual(DEFAULT_WORD_LISTS);
    expect(defaultWordLists()).not.toBe(defaultWordLists());
  });

  it('keeps the shipped lists frozen, so nobody can change them by mistake', () => {
    expect(Object.isFrozen(DEFAULT_WORD_LISTS)).toBe(true);
    for (const list of DEFAULT_WORD_LISTS) {
      expect(Object.isFrozen(list) && Object.isFrozen(list.words) && Object.isFrozen(list.appliesTo)).toBe(true);
    }
  });
});

describe('DEFAULT_WORD_LISTS', () => {
  it('has stable ids and names, for brand accounts, asking for confirmation', () => {
    expect(DEFAULT_WORD_LISTS.map((l) => [l.id, l.name])).toEqual([
      ['default-profanity-fr', 'Grossièretés'],
      ['default-profanity-en', 'Profanity (English)'],
      ['default-personal-fr', 'Ton personnel'],
      ['default-personal-en', 'Personal tone (English)'],
    ]);
    for (const list of DEFAULT_WORD_LISTS) {
      expect(list.appliesTo).toEqual(['brand']);
      expect(list.action).toBe('confirm');
    }
  });

  it.each([
    ['default-profanity-fr', ['merde', 'putain', 'bordel', 'connard*', 'connasse*', 'enculé*', 'salop*', 'fdp', 'ntm', 'nique*', 'pute*', 'ta gueule', 'chier', 'bite']],
    ['default-profanity-en', ['fuck*', 'shit*', 'bullshit', 'asshole*', 'ass', 'bitch*', 'dick*', 'crap', 'damn', 'wtf']],
    ['default-personal-fr', ['mon boss', 'mon chef', 'lol', 'mdr', 'ptdr', 'jpp', 'ma meuf', 'mon mec', 'bourré*', 'la flemme', 'wtf']],
    ['default-personal-en', ['my boss', 'lol', 'lmao', 'omg', 'wtf', 'my wife', 'my husband', 'my girlfriend', 'my boyfriend', 'hungover', 'drunk']],
  ])('%s holds the expected words', (id, words) => {
    expect(DEFAULT_WORD_LISTS.find((l) => l.id === id)!.words).toEqual(expect.arrayContaining(words));
  });

  it('passes the same field rules as an imported list, without duplicates', () => {
    DEFAULT_WORD_LISTS.forEach((list, i) => {
      const problems = new Problems();
      expect(readWordList(list, i, `wordLists[${i}]`, problems, true)).toEqual(list);
      expect(problems.list).toEqual([]);
      expect(new Set(list.words).size).toBe(list.words.length);
      // Word syntax: words or phrases, #tag, @mention, a trailing * only.
      for (const w of list.words) expect(w).toMatch(/^[#@]?[^*#@]+\*?$/u);
    });
  });
});
