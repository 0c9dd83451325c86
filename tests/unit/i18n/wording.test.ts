/**
 * Wording as a new user reads it, in both languages: every count agrees with its noun ("1 word", "0 compte", "2 mots";
 * never "1 mots", "1 words", "0 comptes", "1 entrées" or "item(s)"), and the catalogues use one set of terms: "guard" /
 * "protection" for the guard, "Mots du compte" for an account's own words, "post" (never "publication") in English.
 */
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { translatorFor, type Catalog, type MessageKey } from '../../../utils/i18n';
import { plural, pluralForm, type PluralKey } from '../../../utils/plural';

const catalogs = { en: en as Catalog, fr: fr as Catalog };
const translators = { en: translatorFor(catalogs.en), fr: translatorFor(catalogs.fr) };
const pluralKeys = Object.keys(en)
  .filter((k) => k.endsWith('_one') && `${k.slice(0, -4)}_other` in en)
  .map((k) => k.slice(0, -4) as PluralKey);
const placeholdersOf = (key: string) => [...(catalogs.en[key]!.message.matchAll(/\$([A-Z_]+)\$/g) ?? [])].map((m) => m[1]!);

/** The words right after each count in a text: "2 word lists" → [["word", "lists"]]. */
const after = (text: string, count: number) =>
  [...text.matchAll(new RegExp(`(?<![\\d.,])${count}(?![\\d.,:])\\s+([\\p{L}’']+)(?:\\s+([\\p{L}’']+))?`, 'gu'))].map((m) => [m[1]!, m[2] ?? '']);
/** Words ending in s that are no plural noun, in the texts around counts. */
const NOT_PLURAL = new Set(['is', 'has', 'was', 'its', 'this', 'as', 'pas', 'plus', 'sans', 'dans', 'sous', 'dépasse']);
const isPlural = (word: string) => /[sx]$/i.test(word) && !NOT_PLURAL.has(word.toLowerCase());
/** Messages whose two forms are rightly the same in English ("and 1 more", "and 2 more"). */
const SAME_IN_ENGLISH = new Set<PluralKey>(['list_neverMatchesMore']);

describe('plurals', () => {
  it('follow each language\'s rule: English 1 is singular; French 0 and 1 are', () => {
    expect([0, 1, 2].map((n) => pluralForm(translators.en, n))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm(translators.fr, n))).toEqual(['one', 'one', 'other']);
    expect(plural(translators.fr, 'count_accounts', 0)).toBe('0 compte');
    expect(plural(translators.en, 'count_accounts', 0)).toBe('0 accounts');
  });

  it('every count-bearing message has both forms, with the same placeholders, in both languages', () => {
    expect(pluralKeys.length).toBeGreaterThanOrEqual(15);
    for (const key of pluralKeys) {
      for (const lang of ['en', 'fr'] as const) {
        expect(catalogs[lang][`${key}_one`], `${lang} ${key}_one`).toBeDefined();
        expect(catalogs[lang][`${key}_other`], `${lang} ${key}_other`).toBeDefined();
      }
      expect(placeholdersOf(`${key}_one`).sort(), key).toEqual(placeholdersOf(`${key}_other`).sort());
    }
  });

  describe.each(['en', 'fr'] as const)('in %s', (lang) => {
    const t = translators[lang];
    it.each(pluralKeys.map((k) => [k]))('%s agrees with 0, 1 and 2', (key) => {
      // Every placeholder gets the count: the count's own and any other (a maximum, a line): each must read right.
      const render = (n: number) => plural(t, key, n, placeholdersOf(`${key}_one`).map((name) => (/^(NAME|WORD|DATE|FROM|TO|REASON)$/.test(name) ? name.toLowerCase() : name === 'LINE' ? 7 : n)));
      for (const n of [0, 1, 2]) {
        const text = render(n);
        expect(text, `${key} ${n}`).not.toMatch(/\$[A-Z_]+\$|\(s\)/);
        const singular = pluralForm(t, n) === 'one';
        for (const words of after(text, n)) {
          if (singular) expect(words.filter(isPlural), `${lang} ${key} ${n}: "${text}"`).toEqual([]);
          else if (!(lang === 'en' && SAME_IN_ENGLISH.has(key)) && words[0] !== 'of' && words[0] !== 'sur') expect(words.some(isPlural), `${lang} ${key} ${n}: "${text}"`).toBe(true);
        }
      }
      if (!(lang === 'en' && SAME_IN_ENGLISH.has(key))) expect(render(1)).not.toBe(render(2));
    });
  });

  it('"1 mots", "1 words", "0 comptes", "1 entrées" appear nowhere', () => {
    for (const lang of ['en', 'fr'] as const)
      for (const key of pluralKeys)
        for (const n of [0, 1, 2]) {
          const text = plural(translators[lang], key, n, placeholdersOf(`${key}_one`).map(() => n));
          expect(text).not.toMatch(/\b1 mots\b|\b1 words\b|\b0 comptes\b|\b1 entrées\b|\b[01] listes\b|\b1 accounts\b|\b[01] éléments\b|\b[01] tentatives\b/);
        }
  });

  it('no other message puts a count before a noun: those are the plural ones', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const [key, { message }] of Object.entries(catalogs[lang])) {
        if (/_(one|other)$/.test(key)) continue;
        expect(message, `${lang} ${key}`).not.toMatch(/\(s\)/);
        expect(message, `${lang} ${key}`).not.toMatch(/\$(COUNT|SHOWN|TOTAL|ACCOUNTS|LISTS|MAX)\$ (?!KiB|Kio|and\b|et\b)[\p{L}]/u);
      }
    }
  });
});

describe('terms', () => {
  const messages = (lang: 'en' | 'fr') => Object.entries(catalogs[lang]).map(([key, { message }]) => [key, message] as const);

  it('French says "protection" for the guard, never "garde" (nor "le garde")', () => {
    for (const [key, message] of messages('fr')) expect(message, key).not.toMatch(/\b(la |le |)garde\b/i);
    expect(translators.fr('popup_state_active')).toBe('Protection active');
    expect(translators.fr('popup_state_off')).toMatch(/^Protection désactivée/);
  });

  it('French says "Mots du compte", never "mots propres" (which reads as "clean words")', () => {
    for (const [key, message] of messages('fr')) expect(message, key).not.toMatch(/mots propres|propres au compte/i);
    expect(translators.fr('optionsOwnWords' as MessageKey, ['#pain'])).toBe('Mots du compte : #pain');
  });

  it('English says "post", never "publication"', () => {
    for (const [key, message] of messages('en')) expect(message, key).not.toMatch(/\bpublications?\b/i);
  });
});
