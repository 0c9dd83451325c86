/**
 * The browser's own extension API, for the content scripts' build only: wxt.config.ts points their `wxt/browser` here
 * instead of webextension-polyfill, which would be a tenth of every content script and is not needed there. What the
 * content scripts call behaves the same natively in Chrome (MV3: promises) and Firefox: storage.local.get,
 * storage.onChanged, runtime.sendMessage, runtime.getURL, runtime.id, and runtime.onMessage answered through
 * sendResponse (utils/guard/run.ts). The background and the extension's pages keep the polyfill.
 */
import type { browser as Polyfilled } from 'wxt/browser';

const world = globalThis as unknown as { browser?: { runtime?: { id?: string } }; chrome?: unknown };
export const browser = (world.browser?.runtime?.id ? world.browser : world.chrome) as typeof Polyfilled;
