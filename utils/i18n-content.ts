/**
 * Translation in content scripts, honouring the user's language override without bundling both catalogues into
 * every content script (they would be most of its size): the browser's own i18n for "auto" or when the chosen
 * language is the browser's, else the catalogue asked once from the background. Until it arrives (the first
 * milliseconds after the page starts), the browser's language is used.
 */
import { browser } from 'wxt/browser';
import { translatorFor, type Translate } from './i18n';
import { t as browserT } from './i18n-native';
import type { LanguagePreference } from './types';
import { askBackground } from './messaging/client';

export function contentTranslator(language: () => LanguagePreference): Translate {
  const loaded: Partial<Record<'en' | 'fr', Translate>> = {};
  const asked = new Set<string>();
  const uiLanguage = (browser.i18n.getUILanguage?.() ?? 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  return (key, substitutions) => {
    const lang = language();
    if (lang === 'auto' || lang === uiLanguage) return browserT(key, substitutions);
    const translate = loaded[lang];
    if (translate) return translate(key, substitutions);
    if (!asked.has(lang)) {
      asked.add(lang);
      void askBackground({ type: 'i18n/catalog', language: lang })
        .then((catalog) => (loaded[lang] = translatorFor(catalog)))
        .catch(() => asked.delete(lang));
    }
    return browserT(key, substitutions);
  };
}
