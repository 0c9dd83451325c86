/**
 * One word list in the editor: its name, on/off switch, words (one per line), action, account kinds, per-account
 * switches, export and delete. Props in, `onChange(list)` and `onDelete()` out; the edits are utils/ui/word-list-edits.ts.
 * Automation hooks: listed in WordListsSection.tsx, and [data-status="list-never-matches"] under the words when some
 * entries can never match (each entry in a <code>).
 */
import { useMemo } from 'preact/hooks';
import type { Account, ListAction } from '@/utils/types';
import { ACCOUNT_KINDS } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import { accountLabel } from '@/utils/format';
import { fileNameForList } from '@/utils/lists/text-import';
import { accountSwitch, isShippedList, withAccountSwitch, type AccountSwitch } from '@/utils/lists/shipped';
import { appliesByKind, exportText, listLabel, neverMatching, withKind, wordCount, type EditList } from '@/utils/ui/word-list-edits';
import { downloadText } from './download';
import { plural } from '@/utils/plural';

export interface ListEditorProps {
  t: Translate;
  list: EditList;
  accounts: Account[];
  onChange: (list: EditList) => void;
  onDelete: () => void;
}

export function ListEditor({ t, list, accounts, onChange, onDelete }: ListEditorProps) {
  const base = `list-${list.id}`;
  const set = (change: Partial<EditList>) => onChange({ ...list, ...change });
  const label = listLabel(list, t('list_newName'));
  const never = useMemo(() => neverMatching(list), [list.text]);
  return (
    <li class={`card wl-card${list.enabled ? '' : ' wl-off'}`} data-list-id={list.id} aria-label={t('list_card', [label])}>
      <div class="wl-head">
        <label class="wl-name">
          <span class="wl-label">{t('list_name')}</span>
          <input type="text" value={list.name} maxLength={100} required data-action="list-name" onInput={(e) => set({ name: e.currentTarget.value })} />
        </label>
        {isShippedList(list.id) ? <span class="chip">{t('list_shipped')}</span> : null}
        <label class="wl-switch">
          <input type="checkbox" role="switch" checked={list.enabled} data-action="list-enabled" onChange={(e) => set({ enabled: e.currentTarget.checked })} />
          <span>{t('list_enabled')}</span>
        </label>
      </div>

      <label class="wl-words" for={`${base}-words`}>
        <span class="wl-label">{t('list_words')}</span> <span class="muted">{plural(t, 'list_wordCount', wordCount(list))}</span>
      </label>
      <textarea
        id={`${base}-words`}
        rows={6}
        spellcheck={false}
        value={list.text}
        data-action="list-words"
        aria-describedby={never.length ? `${base}-never` : undefined}
        onInput={(e) => set({ text: e.currentTarget.value })}
      />
      {never.length ? <NeverMatches t={t} id={`${base}-never`} words={never} /> : null}

      <div class="wl-row">
        <label>
          <span class="wl-label">{t('list_action')}</span>{' '}
          <select value={list.action} data-action="list-action" onChange={(e) => set({ action: e.currentTarget.value as ListAction })}>
            <option value="confirm">{t('list_action_confirm')}</option>
            <option value="block">{t('list_action_block')}</option>
          </select>
        </label>
        <fieldset class="wl-kinds">
          <legend class="wl-label">{t('list_kinds')}</legend>
          {ACCOUNT_KINDS.map((kind) => (
            <label key={kind}>
              <input type="checkbox" checked={list.appliesTo.includes(kind)} data-action={`list-kind-${kind}`} onChange={(e) => onChange(withKind(list, kind, e.currentTarget.checked))} />{' '}
              {t(`list_kind_${kind}`)}
            </label>
          ))}
        </fieldset>
      </div>

      <AccountSwitches t={t} list={list} accounts={accounts} onChange={onChange} />

      <div class="wl-actions">
        <button type="button" data-action="list-export" aria-label={t('list_exportLabel', [label])} onClick={() => downloadText(fileNameForList(label), exportText(list))}>
          {t('list_export')}
        </button>
        <button type="button" class="wl-danger" data-action="list-delete" aria-label={t('list_deleteLabel', [label])} onClick={onDelete}>
          {t('list_delete')}
        </button>
      </div>
    </li>
  );
}

/** Per account: the list follows the account's kind ("default", which says what that gives), or always or never applies. */
function AccountSwitches({ t, list, accounts, onChange }: Omit<ListEditorProps, 'onDelete'>) {
  return (
    <details class="wl-accounts">
      <summary data-action="list-accounts-toggle">{t('list_perAccount')}</summary>
      <p class="muted small">{t('list_perAccountHelp')}</p>
      {accounts.length === 0 ? (
        <p class="muted small">{t('list_noAccounts')}</p>
      ) : (
        <ul class="wl-account-list">
          {accounts.map((a) => {
            const id = `list-${list.id}-account-${a.id}`;
            return (
              <li key={a.id}>
                <label for={id}>
                  {a.name ? `${a.name} ` : ''}
                  <span class="muted">
                    {a.name && a.handle ? accountLabel(a) : a.name ? '' : accountLabel(a)} · {t(`platform_${a.platform}`)} · {t(`kind_${a.kind}`)}
                  </span>
                </label>
                <select id={id} value={accountSwitch(list, a.id)} data-action="list-account" data-account-id={a.id} onChange={(e) => onChange(withAccountSwitch(list, a.id, e.currentTarget.value as AccountSwitch))}>
                  <option value="default">{t(appliesByKind(list, a) ? 'list_switch_default_on' : 'list_switch_default_off')}</option>
                  <option value="always">{t('list_switch_always')}</option>
                  <option value="never">{t('list_switch_never')}</option>
                </select>
              </li>
            );
          })}
        </ul>
      )}
    </details>
  );
}

/** How many never-matching entries are shown by name; the rest are counted. */
const NEVER_SHOWN = 10;

/** The entries that can never match (only punctuation): saved as they are, but the user should know. */
function NeverMatches({ t, id, words }: { t: Translate; id: string; words: string[] }) {
  const shown = words.slice(0, NEVER_SHOWN);
  return (
    <p class="status error small" id={id} role="status" data-status="list-never-matches">
      {t('list_neverMatches')}
      {shown.map((w, i) => (
        <span key={i}>
          {' '}
          <code>{w}</code>
        </span>
      ))}
      {words.length > shown.length ? ` ${plural(t, 'list_neverMatchesMore', words.length - shown.length)}` : null}
    </p>
  );
}
