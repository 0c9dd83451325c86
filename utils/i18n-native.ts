import { browser } from 'wxt/browser';
import type { Translate } from './i18n';

/** The browser's own i18n, following the browser's language. Bundles no catalogue (content scripts use it). */
export const t: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions?.map(String)) || key;
