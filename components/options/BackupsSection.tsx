/**
 * Options page, automatic backups: the last versions of the accounts and lists (newest first, date and time in the
 * page's language), each with "Restore" and a confirmation step.
 *
 * Automation hooks: [data-section="backups"]; [data-list="backups"] with one <li data-backup-time="<ms>"> each;
 * buttons [data-action="backup-restore"] (in an item), "backup-restore-confirm", "backup-restore-cancel";
 * statuses [data-status="backups-empty"], "backup-confirm", "backup-restored", "backup-restore-error".
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import type { BackupSummary } from '@/utils/messaging/protocol';
import type { ChangeOutcome } from '@/utils/ui/options-store';
import { describeWriteError } from '../import-errors';
import './options.css';
import { plural } from '@/utils/plural';

export interface BackupsSectionProps {
  t: Translate;
  /** BCP 47 language for dates ("fr", "en-GB"). */
  locale: string;
  backups: BackupSummary[];
  /** A refusal says why (storage full, a newer version's settings, a backup this version cannot read whole…). */
  onRestore: (time: number) => Promise<ChangeOutcome>;
}

export function formatBackupTime(time: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(time));
  } catch {
    return new Date(time).toLocaleString();
  }
}

export function BackupsSection({ t, locale, backups, onRestore }: BackupsSectionProps) {
  const [asking, setAsking] = useState<number | null>(null);
  const [status, setStatus] = useState<{ kind: 'restored'; time: number } | { kind: 'error'; time: number; error: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (asking !== null) confirmButton.current?.focus();
  }, [asking]);

  const restore = async (time: number) => {
    setBusy(true);
    try {
      const result = await onRestore(time).catch((): ChangeOutcome => ({ ok: false, error: 'no-answer' }));
      setStatus(result.ok ? { kind: 'restored', time } : { kind: 'error', time, error: result.error });
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };
  const cancel = (time: number) => {
    setAsking(null);
    root.current?.querySelector<HTMLButtonElement>(`li[data-backup-time="${time}"] [data-action="backup-restore"]`)?.focus();
  };

  return (
    <section class="opt-section" aria-labelledby="backups-title" data-section="backups" ref={root}>
      <h2 id="backups-title">{t('backup_title')}</h2>
      <p class="muted">{t('backup_help')}</p>
      {backups.length === 0 ? (
        <p class="empty" data-status="backups-empty">
          {t('backup_empty')}
        </p>
      ) : (
        <ul class="backup-list" data-list="backups">
          {backups.map((b) => {
            const when = formatBackupTime(b.time, locale);
            return (
              <li key={b.time} class="backup-item" data-backup-time={b.time}>
                <div>
                  <time dateTime={new Date(b.time).toISOString()}>{when}</time>
                  <span class="muted small"> · {t('backup_counts', [plural(t, 'count_accounts', b.accounts), plural(t, 'count_wordLists', b.wordLists)])}</span>
                </div>
                {asking === b.time ? (
                  <div class="backup-confirm" role="group" aria-labelledby={`backup-confirm-${b.time}`}>
                    <p id={`backup-confirm-${b.time}`} data-status="backup-confirm">
                      {t('backup_confirm', [when])}
                    </p>
                    <button type="button" class="primary" ref={confirmButton} disabled={busy} data-action="backup-restore-confirm" onClick={() => void restore(b.time)}>
                      {t('backup_confirmYes')}
                    </button>{' '}
                    <button type="button" data-action="backup-restore-cancel" onClick={() => cancel(b.time)}>
                      {t('backup_confirmNo')}
                    </button>
                  </div>
                ) : (
                  <button type="button" data-action="backup-restore" aria-label={t('backup_restoreLabel', [when])} onClick={() => (setStatus(null), setAsking(b.time))}>
                    {t('backup_restore')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div role="status" class="sr-live">
        {status?.kind === 'restored' ? (
          <span class="status ok" data-status="backup-restored">
            {t('backup_restored', [formatBackupTime(status.time, locale)])}
          </span>
        ) : null}
      </div>
      {status?.kind === 'error' ? (
        <p class="status error" role="alert" data-status="backup-restore-error">
          {t('backup_restoreFailed')} {describeWriteError(status.error, t)}
        </p>
      ) : null}
    </section>
  );
}
