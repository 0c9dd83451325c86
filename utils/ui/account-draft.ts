/**
 * The account form's logic, apart from its markup: the draft the fields hold, the account it describes (id derived
 * like the settings reader derives it), and what is wrong with it field by field, shown as the user goes. Pure;
 * components/options/AccountForm.tsx renders it.
 */
import { HANDLE_PATTERNS, MAX_CONFIRM_DELAY, type Account, type AccountKind, type Platform } from '../types';
import type { Translate } from '../i18n';
import { accountId, findHiddenCharacter, isValidHandle, LIMITS } from '../settings/schema';
import { accountLabel } from '../format';
import type { AccountPrefill } from './options-store';
import { plural } from '../plural';

export interface AccountDraft {
  platform: Platform;
  name: string;
  handle: string;
  kind: AccountKind;
  protected: boolean;
  /** Undefined while the user has not picked one: the account keeps the colour derived from its id. */
  color?: string;
  group: string;
  words: string;
  /** Words this account may use although a list has them, as typed (one per line or comma-separated). */
  exceptions: string;
  /** A protected account's countdown in seconds, as typed; '' keeps the default. */
  delay: string;
}

export type FieldErrors = Partial<Record<'handle' | 'name' | 'group' | 'words' | 'exceptions' | 'delay', string>>;

export const emptyDraft = (platform: Platform = 'x'): AccountDraft => ({
  platform,
  name: '',
  handle: '',
  kind: 'brand',
  protected: false,
  group: '',
  words: '',
  exceptions: '',
  delay: '',
});

export const draftFromAccount = (a: Account): AccountDraft => ({
  platform: a.platform,
  name: a.name ?? '',
  handle: a.handle ?? '',
  kind: a.kind,
  protected: a.protected,
  ...(a.color ? { color: a.color } : {}),
  group: a.group ?? '',
  words: a.ownWords.join('\n'),
  exceptions: (a.exceptions ?? []).join('\n'),
  delay: a.confirmDelay === undefined ? '' : String(a.confirmDelay),
});

/** The edit form's draft with words the user asked not to flag again for this account (from the banner), added. */
export function draftWithExceptions(d: AccountDraft, words: readonly string[]): AccountDraft {
  return { ...d, exceptions: [...new Set([...parseWords(d.exceptions), ...words])].join('\n') };
}

/** Words from the textarea: one per line or separated by commas; blanks dropped, duplicates kept once. */
export function parseWords(text: string): string[] {
  return [...new Set(text.split(/[\n,]/).map((w) => w.trim()).filter(Boolean))];
}

const cleanHandle = (handle: string) => handle.trim().replace(/^@/, '');

/** The account this draft describes (id derived like the settings reader derives it). */
export function draftToAccount(d: AccountDraft): Account {
  const handle = cleanHandle(d.handle);
  const name = d.name.trim();
  const group = d.group.trim();
  const exceptions = parseWords(d.exceptions);
  const delay = d.delay.trim();
  return {
    id: accountId(d.platform, handle || undefined, name || undefined),
    platform: d.platform,
    ...(handle ? { handle } : {}),
    ...(name ? { name } : {}),
    kind: d.kind,
    protected: d.protected,
    ownWords: parseWords(d.words),
    ...(d.color ? { color: d.color.toLowerCase() } : {}),
    ...(group ? { group } : {}),
    ...(exceptions.length ? { exceptions } : {}),
    ...(d.protected && delay !== '' && /^\d+$/.test(delay) ? { confirmDelay: Number(delay) } : {}),
  };
}

/**
 * What is wrong with a draft, field by field. `others` are the other configured accounts (the one being edited left
 * out). `required` errors (an empty handle on X) are separate so the form can hold them back until the field is touched.
 */
export function validateDraft(t: Translate, d: AccountDraft, others: Account[]): { errors: FieldErrors; required: FieldErrors } {
  const errors: FieldErrors = {};
  const required: FieldErrors = {};
  const handle = cleanHandle(d.handle);
  const name = d.name.trim();
  const pattern = HANDLE_PATTERNS[d.platform];
  const platformName = t(`platform_${d.platform}`);
  // A character that does not show can make "Publish as …" name another account: the settings reader refuses it too.
  const hidden = (text: string) => {
    const found = findHiddenCharacter(text);
    return found ? t('acc_err_hidden', [found]) : undefined;
  };
  if (!handle) {
    if (pattern) required.handle = t('acc_err_handleRequired', [platformName]);
    else if (!name) required.name = t('acc_err_nameOrHandle');
  } else if (handle.length > LIMITS.handle) errors.handle = plural(t, 'acc_err_tooLong', LIMITS.handle);
  else if (hidden(handle)) errors.handle = hidden(handle);
  else if (!isValidHandle(d.platform, handle))
    errors.handle = t(pattern ? (`acc_err_handleInvalid_${d.platform}` as 'acc_err_handleInvalid_x') : 'acc_err_handleInvalid_other');
  if (name.length > LIMITS.name) errors.name = plural(t, 'acc_err_tooLong', LIMITS.name);
  else if (hidden(name)) errors.name = hidden(name);
  const group = d.group.trim();
  if (group.length > LIMITS.group) errors.group = plural(t, 'acc_err_tooLong', LIMITS.group);
  else if (hidden(group)) errors.group = hidden(group);
  const long = parseWords(d.words).find((w) => w.length > LIMITS.word);
  if (long) errors.words = plural(t, 'acc_err_wordTooLong', LIMITS.word, [`${long.slice(0, 20)}…`, LIMITS.word]);
  const longException = parseWords(d.exceptions).find((w) => w.length > LIMITS.word);
  if (longException) errors.exceptions = plural(t, 'acc_err_wordTooLong', LIMITS.word, [`${longException.slice(0, 20)}…`, LIMITS.word]);
  const delay = d.delay.trim();
  if (d.protected && delay !== '' && (!/^\d+$/.test(delay) || Number(delay) > MAX_CONFIRM_DELAY)) errors.delay = t('acc_err_delay', [MAX_CONFIRM_DELAY]);
  if (!errors.handle && !required.handle && !required.name) {
    const id = draftToAccount(d).id;
    const same = others.find((a) => a.id === id);
    if (same) {
      const message = t('acc_err_duplicate', [platformName, accountLabel(same) ?? id]);
      if (handle) errors.handle = message;
      else errors.name = message;
    }
  }
  return { errors, required };
}

/** The add form's draft, filled in from "Add the account I'm on now" when there is a prefill. */
export const draftFromPrefill = (fill?: AccountPrefill | null): AccountDraft => ({ ...emptyDraft(fill?.platform), handle: fill?.handle ?? '', name: fill?.name ?? '' });

export type DraftCheck = ReturnType<typeof validateDraft>;

/** The fields in the form's order: the first one in error gets the focus on submit. */
const FIELD_ORDER = ['name', 'handle', 'group', 'delay', 'words', 'exceptions'] as const;

/** The errors to show now: every error, and a `required` one once its field was touched or the form submitted. */
export function shownErrors({ errors, required }: DraftCheck, touched: ReadonlySet<string>, submitted: boolean): FieldErrors {
  const shown: FieldErrors = { ...errors };
  for (const key of Object.keys(required) as (keyof FieldErrors)[]) if ((submitted || touched.has(key)) && !shown[key]) shown[key] = required[key];
  return shown;
}

/** The first field, in the form's order, that stops the draft from being saved (required or not); none if it can be. */
export function firstInvalidField({ errors, required }: DraftCheck): keyof FieldErrors | undefined {
  const all = { ...required, ...errors };
  return FIELD_ORDER.find((k) => all[k]);
}
