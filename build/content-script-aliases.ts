/**
 * What the content scripts' build resolves differently from the rest of the extension (wxt.config.ts applies it;
 * tests/unit/content-script-bundle.test.ts bundles with it):
 * - `wxt/browser`: the browser's own API (utils/native-browser.ts), not webextension-polyfill, which was a tenth of each
 *   content script, parsed on every page at document_start, for calls that behave the same natively;
 * - `wxt/utils/content-script-context`: a context that does nothing (utils/content-script-context.ts), instead of
 *   WXT's, which tells every page that the extension is there, and its id.
 */
import { resolve } from 'node:path';

export function contentScriptAliases(root: string): Record<string, string> {
  return {
    'wxt/browser': resolve(root, 'utils/native-browser.ts'),
    'wxt/utils/content-script-context': resolve(root, 'utils/content-script-context.ts'),
  };
}
