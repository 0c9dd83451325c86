import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeText, tokenize } from '../../../utils/rules/normalize';

describe('normalizeText', () => {
  it.each([
    ['Être', 'etre'],
    ['ÉCOLE Ça', 'ecole ca'],
    ['ｍｅｒｄｅ', 'merde'],
    ['ﬁn', 'fin'],
    ['Straße', 'straße'],
    ['e\u0301te\u0301', 'ete'],
    ['Ⓦⓣⓕ', 'wtf'],
  ])('folds %j to %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent on every BMP code point', () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      const once = normalizeText(s);
      if (normalizeText(once) !== once) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });

  it('is idempotent and never throws on arbitrary strings (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii' })), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokenize', () => {
  it('keeps words, sigils and offsets into the original text', () => {
    const text = "L'équipe de #BoulangerieDupont @Marie_D!";
    expect(tokenize(text)).toEqual([
      { word: 'l', sigil: '', start: 0, end: 1 },
      { word: 'equipe', sigil: '', start: 2, end: 8 },
      { word: 'de', sigil: '', start: 9, end: 11 },
      { word: 'boulangeriedupont', sigil: '#', start: 12, end: 30 },
      { word: 'marie_d', sigil: '@', start: 31, end: 39 },
    ]);
  });

  it('counts offsets in UTF-16 units past astral characters', () => {
    const text = '😀 🥖 merde';
    const [token] = tokenize(text);
    expect(token).toEqual({ word: 'merde', sigil: '', start: 6, end: 11 });
    expect(text.slice(token!.start, token!.end)).toBe('merde');
  });

  it('never throws and always returns in-range offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        for (const t of tokenize(s)) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(s.length);
          expect(t.end).toBeGreaterThan(t.start);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
