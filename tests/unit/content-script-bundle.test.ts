/**
 * What a content script carries (issue 14, "the content script carries only what it needs at document_start"): each
 * is bundled here as the build does (Vite, tree-shaken, content scripts on the browser's own API), and the modules
 * that end up with code in it are checked. Each site has three (utils/guard/net.ts):
 * - `<site>.content.ts`, at document_start: the net (listeners, lifecycle) and the platform's adapter, nothing of the
 *   guard itself (rules, settings, banner, ribbon, messages);
 * - `<site>-guard.content.ts`, once the document is parsed: the guard, which takes the adapter from the net;
 * - `<site>-extras.content.ts`, once the page is idle: the ribbon, the hand-off chip, the badge's reports and the
 *   page's health, which never decide a publish.
 * In neither: the settings validator, the migrations, the policy reader, the shipped word lists, webextension-polyfill
 * (the background reads and merges the settings, and writes the guard's snapshot, utils/settings/snapshot.ts, which is
 * all a content script reads), nor WXT's content-script context, which posts a message with the extension's id to
 * every page. Each entry is bundled the way WXT wraps it (a context made, then main). Sizes: `npm run bench`.
 */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type Rollup } from 'vite';
import { hookTable } from '../../build/hook-table';
import { contentScriptAliases } from '../../build/content-script-aliases';

const ROOT = resolve(__dirname, '../..');
const ENTRIES = readdirSync(resolve(ROOT, 'entrypoints')).filter((f) => f.endsWith('.content.ts'));
const GUARDS = ENTRIES.filter((f) => f.endsWith('-guard.content.ts'));
const EXTRAS = ENTRIES.filter((f) => f.endsWith('-extras.content.ts'));
const NETS = ENTRIES.filter((f) => !GUARDS.includes(f) && !EXTRAS.includes(f));

/** All the first script may carry: the net, the platform's adapter, and the few shared types and helpers. */
const NET_MAY_CARRY = [
  /^utils\/guard\/(net|lifecycle|user-input|shadow-submits|notice|world-slot)\.ts$/,
  /^utils\/platforms\/(adapter|adapter-kit|gestures|dom|editing|sites)\.ts$/,
  /^utils\/platforms\/[a-z]+\/(adapter|selectors|detect)\.ts$/,
  /^utils\/(types|native-browser|content-script-context)\.ts$/,
  /^entrypoints\/[a-z]+\.content\.ts$/,
  /^node_modules\/wxt\/dist\/utils\/define-content-script\.mjs$/,
  /^\0virtual:entry$/,
];
/** What the guard and the extras take from the net rather than carry twice: the platform's adapter and the listeners. */
const ADAPTER_AND_LISTENERS = [/^utils\/platforms\/(adapter-kit|gestures)\.ts$/, /^utils\/platforms\/[a-z]+\/(adapter|detect)\.ts$/, /^utils\/guard\/(user-input|shadow-submits)\.ts$/];
/** What never decides a publish, so waits for the page to be idle. */
const EXTRAS_ONLY = [/^utils\/guard\/(ribbon|ribbon-frame|handoff-chip|tab-report|health)\.ts$/, /^utils\/platforms\/(health|skeleton)\.ts$/];
/** The decision and the banner: the guard's, never the extras'. */
const GUARD_ONLY = [/^utils\/guard\/(guard|decide|prompt|replay|banner-host|fallback-banner|settings-source|precompile)\.ts$/, /^utils\/rules\/matcher\.ts$/, /^utils\/settings\/snapshot\.ts$/];
const matching = (modules: string[], patterns: RegExp[]) => modules.filter((m) => patterns.some((p) => p.test(m)));

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
  it('each site has its three scripts', () => {
    expect(NETS).toHaveLength(4);
    expect(NETS.map((f) => f.replace('.content.ts', '-guard.content.ts')).sort()).toEqual([...GUARDS].sort());
    expect(NETS.map((f) => f.replace('.content.ts', '-extras.content.ts')).sort()).toEqual([...EXTRAS].sort());
  });

  it.each(ENTRIES)('%s: no validator, migrations, policy reader, shipped lists, polyfill or announcement to the page', async (entry) => {
    const { modules, code } = await bundle(entry);
    expect(modules.some((m) => m.startsWith('utils/guard/'))).toBe(true);
    // Module ids are relative to the root; a CommonJS wrapper's starts with \0.
    const found = modules.flatMap((m) => Object.keys(NEVER).filter((bad) => m === bad || m.replace(/^\0/, '').startsWith(`node_modules/${bad}`)).map((bad) => `${m}: ${NEVER[bad]}`));
    expect(found).toEqual([]);
    expect(code).not.toContain('content-script-started');
  }, 60_000);

  it.each(NETS)('%s (document_start): the net and the adapter, nothing of the guard', async (entry) => {
    const { modules } = await bundle(entry);
    expect(modules).toContain('utils/guard/net.ts');
    expect(modules.filter((m) => !NET_MAY_CARRY.some((allowed) => allowed.test(m)))).toEqual([]);
  }, 60_000);

  it.each(GUARDS)('%s (document_end): the guard, on the snapshot, with the adapter taken from the net, and no extras', async (entry) => {
    const { modules } = await bundle(entry);
    expect(modules).toContain('utils/settings/snapshot.ts');
    expect(modules).toContain('utils/guard/guard.ts');
    expect(matching(modules, [...ADAPTER_AND_LISTENERS, ...EXTRAS_ONLY])).toEqual([]);
  }, 60_000);

  it.each(EXTRAS)('%s (document_idle): ribbon, chip, reports and health, with nothing of the decision or the adapter', async (entry) => {
    const { modules } = await bundle(entry);
    expect(modules).toContain('utils/guard/ribbon.ts');
    expect(modules).toContain('utils/guard/health.ts');
    expect(matching(modules, [...ADAPTER_AND_LISTENERS, ...GUARD_ONLY])).toEqual([]);
  }, 60_000);
});
