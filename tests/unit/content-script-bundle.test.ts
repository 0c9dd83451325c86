/**
 * What a content script carries (issue 14, "the content script carries only what it needs at document_start"): each
 * is bundled here as the build does (Vite, tree-shaken, content scripts on the browser's own API), and the modules
 * that end up with code in it are checked. The settings validator, the migrations, the policy reader, the shipped
 * word lists and webextension-polyfill stay out: the background reads and merges the settings, and writes the guard's
 * snapshot (utils/settings/snapshot.ts), which is all a content script reads. And nothing tells the page the extension
 * is there: WXT's content-script context (which posts a message with the extension's id to every page) is replaced.
 * Each entry is bundled the way WXT wraps it (a context made, then main). Sizes are printed by `npm run bench`.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { hookTable } from '../../build/hook-table';
import { contentScriptAliases } from '../../build/content-script-aliases';

const ROOT = resolve(__dirname, '../..');
const ENTRIES = readdirSync(resolve(ROOT, 'entrypoints')).filter((f) => f.endsWith('.content.ts'));

/** Never in a content script, with why. */
const NEVER: Record<string, string> = {
  'utils/settings/schema.ts': 'the validator: the background reads the record',
  'utils/settings/migrations.ts': 'the migrations run in the background',
  'utils/settings/defaults.ts': 'the shipped word lists are the background’s',
  'utils/lists/shipped.ts': 'the shipped word lists are the background’s',
  'utils/settings/policy.ts': 'the background merges the team policy into the snapshot',
  'utils/settings/health.ts': 'the snapshot carries where the guard must ask first',
  'utils/settings/file.ts': 'import and export are the options page’s',
  'webextension-polyfill': 'content scripts use the browser’s own API (utils/native-browser.ts)',
  'wxt/dist/utils/content-script-context.mjs': 'WXT’s context tells every page the extension is there (utils/content-script-context.ts)',
};

/** WXT's wrapper of a content script (wxt/dist/virtual/content-script-isolated-world-entrypoint.mjs), in short. */
const wrapper = (entry: string) => ({
  name: 'wxt-like-wrapper',
  enforce: 'pre' as const,
  // Vite makes the lib entry an absolute path.
  resolveId: (id: string) => (id.endsWith('virtual:entry') ? '\0virtual:entry' : null),
  load: (id: string) =>
    id === '\0virtual:entry'
      ? `import definition from ${JSON.stringify(resolve(ROOT, 'entrypoints', entry))};
         import { ContentScriptContext } from 'wxt/utils/content-script-context';
         const { main, ...options } = definition;
         main(new ContentScriptContext(${JSON.stringify(entry)}, options));`
      : null,
});

async function bundle(entry: string): Promise<{ modules: string[]; code: string }> {
  const output = (await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    plugins: [hookTable(), wrapper(entry)],
    resolve: { alias: [{ find: /^@\//, replacement: `${ROOT}/` }, ...Object.entries(contentScriptAliases(ROOT)).map(([find, replacement]) => ({ find, replacement }))] },
    build: { write: false, minify: false, lib: { entry: 'virtual:entry', formats: ['iife'], name: 'cs' } },
  })) as Rollup.RollupOutput[];
  const chunk = output[0]!.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk')!;
  const modules = Object.entries(chunk.modules)
    .filter(([, m]) => m.renderedLength > 0)
    .map(([id]) => id.replace(`${ROOT}/`, ''));
  return { modules, code: chunk.code };
}

describe('content scripts carry only what the guard needs', () => {
  it.each(ENTRIES)('%s: no validator, migrations, policy reader, shipped lists, polyfill or announcement to the page', async (entry) => {
    const { modules, code } = await bundle(entry);
    expect(modules.some((m) => m.startsWith('utils/guard/'))).toBe(true);
    expect(modules).toContain('utils/settings/snapshot.ts');
    // Module ids are relative to the root; a CommonJS wrapper's starts with \0.
    const found = modules.flatMap((m) => Object.keys(NEVER).filter((bad) => m === bad || m.replace(/^\0/, '').startsWith(`node_modules/${bad}`)).map((bad) => `${m}: ${NEVER[bad]}`));
    expect(found).toEqual([]);
    expect(code).not.toContain('content-script-started');
  }, 60_000);
});
