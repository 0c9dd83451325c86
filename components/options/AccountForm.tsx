/**
 * Options page: the form that adds or edits one account, validated as you type (a handle that the platform would not
 * show, an empty handle where one is needed, the same account twice on a platform). The background validates again
 * when the accounts are saved; its refusal is shown too (`serverErrors`).
 *
 * Automation hooks: form [data-action="acc-form"] (data-mode="add|edit"); fields [data-action="acc-platform"] (select),
 * "acc-name", "acc-handle", "acc-kind-brand" / "acc-kind-personal" (radios), "acc-protected" (checkbox), "acc-color",
 * "acc-group", "acc-words" (textarea); buttons "acc-submit", "acc-cancel". Messages: [data-status="acc-error-handle"],
 * "acc-error-name", "acc-error-group", "acc-error-words", "acc-form-invalid", "acc-save-error", "acc-prefilled".
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ACCOUNT_KINDS, HANDLE_PATTERNS, PLATFORMS, type Account, type AccountKind, type Platform } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { ImportFailure } from '@/utils/messaging/protocol';
import { accountId, isValidHandle, LIMITS } from '@/utils/settings/schema';
import { accountColor, accountLabel } from '@/utils/format';
import { describeImportError } from '../import-errors';

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
}

export type FieldErrors = Partial<Record<'handle' | 'name' | 'group' | 'words', string>>;

export const emptyDraft = (platform: Platform = 'x'): AccountDraft => ({
  platform,
  name: '',
  handle: '',
  kind: 'brand',
  protected: false,
  group: '',
  words: '',
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
});

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
  if (!handle) {
    if (pattern) required.handle = t('acc_err_handleRequired', [platformName]);
    else if (!name) required.name = t('acc_err_nameOrHandle');
  } else if (handle.length > LIMITS.handle) errors.handle = t('acc_err_tooLong', [LIMITS.handle]);
  else if (!isValidHandle(d.platform, handle))
    errors.handle = t(pattern ? (`acc_err_handleInvalid_${d.platform}` as 'acc_err_handleInvalid_x') : 'acc_err_handleInvalid_other');
  if (name.length > LIMITS.name) errors.name = t('acc_err_tooLong', [LIMITS.name]);
  if (d.group.trim().length > LIMITS.group) errors.group = t('acc_err_tooLong', [LIMITS.group]);
  const long = parseWords(d.words).find((w) => w.length > LIMITS.word);
  if (long) errors.words = t('acc_err_wordTooLong', [`${long.slice(0, 20)}…`, LIMITS.word]);
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

export interface AccountFormProps {
  t: Translate;
  mode: 'add' | 'edit';
  initial: AccountDraft;
  /** The other accounts (for the duplicate check). */
  others: Account[];
  /** Group labels already in use, offered as suggestions. */
  groups: string[];
  prefilled?: boolean;
  onSubmit: (account: Account) => Promise<{ ok: true } | { ok: false; errors: ImportFailure[] }>;
  onCancel: () => void;
}

let formCount = 0;

