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

/** Injects each declared content script into the open tabs it matches. A tab that refuses (closed, discarded) is skipped. */
export async function reinjectContentScripts(): Promise<number> {
  const inject = injector();
  let injected = 0;
  for (const script of browser.runtime.getManifest().content_scripts ?? []) {
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
