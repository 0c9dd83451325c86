/**
 * The accounts list: the accounts shown, by platform, each platform's under its heading; each account a row (its card
 * with the move, edit and remove buttons, or the form that edits it in place). Props in, callbacks out.
 *
 * Automation hooks: [data-list="accounts"] holds one [data-list="accounts-<platform>"] per platform shown; each row
 * <li data-account-id="<id>">, with buttons [data-action="acc-up"], "acc-down", "acc-edit", "acc-remove";
 * [data-status="acc-filter-empty"] when the filter hides every account; [data-status="acc-overridden"] on an account the
 * team policy replaces (PolicyItems.tsx).
 */
import type { ComponentChildren, JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { memo } from 'preact/compat';
import type { Account, Platform } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import { accountColor, accountLabel, initials, textColorOn } from '@/utils/format';

/** The name an account goes by in the list: its display name, else its handle, else its id. */
export const accountDisplayName = (a: Account) => a.name ?? accountLabel(a) ?? a.id;

export interface AccountListProps {
  t: Translate;
  /** Every configured account (to tell "none configured" from "none shown"). */
  total: number;
  /** The accounts shown, by platform (utils/ui/account-edits.ts, accountsByPlatform). */
  byPlatform: { platform: Platform; accounts: Account[] }[];
  /** The form for the account being edited (shown in its row), or null for the others. */
  editorFor: (account: Account) => JSX.Element | null;
  onMove: (account: Account, direction: -1 | 1) => void;
  onEdit: (account: Account) => void;
  onRemove: (account: Account) => void;
  /** What to say when the filter hides every account (the group filter's words by default). */
  emptyText?: string;
  /** Ids of the accounts a team policy account replaces: they stay the user's, unused while the policy has them. */
  overridden?: ReadonlySet<string>;
}

export function AccountList({ t, total, byPlatform, editorFor, onMove, onEdit, onRemove, overridden, emptyText }: AccountListProps) {
  // The rows call the latest handlers through this one object: a row whose account, place and state did not change is
  // not rendered again (typing in the search box re-renders the list, 300 rows of it).
  const handlers = useRef<RowHandlers>({ onMove, onEdit, onRemove });
  handlers.current = { onMove, onEdit, onRemove };
  return (
    <>
      {total === 0 ? <p class="empty">{t('optionsNoAccounts')}</p> : null}
      {total > 0 && byPlatform.length === 0 ? (
        <p class="empty" data-status="acc-filter-empty">
          {emptyText ?? t('acc_filterEmpty')}
        </p>
      ) : null}

      <div data-list="accounts">
        {byPlatform.map(({ platform, accounts }) => (
          <PlatformAccounts key={platform} t={t} platform={platform} count={accounts.length}>
            {accounts.map((a, i) => (
              <AccountRow
                key={a.id}
                t={t}
                account={a}
                first={i === 0}
                last={i === accounts.length - 1}
                editor={editorFor(a)}
                overridden={!!overridden?.has(a.id)}
                handlers={handlers}
              />
            ))}
          </PlatformAccounts>
        ))}
      </div>
    </>
  );
}

function PlatformAccounts({ t, platform, count, children }: { t: Translate; platform: Platform; count: number; children: ComponentChildren }) {
  return (
    <div class="acc-platform">
      <h3 id={`acc-platform-${platform}`}>{t('acc_platformCount', [t(`platform_${platform}`), count])}</h3>
      <ul class="acc-list" data-list={`accounts-${platform}`} aria-labelledby={`acc-platform-${platform}`}>
        {children}
      </ul>
    </div>
  );
}

interface AccountRowProps {
  t: Translate;
  account: Account;
  /** First or last of its platform as shown: it cannot move further that way. */
  first: boolean;
  last: boolean;
  /** The form editing this account, shown in place of its card. */
  editor: JSX.Element | null;
  /** The list's handlers, always the latest. */
  handlers: { current: RowHandlers };
  overridden?: boolean;
}

type RowHandlers = Pick<AccountListProps, 'onMove' | 'onEdit' | 'onRemove'>;

/** Rendered again only when what it shows changed (the handlers are read at each click). */
const AccountRow = memo(
  AccountRowView,
  (a, b) => a.t === b.t && a.account === b.account && a.first === b.first && a.last === b.last && a.editor === b.editor && a.overridden === b.overridden && a.handlers === b.handlers,
);

/** Card and form share one <li> (same element), so that opening and closing the form keeps the row in place. */
function AccountRowView({ t, account: a, first, last, editor, handlers, overridden }: AccountRowProps) {
  const onMove = (direction: -1 | 1) => handlers.current.onMove(a, direction);
  const onEdit = () => handlers.current.onEdit(a);
  const onRemove = () => handlers.current.onRemove(a);
  if (editor)
    return (
      <li data-account-id={a.id} class="acc-editing">
        {editor}
      </li>
    );
  const label = accountLabel(a) ?? a.id;
  const color = accountColor(a);
  return (
    <li class={`card acc-item${a.protected ? ' acc-protected' : ''}`} data-account-id={a.id} style={{ borderInlineStartColor: color }}>
      <span class="acc-avatar" aria-hidden="true" style={{ background: color, color: textColorOn(color) }}>
        {initials(a.name ?? a.handle)}
      </span>
      <div class="acc-body">
        <div class="card-title">
          <strong>{accountDisplayName(a)}</strong> {a.name && a.handle ? <span class="muted">{accountLabel(a)}</span> : null}
        </div>
        <div class="chips">
          <span class={`chip ${a.kind}`}>{t(`kind_${a.kind}`)}</span>
          {a.protected ? <span class="chip protected">{t('protectedLabel')}</span> : null}
          {a.group ? <span class="chip group">{a.group}</span> : null}
          {overridden ? (
            <span class="chip" data-status="acc-overridden">
              <span aria-hidden="true">🔒</span> {t('policy_replacedByPolicy')}
            </span>
          ) : null}
        </div>
        {a.ownWords.length ? <p class="muted small words">{t('optionsOwnWords', [a.ownWords.join(', ')])}</p> : null}
      </div>
      <div class="acc-buttons">
        <button type="button" class="icon" data-action="acc-up" aria-label={t('acc_moveUp', [label])} title={t('acc_moveUp', [label])} disabled={first} onClick={() => onMove(-1)}>
          <span aria-hidden="true">↑</span>
        </button>
        <button type="button" class="icon" data-action="acc-down" aria-label={t('acc_moveDown', [label])} title={t('acc_moveDown', [label])} disabled={last} onClick={() => onMove(1)}>
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" data-action="acc-edit" aria-label={t('acc_editLabel', [label])} onClick={onEdit}>
          {t('acc_edit')}
        </button>
        <button type="button" class="danger" data-action="acc-remove" aria-label={t('acc_removeLabel', [label])} onClick={onRemove}>
          {t('acc_remove')}
        </button>
      </div>
    </li>
  );
}
