/**
 * Options page, accounts: grouped by platform, filterable by client/group label; add, edit, remove (with an undo
 * kept for 12 seconds that puts the account back at its place), move up/down within its platform. Each change is
 * saved at once through `onSave` (the background validates it like an imported file, and refuses it whole).
 *
 * Automation hooks:
 * - section [data-section="accounts"]; [data-list="accounts"] holds one [data-list="accounts-<platform>"] per
 *   platform with accounts, each account an <li data-account-id="<id>">
 * - buttons [data-action="acc-add"], and per account "acc-up", "acc-down", "acc-edit", "acc-remove"; "acc-undo"
 * - [data-action="acc-filter"] (select: "" all, "\u0000none" no group, else a group label)
 * - statuses [data-status="acc-removed"], "acc-saved", "acc-error", "acc-filter-empty"; the form: AccountForm.tsx
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { PLATFORMS, type Account, type Settings, type WordList } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { ImportFailure } from '@/utils/messaging/protocol';
import type { SettingsFileContent } from '@/utils/settings/file';
import type { AccountPrefill, SaveResult } from '@/utils/ui/options-store';
import { accountColor, accountLabel, initials, textColorOn } from '@/utils/format';
import { describeImportError } from '../import-errors';
import { draftFromAccount, emptyDraft } from '@/utils/ui/account-draft';
import { AccountForm } from './AccountForm';
import './options.css';

/** How long "Undo" stays offered after a removal. */
export const UNDO_MS = 12_000;
const NO_GROUP = '\u0000none';

export interface AccountsSectionProps {
  t: Translate;
  settings: Settings;
  onSave: (content: SettingsFileContent) => Promise<SaveResult>;
  /** "Add the account I'm on now": opens the add form filled in with this. */
  prefill?: AccountPrefill | null;
}

type Editing = { mode: 'add'; prefill?: AccountPrefill } | { mode: 'edit'; id: string } | null;

interface Removed {
  account: Account;
  index: number;
  /** The lists that named the account in their per-account switches. */
  refs: { listId: string; field: 'includeAccounts' | 'excludeAccounts' }[];
}

const content = (s: Settings, accounts: Account[], wordLists: WordList[] = s.wordLists): SettingsFileContent => ({
  accounts,
  wordLists,
  unknownIdentity: s.unknownIdentity,
});

/** The lists with an account id renamed (an edit changed its handle) or removed (`to` null). */
function renameInLists(lists: WordList[], from: string, to: string | null): WordList[] {
  const swap = (ids: string[]) => (ids.includes(from) ? [...new Set(ids.flatMap((id) => (id === from ? (to ? [to] : []) : [id])))] : ids);
  return lists.map((l) => ({ ...l, includeAccounts: swap(l.includeAccounts), excludeAccounts: swap(l.excludeAccounts) }));
}

const displayName = (a: Account) => a.name ?? accountLabel(a) ?? a.id;

