// Chromium with the built extension on fixture sites, for the demo, the benchmarks and the screenshots: one way to
// launch it, route the sites and import settings, so the three show the same thing.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureResponse, SITE_HOSTS } from '../fixtures/router.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION = join(ROOT, '.output/chrome-mv3');
export const DEMO_SETTINGS = readFileSync(join(ROOT, 'tests/demo/demo-settings.json'), 'utf8');
const QUIET = [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Launches Chromium (with the extension unless `extension: false`), serving `routes` (URL → fixture file); with
 * `fallback` (a URL, or an object origin → URL), any other page of a site shows that URL's fixture. Returns the
 * context and the extension's id.
 */
export async function launch({ executablePath, extension = true, routes, fallback, headless = true, ...options }) {
  const args = [...QUIET, ...(options.args ?? [])];
  if (extension) args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'right-account-')), { ...options, executablePath, headless, args });
  // Only web requests: the extension's own pages must load as they are.
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    if (!SITE_HOSTS.test(url)) return route.abort();
    const { origin, pathname } = new URL(url);
    const known = routes[url] || routes[origin + pathname] || pathname.startsWith('/__fixture__/');
    const other = typeof fallback === 'string' ? fallback : fallback?.[origin];
    return route.fulfill(fixtureResponse(known || !other ? url : other, routes));
  });
  if (!extension) return { context, id: null };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: worker.url().split('/')[2] };
}

/** Imports a settings file through the options page (the same message its import sends); returns the page. */
export async function importSettings(context, id, text = DEMO_SETTINGS) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  const result = await options.evaluate((t) => chrome.runtime.sendMessage({ type: 'settings/import', text: t }), text);
  if (!result?.ok) throw new Error(`settings refused: ${JSON.stringify(result)}`);
  await options.reload();
  return options;
}
