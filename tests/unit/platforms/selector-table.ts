/**
 * The selector-table tests every platform runs, written once: a platform's table (utils/platforms/<platform>/
 * selectors.ts) checked against its fixtures. Each selector's documented `@count` per fixture is what it really
 * matches (querySelectorAll on the loaded page, piercing open shadow roots), every hook has a real comment and a count
 * for every fixture, and no selector uses what the platform's rules forbid (hashed classes, label text…).
 */
import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../utils/types';
import { deepQueryAll, fixturesOf } from './load-fixture';
import { SELECTOR_TABLES, documentedCount, documentedSelectors } from './selector-docs';

export interface SelectorTableRules {
  /** The name of the test of the platform's own rules, e.g. "never uses hashed classes or label text". */
  title: string;
  /** Patterns no selector of the table may match. */
  forbidden: readonly RegExp[];
}

/**
 * Declares "<Platform> selector table": the documentation test, the rules test, `extra` (the platform's own tests,
 * if any), then one count test per fixture.
 */
export function describeSelectorTable(platform: Platform, rules: SelectorTableRules, extra?: () => void): void {
  const { label, selectors } = SELECTOR_TABLES[platform];
  const { FIXTURES, loadFixture } = fixturesOf(platform);
  const TABLE = documentedSelectors(platform);
  const NAMES = Object.keys(selectors);

  describe(`${label} selector table`, () => {
    it('documents every selector with a comment and an @count line covering every fixture', () => {
      expect([...TABLE.keys()]).toEqual(NAMES);
      for (const name of NAMES) {
        const { doc, counts } = TABLE.get(name)!;
        expect(doc.replace(/@count[^\n]*/, '').trim().length, name).toBeGreaterThan(40);
        for (const fixture of counts.keys()) expect(fixture === '*' || FIXTURES.includes(fixture), `${name}: unknown fixture ${fixture}`).toBe(true);
        for (const fixture of FIXTURES) expect(counts.has(fixture) || counts.has('*'), `${name}: no count for ${fixture}`).toBe(true);
      }
    });

    it(rules.title, () => {
      for (const name of NAMES) {
        for (const pattern of rules.forbidden) expect(selectors[name], name).not.toMatch(pattern);
      }
    });

    extra?.();

    for (const fixture of FIXTURES) {
      it(`${fixture}: every selector matches its documented count`, () => {
        const doc = loadFixture(fixture);
        const actual = Object.fromEntries(NAMES.map((name) => [name, deepQueryAll(doc, selectors[name]!).length]));
        const expected = Object.fromEntries(NAMES.map((name) => [name, documentedCount(TABLE.get(name)!.counts, fixture)]));
        expect(actual).toEqual(expected);
      });
    }
  });
}
