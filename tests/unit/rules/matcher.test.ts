import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileMatcher, parsePattern, patternProblem, type MatchHit } from '../../../utils/rules/matcher';
import { normalizeForMatching, tokenize } from '../../../utils/rules/normalize';
import { IGNORABLES } from './unicode';

/** [pattern, the text it covered] for every hit, in the order find gives them. */
const words = (patterns: string[], text: string) =>
  compileMatcher(patterns.map((pattern) => ({ pattern, tag: pattern })))
    .find(text)
    .map((h) => [h.pattern, text.slice(h.start, h.end)]);

describe('matcher: one pattern', () => {
  it.each<[string, string, string[][]]>([
    // Whole words only.
    ['ass', 'Class is an assistant, ass.', [['ass', 'ass']]],
    ['ass', 'class, assistant, bass, sass', []],
    ['con', 'Il conte une histoire, quel con !', [['con', 'con']]],
    ['con', 'conte, contre, décontracté', []],
    ['lol', 'lollipop', []],
    ['wtf', 'wtf_bbq wtf2', []],
    // Case and accents, both ways.
    ['etre', 'Être ou ne pas être', [['etre', 'Être'], ['etre', 'être']]],
    ['Être', 'etre ETRE', [['Être', 'etre'], ['Être', 'ETRE']]],
    ['café', 'CAFE et cafe\u0301', [['café', 'CAFE'], ['café', 'cafe\u0301']]],
    ['GROSSIÈRETÉ', 'une grossierete', [['GROSSIÈRETÉ', 'grossierete']]],
    // Compatibility forms: full-width, ligatures, circled and mathematical letters.
    ['merde', 'ｍｅｒｄｅ alors', [['merde', 'ｍｅｒｄｅ']]],
    ['ｆｕｃｋ', 'fuck', [['ｆｕｃｋ', 'fuck']]],
    ['fine', 'ﬁne day', [['fine', 'ﬁne']]],
    ['ﬁne', 'fine day', [['ﬁne', 'fine']]],
    ['wtf', 'Ⓦⓣⓕ !', [['wtf', 'Ⓦⓣⓕ']]],
    // Hashtags and mentions.
    ['#BoulangerieDupont', 'BoulangerieDupont et #boulangeriedupont', [['#BoulangerieDupont', '#boulangeriedupont']]],
    ['#BoulangerieDupont', '@BoulangerieDupont', []],
    ['@marie', 'marie et @Marie', [['@marie', '@Marie']]],
    ['@marie', 'écrire à marie@dupont.fr ou #marie', []],
    ['wtf', 'WTF et #wtf et @wtf', [['wtf', 'WTF'], ['wtf', '#wtf'], ['wtf', '@wtf']]],
    ['#tag', '＃ｔａｇ', [['#tag', '＃ｔａｇ']]],
    // Phrases: the separators between the words do not matter, the words do.
    ['pain au levain', 'Notre PAIN-au-levain,\nnotre pain\nau   levain', [['pain au levain', 'PAIN-au-levain'], ['pain au levain', 'pain\nau   levain']]],
    ['mon boss', 'Mon   Boss, mon-boss, mon.boss', [['mon boss', 'Mon   Boss'], ['mon boss', 'mon-boss'], ['mon boss', 'mon.boss']]],
    ['mon boss', 'mon bossu, monboss, mon, boss', [['mon boss', 'mon, boss']]],
    ["aujourd'hui", 'Aujourd’hui', [["aujourd'hui", 'Aujourd’hui']]],
    ['bloody hell', 'bloody\r\n\r\nhell', [['bloody hell', 'bloody\r\n\r\nhell']]],
    // Prefix wildcard on the last word.
    ['connard*', 'connard, connards et connarde mais pas conna ni déconnard', [['connard*', 'connard'], ['connard*', 'connards'], ['connard*', 'connarde']]],
    ['fuck*', 'fucking #fuckit FUCKED', [['fuck*', 'fucking'], ['fuck*', '#fuckit'], ['fuck*', 'FUCKED']]],
    ['#fuck*', 'fucking #fuckit', [['#fuck*', '#fuckit']]],
    ['mon boss*', 'mon bossu', [['mon boss*', 'mon bossu']]],
    ['connard *', 'connards', [['connard *', 'connards']]],
    // Emoji and astral characters around the words, offsets in UTF-16 units of the original text.
    ['lol', '🥖lol🥖', [['lol', 'lol']]],
    ['merde', '😀😀😀 𝐌𝐞𝐫𝐝𝐞 merde', [['merde', '𝐌𝐞𝐫𝐝𝐞'], ['merde', 'merde']]],
    ['pain au levain', '🥖 pain 🥖 au 🥖 levain', [['pain au levain', 'pain 🥖 au 🥖 levain']]],
    // Invisible characters (default-ignorable code points) are not there, in the text or in the pattern.
    ['pain au levain', 'pain au le\u200Bvain, pain\u00AD au le\u2060vain', [['pain au levain', 'pain au le\u200Bvain'], ['pain au levain', 'pain\u00AD au le\u2060vain']]],
    ['le\u200Bvain', 'du levain', [['le\u200Bvain', 'levain']]],
    ['\u200Bmerde\uFEFF', 'mer\u200Dde !', [['\u200Bmerde\uFEFF', 'mer\u200Dde']]],
    ['#tag', '#\u200Btag', [['#tag', '#\u200Btag']]],
    // Symbols and emoji: a pattern with symbols wants them, in order; symbols have no word boundary.
    ['C++', 'C, c, C+, C++, c++17, C + +, C+-+, C+🙂+', [['C++', 'C++'], ['C++', 'c++'], ['C++', 'C + +'], ['C++', 'C+-+']]],
    ['C#', 'C, C #dev, C#, c#.', [['C#', 'C#'], ['C#', 'c#']]],
    ['🖕', 'lol🖕 🖕🖕, #🖕', [['🖕', '🖕'], ['🖕', '🖕'], ['🖕', '🖕'], ['🖕', '🖕']]],
    ['💩', 'quel 💩!', [['💩', '💩']]],
    ['❤\uFE0F', 'je ❤ et ❤\uFE0F', [['❤\uFE0F', '❤'], ['❤\uFE0F', '❤\uFE0F']]],
    ['❤', 'je ❤\uFE0F', [['❤', '❤\uFE0F']]],
    ['👨\u200D👩\u200D👧', 'Notre 👨\u200D👩\u200D👧 !', [['👨\u200D👩\u200D👧', '👨\u200D👩\u200D👧']]],
    ['merde 💩', 'merde💩 merde, 💩 merde 🥖 💩', [['merde 💩', 'merde💩'], ['merde 💩', 'merde, 💩']]],
    ['$$$', '$$$ et $ $', [['$$$', '$$$']]],
    ['🖕*', '🖕🖕', [['🖕*', '🖕'], ['🖕*', '🖕']]],
    // Patterns with neither word nor symbol are ignored.
    ['!!!', 'anything !!!', []],
    ['--', '-- --', []],
    ['\u200B', 'a\u200Bb', []],
    ['***', 'anything ***', []],
    ['', 'anything', []],
    ['#', '# tag', []],
    ['  ', '  ', []],
    // Leading and trailing spaces in a pattern do not matter.
    ['  merde  ', 'merde', [['  merde  ', 'merde']]],
  ])('%j in %j', (pattern, text, expected) => {
    expect(words([pattern], text)).toEqual(expected);
  });

  it('gives exact offsets after astral characters', () => {
    const text = '🥖🥖 Vive #BoulangerieDupont!';
    const [hit] = compileMatcher([{ pattern: '#boulangeriedupont', tag: 1 }]).find(text);
    expect(hit).toEqual({ tag: 1, pattern: '#boulangeriedupont', start: 10, end: 28 });
  });
});

