/**
 * Options page, accounts: grouped by platform, filterable by client/group label; add, edit, remove (with an undo
 * kept for 12 seconds that puts the account back at its place), move up/down within its platform. Each change is
 * saved at once through `onSave` (the background validates it like an imported file, and refuses it whole).
 * The edits are pure functions (utils/ui/account-edits.ts); this section holds the state and says where the focus goes.
 *
 * Automation hooks:
 * - section [data-section="accounts"]; [data-list="accounts"] holds one [data-list="accounts-<platform>"] per
 *   platform with accounts, each account an <li data-account-id="<id>"> (AccountList.tsx)
 * - buttons [data-action="acc-add"], and per account "acc-up", "acc-down", "acc-edit", "acc-remove"; "acc-undo"
 * - [data-action="acc-search"] (input: client, name or handle), [data-action="acc-filter"] (select: "" all, "\u0000none"
 *   no group, else a group label); [data-status="acc-shown-count"] while they hide some accounts
 * - statuses [data-status="acc-removed"], "acc-saved", "acc-error", "acc-filter-empty"; the form: AccountForm.tsx
 * - the team policy's accounts, locked, above the user's: PolicyItems.tsx
 * - with no account yet (neither the user's nor the team's), the three-step first-run guide (FirstRun.tsx);
 *   afterwards, the accounts open tabs show that are not configured yet, [data-status="open-unconfigured"] (same buttons)
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Account, Platform, Settings } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { SettingsFileContent } from '@/utils/settings/file';
import type { AccountPrefill, ExceptionPrefill, SaveResult } from '@/utils/ui/options-store';
import { draftFromAccount, draftFromPrefill, draftWithExceptions } from '@/utils/ui/account-draft';
import * as edits from '@/utils/ui/account-edits';
import { shareClientColor } from '@/utils/ui/client-color';
import { AccountForm } from './AccountForm';
import { FirstRun, OpenUnconfigured } from './FirstRun';
import type { OpenSite } from '@/utils/ui/open-accounts';
import { matchAccount } from '@/utils/rules/engine';
import { AccountList, accountDisplayName } from './AccountList';
import { AccountsToolbar } from './AccountsToolbar';
import { plural } from '@/utils/plural';
import { AccountsSaveOutcome, useSave } from './saving';
import { UndoNotice, useUndoOffer } from './undo';
import { useFocusAfterRender } from './focus';
import { LockedAccounts } from './PolicyItems';
import { policyOverrides, type TeamPolicy } from '@/utils/settings/policy';
import './options.css';

/** How long "Undo" stays offered after a removal. */
export const UNDO_MS = 12_000;

export interface AccountsSectionProps {
  t: Translate;
  settings: Settings;
  onSave: (content: SettingsFileContent) => Promise<SaveResult>;
  /** "Add the account I'm on now": opens the add form filled in with this. */
  prefill?: AccountPrefill | null;
  /** "Don't flag this again for this account" (the banner): that account's form opens with the words allowed. */
  exceptionPrefill?: ExceptionPrefill | null;
  /** The team policy in force: its accounts show locked; the user's own are edited as ever. */
  policy?: TeamPolicy | null;
  /** What the open tabs of the four sites show (null: not asked yet), for the first run and "Add the account I'm on". */
  openSites?: OpenSite[] | null;
  onCheckTabs?: () => void;
}

/** The open sites' accounts that are not configured yet: those the guard would not recognise (its own matching). */
function unconfigured(sites: OpenSite[], accounts: Account[]): OpenSite[] {
  const known = (platform: Platform, i: OpenSite['identities'][number]) => !!matchAccount(accounts, { platform, source: 'open-tab', ...i });
  return sites.map((s) => ({ ...s, identities: s.identities.filter((i) => !known(s.platform, i)) })).filter((s) => s.identities.length);
}

