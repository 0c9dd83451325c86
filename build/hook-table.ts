/**
 * `import hooks from './selectors.ts?hook-table'`: what a selector table's `@count` lines promise, as data the
 * extension can use at run time (the page's health, utils/platforms/health.ts, and the popup's "Check this page").
 *
 * The `@count` lines of utils/platforms/<platform>/selectors.ts are the one source of those numbers: the
 * selector-table tests check them against the fixtures, the live-page snippet prints them (tests/tools), and this
 * plugin turns them into a small object at build time, so that no second copy can drift. Doc comments are stripped
 * from the bundle, hence a build step rather than reading the comments at run time. Registered in wxt.config.ts and
 * vitest.config.ts; tests/unit/platforms/hook-table.test.ts checks that it agrees with the snippet's reading
 * (tests/tools/selector-snippet.ts, hookExpectations) on every platform.
 *
 * Only the `@count` line is read: fixture names explicitly listed, and `*` for the others. A hook is required when it
 * matches at least once in every fixture that is not a degraded one on purpose (DEGRADED_FIXTURE).
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** What the fixtures say of one hook. */
export interface DocumentedHook {
  /** The fewest and the most elements it matches in a fixture. */
  min: number;
  max: number;
  /** At least one on every fixture but the degraded ones (logged out, every identity signal removed). */
  required: boolean;
}

export type DocumentedHooks = Record<string, DocumentedHook>;

const QUERY = '?hook-table';
/**
 * Fixtures of a page with no identity on purpose (logged out, every signal removed, or the viewer's own markers missing
 * while the rest of the page is there: `…-no-viewer`, `…-no-member`). A hook that matches at least once in every other
 * fixture is required: zero on a live logged-in page means the site changed.
 */
export const DEGRADED_FIXTURE = /^(logged-out|no-signals)(-|$)|-no-(viewer|member)(-|$)/;

/** One hook of a selectors.ts table as its source documents it. */
export interface DocumentedSelector {
  /** The doc comment's text, between its delimiters. */
  doc: string;
  /** The `@count` line: fixture name (or "*") → count. */
  counts: Map<string, number>;
}

/**
 * Reads a selectors.ts source: hook name → its doc comment and `@count` line, in source order. `constName`: the table's
 * name (the first exported object otherwise). The one parser of `@count` lines: the build's hook table below and the
 * tests' selector kit (tests/unit/platforms/selector-docs.ts) both read through it.
 */
export function documentedSelectorsOf(source: string, constName?: string): Map<string, DocumentedSelector> {
  const start = constName ? source.indexOf(`export const ${constName} = {`) : source.search(/export const \w+ = \{/);
  if (start < 0) throw new Error(`hook-table: no "export const ${constName ?? '…'} = {" table in this file`);
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

/** The hook table of a selectors.ts source: hook name → its documented counts, in source order. */
export function hookTableOf(source: string): DocumentedHooks {
  const table: DocumentedHooks = {};
  for (const [name, { counts }] of documentedSelectorsOf(source)) {
    if (!counts.size) continue;
    const values = [...counts.values()];
    const required = [...counts].every(([fixture, n]) => n > 0 || DEGRADED_FIXTURE.test(fixture));
    table[name] = { min: Math.min(...values), max: Math.max(...values), required };
  }
  return table;
}

export function hookTable(): Plugin {
  return {
    name: 'right-account-hook-table',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (!id.endsWith(QUERY)) return null;
      const resolved = await this.resolve(id.slice(0, -QUERY.length), importer, { skipSelf: true });
      return resolved ? `\0${resolved.id}${QUERY}` : null;
    },
    load(id) {
      if (!id.startsWith('\0') || !id.endsWith(QUERY)) return null;
      const file = id.slice(1, -QUERY.length);
      this.addWatchFile(file);
      return `export default ${JSON.stringify(hookTableOf(readFileSync(file, 'utf8')))};`;
    },
  };
}
