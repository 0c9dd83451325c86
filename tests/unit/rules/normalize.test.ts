import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldCodePoint, normalizeText, tokenize, type Token } from '../../../utils/rules/normalize';

/** Strings built from characters that are known to be tricky for folding and for surrogate handling. */
const TRICKY = [
  'a', 'Z', ' ', '#', '@', '_', '-', "'", '’', '\n', '\u00A0', '\u0301', '\u0308', '\uFE0F', '\u200D',
  'É', 'ß', 'ẞ', 'İ', 'ı', 'Σ', 'ς', 'ﬁ', 'ﬀ', 'ｆ', 'Ｗ', '＃', '＠', 'Ⓦ', '²', '½', '㈱', 'Ǆ', '가', 'ᄀ', 'ᅡ',
  '\uD835', '\uDC00', '\uD83E', '\uDD56', '𝐀', '🥖', '😀', '\uD800', '\uDFFF',
];
const trickyString = fc.array(fc.constantFrom(...TRICKY), { maxLength: 24 }).map((a) => a.join(''));
const anyString = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'binary-ascii' }), trickyString);

describe('normalizeText', () => {
  it.each([
    ['Être', 'etre'],
    ['ÉCOLE Ça', 'ecole ca'],
    ['ｆｕｃｋ', 'fuck'],
    ['ＷＴＦ！', 'wtf!'],
    ['ﬁn', 'fin'],
    ['ﬀ', 'ff'],
    ['Straße', 'straße'],
    ['e\u0301te\u0301', 'ete'],
    ['Ⓦⓣⓕ', 'wtf'],
    ['𝐁𝐨𝐥𝐝', 'bold'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['οδος', 'οδοσ'],
    ['İstanbul', 'istanbul'],
    ['x²', 'x2'],
    ['Ǆ', 'dz'],
    ['a\u00A0b', 'a b'],
    ['…', '...'],
    ['가', '가'],
    ['㈱', '(株)'],
    ['🥖 pain', '🥖 pain'],
    ['\uD800', '\uFFFD'],
    ['a\uDC00b', 'a\uFFFDb'],
    ['', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent on every code point, lone surrogates included', () => {
    const bad: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      const s = String.fromCodePoint(c);
      const once = normalizeText(s);
      if (normalizeText(once) !== once) bad.push(c.toString(16));
      if (foldCodePoint(s) !== once) bad.push(`fold ${c.toString(16)}`);
    }
    expect(bad).toEqual([]);
  });

  it('does not pair the halves of a surrogate pair split by a mark into a new character', () => {
    // Dropping the mark would otherwise join \uD835 and \uDC00 into 𝐀, which folds to "a" the second time.
    const s = '\uD835\u0301\uDC00';
    expect(normalizeText(s)).toBe('\uFFFD\uFFFD');
    expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
  });

  it('is idempotent and never throws on arbitrary strings (property)', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });

  it('folds one code point at a time: the fold of a concatenation is the concatenation of the folds (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (a, b) => {
        expect(normalizeText(a + b)).toBe(normalizeText(a) + normalizeText(b));
      }),
      { numRuns: 1000 },
    );
  });
});

const t = (word: string, sigil: Token['sigil'], start: number, end: number): Token => ({ word, sigil, start, end });

describe('tokenize', () => {
  it.each<[string, string, Token[]]>([
    ['words, sigils and offsets', "L'équipe de #BoulangerieDupont @Marie_D!", [t('l', '', 0, 1), t('equipe', '', 2, 8), t('de', '', 9, 11), t('boulangeriedupont', '#', 12, 30), t('marie_d', '@', 31, 39)]],
    ['curly apostrophe and hyphen separate', 'l’été mon-boss', [t('l', '', 0, 1), t('ete', '', 2, 5), t('mon', '', 6, 9), t('boss', '', 10, 14)]],
    ['digits and underscores are word characters', 'top_10 2024', [t('top_10', '', 0, 6), t('2024', '', 7, 11)]],
    ['emoji next to words separate them', '🥖lol🥖', [t('lol', '', 2, 5)]],
    ['offsets in UTF-16 units past astral characters', '😀 🥖 merde', [t('merde', '', 6, 11)]],
    ['astral letters fold and keep their UTF-16 extent', '𝐇𝐞𝐥𝐥𝐨 wtf', [t('hello', '', 0, 10), t('wtf', '', 11, 14)]],
    ['combining marks do not split a word', 'e\u0301te\u0301 ici', [t('ete', '', 0, 5), t('ici', '', 6, 9)]],
    ['a mark between the sigil and the word keeps the sigil', '#\u0301tag', [t('tag', '#', 0, 5)]],
    ['a ligature is two letters of one character', 'ﬁne', [t('fine', '', 0, 3)]],
    ['full-width sigil and letters', '＃ｔａｇ ＠ｍｅ', [t('tag', '#', 0, 4), t('me', '@', 5, 8)]],
    ['a character whose fold mixes letters and punctuation', 'a㈱b', [t('a', '', 0, 1), t('株', '', 1, 2), t('b', '', 2, 3)]],
    ['two words in the fold of one character share its extent', '½', [t('1', '', 0, 1), t('2', '', 0, 1)]],
    ['a trailing mark belongs to the word', 'cafe\u0301!', [t('cafe', '', 0, 5)]],
    ['an e-mail address is no mention', 'contact@boulangerie.fr', [t('contact', '', 0, 7), t('boulangerie', '', 8, 19), t('fr', '', 20, 22)]],
    ['a # after a word is no hashtag', 'C# #dev', [t('c', '', 0, 1), t('dev', '#', 3, 7)]],
    ['a doubled sigil still makes a hashtag', '##tag', [t('tag', '#', 1, 5)]],
    ['a sigil separated from the word is lost', '# tag @ me', [t('tag', '', 2, 5), t('me', '', 8, 10)]],
    ['line breaks and tabs separate', 'pain\nau\tlevain', [t('pain', '', 0, 4), t('au', '', 5, 7), t('levain', '', 8, 14)]],
    ['lone surrogates separate', 'a\uD800b', [t('a', '', 0, 1), t('b', '', 2, 3)]],
    ['nothing but separators', ' !?… 🥖 ', []],
  ])('%s', (_, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it('never throws; offsets are in range, in order, and each token covers its word (property)', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        let last = { start: 0, end: 0 };
        for (const token of tokenize(s)) {
          // Two words may share one character ("½" folds to "1⁄2"), so starts and ends only never go back.
          expect(token.start).toBeGreaterThanOrEqual(last.start);
          expect(token.end).toBeGreaterThanOrEqual(last.end);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(s.length);
          expect(normalizeText(s.slice(token.start, token.end))).toContain(token.sigil + token.word);
          last = token;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same words in a text and in its normalised form (property)', () => {
    const words = (s: string) => tokenize(s).map((token) => token.sigil + token.word);
    fc.assert(
      fc.property(anyString, (s) => {
        expect(words(normalizeText(s))).toEqual(words(s));
      }),
      { numRuns: 2000 },
    );
  });
});
