/**
 * The four selector tables (utils/platforms/<platform>/selectors.ts) and what their doc comments promise: for each
 * hook, its comment and its `@count` line (how many elements it matches in each fixture, `*` for every fixture not
 * named). Read by the selector-table tests (selector-table.ts) and by the live-page snippet (npm run
 * selectors:snippet), so both use the same numbers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Platform } from '../../../utils/types';
import { X_SELECTORS } from '../../../utils/platforms/x/selectors';
import { FACEBOOK_SELECTORS } from '../../../utils/platforms/facebook/selectors';
import { LINKEDIN_SELECTORS } from '../../../utils/platforms/linkedin/selectors';
import { INSTAGRAM_SELECTORS } from '../../../utils/platforms/instagram/selectors';

export interface SelectorTable {
  /** The platform's name as the tests and the snippet print it. */
  label: string;
  /** The exported constant that holds the table, as written in selectors.ts. */
  constName: string;
  selectors: Readonly<Record<string, string>>;
}

export const SELECTOR_TABLES: Record<Platform, SelectorTable> = {
  x: { label: 'X', constName: 'X_SELECTORS', selectors: X_SELECTORS },
  facebook: { label: 'Facebook', constName: 'FACEBOOK_SELECTORS', selectors: FACEBOOK_SELECTORS },
  linkedin: { label: 'LinkedIn', constName: 'LINKEDIN_SELECTORS', selectors: LINKEDIN_SELECTORS },
  instagram: { label: 'Instagram', constName: 'INSTAGRAM_SELECTORS', selectors: INSTAGRAM_SELECTORS },
};

export interface DocumentedSelector {
  /** The doc comment's text, between its delimiters. */
  doc: string;
  /** The `@count` line: fixture name (or "*") → count. */
  counts: Map<string, number>;
}

export function selectorsSourcePath(platform: Platform): string {
  return resolve(__dirname, '../../../utils/platforms', platform, 'selectors.ts');
}

/** Parses the table's source: hook name → its doc comment and `@count` line, in source order. */
export function documentedSelectors(platform: Platform, source = readFileSync(selectorsSourcePath(platform), 'utf8')): Map<string, DocumentedSelector> {
  const start = source.indexOf(`export const ${SELECTOR_TABLES[platform].constName} = {`);
  if (start < 0) throw new Error(`${platform}: no "export const ${SELECTOR_TABLES[platform].constName} = {" in selectors.ts`);
  const end = source.indexOf('\n} as const;', start);
  const body = source.slice(start, end < 0 ? undefined : end);
  const table = new Map<string, DocumentedSelector>();
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

/** The documented count of one hook in one fixture: its own entry, else the `*` entry. */
export function documentedCount(counts: Map<string, number>, fixture: string): number | undefined {
  return counts.get(fixture) ?? counts.get('*');
}
