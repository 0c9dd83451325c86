import { browser } from 'wxt/browser';
import { translatorFor, type Translate } from './i18n';
import type { LanguagePreference } from './types';
import en from '../public/_locales/en/messages.json';
import fr from '../public/_locales/fr/messages.json';

/** The browser's own i18n, following the browser's language. */
export const t: Translate = (key, substitutions) =>
  browser.i18n.getMessage(key, substitutions?.map(String)) || key;

/**
 * The translator for the user's language preference: the browser's own for "auto", else the bundled catalogue
 * (browser.i18n cannot be told to use another language than the browser's).
 */
export function translatorForLanguage(language: LanguagePreference): Translate {
  if (language === 'auto') return t;
  return translatorFor(language === 'fr' ? fr : en);
}
