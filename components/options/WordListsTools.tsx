/**
 * Below the word lists: adding a list (new, imported from a file, or a shipped one back) with the import's outcome,
 * then "Save" / "Discard" with the save's outcome. Props in, callbacks out. Automation hooks: in WordListsSection.tsx.
 */
import type { WordList } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { ImportFailure } from '@/utils/messaging/protocol';
import { listNameOfError, type ListImportError } from '@/utils/ui/word-list-edits';
import { describeImportError } from '../import-errors';
import { FilePicker } from '../FilePicker';
import { SaveErrors } from './SaveErrors';
import { plural } from '@/utils/plural';

export type ListsStatus =
  | { kind: 'saved' }
  | { kind: 'save-error'; errors: ImportFailure[]; /** The lists' names as sent: an error names its list. */ names: string[] }
  | { kind: 'import-ok'; name: string; count: number }
  | { kind: 'import-error'; error: ListImportError }
  | null;

function importErrorText(t: Translate, error: ListImportError): string {
  switch (error.code) {
    case 'too-large':
      return t('list_importError_too_large', [Math.ceil(error.bytes / 1024), Math.ceil(error.max / 1024)]);
    case 'too-many-words':
      return plural(t, 'list_importError_too_many_words', error.count, [error.count, error.max]);
    case 'word-too-long':
      return plural(t, 'list_importError_word_too_long', error.max, [error.line, error.max]);
    case 'empty':
      return t('list_importError_empty');
    case 'unreadable':
      return t('list_importError_unreadable');
  }
}

export interface ListToolsProps {
  t: Translate;
  /** The shipped lists that can be added back. */
  restorable: WordList[];
  status: ListsStatus;
  onAdd: () => void;
  onImport: (file: File) => void;
  onRestore: (list: WordList) => void;
}

export function ListTools({ t, restorable, status, onAdd, onImport, onRestore }: ListToolsProps) {
  return (
    <>
      <div class="wl-tools">
        <button type="button" data-action="list-add" onClick={onAdd}>
          {t('list_add')}
        </button>
        <FilePicker label={t('list_import')} accept=".txt,.csv,text/plain,text/csv" action="list-import" onPick={onImport} />
      </div>

      {restorable.length ? (
        <div class="wl-missing">
          <h3 class="wl-label">{t('list_restoreShippedTitle')}</h3>
          {restorable.map((l) => (
            <button type="button" key={l.id} data-action="list-restore-shipped" data-list-id={l.id} onClick={() => onRestore(l)}>
              {t('list_restoreShipped', [l.name])}
            </button>
          ))}
        </div>
      ) : null}

      {status?.kind === 'import-ok' ? (
        <p class="status ok" role="status" data-status="list-import-ok">
          {plural(t, 'list_importOk', status.count, [status.name, status.count])}
        </p>
      ) : status?.kind === 'import-error' ? (
        <p class="status error" role="alert" data-status="list-import-error">
          {importErrorText(t, status.error)}
        </p>
      ) : null}
    </>
  );
}

export interface ListSaveBarProps {
  t: Translate;
  /** Edits are pending. */
  dirty: boolean;
  saving: boolean;
  status: ListsStatus;
  onSave: () => void;
  onDiscard: () => void;
}

export function ListSaveBar({ t, dirty, saving, status, onSave, onDiscard }: ListSaveBarProps) {
  // A refusal names the list it is about when that list has a name.
  const describe = (e: ImportFailure, names: string[]) => {
    const sentence = describeImportError(e, t);
    const name = listNameOfError(e.path, names);
    return name ? t('list_errorIn', [name, sentence]) : sentence;
  };
  return (
    <>
      <div class="wl-save">
        <button type="button" class="primary" data-action="lists-save" disabled={!dirty || saving} onClick={onSave}>
          {t('list_save')}
        </button>
        <button type="button" data-action="lists-discard" disabled={!dirty || saving} onClick={onDiscard}>
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
        <SaveErrors status="lists-save-error" title={t('list_saveFailed')} errors={status.errors} describe={(e) => describe(e, status.names)} />
      ) : null}
    </>
  );
}