describe('matcher: many patterns', () => {
  it('finds every configured word, overlapping phrases included, in text order', () => {
    expect(words(['levain', 'pain au levain', 'pain'], 'du pain au levain, du pain')).toEqual([
      ['pain', 'pain'],
      ['pain au levain', 'pain au levain'],
      ['levain', 'levain'],
      ['pain', 'pain'],
    ]);
  });

  it('orders the hits at one place by end, then by the order of the entries', () => {
    expect(words(['fuck*', 'fuck', 'fuck off', 'FUCK'], 'Fuck off')).toEqual([
      ['fuck*', 'Fuck'],
      ['fuck', 'Fuck'],
      ['FUCK', 'Fuck'],
      ['fuck off', 'Fuck off'],
    ]);
  });

  it('reports one hit per entry and place: equal patterns in different entries each hit, the same entry twice does not', () => {
    const entry = { pattern: 'wtf', tag: 'a' };
    const m = compileMatcher([entry, { pattern: 'WTF', tag: 'b' }, entry, { pattern: '', tag: 'c' }]);
    expect(m.find('wtf #wtf').map((h) => [h.tag, h.start])).toEqual([['a', 0], ['b', 0], ['a', 4], ['b', 4]]);
    expect(m.size).toBe(2);
  });

  it('checks wildcards of several prefix lengths at one node', () => {
    expect(words(['co*', 'con*', 'conn*', 'connard*', 'x*'], 'connards')).toEqual([
      ['co*', 'connards'],
      ['con*', 'connards'],
      ['conn*', 'connards'],
      ['connard*', 'connards'],
    ]);
  });

  it('matches a hashtag pattern and a plain pattern of the same word at the same hashtag', () => {
    expect(words(['#wtf', 'wtf', '@wtf'], '#wtf')).toEqual([
      ['#wtf', '#wtf'],
      ['wtf', '#wtf'],
    ]);
  });

  it('handles 10,000 patterns and a long draft', () => {
    const patterns = Array.from({ length: 10_000 }, (_, i) => (i % 3 === 0 ? `mot${i} suite${i}` : i % 3 === 1 ? `#tag${i}` : `pre${i}*`));
    const m = compileMatcher(patterns.map((pattern, i) => ({ pattern, tag: i })));
    expect(m.size).toBe(10_000);
    const text = 'Bonjour ! '.repeat(500) + 'mot9999 suite9999 #tag9997 pre9998xyz tag9997';
    expect(m.find(text).map((h) => [h.tag, text.slice(h.start, h.end)])).toEqual([
      [9999, 'mot9999 suite9999'],
      [9997, '#tag9997'],
      [9998, 'pre9998xyz'],
    ]);
  });
});

