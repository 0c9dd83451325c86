/**
 * Options page, word lists: edit each list (name, words, confirm/block, on/off, account kinds, per-account
 * switches), add, delete with undo, import from .txt/.csv, export as .txt, then save everything at once through
 * `onSave` (the background validates it like an imported settings file and refuses it whole, or keeps it).
 * Edits stay a local draft until saved; the accounts and the unknown-identity policy are sent back unchanged. While
 * edits are unsaved, leaving the page (closing it, reloading, following a link) asks first, the browser's own way.
 * The edits are pure functions (utils/ui/word-list-edits.ts); one list is ListEditor.tsx, the tools below WordListsTools.tsx.
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
 * - the team policy's lists, locked, above the user's: PolicyItems.tsx
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Settings, WordList } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { SettingsFileContent } from '@/utils/settings/file';
import type { SaveResult } from '@/utils/ui/options-store';
import * as edits from '@/utils/ui/word-list-edits';
import { ListEditor } from './ListEditor';
import { ListSaveBar, ListTools, type ListsStatus } from './WordListsTools';
import { UndoNotice, useUndoOffer } from './undo';
import { useFocusAfterRender } from './focus';
import { LockedLists } from './PolicyItems';
import { policyOverrides, type TeamPolicy } from '@/utils/settings/policy';
import './wordlists.css';

export type { SaveResult };

export interface WordListsSectionProps {
  t: Translate;
  settings: Settings;
  onSave: (content: SettingsFileContent) => Promise<SaveResult>;
  /** The team policy in force: its lists show locked; the user's own are edited and saved as ever. */
  policy?: TeamPolicy | null;
}

export function WordListsSection({ t, settings, onSave, policy = null }: WordListsSectionProps) {
  const [draft, setDraft] = useState<edits.EditList[] | null>(null);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<ListsStatus>(null);
  const [saving, setSaving] = useState(false);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const root = useRef<HTMLElement>(null);

  // Unsaved edits: leaving the page asks first (the browser shows its own "Leave site?" question).
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // New settings from the background (a save, an import elsewhere on the page): shown unless edits are pending.
  useEffect(() => {
    if (!dirtyRef.current) setDraft(null);
  }, [settings]);
  const undo = useUndoOffer<edits.DeletedList>();
  const focusLater = useFocusAfterRender(root, 'data-list-id');

  const lists = draft ?? settings.wordLists.map(edits.toEdit);
  const unnamed = t('list_newName');

  // Any edit makes the draft dirty and clears the last outcome, except an import's (it says "save to apply it").
  const edit = (next: edits.EditList[]) => {
    setDraft(next);
    setDirty(true);
    setStatus((s) => (s?.kind === 'import-ok' ? s : null));
  };
  const add = (list: WordList) => {
    edit(edits.addList(lists, list));
    focusLater(list.id, ['list-name']);
  };
  const remove = (index: number) => {
    const { lists: next, deleted } = edits.deleteList(lists, index);
    edit(next);
    undo.offer(deleted);
  };
  const restore = () => {
    const deleted = undo.offered;
    if (!deleted) return;
    edit(edits.undoDelete(lists, deleted));
    undo.offer(null);
    focusLater(deleted.list.id, ['list-name']);
  };
  const importFile = async (file: File) => {
    undo.offer(null);
    const result = await edits.importListFile(file, edits.freshListId(lists, undo.offered), unnamed);
    if (!result.ok) return setStatus({ kind: 'import-error', error: result.error });
    edit(edits.addList(lists, result.list));
    setStatus({ kind: 'import-ok', name: result.list.name, count: result.list.words.length });
  };
  const save = async () => {
    const content = edits.listsToSave(settings, lists);
    setSaving(true);
    try {
      const result = await onSave(content);
      if (result.ok) {
        setDirty(false);
        undo.offer(null);
        setStatus({ kind: 'saved' });
      } else setStatus({ kind: 'save-error', errors: result.errors, names: content.wordLists.map((l) => l.name) });
    } finally {
      setSaving(false);
    }
  };
  const discard = () => {
    setDraft(null);
    setDirty(false);
    undo.offer(null);
    setStatus(null);
  };

  return (
    <section class="wordlists" aria-labelledby="wl-title" data-section="word-lists" ref={root}>
      <h2 id="wl-title">{t('list_title')}</h2>
      <p class="muted">{t('list_help')}</p>
      <LockedLists t={t} lists={policy?.wordLists ?? []} yours={policyOverrides(settings, policy).wordLists} />

      <ul class="wl-lists" data-list="word-lists">
        {lists.map((list, i) => (
          <ListEditor key={list.id} t={t} list={list} accounts={settings.accounts} onChange={(l) => edit(edits.replaceList(lists, i, l))} onDelete={() => remove(i)} />
        ))}
      </ul>

      {undo.offered ? (
        <UndoNotice kind="wl-deleted" status="list-deleted" action="list-undo-delete" message={t('list_deleted', [edits.listLabel(undo.offered.list, unnamed)])} label={t('list_undo')} buttonRef={undo.buttonRef} onUndo={restore} />
      ) : null}

      <ListTools t={t} restorable={edits.restorableShippedLists(lists, undo.offered)} status={status} onAdd={() => add(edits.emptyList(lists, undo.offered, unnamed))} onImport={(file) => void importFile(file)} onRestore={add} />
      <ListSaveBar t={t} dirty={dirty} saving={saving} status={status} onSave={() => void save()} onDiscard={discard} />
    </section>
  );
}
