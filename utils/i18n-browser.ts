import { t } from './i18n-native';
import { translatorFor, type Catalog, type Translate } from './i18n';
import type { LanguagePreference } from './types';
import en from '../public/_locales/en/messages.json';
import fr from '../public/_locales/fr/messages.json';

/**
 * For the extension's pages (the in-page frames among them) and the background, which bundle both catalogues.
 *
 * The translator for the user's language preference: the browser's own for "auto", else the bundled catalogue
 * (browser.i18n cannot be told to use another language than the browser's).
 */
export function translatorForLanguage(language: LanguagePreference): Translate {
  if (language === 'auto') return t;
  // One translator per language, so that a page's views see the same one at every render (and memoized rows stay so).
  let translator = translators.get(language);
  if (!translator) translators.set(language, (translator = translatorFor(CATALOGS[language])));
  return translator;
}
const translators = new Map<'en' | 'fr', Translate>();

/** Both catalogues, bundled: for the extension's pages and the background (content scripts ask the background). */
export const CATALOGS: Record<'en' | 'fr', Catalog> = { en, fr };
