/**
 * Options page, "Deploy to a team": the user's own accounts and word lists as a team policy file, with the limits the
 * team lead picks, ready for the browser's administration tools (utils/settings/policy-file.ts). The file is shown to
 * copy and handed to `onDownload`. Only the user's own items go: a policy in force is not exported again.
 *
 * Automation hooks: [data-section="policy-export"]; [data-action="policy-export-format"] (select: chrome-json,
 * admin-console, values, firefox-policies, firefox-manifest), "policy-export-lock-guard", "policy-export-allow-pause"
 * (checkboxes), "policy-export-max-pause" (number), "policy-export-never-keep-text" (checkbox), "policy-export"
 * (button); [data-status="policy-export-done"], [data-status="policy-export-text"] (the file, a read-only textarea).
 */
import { useState } from 'preact/hooks';
import type { Settings } from '@/utils/types';
import type { MessageKey, Translate } from '@/utils/i18n';
import { CHROME_ID_PLACEHOLDER, policyFile, policyValues, POLICY_FILE_FORMATS, type PolicyFile, type PolicyFileFormat } from '@/utils/settings/policy-file';
import { POLICY_MAX_PAUSE_MINUTES } from '@/utils/settings/policy';
import './policy.css';

export interface PolicyExportProps {
  t: Translate;
  /** The user's own settings (never the merged ones). */
  settings: Settings;
  /** The extension's id in Chrome or Edge when the page runs there; null in Firefox. */
  chromeId: string | null;
  onDownload: (file: PolicyFile) => void;
}

export function PolicyExport({ t, settings, chromeId, onDownload }: PolicyExportProps) {
  const [format, setFormat] = useState<PolicyFileFormat>(chromeId ? 'chrome-json' : 'firefox-policies');
  const [lockGuard, setLockGuard] = useState(true);
  const [allowPause, setAllowPause] = useState(true);
  const [maxPause, setMaxPause] = useState('15');
  const [neverKeepText, setNeverKeepText] = useState(!settings.journalKeepText);
  const [file, setFile] = useState<{ file: PolicyFile; accounts: number; lists: number } | null>(null);
  const max = Number(maxPause);
  const maxValid = /^\d+$/.test(maxPause.trim()) && max >= 1 && max <= POLICY_MAX_PAUSE_MINUTES;

  const create = () => {
    if (allowPause && !maxValid) return;
    const values = policyValues(settings, { allowTurnOff: !lockGuard, allowPause, maxPauseMinutes: allowPause ? max : undefined, neverKeepText });
    const made = policyFile(values, format, chromeId);
    setFile({ file: made, accounts: (values.accounts as unknown[]).length, lists: (values.wordLists as unknown[]).length });
    onDownload(made);
  };
  const chromeFormat = format === 'chrome-json';

  return (
    <div class="policy-export" data-section="policy-export">
      <h3 id="policy-export-title">{t('policyExport_title')}</h3>
      <p class="muted">{t('policyExport_help')}</p>
      <div class="pref-grid">
        <label class="acc-field">
          <span class="acc-label">{t('policyExport_format')}</span>
          <select value={format} data-action="policy-export-format" onChange={(e) => setFormat(e.currentTarget.value as PolicyFileFormat)}>
            {POLICY_FILE_FORMATS.map((f) => (
              <option key={f} value={f}>
                {t(`policyExport_format_${f.replace(/-/g, '_')}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <div class="acc-field">
          <label class="acc-check">
            <input type="checkbox" checked={lockGuard} data-action="policy-export-lock-guard" onChange={(e) => setLockGuard(e.currentTarget.checked)} /> {t('policyExport_lockGuard')}
          </label>
          <label class="acc-check">
            <input type="checkbox" checked={neverKeepText} data-action="policy-export-never-keep-text" onChange={(e) => setNeverKeepText(e.currentTarget.checked)} /> {t('policyExport_neverKeepText')}
          </label>
          <label class="acc-check">
            <input type="checkbox" checked={allowPause} data-action="policy-export-allow-pause" onChange={(e) => setAllowPause(e.currentTarget.checked)} /> {t('policyExport_allowPause')}
          </label>
        </div>
        {allowPause ? (
          <div class="acc-field">
            <label class="acc-label" for="policy-export-max-pause">
              {t('policyExport_maxPause')}
            </label>
            <input
              id="policy-export-max-pause"
              type="number"
              inputMode="numeric"
              min={1}
              max={POLICY_MAX_PAUSE_MINUTES}
              value={maxPause}
              aria-invalid={maxValid ? 'false' : 'true'}
              aria-describedby={maxValid ? undefined : 'policy-export-max-pause-error'}
              data-action="policy-export-max-pause"
              onInput={(e) => setMaxPause(e.currentTarget.value)}
            />
            {maxValid ? null : (
              <p class="field-error" id="policy-export-max-pause-error">
                {t('policyExport_maxPauseError', [POLICY_MAX_PAUSE_MINUTES])}
              </p>
            )}
          </div>
        ) : null}
      </div>
      {chromeFormat ? <p class="muted small">{chromeId ? t('policyExport_idNote', [chromeId]) : t('policyExport_idUnknown', [CHROME_ID_PLACEHOLDER])}</p> : null}
      <p>
        <button type="button" data-action="policy-export" disabled={allowPause && !maxValid} onClick={create}>
          {t('policyExport_create')}
        </button>
      </p>
      {file ? (
        <>
          <p class="status ok" role="status" data-status="policy-export-done">
            {t('policyExport_done', [file.file.name, file.accounts, file.lists])}
          </p>
          <label class="acc-field">
            <span class="acc-label">{t('policyExport_text')}</span>
            <textarea readOnly rows={12} class="policy-export-text" data-status="policy-export-text" value={file.file.text} />
          </label>
        </>
      ) : null}
    </div>
  );
}
