/**
 * The selector table of utils/platforms/linkedin/selectors.ts checked against the fixtures: each selector's documented
 * `@count` per fixture is what it really matches (piercing open shadow roots), and the table follows its own rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINKEDIN_SELECTORS, type LinkedInSelectorName } from '../../../utils/platforms/linkedin/selectors';
import { FIXTURES, deepQueryAll, loadFixture } from './load-fixture';

const SOURCE = readFileSync(resolve(__dirname, '../../../utils/platforms/linkedin/selectors.ts'), 'utf8');

/** name → { doc comment, counts per fixture ("*" = every other) } parsed from the source. */
function documented(): Map<string, { doc: string; counts: Map<string, number> }> {
  const table = new Map<string, { doc: string; counts: Map<string, number> }>();
  const start = SOURCE.indexOf('export const LINKEDIN_SELECTORS = {');
  const body = SOURCE.slice(start, SOURCE.indexOf('\n} as const;', start));
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
const NAMES = Object.keys(LINKEDIN_SELECTORS) as LinkedInSelectorName[];

describe('LinkedIn selector table', () => {
  it('documents every selector with a comment and an @count line covering every fixture', () => {
    expect([...TABLE.keys()]).toEqual(NAMES);
    for (const name of NAMES) {
      const { doc, counts } = TABLE.get(name)!;
      expect(doc.replace(/@count[^\n]*/, '').trim().length, name).toBeGreaterThan(40);
      for (const fixture of counts.keys()) expect(fixture === '*' || FIXTURES.includes(fixture), `${name}: unknown fixture ${fixture}`).toBe(true);
      for (const fixture of FIXTURES) expect(counts.has(fixture) || counts.has('*'), `${name}: no count for ${fixture}`).toBe(true);
    }
  });

  it('never uses hashed classes or label text', () => {
    for (const name of NAMES) {
      const css = LINKEDIN_SELECTORS[name];
      expect(css, name).not.toMatch(/\._[0-9a-f]{6,}/);
      expect(css, name).not.toMatch(/\[(aria-label|title|placeholder)[\]=~^$*|]/);
      expect(css, name).not.toMatch(/:has-text|:contains/);
    }
  });

  for (const fixture of FIXTURES) {
    it(`${fixture}: every selector matches its documented count`, () => {
      const doc = loadFixture(fixture);
      const actual = Object.fromEntries(NAMES.map((name) => [name, deepQueryAll(doc, LINKEDIN_SELECTORS[name]).length]));
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
