/**
 * Options page, word lists: edit each list (name, words, confirm/block, on/off, account kinds, per-account
 * switches), add, delete with undo, import from .txt/.csv, export as .txt, then save everything at once through
 * `onSave` (the background validates it like an imported settings file and refuses it whole, or keeps it).
 * Edits stay a local draft until saved; the accounts and the unknown-identity policy are sent back unchanged.
 *
 * Automation hooks:
 * - section [data-section="word-lists"]; [data-list="word-lists"] the lists, each <li data-list-id="<id>">
 * - in a list: [data-action="list-name"] (input), "list-enabled" (checkbox), "list-words" (textarea),
 *   "list-action" (select confirm|block), "list-kind-brand" / "list-kind-personal" (checkboxes),
 *   "list-account" (select default|always|never, with data-account-id), "list-export", "list-delete"
 * - "list-add", "list-import" (file input), "list-restore-shipped" (data-list-id), "lists-save", "lists-discard",
 *   "list-undo-delete"
 * - statuses: [data-status="lists-unsaved"], "lists-saved", "lists-save-error", "list-import-ok",
 *   "list-import-error", "list-deleted"
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Account, AccountKind, ListAction, Settings, WordList } from '@/utils/types';
import { ACCOUNT_KINDS, listAppliesTo } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { ImportFailure } from '@/utils/messaging/protocol';
import type { SettingsFileContent } from '@/utils/settings/file';
import { accountLabel } from '@/utils/format';
import { fileNameForList, LIST_FILE_LIMITS, listNameFromFile, parseListFile, wordsFromText, wordsToText, type ListFileError } from '@/utils/lists/text-import';
import { accountSwitch, isShippedList, missingShippedLists, newListId, newWordList, withAccountSwitch, type AccountSwitch } from '@/utils/lists/shipped';
import { describeImportError } from '../import-errors';
import './wordlists.css';

export type SaveResult = { ok: true; accounts: number; wordLists: number } | { ok: false; errors: ImportFailure[] };

export interface WordListsSectionProps {
  t: Translate;
  settings: Settings;
  onSave: (content: SettingsFileContent) => Promise<SaveResult>;
}

/** A list being edited: its words as the textarea holds them (read back into words when saving). */
interface EditList extends WordList {
  text: string;
}

type Status =
  | { kind: 'saved' }
  | { kind: 'save-error'; errors: ImportFailure[]; names: string[] }
  | { kind: 'import-ok'; name: string; count: number }
  | { kind: 'import-error'; error: ListFileError | { code: 'unreadable' } }
  | null;

const toEdit = (l: WordList): EditList => ({ ...l, words: [...l.words], appliesTo: [...l.appliesTo], includeAccounts: [...l.includeAccounts], excludeAccounts: [...l.excludeAccounts], text: wordsToText(l.words) });

export const fromEdit = (l: EditList): WordList => ({
  id: l.id,
  name: l.name.trim(),
  words: wordsFromText(l.text),
  appliesTo: ACCOUNT_KINDS.filter((k) => l.appliesTo.includes(k)),
  action: l.action,
  enabled: l.enabled,
  includeAccounts: [...l.includeAccounts],
  excludeAccounts: [...l.excludeAccounts],
});

