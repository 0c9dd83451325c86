import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { translatorFor } from '../../utils/i18n';

type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const placeholders = (m: string) => [...m.matchAll(/\$([A-Z_]+)\$/g)].map((x) => x[1]).sort();

describe('locales', () => {
  it('French has exactly the English keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('every key is a name Chrome accepts (one bad key and Chrome refuses to load the whole extension)', () => {
    // Chrome: "Name of the key can only contain ASCII [a-z], [A-Z], [0-9] and "_"" (and "@@" for its own). Firefox is
    // laxer, so a hyphen passes every Firefox test and silently stops the extension from loading in Chrome.
    const bad = Object.keys(en).filter((key) => !/^[A-Za-z0-9_]+$/.test(key));
    expect(bad).toEqual([]);
  });

  it('every message uses the same placeholders in both languages, and each is defined', () => {
    for (const [key, value] of Object.entries(en as Catalog)) {
      const other = (fr as Catalog)[key]!;
      expect(placeholders(other.message), key).toEqual(placeholders(value.message));
      for (const name of placeholders(value.message)) {
        expect(value.placeholders?.[name!.toLowerCase()], `${key} ${name}`).toBeDefined();
        expect(other.placeholders?.[name!.toLowerCase()], `${key} ${name}`).toBeDefined();
      }
    }
  });

  it('no French message is left in English by mistake (apart from names)', () => {
    const same = Object.keys(en).filter((k) => (en as Catalog)[k]!.message === (fr as Catalog)[k]!.message);
    // Names (of the product, the platforms and each language in its own tongue), a bare format, a JSON keyword, and
    // a word that is the same in both languages. Anything else identical is a string someone forgot to translate.
    expect(same.sort()).toEqual([
      'acc_platformCount',
      'extName',
      'jsonType_null',
      'opt_nav',
      'platform_facebook',
      'platform_instagram',
      'platform_linkedin',
      'platform_x',
      'popupTitle',
      'pref_language_en',
      'pref_language_fr',
    ]);
  });

  it('substitutes placeholders like browser.i18n', () => {
    const t = translatorFor(fr as Catalog);
    expect(t('bannerConfirm', ['@marie_dupont'])).toBe('Publier en tant que @marie_dupont');
    expect(t('reason_identity_changed', ['@a', '@b'])).toContain('(@a → @b)');
  });
});
