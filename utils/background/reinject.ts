/**
 * After an install, an update or a reload, the tabs already open on the four sites still run the old copy of the
 * content script (cut off from the extension in Chrome) or none at all: a fresh copy is injected into each, at once,
 * so that they are guarded again without being reloaded. The fresh copy tells the old one to step aside
 * (utils/guard/lifecycle.ts). Which script goes where is read from the manifest: no platform is named here.
 */
import { browser } from 'wxt/browser';

type Injector = (tabId: number, files: string[]) => Promise<unknown>;

/**
 * Chrome MV3: `scripting`, the files in one call, in order, at once (not when the tab is next idle: a tab still loading
 * must not be left with a net and no guard). Firefox MV2: `tabs.executeScript`, one file at a time, in order.
 */
function injector(): Injector {
  const scripting = (browser as unknown as { scripting?: { executeScript(o: { target: { tabId: number }; files: string[]; injectImmediately?: boolean }): Promise<unknown> } }).scripting;
  if (scripting) return (tabId, files) => scripting.executeScript({ target: { tabId }, files, injectImmediately: true });
  return async (tabId, files) => {
    for (const file of files) await browser.tabs.executeScript(tabId, { file, runAt: 'document_start' });
  };
}

const RUN_ORDER = ['document_start', 'document_end', 'document_idle'];
const runOrder = (script: { run_at?: string }) => RUN_ORDER.indexOf(script.run_at ?? 'document_idle');

/**
 * The manifest's content scripts in the order a page load runs them: each site's net (document_start) before its
 * guard (document_end), which attaches to the net it finds, before its extras (utils/guard/net.ts). The manifest lists
 * them in no such order.
 */
export function inLoadOrder<T extends { run_at?: string }>(scripts: readonly T[]): T[] {
  return [...scripts].sort((a, b) => runOrder(a) - runOrder(b));
}

/**
 * Each tab's files, in load order: every script whose patterns match the tab (`tabsOf`), its files after those of the
 * scripts that run before it. Absolute paths, as executeScript wants them.
 */
export async function filesByTab(
  scripts: readonly { matches?: string[]; js?: string[]; run_at?: string }[],
  tabsOf: (matches: string[]) => Promise<{ id?: number; discarded?: boolean }[]>,
): Promise<Map<number, string[]>> {
  const byTab = new Map<number, string[]>();
  for (const script of inLoadOrder(scripts)) {
    if (!script.matches?.length || !script.js?.length) continue;
    for (const tab of await tabsOf(script.matches).catch(() => [])) {
      if (tab.id === undefined || tab.discarded) continue;
      // The manifest's paths are relative to the extension's root.
      const files = script.js.map((file) => (file.startsWith('/') ? file : `/${file}`));
      byTab.set(tab.id, [...(byTab.get(tab.id) ?? []), ...files]);
    }
  }
  return byTab;
}

/**
 * Injects the declared content scripts into the open tabs they match: each tab gets its three scripts back to back, in
 * load order (a net alone would hold a publish for a guard that is not coming), and the tabs are done side by side, so
 * that a slow one holds up no other. A tab that refuses (closed, discarded) is skipped. Counts the tabs guarded again.
 */
export async function reinjectContentScripts(): Promise<number> {
  const inject = injector();
  const byTab = await filesByTab(browser.runtime.getManifest().content_scripts ?? [], (matches) => browser.tabs.query({ url: matches }));
  const done = await Promise.all([...byTab].map(([tabId, files]) => inject(tabId, files).then(() => true, () => false)));
  return done.filter(Boolean).length;
}
