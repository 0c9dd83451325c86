import { browser } from 'wxt/browser';
import type { Translate } from './i18n';

/**
 * The browser's own i18n, following the browser's language. Bundles no catalogue (content scripts use it). A message
 * without substitutions is asked once: the browser's language does not change while a page lives, and a list of 300
 * accounts asks for the same labels thousands of times per render.
 */
const plain = new Map<string, string>();
export const t: Translate = (key, substitutions) => {
  if (substitutions?.length) return browser.i18n.getMessage(key, substitutions.map(String)) || key;
  let message = plain.get(key);
  if (message === undefined) plain.set(key, (message = browser.i18n.getMessage(key) || key));
  return message;
};
