/**
 * The account form's fields, each with its label, help and error message: platform, name, handle, kind, protection,
 * colour, group, own words. Props in, one `onChange` out; AccountForm.tsx holds the draft and decides what to show.
 * Automation hooks: listed in AccountForm.tsx.
 */
import type { ComponentChildren } from 'preact';
import { ACCOUNT_KINDS, DEFAULT_CONFIRM_DELAY, MAX_CONFIRM_DELAY, PLATFORMS, type Platform } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import { LIMITS } from '@/utils/settings/schema';
import type { AccountDraft, FieldErrors } from '@/utils/ui/account-draft';

type FieldName = keyof FieldErrors | 'color';

interface FieldProps {
  /** Prefix of the form's ids (one form's ids never clash with another's). */
  uid: string;
  name: FieldName;
  label: string;
  help?: string;
  error?: string;
  /** A class beside "acc-field". */
  extra?: string;
  children: ComponentChildren;
}

/** One labelled field: its control(s), then its help, then its error (which names the field in [data-status]). */
function Field({ uid, name, label, help, error, extra, children }: FieldProps) {
  return (
    <div class={extra ? `acc-field ${extra}` : 'acc-field'}>
      <label class="acc-label" for={`${uid}-${name}`}>
        {label}
      </label>
      {children}
      {help ? (
        <p class="muted small" id={`${uid}-${name}-help`}>
          {help}
        </p>
      ) : null}
      {error ? (
        <p class="field-error" id={`${uid}-${name}-error`} data-status={`acc-error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

export interface AccountFieldsProps {
  t: Translate;
  uid: string;
  draft: AccountDraft;
  /** The colour shown: the one picked, else the one the account would get from its id. */
  color: string;
  /** The errors to show now, by field. */
  errors: FieldErrors;
  /** Group labels already in use, offered as suggestions. */
  groups: string[];
  /** A change; `field` marks that field touched (its "required" error may show from then on). */
  onChange: (change: Partial<AccountDraft>, field?: keyof FieldErrors) => void;
}

export function AccountFields({ t, uid, draft, color, errors, groups, onChange }: AccountFieldsProps) {
  // The input's id, and what describes it (its error, its help), for assistive technologies.
  const aria = (key: keyof FieldErrors) => ({
    id: `${uid}-${key}`,
    'aria-invalid': errors[key] ? ('true' as const) : ('false' as const),
    'aria-describedby': [errors[key] ? `${uid}-${key}-error` : '', key === 'handle' || key === 'words' || key === 'exceptions' || key === 'delay' ? `${uid}-${key}-help` : ''].filter(Boolean).join(' ') || undefined,
  });
  const handleHelp = t(draft.platform === 'x' || draft.platform === 'instagram' ? `acc_handleHelp_${draft.platform}` : 'acc_handleHelp_other');
  return (
    <div class="acc-grid">
      <label class="acc-field">
        <span class="acc-label">{t('acc_platform')}</span>
        <select value={draft.platform} data-action="acc-platform" onChange={(e) => onChange({ platform: e.currentTarget.value as Platform })}>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(`platform_${p}`)}
            </option>
          ))}
        </select>
      </label>
      <Field uid={uid} name="name" label={t('acc_name')} error={errors.name}>
        <input type="text" {...aria('name')} value={draft.name} maxLength={LIMITS.name + 20} autocomplete="off" data-action="acc-name" onInput={(e) => onChange({ name: e.currentTarget.value }, 'name')} />
      </Field>
      <Field uid={uid} name="handle" label={t('acc_handle')} help={handleHelp} error={errors.handle}>
        <input type="text" {...aria('handle')} value={draft.handle} spellcheck={false} autocomplete="off" data-action="acc-handle" onInput={(e) => onChange({ handle: e.currentTarget.value }, 'handle')} onBlur={() => onChange({}, 'handle')} />
      </Field>
      <fieldset class="acc-field acc-kinds">
        <legend class="acc-label">{t('acc_kind')}</legend>
        {ACCOUNT_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name={`${uid}-kind`} value={k} checked={draft.kind === k} data-action={`acc-kind-${k}`} onChange={() => onChange({ kind: k })} /> {t(`kind_${k}`)}
          </label>
        ))}
      </fieldset>
      <label class="acc-field acc-check">
        <input type="checkbox" checked={draft.protected} data-action="acc-protected" onChange={(e) => onChange({ protected: e.currentTarget.checked })} /> {t('acc_protected')}
      </label>
      {draft.protected ? (
        <Field uid={uid} name="delay" label={t('acc_delay')} help={t('acc_delayHelp', [DEFAULT_CONFIRM_DELAY])} error={errors.delay}>
          <input type="number" inputMode="numeric" min={0} max={MAX_CONFIRM_DELAY} step={1} {...aria('delay')} value={draft.delay} placeholder={String(DEFAULT_CONFIRM_DELAY)} data-action="acc-delay" onInput={(e) => onChange({ delay: e.currentTarget.value }, 'delay')} />
        </Field>
      ) : null}
      <Field uid={uid} name="color" label={t('acc_color')} help={t('acc_colorHelp')} extra="acc-color">
        <input type="color" id={`${uid}-color`} aria-describedby={`${uid}-color-help`} value={color} data-action="acc-color" onInput={(e) => onChange({ color: e.currentTarget.value })} onChange={(e) => onChange({ color: e.currentTarget.value })} />
      </Field>
      <Field uid={uid} name="group" label={t('acc_group')} error={errors.group}>
        <input type="text" {...aria('group')} value={draft.group} list={`${uid}-groups`} autocomplete="off" data-action="acc-group" onInput={(e) => onChange({ group: e.currentTarget.value }, 'group')} />
        <datalist id={`${uid}-groups`}>
          {groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
      </Field>
      <Field uid={uid} name="words" label={t('acc_ownWords')} help={t('acc_ownWordsHelp')} error={errors.words} extra="acc-wide">
        <textarea {...aria('words')} rows={3} spellcheck={false} value={draft.words} data-action="acc-words" onInput={(e) => onChange({ words: e.currentTarget.value }, 'words')} />
      </Field>
      <Field uid={uid} name="exceptions" label={t('acc_exceptions')} help={t('acc_exceptionsHelp')} error={errors.exceptions} extra="acc-wide">
        <textarea {...aria('exceptions')} rows={2} spellcheck={false} value={draft.exceptions} data-action="acc-exceptions" onInput={(e) => onChange({ exceptions: e.currentTarget.value }, 'exceptions')} />
      </Field>
    </div>
  );
}
