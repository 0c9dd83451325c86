/**
 * After an install, an update or a reload, the tabs already open on the four sites still run the old copy of the
 * content script (cut off from the extension in Chrome) or none at all: a fresh copy is injected into each, at once,
 * so that they are guarded again without being reloaded. The fresh copy tells the old one to step aside
 * (utils/guard/lifecycle.ts). Which script goes where is read from the manifest: no platform is named here.
 */
import { browser } from 'wxt/browser';

type Injector = (tabId: number, files: string[]) => Promise<unknown>;

/** Chrome MV3: `scripting`; Firefox MV2: `tabs.executeScript`, one file at a time. */
function injector(): Injector {
  const scripting = (browser as unknown as { scripting?: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> } }).scripting;
  if (scripting) return (tabId, files) => scripting.executeScript({ target: { tabId }, files });
  return async (tabId, files) => {
    for (const file of files) await browser.tabs.executeScript(tabId, { file, runAt: 'document_start' });
  };
}

const RUN_ORDER = ['document_start', 'document_end', 'document_idle'];
const runOrder = (script: { run_at?: string }) => RUN_ORDER.indexOf(script.run_at ?? 'document_idle');

/**
 * The manifest's content scripts in the order a page load runs them: each site's net (document_start) before its
 * guard (document_end), which attaches to the net it finds (utils/guard/net.ts). The manifest lists them in no such
 * order.
 */
export function inLoadOrder<T extends { run_at?: string }>(scripts: readonly T[]): T[] {
  return [...scripts].sort((a, b) => runOrder(a) - runOrder(b));
}

/**
 * Injects each declared content script into the open tabs it matches, in the order a page load runs them. A tab that
 * refuses (closed, discarded) is skipped. Counts the injections.
 */
export async function reinjectContentScripts(): Promise<number> {
  const inject = injector();
  let injected = 0;
  for (const script of inLoadOrder(browser.runtime.getManifest().content_scripts ?? [])) {
    if (!script.matches?.length || !script.js?.length) continue;
    const tabs = await browser.tabs.query({ url: script.matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      // The manifest's paths are relative to the extension's root; executeScript wants them absolute.
      const files = script.js.map((file) => (file.startsWith('/') ? file : `/${file}`));
      if (await inject(tab.id, files).then(() => true, () => false)) injected++;
    }
  }
  return injected;
}
