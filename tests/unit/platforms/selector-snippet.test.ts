/**
 * The live-page selector snippet (npm run selectors:snippet, tests/tools/selector-snippet.ts), run as a maintainer
 * would run it, on the fixture pages: the counts it prints are the ones the selector tables document, it flags only
 * required hooks that match nothing, and it only reads and prints numbers.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLATFORMS } from '../../../utils/types';
import { buildBookmarklet, buildSnippet, hookExpectations } from '../../tools/selector-snippet';
import { fixturesOf } from './load-fixture';
import { SELECTOR_TABLES, documentedCount, documentedSelectors } from './selector-docs';

interface Row {
  count: number | 'error';
  check: string;
  fixtures: string;
  expected: string;
  selector: string;
}
interface Report {
  platform: string;
  counts: Record<string, number | null>;
  missing: string[];
}

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs a snippet in the page as the devtools console does (global scope); returns its value and what it printed. */
function run(code: string) {
  vi.restoreAllMocks();
  const table = vi.spyOn(console, 'table').mockImplementation(() => {});
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const result = (0, eval)(code) as Report | undefined;
  expect(table).toHaveBeenCalledTimes(1);
  return { result, rows: table.mock.calls[0]![0] as Record<string, Row>, logs: log.mock.calls.flat().map(String), warnings: warn.mock.calls.flat().map(String) };
}

describe('selector snippet', () => {
  for (const platform of PLATFORMS) {
    const { label, selectors } = SELECTOR_TABLES[platform];
    it(`${label}: on every fixture, prints each hook's documented count and flags only required hooks that match nothing`, () => {
      const documented = documentedSelectors(platform);
      const required = hookExpectations(platform).filter((hook) => hook.required).map((hook) => hook.name);
      const snippet = buildSnippet(platform);
      const { FIXTURES, loadFixture } = fixturesOf(platform);
      for (const fixture of FIXTURES) {
        loadFixture(fixture);
        const { result, rows } = run(snippet);
        const expected = Object.fromEntries(Object.keys(selectors).map((name) => [name, documentedCount(documented.get(name)!.counts, fixture)]));
        expect(result!.counts, fixture).toEqual(expected);
        expect(Object.fromEntries(Object.entries(rows).map(([name, row]) => [name, row.count])), fixture).toEqual(expected);
        expect(Object.keys(rows)).toEqual(Object.keys(selectors));
        const missing = required.filter((name) => expected[name] === 0);
        expect(result!.missing, fixture).toEqual(missing);
        for (const [name, row] of Object.entries(rows)) {
          expect(row.check, `${fixture} ${name}`).toBe(missing.includes(name) ? '⚠ missing' : expected[name] === 0 ? '–' : '✓');
          expect(row.selector).toBe(selectors[name]);
        }
      }
    });
  }

  it('says where each hook is expected, from the fixtures, and which hooks are required', () => {
    const linkedin = Object.fromEntries(hookExpectations('linkedin').map((hook) => [hook.name, hook]));
    expect(linkedin.meLink).toMatchObject({ fixtures: '0–2', required: true, expected: '≥1 on every logged-in page (0 on no-signals, share-repost-no-member)', max: 2 });
    expect(linkedin.interopOutlet).toMatchObject({ fixtures: '1', required: true, expected: '≥1 on every page' });
    expect(linkedin.railProfileLink).toMatchObject({ fixtures: '0–1', required: false, expected: '≥1 on feed-comment-section-outside, feed, share-repost' });
    const x = Object.fromEntries(hookExpectations('x').map((hook) => [hook.name, hook]));
    expect(x.postControl).toMatchObject({ fixtures: '0–2', required: false, expected: '≥1 except on logged-out, xchat' });
  });

  it('warns about required hooks that match nothing, off-site pages, and counts above every fixture', () => {
    fixturesOf('linkedin').loadFixture('no-signals-en');
    const { result, warnings } = run(buildSnippet('linkedin'));
    expect(result!.missing).toEqual(['meLink', 'mePhoto']);
    expect(warnings.join('\n')).toContain('2 required hook(s) match nothing here: meLink, mePhoto');
    expect(warnings.join('\n')).toContain('this page is not on linkedin.com'); // happy-dom's page is on localhost

    fixturesOf('linkedin').loadFixture('feed-en');
    document.body.insertAdjacentHTML('beforeend', '<div id="interop-outlet" data-testid="interop-shadowdom"></div>');
    const more = run(buildSnippet('linkedin'));
    expect(more.result!.missing).toEqual([]);
    expect(more.logs.join('\n')).toContain('every required hook matches (21 hooks, 1 open shadow root(s) searched)');
    expect(more.rows.interopOutlet).toMatchObject({ count: 2, check: '↑ more than in any fixture' });
  });

  it('only reads the page, and prints nothing of it but counts (no text, no name, no URL)', () => {
    fixturesOf('x').loadFixture('home-fr');
    const before = document.documentElement.outerHTML;
    const { result, rows, logs, warnings } = run(buildSnippet('x'));
    expect(document.documentElement.outerHTML).toBe(before);
    const printed = JSON.stringify([result, rows, logs, warnings]);
    for (const word of ['Marie', 'Dupont', 'marie_dupont', 'localhost', 'http']) expect(printed).not.toContain(word);
    const runtime = readFileSync(resolve(__dirname, '../../tools/selector-report.browser.js'), 'utf8');
    for (const api of ['fetch', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'Storage', 'cookie', 'textContent', 'innerText', 'innerHTML', 'getAttribute', 'href', 'import(']) {
      expect(runtime, api).not.toContain(api);
    }
  });

  it('the bookmarklet is one line that runs the same report and leaves the page in place (void)', () => {
    const bookmarklet = buildBookmarklet('linkedin');
    expect(bookmarklet).toMatch(/^javascript:void%20\(function%20rightAccountSelectorReport/);
    expect(bookmarklet).not.toMatch(/\s/);
    fixturesOf('linkedin').loadFixture('feed-fr');
    const fromSnippet = run(buildSnippet('linkedin'));
    const fromBookmarklet = run(decodeURIComponent(bookmarklet.slice('javascript:'.length)));
    expect(fromBookmarklet.result).toBeUndefined();
    expect(fromBookmarklet.rows).toEqual(fromSnippet.rows);
  });
});