export function AccountForm({ t, mode, initial, others, groups, prefilled, onSubmit, onCancel }: AccountFormProps) {
  const [draft, setDraft] = useState<AccountDraft>(initial);
  const [touched, setTouched] = useState<Set<string>>(() => new Set(prefilled ? ['handle', 'name'] : []));
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<ImportFailure[] | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const [uid] = useState(() => `acc-form-${++formCount}`);

  useEffect(() => {
    // Opening the form puts the cursor in it (the first field the user is likely to fill).
    const first = form.current?.querySelector<HTMLInputElement>(prefilled ? '[data-action="acc-name"]' : '[data-action="acc-platform"]');
    first?.focus();
  }, []);

  const { errors, required } = validateDraft(t, draft, others);
  const shown: FieldErrors = { ...errors };
  for (const key of Object.keys(required) as (keyof FieldErrors)[]) if ((submitted || touched.has(key)) && !shown[key]) shown[key] = required[key];
  const preview = draftToAccount(draft);
  const color = draft.color ?? accountColor(preview);

  const update = (change: Partial<AccountDraft>, field?: string) => {
    setDraft((d) => ({ ...d, ...change }));
    if (field) setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    setServerErrors(null);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setSubmitted(true);
    const all = { ...required, ...errors };
    const firstBad = (['name', 'handle', 'group', 'words'] as const).find((k) => all[k]);
    if (firstBad) {
      form.current?.querySelector<HTMLElement>(`[data-action="acc-${firstBad}"]`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const result = await onSubmit(preview);
      if (!result.ok) setServerErrors(result.errors);
    } finally {
      setBusy(false);
    }
  };

  const field = (key: keyof FieldErrors) => ({
    id: `${uid}-${key}`,
    'aria-invalid': shown[key] ? ('true' as const) : ('false' as const),
    'aria-describedby': [shown[key] ? `${uid}-${key}-error` : '', key === 'handle' || key === 'words' ? `${uid}-${key}-help` : ''].filter(Boolean).join(' ') || undefined,
  });
  const message = (key: keyof FieldErrors) =>
    shown[key] ? (
      <p class="field-error" id={`${uid}-${key}-error`} data-status={`acc-error-${key}`}>
        {shown[key]}
      </p>
    ) : null;
  const invalid = submitted && Object.keys({ ...required, ...errors }).length > 0;
  const title = mode === 'add' ? t('acc_formAdd') : t('acc_formEdit', [accountLabel(preview) ?? '']);

  return (
    <form class="acc-form card" ref={form} data-action="acc-form" data-mode={mode} aria-labelledby={`${uid}-title`} onSubmit={submit} noValidate>
      <h3 id={`${uid}-title`}>{title}</h3>
      {prefilled ? (
        <p class="muted small" data-status="acc-prefilled">
          {t('acc_formPrefilled')}
        </p>
      ) : null}
      <div class="acc-grid">
        <label class="acc-field">
          <span class="acc-label">{t('acc_platform')}</span>
          <select value={draft.platform} data-action="acc-platform" onChange={(e) => update({ platform: e.currentTarget.value as Platform })}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform_${p}`)}
              </option>
            ))}
          </select>
        </label>
        <div class="acc-field">
          <label class="acc-label" for={`${uid}-name`}>
            {t('acc_name')}
          </label>
          <input type="text" {...field('name')} value={draft.name} maxLength={LIMITS.name + 20} autocomplete="off" data-action="acc-name" onInput={(e) => update({ name: e.currentTarget.value }, 'name')} />
          {message('name')}
        </div>
        <div class="acc-field">
          <label class="acc-label" for={`${uid}-handle`}>
            {t('acc_handle')}
          </label>
          <input type="text" {...field('handle')} value={draft.handle} spellcheck={false} autocomplete="off" data-action="acc-handle" onInput={(e) => update({ handle: e.currentTarget.value }, 'handle')} onBlur={() => update({}, 'handle')} />
          <p class="muted small" id={`${uid}-handle-help`}>
            {t(draft.platform === 'x' || draft.platform === 'instagram' ? `acc_handleHelp_${draft.platform}` : 'acc_handleHelp_other')}
          </p>
          {message('handle')}
        </div>
        <fieldset class="acc-field acc-kinds">
          <legend class="acc-label">{t('acc_kind')}</legend>
          {ACCOUNT_KINDS.map((k) => (
            <label key={k}>
              <input type="radio" name={`${uid}-kind`} value={k} checked={draft.kind === k} data-action={`acc-kind-${k}`} onChange={() => update({ kind: k })} /> {t(`kind_${k}`)}
            </label>
          ))}
        </fieldset>
        <label class="acc-field acc-check">
          <input type="checkbox" checked={draft.protected} data-action="acc-protected" onChange={(e) => update({ protected: e.currentTarget.checked })} /> {t('acc_protected')}
        </label>
        <div class="acc-field acc-color">
          <label class="acc-label" for={`${uid}-color`}>
            {t('acc_color')}
          </label>
          <input type="color" id={`${uid}-color`} value={color} data-action="acc-color" onInput={(e) => update({ color: e.currentTarget.value })} onChange={(e) => update({ color: e.currentTarget.value })} />
        </div>
        <div class="acc-field">
          <label class="acc-label" for={`${uid}-group`}>
            {t('acc_group')}
          </label>
          <input type="text" {...field('group')} value={draft.group} list={`${uid}-groups`} autocomplete="off" data-action="acc-group" onInput={(e) => update({ group: e.currentTarget.value }, 'group')} />
          <datalist id={`${uid}-groups`}>
            {groups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
          {message('group')}
        </div>
        <div class="acc-field acc-wide">
          <label class="acc-label" for={`${uid}-words`}>
            {t('acc_ownWords')}
          </label>
          <textarea {...field('words')} rows={3} spellcheck={false} value={draft.words} data-action="acc-words" onInput={(e) => update({ words: e.currentTarget.value }, 'words')} />
          <p class="muted small" id={`${uid}-words-help`}>
            {t('acc_ownWordsHelp')}
          </p>
          {message('words')}
        </div>
      </div>
      {invalid ? (
        <p class="status error" role="alert" data-status="acc-form-invalid">
          {t('acc_err_fix')}
        </p>
      ) : null}
      {serverErrors ? (
        <div class="status error" role="alert" data-status="acc-save-error">
          <p>{t('opt_saveFailed')}</p>
          <ul>
            {serverErrors.map((e, i) => (
              <li key={i}>{describeImportError(e, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div class="acc-actions">
        <button type="submit" class="primary" data-action="acc-submit" aria-busy={busy ? 'true' : undefined}>
          {busy ? t('opt_saving') : t('acc_save')}
        </button>
        <button type="button" data-action="acc-cancel" onClick={onCancel}>
          {t('acc_cancel')}
        </button>
      </div>
    </form>
  );
}
