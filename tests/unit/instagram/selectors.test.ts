/**
 * The selector table of utils/platforms/instagram/selectors.ts checked against the fixtures: each selector's documented
 * `@count` per fixture is what it really matches, and the table follows its own rules.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INSTAGRAM_SELECTORS,
  NEXT_LABELS,
  POST_LABELS,
  SEND_LABELS,
  SHARE_LABELS,
  SWITCH_LABELS,
  type InstagramSelectorName,
} from '../../../utils/platforms/instagram/selectors';
import { FIXTURES, loadFixture } from './load-fixture';

const SOURCE = readFileSync(resolve(__dirname, '../../../utils/platforms/instagram/selectors.ts'), 'utf8');

function documented(): Map<string, { doc: string; counts: Map<string, number> }> {
  const table = new Map<string, { doc: string; counts: Map<string, number> }>();
  const body = SOURCE.slice(SOURCE.indexOf('export const INSTAGRAM_SELECTORS = {'), SOURCE.indexOf('} as const;'));
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
const NAMES = Object.keys(INSTAGRAM_SELECTORS) as InstagramSelectorName[];

describe('Instagram selector table', () => {
  it('documents every selector with a comment and an @count line covering every fixture', () => {
    expect([...TABLE.keys()]).toEqual(NAMES);
    for (const name of NAMES) {
      const { doc, counts } = TABLE.get(name)!;
      expect(doc.replace(/@count[^\n]*/, '').trim().length, name).toBeGreaterThan(40);
      for (const fixture of counts.keys()) expect(fixture === '*' || FIXTURES.includes(fixture), `${name}: unknown fixture ${fixture}`).toBe(true);
      for (const fixture of FIXTURES) expect(counts.has(fixture) || counts.has('*'), `${name}: no count for ${fixture}`).toBe(true);
    }
  });

  it('never uses classes, label text or fixture-only attributes in a selector', () => {
    for (const name of NAMES) {
      const css = INSTAGRAM_SELECTORS[name];
      expect(css, name).not.toMatch(/\.[a-z_][\w-]*/i);
      expect(css, name).not.toMatch(/\[(aria-label|title|placeholder|alt)[~^$*|]?=/);
      expect(css, name).not.toMatch(/:has-text|:contains|data-fixture/);
    }
  });

  it('label tables are French and English, and no label is in two tables', () => {
    for (const [fr, en, table] of [
      ['Publier', 'Post', POST_LABELS],
      ['Partager', 'Share', SHARE_LABELS],
      ['Envoyer', 'Send', SEND_LABELS],
      ['Suivant', 'Next', NEXT_LABELS],
      ['Changer', 'Switch', SWITCH_LABELS],
    ] as const) {
      expect(table.has(fr) && table.has(en)).toBe(true);
    }
    const all = [POST_LABELS, SHARE_LABELS, SEND_LABELS, NEXT_LABELS, SWITCH_LABELS].flatMap((t) => [...t]);
    expect(new Set(all).size).toBe(all.length);
  });

  for (const fixture of FIXTURES) {
    it(`${fixture}: every selector matches its documented count`, () => {
      const doc = loadFixture(fixture);
      const actual = Object.fromEntries(NAMES.map((name) => [name, doc.querySelectorAll(INSTAGRAM_SELECTORS[name]).length]));
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
