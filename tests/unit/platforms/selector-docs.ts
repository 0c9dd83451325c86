/**
 * The four selector tables (utils/platforms/<platform>/selectors.ts) and what their doc comments promise: for each
 * hook, its comment and its `@count` line (how many elements it matches in each fixture, `*` for every fixture not
 * named). Read by the selector-table tests (selector-table.ts) and by the live-page snippet (npm run
 * selectors:snippet), so both use the same numbers.
 */
import { documentedSelectorsOf, type DocumentedSelector } from '../../../build/hook-table';
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

export type { DocumentedSelector } from '../../../build/hook-table';

export function selectorsSourcePath(platform: Platform): string {
  return resolve(__dirname, '../../../utils/platforms', platform, 'selectors.ts');
}

/** Parses the table's source: hook name → its doc comment and `@count` line, in source order (build/hook-table.ts). */
export function documentedSelectors(platform: Platform, source = readFileSync(selectorsSourcePath(platform), 'utf8')): Map<string, DocumentedSelector> {
  return documentedSelectorsOf(source, SELECTOR_TABLES[platform].constName);
}

/** The documented count of one hook in one fixture: its own entry, else the `*` entry. */
export function documentedCount(counts: Map<string, number>, fixture: string): number | undefined {
  return counts.get(fixture) ?? counts.get('*');
}
