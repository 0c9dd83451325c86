/**
 * Translation. The message keys are typed from the English catalogue, so a key used in code but missing from
 * `_locales/en/messages.json` is a compile error; a unit test checks that French has every key too.
 */
import type en from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type Translate = (key: MessageKey, substitutions?: (string | number)[]) => string;

/** The language of the catalogue a translator reads ("en", "fr"): dates and plurals follow the words shown. */
export const languageOf = (t: Translate): string => t('plural_locale');

export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * A translator reading a catalogue directly, with the same placeholder rules as browser.i18n ($NAME$ → its
 * "$1" content → the substitution). Used by tests and by pages that render in a language other than the browser's.
 */
export function translatorFor(catalog: Catalog): Translate {
  return (key, substitutions = []) => {
    const entry = catalog[key];
    if (!entry) return key;
    return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      const index = content ? Number(content.replace('$', '')) - 1 : -1;
      return index >= 0 && index < substitutions.length ? String(substitutions[index]) : whole;
    });
  };
}
