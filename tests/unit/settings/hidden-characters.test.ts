/**
 * Names and handles with characters that do not show (controls, bidi overrides, zero-width characters) are refused at
 * import and in the account form: they can make "Publish as …" name another account than the one it is.
 */
import { describe, expect, it } from 'vitest';
import { parseSettingsFile } from '../../../utils/settings/file';
import { findHiddenCharacter, isValidHandle } from '../../../utils/settings/schema';
import { emptyDraft, validateDraft } from '../../../utils/ui/account-draft';
import { translatorFor } from '../../../utils/i18n';
import { describeImportError } from '../../../components/import-errors';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';

const tEn = translatorFor(en);

describe('findHiddenCharacter', () => {
  it.each([
    ['a right-to-left override', 'evil\u202Ednarb', 'U+202E'],
    ['a left-to-right isolate', 'Boulangerie \u2066Dupont', 'U+2066'],
    ['a right-to-left mark', 'Dupont\u200F', 'U+200F'],
    ['a zero-width space', 'boulangerie\u200Bdupont', 'U+200B'],
    ['a zero-width non-joiner', 'boulangerie\u200Cdupont', 'U+200C'],
    ['a zero-width joiner between letters', 'boulangerie\u200Ddupont', 'U+200D'],
    ['a word joiner', 'boulangerie\u2060dupont', 'U+2060'],
    ['a byte order mark inside', 'boulangerie\uFEFFdupont', 'U+FEFF'],
    ['a soft hyphen', 'boulan\u00ADgerie', 'U+00AD'],
    ['a newline', 'Boulangerie\nDupont', 'U+000A'],
    ['a tab', 'Boulangerie\tDupont', 'U+0009'],
    ['a C1 control', 'Boulangerie\u0085Dupont', 'U+0085'],
    ['a line separator', 'Boulangerie\u2028Dupont', 'U+2028'],
    ['a Hangul filler that shows as a blank', '\u3164Dupont', 'U+3164'],
    ['a tag character', 'Dupont\u{E0041}', 'U+E0041'],
  ])('finds %s', (_, text, found) => {
    expect(findHiddenCharacter(text)).toBe(found);
  });

  it.each([
    ['plain text', 'Boulangerie Dupont'],
    ['accents and other scripts', 'Crème brûlée · Пекарня · مخبز · 面包店'],
    ['emoji joined into one picture', 'Marie 👩‍💻 et 👨‍👩‍👧'],
    ['an emoji with a skin tone joined to another', '🧑🏽‍🍳 Chef'],
    ['an emoji with a variation selector', 'Boulangerie ❤️'],
  ])('lets %s through', (_, text) => {
    expect(findHiddenCharacter(text)).toBeNull();
  });

  it('refuses a joiner that joins no emoji to another', () => {
    expect(findHiddenCharacter('👩\u200D')).toBe('U+200D');
    expect(findHiddenCharacter('a\u200D💻')).toBe('U+200D');
  });

  it('makes such a handle invalid on platforms without a username pattern', () => {
    expect(isValidHandle('facebook', 'boulangerie\u200Bdupont')).toBe(false);
    expect(isValidHandle('linkedin', 'dupont\u202E')).toBe(false);
    expect(isValidHandle('facebook', 'boulangerie.dupont')).toBe(true);
  });
});

describe('the settings file refuses hidden characters in what a person reads as a name', () => {
  const file = (account: Record<string, unknown>, list: Record<string, unknown> = { name: 'Liste', words: ['w'] }) =>
    parseSettingsFile(JSON.stringify({ format: 'right-account-settings', version: 1, accounts: [{ platform: 'facebook', kind: 'brand', ...account }], wordLists: [list] }));

  it.each([
    ['an account name', { name: 'Boulangerie\u202EDupont' }, 'accounts[0].name', 'U+202E'],
    ['a handle', { handle: 'boulangerie\u200Bdupont' }, 'accounts[0].handle', 'U+200B'],
    ['a group', { name: 'Dupont', group: 'Client\u2066A' }, 'accounts[0].group', 'U+2066'],
  ])('in %s', (_, account, path, found) => {
    expect(file(account)).toEqual({ ok: false, errors: [{ code: 'hidden-character', path, params: { found } }] });
  });

  it('in a list name', () => {
    expect(file({ name: 'Dupont' }, { name: 'Gros\u200Bmots', words: ['w'] })).toEqual({
      ok: false,
      errors: [{ code: 'hidden-character', path: 'wordLists[0].name', params: { found: 'U+200B' } }],
    });
  });

  it('but not in words, where an invisible character changes nothing that is shown as an account', () => {
    expect(file({ name: 'Dupont', ownWords: ['pain\u00ADau\u00ADlevain'] }).ok).toBe(true);
  });

  it('says so in English and French', () => {
    const error = { code: 'hidden-character', path: 'accounts[0].name', params: { found: 'U+202E' } };
    expect(describeImportError(error, tEn)).toBe('accounts[0].name: contains a hidden or control character (U+202E) that could make “Publish as …” show another account.');
    expect(describeImportError(error, translatorFor(fr))).toBe(
      'accounts[0].name: contient un caractère invisible ou de contrôle (U+202E) qui pourrait faire afficher un autre compte dans «\u00a0Publier en tant que …\u00a0».',
    );
  });
});

describe('the account form refuses them as you type', () => {
  it.each([
    ['name', { platform: 'facebook' as const, name: 'Boulangerie\u202EDupont' }],
    ['handle', { platform: 'facebook' as const, name: 'Dupont', handle: 'dupont\u200B' }],
    ['group', { handle: 'dupont', group: 'Client\u200FA' }],
  ])('in the %s', (field, change) => {
    const { errors } = validateDraft(tEn, { ...emptyDraft(), ...change }, []);
    expect(errors[field as keyof typeof errors]).toMatch(/^Contains a hidden or control character \(U\+[0-9A-F]{4}\)/);
  });

  it('and not in a plain one', () => {
    expect(validateDraft(tEn, { ...emptyDraft('facebook'), name: 'Marie 👩‍💻', handle: 'marie.dupont', group: 'Client A' }, []).errors).toEqual({});
  });
});