/**
 * "Don't flag this again" from the banner opens this page with the exception to review. When the account is not one the
 * user can edit (the team policy's, or one removed since), saying so: the page would otherwise just open, with nothing.
 */
function ExceptionNotPossible({ t, prefill, accounts, policy }: { t: Translate; prefill: ExceptionPrefill | null; accounts: readonly Account[]; policy: TeamPolicy | null }) {
  if (!prefill) return null;
  // The policy's account wins over a copy of the user's with the same id: an exception added to that copy would do nothing.
  const locked = lockedAccount(policy, prefill.accountId);
  if (!locked && accounts.some((a) => a.id === prefill.accountId)) return null;
  const words = prefill.words.join(', ');
  return (
    <p class="notice" role="status" data-status="exception-not-possible">
      {locked ? t('acc_exception_locked', [accountDisplayName(locked), words]) : t('acc_exception_gone', [words])}
    </p>
  );
}

const lockedAccount = (policy: TeamPolicy | null, id: string) => policy?.accounts.find((a) => a.id === id) ?? null;

type Editing = { mode: 'add'; prefill?: AccountPrefill } | { mode: 'edit'; id: string; allow?: string[] } | null;

export function AccountsSection({ t, settings, onSave, prefill, exceptionPrefill, policy = null, openSites = null, onCheckTabs }: AccountsSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [filter, setFilter] = useState('');
  const [search, setSearch] = useState('');
  const { save, status, busy } = useSave(onSave);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (prefill) {
      setEditing({ mode: 'add', prefill });
      root.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [prefill]);
  useEffect(() => {
    if (exceptionPrefill && !lockedAccount(policy, exceptionPrefill.accountId) && settings.accounts.some((a) => a.id === exceptionPrefill.accountId)) {
      setEditing({ mode: 'edit', id: exceptionPrefill.accountId, allow: exceptionPrefill.words });
      root.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [exceptionPrefill]);
  const undo = useUndoOffer<edits.RemovedAccount>(UNDO_MS);
  const focusLater = useFocusAfterRender(root, 'data-account-id');

  const accounts = settings.accounts;
  const groups = edits.accountGroups(accounts);
  const byGroup = edits.groupFilter(filter, groups);
  const found = useMemo(() => edits.accountSearch(search), [search]);
  const shown = { value: byGroup.value, shows: (a: Account) => byGroup.shows(a) && found(a) };
  const byPlatform = edits.accountsByPlatform(accounts, shown.shows);
  const shownCount = byPlatform.reduce((n, p) => n + p.accounts.length, 0);
  const replaced = policyOverrides(settings, policy).accounts;

  const submit = async (account: Account) => {
    const before = editing?.mode === 'edit' ? accounts.find((a) => a.id === editing.id) : undefined;
    const edited = editing?.mode === 'edit' ? edits.replaceAccount(settings, editing.id, account) : edits.addAccount(settings, account);
    // One client, one colour: the colour picked goes to the whole client, on every platform.
    const next = edited && { ...edited, accounts: shareClientColor(edited.accounts, account, before) };
    const result = next ? await save(next) : { ok: false as const, errors: [] };
    if (result.ok) {
      setEditing(null);
      focusLater(account.id, ['acc-edit']);
    }
    return result;
  };
  const remove = async (account: Account) => {
    const edit = busy.current ? null : edits.removeAccount(settings, account.id);
    if (!edit || !(await save(edit.next)).ok) return;
    if (editing?.mode === 'edit' && editing.id === account.id) setEditing(null);
    undo.offer(edit.removed);
  };
  const restore = async () => {
    const removed = undo.offered;
    if (!removed || busy.current || !(await save(edits.restoreAccount(settings, removed))).ok) return;
    focusLater(removed.account.id, ['acc-edit']);
    undo.offer(null);
  };
  const move = async (account: Account, direction: -1 | 1) => {
    const next = busy.current ? null : edits.moveAccount(settings, account.id, direction, shown.shows);
    if (!next) return;
    // Back on the arrow pressed, or on the other one when it is now disabled (at the top or the bottom).
    focusLater(account.id, direction < 0 ? ['acc-up', 'acc-down'] : ['acc-down', 'acc-up']);
    await save(next);
  };

  const form = (account?: Account, fill?: AccountPrefill, allow?: string[]) => (
    <AccountForm
      key={account?.id ?? `add-${fill ? `${fill.platform}:${fill.handle ?? ''}:${fill.name ?? ''}` : ''}`}
      t={t}
      mode={account ? 'edit' : 'add'}
      initial={account ? (allow ? draftWithExceptions(draftFromAccount(account), allow) : draftFromAccount(account)) : draftFromPrefill(fill)}
      notice={allow ? t('acc_exceptionPrefilled') : undefined}
      others={accounts.filter((a) => a.id !== account?.id)}
      groups={groups}
      prefilled={!!fill}
      onSubmit={submit}
      onCancel={() => {
        setEditing(null);
        if (account) focusLater(account.id, ['acc-edit']);
        else root.current?.querySelector<HTMLButtonElement>('[data-action="acc-add"]')?.focus();
      }}
    />
  );

  return (
    <section class="opt-section" aria-labelledby="accounts-title" data-section="accounts" ref={root}>
      <h2 id="accounts-title">{t('optionsAccounts')}</h2>
      <p class="muted">{t('acc_help')}</p>
      <LockedAccounts t={t} accounts={policy?.accounts ?? []} yours={replaced} />
      <ExceptionNotPossible t={t} prefill={exceptionPrefill ?? null} accounts={accounts} policy={policy} />
      {accounts.length === 0 && !policy?.accounts.length ? (
        <FirstRun t={t} openSites={openSites} onCheckTabs={onCheckTabs} onAdd={(fill) => setEditing({ mode: 'add', ...(fill ? { prefill: fill } : {}) })} />
      ) : openSites && unconfigured(openSites, [...accounts, ...(policy?.accounts ?? [])]).length ? (
        <OpenUnconfigured t={t} sites={unconfigured(openSites, [...accounts, ...(policy?.accounts ?? [])])} onAdd={(fill) => setEditing({ mode: 'add', prefill: fill })} />
      ) : null}
      <AccountsToolbar
        t={t}
        adding={editing?.mode === 'add'}
        groups={groups}
        filter={shown.value}
        onAdd={() => setEditing({ mode: 'add' })}
        onFilter={setFilter}
        searchable={accounts.length > 0}
        search={search}
        onSearch={setSearch}
      />
      {accounts.length > 0 && shownCount < accounts.length ? (
        <p class="muted" role="status" data-status="acc-shown-count">
          {plural(t, 'acc_searchCount', shownCount, [shownCount, accounts.length])}
        </p>
      ) : null}
      {editing?.mode === 'add' ? form(undefined, editing.prefill) : null}
      {undo.offered ? (
        <UndoNotice kind="acc-removed" status="acc-removed" action="acc-undo" message={t('acc_removed', [accountDisplayName(undo.offered.account)])} label={t('acc_undo')} buttonRef={undo.buttonRef} onUndo={() => void restore()} />
      ) : null}
      <AccountsSaveOutcome t={t} status={status} />
      <AccountList
        t={t}
        total={accounts.length}
        byPlatform={byPlatform}
        emptyText={search.trim() ? t('acc_searchEmpty') : undefined}
        editorFor={(a) => (editing?.mode === 'edit' && editing.id === a.id ? form(a, undefined, editing.allow) : null)}
        onMove={(a, direction) => void move(a, direction)}
        onEdit={(a) => setEditing({ mode: 'edit', id: a.id })}
        onRemove={(a) => void remove(a)}
        overridden={new Set(replaced.map((a) => a.id))}
      />
    </section>
  );
}