/** Offers a text as a file download (Blob + <a download>). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function importErrorText(t: Translate, error: ListFileError | { code: 'unreadable' }): string {
  switch (error.code) {
    case 'too-large':
      return t('list_importError_too_large', [Math.ceil(error.bytes / 1024), Math.ceil(error.max / 1024)]);
    case 'too-many-words':
      return t('list_importError_too_many_words', [error.count, error.max]);
    case 'word-too-long':
      return t('list_importError_word_too_long', [error.line, error.max]);
    case 'empty':
      return t('list_importError_empty');
    case 'unreadable':
      return t('list_importError_unreadable');
  }
}

interface ListEditorProps {
  t: Translate;
  list: EditList;
  accounts: Account[];
  onChange: (list: EditList) => void;
  onDelete: () => void;
}

function ListEditor({ t, list, accounts, onChange, onDelete }: ListEditorProps) {
  const base = `list-${list.id}`;
  const count = wordsFromText(list.text).length;
  const set = (change: Partial<EditList>) => onChange({ ...list, ...change });
  const toggleKind = (kind: AccountKind, on: boolean) =>
    set({ appliesTo: on ? [...new Set([...list.appliesTo, kind])] : list.appliesTo.filter((k) => k !== kind) });
  const label = list.name.trim() || t('list_newName');
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
        <span class="wl-label">{t('list_words')}</span> <span class="muted">{t('list_wordCount', [count])}</span>
      </label>
      <textarea id={`${base}-words`} rows={6} spellcheck={false} value={list.text} data-action="list-words" onInput={(e) => set({ text: e.currentTarget.value })} />

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
              <input type="checkbox" checked={list.appliesTo.includes(kind)} data-action={`list-kind-${kind}`} onChange={(e) => toggleKind(kind, e.currentTarget.checked)} />{' '}
              {t(`list_kind_${kind}`)}
            </label>
          ))}
        </fieldset>
      </div>

      <details class="wl-accounts">
        <summary data-action="list-accounts-toggle">{t('list_perAccount')}</summary>
        <p class="muted small">{t('list_perAccountHelp')}</p>
        {accounts.length === 0 ? (
          <p class="muted small">{t('list_noAccounts')}</p>
        ) : (
          <ul class="wl-account-list">
            {accounts.map((a) => {
              const byKind = listAppliesTo({ ...fromEdit(list), enabled: true, includeAccounts: [], excludeAccounts: [] }, a);
              const id = `${base}-account-${a.id}`;
              return (
                <li key={a.id}>
                  <label for={id}>
                    {a.name ? `${a.name} ` : ''}
                    <span class="muted">
                      {a.name && a.handle ? accountLabel(a) : a.name ? '' : accountLabel(a)} · {t(`platform_${a.platform}`)} · {t(`kind_${a.kind}`)}
                    </span>
                  </label>
                  <select
                    id={id}
                    value={accountSwitch(list, a.id)}
                    data-action="list-account"
                    data-account-id={a.id}
                    onChange={(e) => onChange(withAccountSwitch(list, a.id, e.currentTarget.value as AccountSwitch))}
                  >
                    <option value="default">{t(byKind ? 'list_switch_default_on' : 'list_switch_default_off')}</option>
                    <option value="always">{t('list_switch_always')}</option>
                    <option value="never">{t('list_switch_never')}</option>
                  </select>
                </li>
              );
            })}
          </ul>
        )}
      </details>

      <div class="wl-actions">
        <button type="button" data-action="list-export" aria-label={t('list_exportLabel', [label])} onClick={() => downloadText(fileNameForList(label), wordsToText(wordsFromText(list.text)))}>
          {t('list_export')}
        </button>
        <button type="button" class="wl-danger" data-action="list-delete" aria-label={t('list_deleteLabel', [label])} onClick={onDelete}>
          {t('list_delete')}
        </button>
      </div>
    </li>
  );
}

export function WordListsSection({ t, settings, onSave }: WordListsSectionProps) {
  const [draft, setDraft] = useState<EditList[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [deleted, setDeleted] = useState<{ list: EditList; index: number } | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [saving, setSaving] = useState(false);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const undoRef = useRef<HTMLButtonElement>(null);
  const focusNameOf = useRef<string | null>(null);
  const root = useRef<HTMLElement>(null);

  // New settings from the background (a save, an import elsewhere on the page): shown unless edits are pending.
  useEffect(() => {
    if (!dirtyRef.current) setDraft(null);
  }, [settings]);

  const lists = draft ?? settings.wordLists.map(toEdit);

  useEffect(() => {
    if (deleted) undoRef.current?.focus();
  }, [deleted]);
  useEffect(() => {
    const id = focusNameOf.current;
    if (!id) return;
    focusNameOf.current = null;
    const card = [...(root.current?.querySelectorAll('li[data-list-id]') ?? [])].find((el) => el.getAttribute('data-list-id') === id);
    card?.querySelector<HTMLInputElement>('[data-action="list-name"]')?.focus();
  });

  const edit = (next: EditList[]) => {
    setDraft(next);
    setDirty(true);
    setStatus((s) => (s?.kind === 'import-ok' ? s : null));
  };
  const replace = (index: number, list: EditList) => edit(lists.map((l, i) => (i === index ? list : l)));
  const takenIds = () => [...lists.map((l) => l.id), ...(deleted ? [deleted.list.id] : [])];

  const add = (list: WordList) => {
    edit([...lists, toEdit(list)]);
    focusNameOf.current = list.id;
  };

  const remove = (index: number) => {
    const list = lists[index]!;
    edit(lists.filter((_, i) => i !== index));
    setDeleted({ list, index });
  };

  const undo = () => {
    if (!deleted) return;
    const next = [...lists];
    next.splice(Math.min(deleted.index, next.length), 0, deleted.list);
    edit(next);
    setDeleted(null);
    focusNameOf.current = deleted.list.id;
  };

  const importFile = async (file: File) => {
    setDeleted(null);
    if (file.size > LIST_FILE_LIMITS.bytes) {
      setStatus({ kind: 'import-error', error: { code: 'too-large', bytes: file.size, max: LIST_FILE_LIMITS.bytes } });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStatus({ kind: 'import-error', error: { code: 'unreadable' } });
      return;
    }
    const result = parseListFile(text, file.name);
    if (!result.ok) {
      setStatus({ kind: 'import-error', error: result.error });
      return;
    }
    const name = listNameFromFile(file.name) || t('list_newName');
    edit([...lists, toEdit(newWordList(newListId(takenIds()), name, result.words))]);
    setStatus({ kind: 'import-ok', name, count: result.words.length });
  };

  const save = async () => {
    const wordLists = lists.map(fromEdit);
    setSaving(true);
    try {
      const result = await onSave({ accounts: settings.accounts, wordLists, unknownIdentity: settings.unknownIdentity });
      if (result.ok) {
        setDirty(false);
        setDeleted(null);
        setStatus({ kind: 'saved' });
      } else setStatus({ kind: 'save-error', errors: result.errors, names: wordLists.map((l) => l.name) });
    } finally {
      setSaving(false);
    }
  };

  const discard = () => {
    setDraft(null);
    setDirty(false);
    setDeleted(null);
    setStatus(null);
  };

  const errorText = (e: ImportFailure, names: string[]) => {
    const sentence = describeImportError(e, t);
    const m = /^wordLists\[(\d+)\]/.exec(e.path);
    const name = m ? names[Number(m[1])] : undefined;
    return name ? t('list_errorIn', [name, sentence]) : sentence;
  };

  const missing = missingShippedLists(lists).filter((l) => l.id !== deleted?.list.id);

  return (
    <section class="wordlists" aria-labelledby="wl-title" data-section="word-lists" ref={root}>
      <h2 id="wl-title">{t('list_title')}</h2>
      <p class="muted">{t('list_help')}</p>

      <ul class="wl-lists" data-list="word-lists">
        {lists.map((list, i) => (
          <ListEditor key={list.id} t={t} list={list} accounts={settings.accounts} onChange={(l) => replace(i, l)} onDelete={() => remove(i)} />
        ))}
      </ul>

      {deleted ? (
        <p class="status wl-deleted" role="status" data-status="list-deleted">
          {t('list_deleted', [deleted.list.name.trim() || t('list_newName')])}{' '}
          <button type="button" ref={undoRef} data-action="list-undo-delete" onClick={undo}>
            {t('list_undo')}
          </button>
        </p>
      ) : null}

      <div class="wl-tools">
        <button type="button" data-action="list-add" onClick={() => add(newWordList(newListId(takenIds()), t('list_newName')))}>
          {t('list_add')}
        </button>
        <label class="file">
          {t('list_import')}{' '}
          <input
            type="file"
            accept=".txt,.csv,text/plain,text/csv"
            data-action="list-import"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void importFile(file);
              input.value = '';
            }}
          />
        </label>
      </div>

      {missing.length ? (
        <div class="wl-missing">
          <h3 class="wl-label">{t('list_restoreShippedTitle')}</h3>
          {missing.map((l) => (
            <button type="button" key={l.id} data-action="list-restore-shipped" data-list-id={l.id} onClick={() => add(l)}>
              {t('list_restoreShipped', [l.name])}
            </button>
          ))}
        </div>
      ) : null}

      {status?.kind === 'import-ok' ? (
        <p class="status ok" role="status" data-status="list-import-ok">
          {t('list_importOk', [status.name, status.count])}
        </p>
      ) : status?.kind === 'import-error' ? (
        <p class="status error" role="alert" data-status="list-import-error">
          {importErrorText(t, status.error)}
        </p>
      ) : null}

      <div class="wl-save">
        <button type="button" class="primary" data-action="lists-save" disabled={!dirty || saving} onClick={() => void save()}>
          {t('list_save')}
        </button>
        <button type="button" data-action="lists-discard" disabled={!dirty || saving} onClick={discard}>
          {t('list_discard')}
        </button>
        {dirty ? (
          <span class="wl-unsaved" role="status" data-status="lists-unsaved">
            {t('list_unsaved')}
          </span>
        ) : null}
      </div>
      {status?.kind === 'saved' ? (
        <p class="status ok" role="status" data-status="lists-saved">
          {t('list_saved')}
        </p>
      ) : status?.kind === 'save-error' ? (
        <div class="status error" role="alert" data-status="lists-save-error">
          <p>{t('list_saveFailed')}</p>
          <ul>
            {status.errors.map((e, i) => (
              <li key={i}>{errorText(e, status.names)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
