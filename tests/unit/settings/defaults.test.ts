import { describe, expect, it } from 'vitest';
import { DEFAULT_WORD_LISTS, defaultSettings, defaultWordLists } from '../../../utils/settings/defaults';
import { CURRENT_SCHEMA_VERSION, isValidHandle, Problems, readWordList } from '../../../utils/settings/schema';
import type { Platform } from '../../../utils/types';
import { compileRules, evaluate } from '../../../utils/rules/engine';

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
      ['default-sensitive-fr', 'Sujets politiques et sensibles'],
      ['default-sensitive-en', 'Political and sensitive topics (English)'],
      ['default-live-hashtags-fr', "Hashtags d'actualité"],
      ['default-live-hashtags-en', 'Live-event hashtags (English)'],
    ]);
    for (const list of DEFAULT_WORD_LISTS) {
      expect(list.appliesTo).toEqual(['brand']);
      expect(list.action).toBe('confirm');
      expect(list.enabled).toBe(true);
      expect(list.includeAccounts).toEqual([]);
      expect(list.excludeAccounts).toEqual([]);
    }
  });

  it('stays small: under 400 words in all', () => {
    const total = DEFAULT_WORD_LISTS.reduce((n, l) => n + l.words.length, 0);
    expect(total).toBeGreaterThan(250);
    expect(total).toBeLessThan(400);
  });

  it.each([
    ['default-profanity-fr', ['merde', 'putain', 'bordel', 'connard*', 'connasse*', 'enculé*', 'salop*', 'fdp', 'ntm', 'nique*', 'pute*', 'ta gueule', 'chier', 'bite']],
    ['default-profanity-en', ['fuck*', 'shit*', 'bullshit', 'asshole*', 'ass', 'bitch*', 'dick*', 'crap', 'damn', 'wtf']],
    ['default-personal-fr', ['mon boss', 'mon chef', 'lol', 'mdr', 'ptdr', 'jpp', 'ma meuf', 'mon mec', 'bourré*', 'la flemme', 'wtf']],
    ['default-sensitive-fr', ['élection*', 'guerre', 'religion*', 'attentat*', 'immigr*', 'avortement', 'macron*', 'gaza']],
    ['default-sensitive-en', ['election*', 'war', 'religion*', 'mass shooting', 'abortion*', 'trump', 'gaza', 'thoughts and prayers']],
    ['default-live-hashtags-fr', ['#JO2024', '#Paris2024', '#Présidentielle*', '#JeSuisCharlie', '#RolandGarros*']],
    ['default-live-hashtags-en', ['#Olympics*', '#Eurovision*', '#BlackFriday', '#SuperBowl*', '#PrayFor*', '#MeToo']],
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

describe('the shipped lists in the rules engine', () => {
  const brand = { id: 'x:boulangerie_dupont', platform: 'x' as const, handle: 'boulangerie_dupont', kind: 'brand' as const, protected: false, ownWords: [] };
  const personal = { id: 'x:marie_dupont', platform: 'x' as const, handle: 'marie_dupont', kind: 'personal' as const, protected: false, ownWords: [] };
  const rules = compileRules({ ...defaultSettings(), accounts: [brand, personal] });
  const check = (handle: string, draft: string) => {
    const v = evaluate(rules, { platform: 'x', identity: { platform: 'x', handle, source: 'test' }, openedAs: null, draft });
    return { decision: v.decision, lists: v.reasons.flatMap((r) => (r.id === 'risky-words' ? r.lists.map((l) => [l.list.id, l.hits.map((h) => h.word)]) : [])) };
  };

  it.each([
    // Accents do not matter, so the English list sees the French word too.
    ['Nos croissants pour les Élections municipales !', [['default-sensitive-en', ['election*']], ['default-sensitive-fr', ['élection*', 'municipales']]]],
    ['Go team #Eurovision2025', [['default-live-hashtags-en', ['#Eurovision*']]]],
    ['Venez fêter les #JO2024 chez nous', [['default-live-hashtags-fr', ['#JO2024']]]],
    ['Our thoughts and prayers are with the victims', [['default-sensitive-en', ['thoughts and prayers', 'victims']]]],
    ['-30 % pour le #BlackFriday', [['default-live-hashtags-en', ['#BlackFriday']]]],
  ])('a brand account is asked about %j', (draft, lists) => {
    expect(check('boulangerie_dupont', draft)).toEqual({ decision: 'confirm', lists });
  });

  it('harmless look-alikes do not match: prefixes are whole-word, hashtags are hashtags only', () => {
    expect(check('boulangerie_dupont', 'Star Wars, violon, grape juice, warm bread, JO2024 sans dièse')).toEqual({ decision: 'allow', lists: [] });
  });

  it('a personal account is not checked by default', () => {
    expect(check('marie_dupont', 'Les élections, la guerre et le #JO2024')).toEqual({ decision: 'allow', lists: [] });
  });
});

describe('isValidHandle: one rule for imports, the accounts form and the popup link', () => {
  it.each<[Platform | null, string, boolean]>([
    ['x', 'marie_dupont', true],
    ['x', 'marie.dupont', false],
    ['instagram', 'marie.dupont', true],
    ['facebook', '61551234567890', true],
    ['facebook', 'boulangeriedupont', true],
    ['facebook', 'boulangerie dupont', false],
    ['linkedin', 'name:foo', false],
    ['linkedin', '', false],
    [null, 'anything-else', true],
  ])('%s %j → %s', (platform, handle, ok) => expect(isValidHandle(platform, handle)).toBe(ok));
});
