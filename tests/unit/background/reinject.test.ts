/** After an update, open tabs get fresh content scripts in the order a page load runs them (utils/background/reinject.ts). */
import { describe, expect, it } from 'vitest';
import { filesByTab, inLoadOrder } from '../../../utils/background/reinject';

describe('reinjection order', () => {
  it('each net (document_start) before any guard (document_end), the extras last, whatever order the manifest lists them in', () => {
    // As WXT writes them: alphabetically, each guard before its net.
    const manifest = [
      { js: ['content-scripts/facebook-guard.js'], run_at: 'document_end' },
      { js: ['content-scripts/facebook.js'], run_at: 'document_start' },
      { js: ['content-scripts/x-guard.js'], run_at: 'document_end' },
      { js: ['content-scripts/x.js'], run_at: 'document_start' },
      { js: ['content-scripts/x-extras.js'], run_at: 'document_idle' },
    ];
    expect(inLoadOrder(manifest).map((s) => s.js[0])).toEqual([
      'content-scripts/facebook.js',
      'content-scripts/x.js',
      'content-scripts/facebook-guard.js',
      'content-scripts/x-guard.js',
      'content-scripts/x-extras.js',
    ]);
  });

  it.each(['x', 'facebook', 'instagram', 'linkedin'])('%s: the net at document_start, the guard at document_end, the extras at document_idle, on the same sites', async (site) => {
    const net = (await import(`../../../entrypoints/${site}.content.ts`)).default;
    const guard = (await import(`../../../entrypoints/${site}-guard.content.ts`)).default;
    const extras = (await import(`../../../entrypoints/${site}-extras.content.ts`)).default;
    expect([net.runAt, guard.runAt, extras.runAt]).toEqual(['document_start', 'document_end', 'document_idle']);
    expect(guard.matches).toEqual(net.matches);
    expect(extras.matches).toEqual(net.matches);
  });

  it('each tab gets all its scripts together, in load order (a net alone would hold a publish for a guard not coming)', async () => {
    const manifest = [
      { matches: ['https://x.com/*'], js: ['content-scripts/x-guard.js'], run_at: 'document_end' },
      { matches: ['https://x.com/*'], js: ['content-scripts/x.js'], run_at: 'document_start' },
      { matches: ['https://x.com/*'], js: ['content-scripts/x-extras.js'], run_at: 'document_idle' },
      { matches: ['https://www.linkedin.com/*'], js: ['content-scripts/linkedin-guard.js'], run_at: 'document_end' },
      { matches: ['https://www.linkedin.com/*'], js: ['content-scripts/linkedin.js'], run_at: 'document_start' },
    ];
    const tabs: Record<string, { id?: number; discarded?: boolean }[]> = {
      'https://x.com/*': [{ id: 1 }, { id: 2, discarded: true }, {}],
      'https://www.linkedin.com/*': [{ id: 3 }],
    };
    const byTab = await filesByTab(manifest, async (matches) => tabs[matches[0]!] ?? []);
    expect(Object.fromEntries(byTab)).toEqual({
      1: ['/content-scripts/x.js', '/content-scripts/x-guard.js', '/content-scripts/x-extras.js'],
      3: ['/content-scripts/linkedin.js', '/content-scripts/linkedin-guard.js'],
    });
  });
});
