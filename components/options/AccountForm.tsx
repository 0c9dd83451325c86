/**
 * Options page: the form that adds or edits one account, validated as you type (a handle that the platform would not
 * show, an empty handle where one is needed, the same account twice on a platform). The background validates again
 * when the accounts are saved; its refusal is shown too (`serverErrors`). The draft and its checks are pure
 * (utils/ui/account-draft.ts); the fields are AccountFields.tsx.
 *
 * Automation hooks: form [data-action="acc-form"] (data-mode="add|edit"); fields [data-action="acc-platform"] (select),
 * "acc-name", "acc-handle", "acc-kind-brand" / "acc-kind-personal" (radios), "acc-protected" (checkbox), "acc-color",
 * "acc-group", "acc-words" (textarea), "acc-copy-from" (select, add form only: an account id, "" for none); buttons
 * "acc-submit", "acc-cancel". Messages: [data-status="acc-error-handle"], "acc-error-name", "acc-error-group",
 * "acc-error-words", "acc-form-invalid", "acc-save-error", "acc-prefilled", "acc-copied", "acc-exception-prefilled";
 * fields "acc-delay" (a protected account's countdown) and "acc-exceptions" (textarea).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { ImportFailure } from '@/utils/messaging/protocol';
import { accountColor, accountLabel, clientColor, colorKey } from '@/utils/format';
import { draftToAccount, firstInvalidField, shownErrors, validateDraft, type AccountDraft, type FieldErrors } from '@/utils/ui/account-draft';
import { describeImportError } from '../import-errors';
import { AccountFields } from './AccountFields';
import { SaveErrors } from './SaveErrors';

export interface AccountFormProps {
  t: Translate;
  mode: 'add' | 'edit';
  initial: AccountDraft;
  /** The other accounts (for the duplicate check). */
  others: Account[];
  /** Group labels already in use, offered as suggestions. */
  groups: string[];
  prefilled?: boolean;
  /** A note above the fields (the words added from the banner's "don't flag this again", to review). */
  notice?: string;
  onSubmit: (account: Account) => Promise<{ ok: true } | { ok: false; errors: ImportFailure[] }>;
  onCancel: () => void;
}

let formCount = 0;

export function AccountForm({ t, mode, initial, others, groups, prefilled, notice, onSubmit, onCancel }: AccountFormProps) {
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

  const [copiedFrom, setCopiedFrom] = useState('');
  const check = validateDraft(t, draft, others);
  const firstBad = firstInvalidField(check);
  const preview = draftToAccount(draft);

  const update = (change: Partial<AccountDraft>, field?: keyof FieldErrors) => {
    setDraft((d) => ({ ...d, ...change }));
    if (field) setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    setServerErrors(null);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setSubmitted(true);
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

  return (
    <form class="acc-form card" ref={form} data-action="acc-form" data-mode={mode} aria-labelledby={`${uid}-title`} onSubmit={submit} noValidate>
      <h3 id={`${uid}-title`}>{mode === 'add' ? t('acc_formAdd') : t('acc_formEdit', [accountLabel(preview) ?? ''])}</h3>
      {notice ? (
        <p class="notice" role="status" data-status="acc-exception-prefilled">
          {notice}
        </p>
      ) : null}
      {prefilled ? (
        <p class="muted small" data-status="acc-prefilled">
          {t('acc_formPrefilled')}
        </p>
      ) : null}
      {mode === 'add' && others.length ? (
        <CopyFrom
          t={t}
          uid={uid}
          others={others}
          draft={draft}
          value={copiedFrom}
          onCopy={(source) => {
            setCopiedFrom(source?.id ?? '');
            if (!source) return;
            // The same brand on another platform: its kind, protection, words, group and colour; its name if none yet.
            update({
              kind: source.kind,
              protected: source.protected,
              words: source.ownWords.join('\n'),
              group: source.group ?? '',
              color: accountColor(source),
              ...(draft.name.trim() ? {} : { name: source.name ?? '' }),
            });
          }}
        />
      ) : null}
      <AccountFields t={t} uid={uid} draft={draft} color={draft.color ?? clientColor(preview, others)} errors={shownErrors(check, touched, submitted)} groups={groups} onChange={update} />
      {submitted && firstBad ? (
        <p class="status error" role="alert" data-status="acc-form-invalid">
          {t('acc_err_fix')}
        </p>
      ) : null}
      {serverErrors ? <SaveErrors status="acc-save-error" title={t('opt_saveFailed')} errors={serverErrors} describe={(e) => describeImportError(e, t)} /> : null}
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

/**
 * "Same brand as…": the add form can start from an existing account of another platform, copying its kind,
 * protection, own words, group and colour. Accounts with the name being typed come first.
 */
function CopyFrom({ t, uid, others, draft, value, onCopy }: { t: Translate; uid: string; others: Account[]; draft: AccountDraft; value: string; onCopy: (source: Account | null) => void }) {
  const typed = draft.name.trim() ? colorKey({ id: '', name: draft.name }) : null;
  const sorted = [...others].sort((a, b) => Number(typed !== null && colorKey({ id: '', name: b.name }) === typed) - Number(typed !== null && colorKey({ id: '', name: a.name }) === typed));
  const source = others.find((a) => a.id === value);
  return (
    <div class="acc-field acc-copy">
      <label class="acc-label" for={`${uid}-copy`}>
        {t('acc_copyFrom')}
      </label>
      <select id={`${uid}-copy`} data-action="acc-copy-from" aria-describedby={`${uid}-copy-help`} value={value} onChange={(e) => onCopy(others.find((a) => a.id === e.currentTarget.value) ?? null)}>
        <option value="">{t('acc_copyNone')}</option>
        {sorted.map((a) => (
          <option key={a.id} value={a.id}>
            {`${a.name ?? accountLabel(a) ?? a.id}${a.name && a.handle ? ` (${accountLabel(a)})` : ''} · ${t(`platform_${a.platform}`)}`}
          </option>
        ))}
      </select>
      <p class="muted small" id={`${uid}-copy-help`} data-status={source ? 'acc-copied' : undefined}>
        {source ? t('acc_copied', [source.name ?? accountLabel(source) ?? source.id]) : t('acc_copyHelp')}
      </p>
    </div>
  );
}
