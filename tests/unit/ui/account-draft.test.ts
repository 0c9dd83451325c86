/** The account form's logic, on its own: draft ⇄ account, and which errors show when. */
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../utils/types';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import {
  draftFromAccount,
  draftWithExceptions,
  draftFromPrefill,
  draftToAccount,
  emptyDraft,
  firstInvalidField,
  parseWords,
  shownErrors,
  validateDraft,
  type AccountDraft,
} from '../../../utils/ui/account-draft';

const t = translatorFor(en);
const marie: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: ['mon chat', '#chat'] };
const draft = (change: Partial<AccountDraft>): AccountDraft => ({ ...emptyDraft(), ...change });

describe('draft ⇄ account', () => {
  it('an account read into the form comes back the same', () => {
    expect(draftFromAccount(marie)).toEqual({ platform: 'x', name: 'Marie Dupont', handle: 'marie_dupont', kind: 'personal', protected: false, group: '', words: 'mon chat\n#chat', exceptions: '', delay: '' });
    expect(draftToAccount(draftFromAccount(marie))).toEqual(marie);
    expect(draftToAccount(draftFromAccount({ ...marie, color: '#aa3300', group: 'Dupont' }))).toEqual({ ...marie, color: '#aa3300', group: 'Dupont' });
    const brand = { ...marie, protected: true, confirmDelay: 0, exceptions: ['merde', 'putain'] };
    expect(draftToAccount(draftFromAccount(brand))).toEqual(brand);
  });

  it("the banner's \"don't flag this again\" adds its words to the exceptions, once each", () => {
    const d = draftWithExceptions(draftFromAccount({ ...marie, exceptions: ['merde'] }), ['merde', 'putain']);
    expect(draftToAccount(d).exceptions).toEqual(['merde', 'putain']);
  });

  it('a countdown is a whole number of seconds from 0 to 30, for a protected account only', () => {
    const t = translatorFor(en);
    expect(validateDraft(t, { ...draftFromAccount(marie), protected: true, delay: '31' }, []).errors.delay).toBeTruthy();
    expect(validateDraft(t, { ...draftFromAccount(marie), protected: true, delay: '2.5' }, []).errors.delay).toBeTruthy();
    expect(validateDraft(t, { ...draftFromAccount(marie), protected: true, delay: '0' }, []).errors.delay).toBeUndefined();
    expect(draftToAccount({ ...draftFromAccount(marie), protected: false, delay: '3' }).confirmDelay).toBeUndefined();
  });

  it('trims, drops the @, derives the id, lowers the colour and leaves out what is empty', () => {
    expect(draftToAccount(draft({ platform: 'instagram', handle: ' @Cafe.Martin ', name: '  ', group: ' ', words: 'a, b\na', color: '#AA3300' }))).toEqual({
      id: 'instagram:cafe.martin',
      platform: 'instagram',
      handle: 'Cafe.Martin',
      kind: 'brand',
      protected: false,
      ownWords: ['a', 'b'],
      color: '#aa3300',
    });
    expect(draftToAccount(draft({ platform: 'facebook', name: 'Boulangerie  Dupont' })).id).toBe('facebook:name:boulangerie dupont');
  });

  it('the add form starts empty on X, or filled in from the tab the user was on', () => {
    expect(draftFromPrefill(null)).toEqual(emptyDraft('x'));
    expect(draftFromPrefill({ platform: 'instagram', handle: 'marie.dupont' })).toEqual({ ...emptyDraft('instagram'), handle: 'marie.dupont' });
  });

  it('reads own words one per line or comma-separated, once each', () => {
    expect(parseWords(' a, b \n\n c,, a\n#d ')).toEqual(['a', 'b', 'c', '#d']);
  });
});

describe('validation', () => {
  it('an empty handle on X is a "required" error, held apart from the others', () => {
    const check = validateDraft(t, draft({}), []);
    expect(check).toEqual({ errors: {}, required: { handle: 'A handle is required on X.' } });
    expect(firstInvalidField(check)).toBe('handle');
  });

  it('a required error shows once its field is touched or the form submitted; the others show at once', () => {
    const check = validateDraft(t, draft({ name: 'n'.repeat(201) }), []);
    expect(Object.keys(shownErrors(check, new Set(), false))).toEqual(['name']);
    expect(Object.keys(shownErrors(check, new Set(['handle']), false))).toEqual(['name', 'handle']);
    expect(Object.keys(shownErrors(check, new Set(), true))).toEqual(['name', 'handle']);
  });

  it('the first field in error is the first in the form: name, handle, group, words', () => {
    const check = validateDraft(t, draft({ handle: 'bad handle', group: 'g'.repeat(101), words: 'w'.repeat(201), name: 'n'.repeat(201) }), []);
    expect(firstInvalidField(check)).toBe('name');
    expect(firstInvalidField(validateDraft(t, draft({ handle: 'bad handle', words: 'w'.repeat(300) }), []))).toBe('handle');
    expect(firstInvalidField(validateDraft(t, draft({ handle: 'ok', words: 'w'.repeat(300) }), []))).toBe('words');
    expect(firstInvalidField(validateDraft(t, draft({ handle: 'ok' }), []))).toBeUndefined();
  });

  it('flags the same account twice on a platform, on the handle, or on the name when there is no handle', () => {
    expect(validateDraft(t, draft({ handle: '@Marie_Dupont' }), [marie]).errors.handle).toBe('This account is already configured on X (@marie_dupont).');
    expect(validateDraft(t, draft({ platform: 'instagram', handle: 'marie_dupont' }), [marie]).errors).toEqual({});
    const page: Account = { id: 'facebook:name:page', platform: 'facebook', name: 'Page', kind: 'brand', protected: false, ownWords: [] };
    expect(validateDraft(t, draft({ platform: 'facebook', name: 'PAGE' }), [page]).errors.name).toBe('This account is already configured on Facebook (Page).');
  });
});
