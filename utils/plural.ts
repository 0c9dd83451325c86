/**
 * Counts in words, in both languages: each count-bearing message has a `_one` and an `_other` form in the catalogues,
 * and the language's own plural rule picks one (English: 1 is "one"; French: 0 and 1 are, so "0 compte", "1 mot",
 * "2 mots"). The rule is the language of the catalogue the translator reads (its `plural_locale` message), so that it
 * always agrees with the words shown, whether they come from the browser's i18n or from the user's chosen language.
 */
import { languageOf, type MessageKey, type Translate } from './i18n';

/** The messages that come in a `_one` and an `_other` form. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

const rules = new Map<string, Intl.PluralRules>();

/** The plural category of `count` in the translator's language: "one" or "other" (the forms the catalogues hold). */
export function pluralForm(t: Translate, count: number): 'one' | 'other' {
  const locale = languageOf(t);
  let rule = rules.get(locale);
  if (!rule) {
    try {
      rule = new Intl.PluralRules(locale);
    } catch {
      rule = new Intl.PluralRules('en');
    }
    rules.set(locale, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}

/**
 * The message `key` in the form its count calls for. `substitutions` default to the count alone; give them all when
 * the message has more placeholders (the count among them, where the message puts it).
 */
export function plural(t: Translate, key: PluralKey, count: number, substitutions: (string | number)[] = [count]): string {
  return t(`${key}_${pluralForm(t, count)}` as MessageKey, substitutions);
}
