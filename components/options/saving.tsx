/**
 * Saving the accounts: each change is sent at once through `onSave` (the background validates it and refuses it
 * whole), then its outcome is shown: "Saved.", or the refusal in words.
 * Automation hooks: [data-status="acc-saved"], [data-status="acc-error"].
 */
import { useRef, useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import type { ImportFailure } from '@/utils/messaging/protocol';
import type { SettingsFileContent } from '@/utils/settings/file';
import type { SaveResult } from '@/utils/ui/options-store';
import { describeImportError } from '../import-errors';
import { SaveErrors } from './SaveErrors';

export type SaveStatus = { kind: 'saved' } | { kind: 'error'; errors: ImportFailure[] } | null;

/**
 * `save(next)` sends it and keeps the outcome in `status`; a throw counts as a refusal. `busy` is set while a save is
 * under way: remove, undo and move ignore a click then, since each starts from the settings shown, which that save
 * is about to replace.
 */
export function useSave(onSave: (content: SettingsFileContent) => Promise<SaveResult>) {
  const [status, setStatus] = useState<SaveStatus>(null);
  const busy = useRef(false);
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
  return { save, status, busy };
}

/** "Saved." in a live region (screen readers announce it), or the refusal in words. */
export function AccountsSaveOutcome({ t, status }: { t: Translate; status: SaveStatus }) {
  return (
    <>
      <div class="sr-live" role="status">
        {status?.kind === 'saved' ? (
          <span class="status ok small" data-status="acc-saved">
            {t('acc_saved')}
          </span>
        ) : null}
      </div>
      {status?.kind === 'error' ? <SaveErrors status="acc-error" title={t('opt_saveFailed')} errors={status.errors} describe={(e) => describeImportError(e, t)} /> : null}
    </>
  );
}
