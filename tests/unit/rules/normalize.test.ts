import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IGNORABLES, isDefaultIgnorable } from './unicode';
import { foldCodePoint, foldForMatching, normalizeForMatching, normalizeText, tokenize, type Token } from '../../../utils/rules/normalize';

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
  }, 60_000); // every code point: seconds of work, more on a loaded machine

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
          // The matcher's fold: a default-ignorable inside a word ("a\u200Db") is not there, so "ab" is one word.
          expect(normalizeForMatching(s.slice(token.start, token.end))).toContain(token.sigil + token.word);
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

describe('normalizeForMatching: default-ignorable code points are not there', () => {
  it.each([
    ['pain au le\u200Bvain', 'pain au levain'],
    ['pain au le\u00ADvain', 'pain au levain'],
    ['pain au le\u2060vain', 'pain au levain'],
    ['\uFEFFMer\u200Dde', 'merde'],
    ['\u200Eputain\u200F', 'putain'],
    ['con\u{E0063}nard', 'connard'],
    ['a\u3164b', 'ab'],
    // Emoji keep their pictures; what joins or varies them is not there.
    ['❤\uFE0F', '❤'],
    ['❤', '❤'],
    ['👨\u200D👩\u200D👧', '👨👩👧'],
    ['🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}', '🏴'],
  ])('%j reads %j', (input, expected) => {
    expect(normalizeForMatching(input)).toBe(expected);
  });

  it('knows Default_Ignorable_Code_Point as Unicode lists it, and is normalizeText without them, code point by code point', () => {
    const property = /^\p{Default_Ignorable_Code_Point}$/u;
    const bad: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      const s = String.fromCodePoint(c);
      const ignorable = isDefaultIgnorable(c);
      if (property.test(s) !== ignorable) bad.push(`property ${c.toString(16)}`);
      const fold = foldForMatching(s);
      // No fold of a visible character holds a default-ignorable: outside them, the two folds are the same.
      if (fold !== (ignorable ? '' : foldCodePoint(s))) bad.push(c.toString(16));
      if (normalizeForMatching(s) !== fold || normalizeForMatching(fold) !== fold) bad.push(`idempotent ${c.toString(16)}`);
    }
    expect(bad).toEqual([]);
  }, 30_000);

  it('leaves normalizeText as it was: account ids are derived from it', () => {
    expect(normalizeText('le\u200Bvain')).toBe('le\u200Bvain');
    expect(normalizeText('👨\u200D👩')).toBe('👨\u200D👩');
  });

  it('removing the ignorables first changes nothing; inserting some anywhere changes nothing (property)', () => {
    const withInserts = fc
      .tuple(anyString, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...IGNORABLES)), { maxLength: 6 }))
      .map(([s, inserts]) => {
        const points = Array.from(s);
        const out = [...points];
        for (const [at, ch] of inserts) out.splice(at % (out.length + 1), 0, ch);
        return [s, out.join('')] as const;
      });
    fc.assert(
      fc.property(withInserts, ([s, noisy]) => {
        expect(normalizeForMatching(noisy)).toBe(normalizeForMatching(s));
        const once = normalizeForMatching(noisy);
        expect(normalizeForMatching(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

const sym = (word: string, start: number, end: number): Token => ({ word, sigil: '', start, end, symbol: true });

describe('tokenize: default-ignorables inside and between words', () => {
  it.each<[string, string, Token[]]>([
    ['a zero-width space inside a word', 'pain au le\u200Bvain', [t('pain', '', 0, 4), t('au', '', 5, 7), t('levain', '', 8, 15)]],
    ['a soft hyphen inside a word', 'le\u00ADvain', [t('levain', '', 0, 7)]],
    ['a word joiner inside a word', 'le\u2060vain', [t('levain', '', 0, 7)]],
    ['between words, next to a space', 'pain \u200Bau\u200B levain', [t('pain', '', 0, 4), t('au', '', 6, 9), t('levain', '', 10, 16)]],
    ['as the only thing between two words, it joins them (the reader sees them glued)', 'pain\u200Bau', [t('painau', '', 0, 7)]],
    ['right after a word, it belongs to it', 'merde\u200B !', [t('merde', '', 0, 6)]],
    ['between the sigil and the word, the sigil stays', '#\u200Btag @\u2060me', [t('tag', '#', 0, 5), t('me', '@', 6, 10)]],
    ['after a word, a sigil is still no sigil', 'c\u200B#dev', [t('c', '', 0, 2), t('dev', '', 3, 6)]],
  ])('%s', (_, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });
});

describe('tokenize with symbols', () => {
  it.each<[string, string, Token[]]>([
    ['an emoji alone', '🖕', [sym('🖕', 0, 2)]],
    ['an emoji glued to words', 'lol🖕ok', [t('lol', '', 0, 3), sym('🖕', 3, 5), t('ok', '', 5, 7)]],
    ['ASCII symbols, each its own token', 'C++ 1+1=2 $5', [t('c', '', 0, 1), sym('+', 1, 2), sym('+', 2, 3), t('1', '', 4, 5), sym('+', 5, 6), t('1', '', 6, 7), sym('=', 7, 8), t('2', '', 8, 9), sym('$', 10, 11), t('5', '', 11, 12)]],
    ['a # or @ after a word is a symbol, before a word a sigil', 'C# #dev a@b', [t('c', '', 0, 1), sym('#', 1, 2), t('dev', '#', 3, 7), t('a', '', 8, 9), sym('@', 9, 10), t('b', '', 10, 11)]],
    ['punctuation is no symbol', '!!! -- ... :) « »', []],
    ['a lone sigil is no symbol', '# @ ##', []],
    ['a variation selector belongs to its emoji', '❤\uFE0F ❤', [sym('❤', 0, 2), sym('❤', 3, 4)]],
    ['a ZWJ sequence is its emoji, each with the joiner after it', '👨\u200D👩\u200D👧', [sym('👨', 0, 3), sym('👩', 3, 6), sym('👧', 6, 8)]],
    ['a skin tone is a symbol of its own', '👍🏽', [sym('👍', 0, 2), sym('🏽', 2, 4)]],
    ['full-width symbols fold', 'Ｃ＋＋', [t('c', '', 0, 1), sym('+', 1, 2), sym('+', 2, 3)]],
    ['a symbol inside the fold of one character shares its extent', '½', [t('1', '', 0, 1), sym('\u2044', 0, 1), t('2', '', 0, 1)]],
    ['currency and other symbols', '10€ ©', [t('10', '', 0, 2), sym('€', 2, 3), sym('©', 4, 5)]],
  ])('%s', (_, text, expected) => {
    expect(tokenize(text, true)).toEqual(expected);
  });

  it('gives the same words as without symbols, with the symbols in text order (property)', () => {
    fc.assert(
      fc.property(fc.oneof(anyString, fc.array(fc.constantFrom(...TRICKY, '🖕', '+', '#', '@', 'C', '€', '❤\uFE0F', '\u200B'), { maxLength: 20 }).map((a) => a.join(''))), (s) => {
        const units = tokenize(s, true);
        expect(units.filter((u) => !u.symbol)).toEqual(tokenize(s));
        let last = 0;
        for (const u of units) {
          expect(u.start).toBeGreaterThanOrEqual(last);
          expect(u.end).toBeGreaterThan(u.start);
          expect(u.end).toBeLessThanOrEqual(s.length);
          if (u.symbol) {
            expect(u.sigil).toBe('');
            expect(Array.from(u.word)).toHaveLength(1);
            expect(normalizeForMatching(s.slice(u.start, u.end))).toContain(u.word);
          }
          last = u.start;
        }
      }),
      { numRuns: 2000 },
    );
  });
});