describe('parsePattern', () => {
  it('splits into folded words with sigils, and notes a trailing wildcard', () => {
    expect(parsePattern(' #Pain-au-Levain* ')).toEqual({
      prefix: true,
      tokens: [
        { word: 'pain', sigil: '#', start: 0, end: 5 },
        { word: 'au', sigil: '', start: 6, end: 8 },
        { word: 'levain', sigil: '', start: 9, end: 15 },
      ],
    });
    expect(parsePattern('*')).toBeNull();
  });

  it('keeps symbols as units of their own; a "*" after a symbol is no wildcard', () => {
    expect(parsePattern('C++')).toEqual({
      prefix: false,
      tokens: [
        { word: 'c', sigil: '', start: 0, end: 1 },
        { word: '+', sigil: '', start: 1, end: 2, symbol: true },
        { word: '+', sigil: '', start: 2, end: 3, symbol: true },
      ],
    });
    expect(parsePattern('🖕*')).toEqual({ prefix: false, tokens: [{ word: '🖕', sigil: '', start: 0, end: 2, symbol: true }] });
    expect(parsePattern('!!!')).toBeNull();
  });
});

describe('patternProblem', () => {
  it.each<[string, 'never-matches' | null]>([
    ['merde', null],
    ['pain au levain', null],
    ['#tag', null],
    ['connard*', null],
    ['🖕', null],
    ['💩', null],
    ['❤\uFE0F', null],
    ['C++', null],
    ['C#', null],
    ['$', null],
    ['le\u200Bvain', null],
    ['!!!', 'never-matches'],
    ['--', 'never-matches'],
    ['...', 'never-matches'],
    [':-)', 'never-matches'],
    ['***', 'never-matches'],
    ['#', 'never-matches'],
    ['@ #', 'never-matches'],
    ['\u200B\u00AD', 'never-matches'],
    ['', 'never-matches'],
  ])('%j → %j', (pattern, problem) => {
    expect(patternProblem(pattern)).toBe(problem);
  });

  it('says never-matches exactly for the patterns the matcher ignores (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 })), (p) => {
        expect(patternProblem(p) === null).toBe(compileMatcher([{ pattern: p, tag: 0 }]).size === 1);
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * A reference matcher, as plain as it gets: at every word of the text, try every pattern word by word. Quadratic,
 * but obviously right given tokenize; the trie must find exactly the same hits.
 */
function reference(patterns: string[], text: string): MatchHit<number>[] {
  const units = tokenize(text, true);
  const hits: MatchHit<number>[] = [];
  patterns.forEach((pattern, tag) => {
    const parsed = parsePattern(pattern);
    if (!parsed) return;
    // A pattern of words only reads the words of the text; one with symbols reads its words and symbols.
    const tokens = parsed.tokens.some((p) => p.symbol) ? units : units.filter((u) => !u.symbol);
    for (let i = 0; i + parsed.tokens.length <= tokens.length; i++) {
      const ok = parsed.tokens.every((p, k) => {
        const t = tokens[i + k]!;
        if (!!p.symbol !== !!t.symbol) return false;
        if (p.sigil && p.sigil !== t.sigil) return false;
        const last = k === parsed.tokens.length - 1;
        return last && parsed.prefix ? t.word.startsWith(p.word) : t.word === p.word;
      });
      if (ok) hits.push({ tag, pattern, start: tokens[i]!.start, end: tokens[i + parsed.tokens.length - 1]!.end });
    }
  });
  return hits.sort((a, b) => a.start - b.start || a.end - b.end || a.tag - b.tag);
}

describe('matcher against the reference (property)', () => {
  const vocabulary = ['pain', 'Pain', 'PAÏN', 'au', 'levain', 'lev', 'con', 'conte', 'été', 'ete', 'ｗｔｆ', 'wtf', 'ﬁn', 'fin', '𝐀b', 'ab'];
  const separators = [' ', '  ', '-', "'", '\n', ', ', '🥖', '#', '@', ' #', ' @', '\u0301', '*'];
  const piece = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...separators));
  const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
  const pattern = fc
    .tuple(fc.constantFrom('', '#', '@'), fc.array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 3 }), fc.constantFrom('', '*'))
    .map(([sigil, ws, star]) => sigil + ws.join(' ') + star);

  it('finds exactly the hits of the plain word-by-word search', () => {
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 12 }), text, (patterns, t) => {
        const m = compileMatcher(patterns.map((p, tag) => ({ pattern: p, tag })));
        expect(m.find(t)).toEqual(reference(patterns, t));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('matcher with symbols and emoji, against the reference (property)', () => {
  const vocabulary = ['pain', 'au', 'C', 'c', 'lol', '🖕', '💩', '+', '$', '❤\uFE0F', '❤', '👨\u200D👩', '👍🏽', '€'];
  const separators = [' ', '', '', '-', ', ', '🥖', '#', ' #', '@', '\u200B', '\u0301'];
  const piece = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...separators));
  const text = fc.array(piece, { maxLength: 30 }).map((a) => a.join(''));
  const pattern = fc
    .tuple(fc.constantFrom('', '#'), fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 }), fc.constantFrom(' ', ''), fc.constantFrom('', '*'))
    .map(([sigil, ws, glue, star]) => sigil + ws.join(glue) + star);

  it('finds exactly the hits of the plain unit-by-unit search', () => {
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 12 }), text, (patterns, t) => {
        const m = compileMatcher(patterns.map((p, tag) => ({ pattern: p, tag })));
        expect(m.find(t)).toEqual(reference(patterns, t));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('invisible characters never change a match (property)', () => {
  const vocabulary = ['pain', 'Pain', 'PAÏN', 'au', 'levain', 'Levain', 'con', 'conte', 'été', 'ete', 'ｗｔｆ', 'wtf', 'ﬁn', '𝐀b', 'C++', 'C#', 'C', '🖕', 'lol🖕', '💩', '❤\uFE0F', '❤', '👨\u200D👩\u200D👧', '$$'];
  const patternOf = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
  /** A text and the same text with invisible characters inserted at code point boundaries, inside and between words. */
  const noisy = (clean: fc.Arbitrary<string>) =>
    fc.tuple(clean, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...IGNORABLES)), { maxLength: 8 })).map(([text, inserts]) => {
      const points = Array.from(text).map((ch) => ({ ch, original: true }));
      for (const [at, ch] of inserts) points.splice(at % (points.length + 1), 0, { ch, original: false });
      // For each UTF-16 index of the noisy text, how many UTF-16 units of the clean text come before it.
      const toClean = [0];
      let n = 0;
      for (const p of points) {
        for (let k = 0; k < p.ch.length; k++) {
          if (p.original) n++;
          toClean.push(n);
        }
      }
      return { text, noisy: points.map((p) => p.ch).join(''), toClean };
    });

  it('the same hits, at the same places, whatever is inserted; separators, sigils and symbols included', () => {
    const separators = [' ', '  ', '-', ', ', '\n', '#', ' #', '@', '🥖', '+'];
    const clean = fc.array(fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(...separators)), { maxLength: 20 }).map((a) => a.join(''));
    const pattern = fc.tuple(fc.constantFrom('', '#', '@'), patternOf, fc.constantFrom('', '*')).map(([sigil, p, star]) => sigil + p + star);
    fc.assert(
      fc.property(fc.array(pattern, { maxLength: 10 }), noisy(clean), (patterns, { text, noisy: dirty, toClean }) => {
        const m = compileMatcher(patterns.map((p, tag) => ({ pattern: p, tag })));
        const moved = m.find(dirty).map((h) => ({ ...h, start: toClean[h.start]!, end: toClean[h.end]! }));
        expect(moved).toEqual(m.find(text));
      }),
      { numRuns: 1500 },
    );
  });

  it('each hit slices the draft as given to a string that normalises to the pattern, invisible characters inserted anywhere', () => {
    // Words joined by single spaces, no sigils, no wildcards: a one-word (or one-symbol) pattern's slice reads exactly
    // as the pattern; a longer one's slice has the pattern's words (and symbols, if it has any) and nothing else.
    const clean = fc.array(fc.constantFrom(...vocabulary), { maxLength: 14 }).map((a) => a.join(' '));
    const units = (s: string, symbols: boolean) => tokenize(normalizeForMatching(s), symbols).map((u) => u.word);
    fc.assert(
      fc.property(fc.array(patternOf, { minLength: 1, maxLength: 10 }), noisy(clean), (patterns, { noisy: dirty }) => {
        for (const h of compileMatcher(patterns.map((p, tag) => ({ pattern: p, tag }))).find(dirty)) {
          const slice = dirty.slice(h.start, h.end);
          const { tokens } = parsePattern(h.pattern)!;
          if (tokens.length === 1) expect(normalizeForMatching(slice)).toBe(normalizeForMatching(h.pattern));
          const symbols = tokens.some((u) => u.symbol);
          expect(units(slice, symbols)).toEqual(units(h.pattern, symbols));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('a listed word with invisible characters matches the plain draft, and the other way round', () => {
    fc.assert(
      fc.property(noisy(patternOf), ({ text, noisy: dirty }) => {
        const listedNoisy = compileMatcher([{ pattern: dirty, tag: 0 }]);
        const listedClean = compileMatcher([{ pattern: text, tag: 0 }]);
        expect(listedNoisy.find(text).map((h) => [h.start, h.end])).toEqual(listedClean.find(text).map((h) => [h.start, h.end]));
        expect(listedClean.find(dirty).length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