export function AccountsSection({ t, settings, onSave, prefill }: AccountsSectionProps) {
  const [editing, setEditing] = useState<Editing>(null);
  const [filter, setFilter] = useState('');
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'error'; errors: ImportFailure[] } | null>(null);
  const busy = useRef(false);
  const root = useRef<HTMLElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<{ id: string; actions: string[] } | null>(null);

  useEffect(() => {
    if (prefill) {
      setEditing({ mode: 'add', prefill });
      root.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [prefill]);

  useEffect(() => {
    if (!removed) return;
    undoButton.current?.focus();
    const timer = setTimeout(() => setRemoved(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [removed]);

  // After a save re-renders the list, put the focus back where the user was (a moved node loses it).
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    const item = [...(root.current?.querySelectorAll('li[data-account-id]') ?? [])].find((el) => el.getAttribute('data-account-id') === target.id);
    if (!item) return;
    focusAfter.current = null;
    for (const action of target.actions) {
      const button = item.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
      if (button && !button.disabled) return void button.focus();
    }
  });

  const accounts = settings.accounts;
  const groups = [...new Set(accounts.map((a) => a.group).filter((g): g is string => !!g))].sort((a, b) => a.localeCompare(b));
  const activeFilter = filter === '' || filter === NO_GROUP || groups.includes(filter) ? filter : '';
  const visible = (a: Account) => activeFilter === '' || (activeFilter === NO_GROUP ? !a.group : a.group === activeFilter);

  const save = async (next: SettingsFileContent): Promise<SaveResult> => {
    busy.current = true;
    try {
      const result = await onSave(next);
      setStatus(result.ok ? { kind: 'saved' } : { kind: 'error', errors: result.errors });
      return result;
    } catch {
      const result: SaveResult = { ok: false, errors: [{ code: 'unknown', path: '' }] };
      setStatus({ kind: 'error', errors: result.errors });
      return result;
    } finally {
      busy.current = false;
    }
  };

  const submit = async (account: Account) => {
    let next: SettingsFileContent;
    if (editing?.mode === 'edit') {
      const index = accounts.findIndex((a) => a.id === editing.id);
      if (index < 0) return { ok: false as const, errors: [] };
      const list = [...accounts];
      list[index] = account;
      next = content(settings, list, editing.id === account.id ? settings.wordLists : renameInLists(settings.wordLists, editing.id, account.id));
    } else next = content(settings, [...accounts, account]);
    const result = await save(next);
    if (result.ok) {
      setEditing(null);
      focusAfter.current = { id: account.id, actions: ['acc-edit'] };
    }
    return result;
  };

  const remove = async (account: Account) => {
    if (busy.current) return;
    const index = accounts.findIndex((a) => a.id === account.id);
    const refs: Removed['refs'] = [];
    for (const l of settings.wordLists) {
      if (l.includeAccounts.includes(account.id)) refs.push({ listId: l.id, field: 'includeAccounts' });
      if (l.excludeAccounts.includes(account.id)) refs.push({ listId: l.id, field: 'excludeAccounts' });
    }
    const result = await save(content(settings, accounts.filter((a) => a.id !== account.id), renameInLists(settings.wordLists, account.id, null)));
    if (result.ok) {
      if (editing?.mode === 'edit' && editing.id === account.id) setEditing(null);
      setRemoved({ account, index, refs });
    }
  };

  const undo = async () => {
    if (!removed || busy.current) return;
    const list = [...accounts];
    list.splice(Math.min(removed.index, list.length), 0, removed.account);
    const lists = settings.wordLists.map((l) => {
      const fields = removed.refs.filter((r) => r.listId === l.id).map((r) => r.field);
      if (!fields.length) return l;
      const copy = { ...l, includeAccounts: [...l.includeAccounts], excludeAccounts: [...l.excludeAccounts] };
      for (const f of fields) if (!copy[f].includes(removed.account.id)) copy[f].push(removed.account.id);
      return copy;
    });
    const result = await save(content(settings, list, lists));
    if (result.ok) {
      focusAfter.current = { id: removed.account.id, actions: ['acc-edit'] };
      setRemoved(null);
    }
  };

  const move = async (account: Account, direction: -1 | 1) => {
    if (busy.current) return;
    const index = accounts.findIndex((a) => a.id === account.id);
    // The neighbour the user sees: same platform, shown by the filter.
    let other = index + direction;
    while (other >= 0 && other < accounts.length && !(accounts[other]!.platform === account.platform && visible(accounts[other]!))) other += direction;
    if (other < 0 || other >= accounts.length) return;
    const list = [...accounts];
    [list[index], list[other]] = [list[other]!, list[index]!];
    focusAfter.current = { id: account.id, actions: direction < 0 ? ['acc-up', 'acc-down'] : ['acc-down', 'acc-up'] };
    await save(content(settings, list));
  };

  const form = (mode: 'add' | 'edit', account?: Account, fill?: AccountPrefill) => (
    <AccountForm
      key={account?.id ?? `add-${fill ? `${fill.platform}:${fill.handle ?? ''}:${fill.name ?? ''}` : ''}`}
      t={t}
      mode={mode}
      initial={account ? draftFromAccount(account) : { ...emptyDraft(fill?.platform), handle: fill?.handle ?? '', name: fill?.name ?? '' }}
      others={accounts.filter((a) => a.id !== account?.id)}
      groups={groups}
      prefilled={!!fill}
      onSubmit={submit}
      onCancel={() => {
        setEditing(null);
        if (account) focusAfter.current = { id: account.id, actions: ['acc-edit'] };
        else root.current?.querySelector<HTMLButtonElement>('[data-action="acc-add"]')?.focus();
      }}
    />
  );

  const platforms = PLATFORMS.filter((p) => accounts.some((a) => a.platform === p));
  const shownCount = accounts.filter(visible).length;

  return (
    <section class="opt-section" aria-labelledby="accounts-title" data-section="accounts" ref={root}>
      <h2 id="accounts-title">{t('optionsAccounts')}</h2>
      <p class="muted">{t('acc_help')}</p>

      <div class="acc-toolbar">
        <button type="button" class="primary" data-action="acc-add" aria-expanded={editing?.mode === 'add' ? 'true' : 'false'} onClick={() => setEditing({ mode: 'add' })}>
          {t('acc_add')}
        </button>
        {groups.length ? (
          <label class="acc-filter">
            {t('acc_filter')}{' '}
            <select value={activeFilter} data-action="acc-filter" onChange={(e) => setFilter(e.currentTarget.value)}>
              <option value="">{t('acc_filterAll')}</option>
              {groups.map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
              <option value={NO_GROUP}>{t('acc_filterNone')}</option>
            </select>
          </label>
        ) : null}
      </div>

      {editing?.mode === 'add' ? form('add', undefined, editing.prefill) : null}

      {removed ? (
        <p class="status acc-removed" role="status" data-status="acc-removed">
          {t('acc_removed', [displayName(removed.account)])}{' '}
          <button type="button" ref={undoButton} data-action="acc-undo" onClick={() => void undo()}>
            {t('acc_undo')}
          </button>
        </p>
      ) : null}
      <div class="sr-live" role="status">
        {status?.kind === 'saved' ? (
          <span class="status ok small" data-status="acc-saved">
            {t('acc_saved')}
          </span>
        ) : null}
      </div>
      {status?.kind === 'error' ? (
        <div class="status error" role="alert" data-status="acc-error">
          <p>{t('opt_saveFailed')}</p>
          <ul>
            {status.errors.map((e, i) => (
              <li key={i}>{describeImportError(e, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {accounts.length === 0 ? <p class="empty">{t('optionsNoAccounts')}</p> : null}
      {accounts.length > 0 && shownCount === 0 ? (
        <p class="empty" data-status="acc-filter-empty">
          {t('acc_filterEmpty')}
        </p>
      ) : null}

      <div data-list="accounts">
        {platforms.map((p) => {
          const mine = accounts.filter((a) => a.platform === p && visible(a));
          if (!mine.length) return null;
          return (
            <div class="acc-platform" key={p}>
              <h3 id={`acc-platform-${p}`}>{t('acc_platformCount', [t(`platform_${p}`), mine.length])}</h3>
              <ul class="acc-list" data-list={`accounts-${p}`} aria-labelledby={`acc-platform-${p}`}>
                {mine.map((a, i) => {
                  if (editing?.mode === 'edit' && editing.id === a.id)
                    return (
                      <li key={a.id} data-account-id={a.id} class="acc-editing">
                        {form('edit', a)}
                      </li>
                    );
                  const label = accountLabel(a) ?? a.id;
                  const color = accountColor(a);
                  return (
                    <li key={a.id} class={`card acc-item${a.protected ? ' acc-protected' : ''}`} data-account-id={a.id} style={{ borderInlineStartColor: color }}>
                      <span class="acc-avatar" aria-hidden="true" style={{ background: color, color: textColorOn(color) }}>
                        {initials(a.name ?? a.handle)}
                      </span>
                      <div class="acc-body">
                        <div class="card-title">
                          <strong>{displayName(a)}</strong> {a.name && a.handle ? <span class="muted">{accountLabel(a)}</span> : null}
                        </div>
                        <div class="chips">
                          <span class={`chip ${a.kind}`}>{t(`kind_${a.kind}`)}</span>
                          {a.protected ? <span class="chip protected">{t('protectedLabel')}</span> : null}
                          {a.group ? <span class="chip group">{a.group}</span> : null}
                        </div>
                        {a.ownWords.length ? <p class="muted small words">{t('optionsOwnWords', [a.ownWords.join(', ')])}</p> : null}
                      </div>
                      <div class="acc-buttons">
                        <button type="button" class="icon" data-action="acc-up" aria-label={t('acc_moveUp', [label])} title={t('acc_moveUp', [label])} disabled={i === 0} onClick={() => void move(a, -1)}>
                          <span aria-hidden="true">↑</span>
                        </button>
                        <button type="button" class="icon" data-action="acc-down" aria-label={t('acc_moveDown', [label])} title={t('acc_moveDown', [label])} disabled={i === mine.length - 1} onClick={() => void move(a, 1)}>
                          <span aria-hidden="true">↓</span>
                        </button>
                        <button type="button" data-action="acc-edit" aria-label={t('acc_editLabel', [label])} onClick={() => setEditing({ mode: 'edit', id: a.id })}>
                          {t('acc_edit')}
                        </button>
                        <button type="button" class="danger" data-action="acc-remove" aria-label={t('acc_removeLabel', [label])} onClick={() => void remove(a)}>
                          {t('acc_remove')}
                        </button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </div>
          );
        })}
      </div>
    </section>
  );
}
