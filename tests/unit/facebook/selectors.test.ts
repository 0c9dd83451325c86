/**
 * The selector table of utils/platforms/facebook/selectors.ts checked against the fixtures: each selector's documented
 * `@count` per fixture is what it really matches, and the table follows its own rules (no hashed class, no label).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACEBOOK_SELECTORS, type FacebookSelectorName } from '../../../utils/platforms/facebook/selectors';
import { FIXTURES, loadFixture } from './load-fixture';

const SOURCE = readFileSync(resolve(__dirname, '../../../utils/platforms/facebook/selectors.ts'), 'utf8');

function documented(): Map<string, { doc: string; counts: Map<string, number> }> {
  const table = new Map<string, { doc: string; counts: Map<string, number> }>();
  const body = SOURCE.slice(SOURCE.indexOf('export const FACEBOOK_SELECTORS = {'), SOURCE.indexOf('} as const;'));
  for (const match of body.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(\w+):/g)) {
    const doc = match[1]!;
    const counts = new Map<string, number>();
    const line = /@count ([^\n]*)/.exec(doc)?.[1] ?? '';
    for (const pair of line.trim().split(/\s+/).filter(Boolean)) {
      const [fixture, n] = pair.split('=');
      counts.set(fixture!, Number(n));
    }
    table.set(match[2]!, { doc, counts });
  }
  return table;
}

const TABLE = documented();
const NAMES = Object.keys(FACEBOOK_SELECTORS) as FacebookSelectorName[];

describe('Facebook selector table', () => {
  it('documents every selector with a comment and an @count line covering every fixture', () => {
    expect([...TABLE.keys()]).toEqual(NAMES);
    for (const name of NAMES) {
      const { doc, counts } = TABLE.get(name)!;
      expect(doc.replace(/@count[^\n]*/, '').trim().length, name).toBeGreaterThan(40);
      for (const fixture of counts.keys()) expect(fixture === '*' || FIXTURES.includes(fixture), `${name}: unknown fixture ${fixture}`).toBe(true);
      for (const fixture of FIXTURES) expect(counts.has(fixture) || counts.has('*'), `${name}: no count for ${fixture}`).toBe(true);
    }
  });

  it('never uses atomic classes or label text', () => {
    for (const name of NAMES) {
      const css = FACEBOOK_SELECTORS[name];
      // Facebook's atomic classes: x + 5-8 letters/digits (x1i10hfl, xjbqb8w); Business Suite's: _ + 3-4 (._5rpu).
      expect(css, name).not.toMatch(/\.(x[a-z0-9]{4,8}|_[a-z0-9]{3,4})\b/);
      expect(css, name).not.toMatch(/\[(aria-label|title|placeholder|aria-placeholder)[~|^$*]?=/);
      expect(css, name).not.toMatch(/:has-text|:contains/);
    }
  });

  for (const fixture of FIXTURES) {
    it(`${fixture}: every selector matches its documented count`, () => {
      const doc = loadFixture(fixture);
      const actual = Object.fromEntries(NAMES.map((name) => [name, doc.querySelectorAll(FACEBOOK_SELECTORS[name]).length]));
      const expected = Object.fromEntries(
        NAMES.map((name) => {
          const counts = TABLE.get(name)!.counts;
          return [name, counts.get(fixture) ?? counts.get('*')];
        }),
      );
      expect(actual).toEqual(expected);
    });
  }
});
