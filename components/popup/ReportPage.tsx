/**
 * The popup's "Report a broken page": the tab's skeleton (utils/platforms/skeleton.ts: structure and hooks, no text,
 * name, handle, link or picture), shown in full for the user to review before it is saved as an .html file for a bug
 * report. Nothing leaves the browser: saving is a download, attaching it to a report is the user's own act.
 *
 * Automation hooks:
 * - data-action: report-page, save-skeleton, close-report
 * - data-status: report-loading, report-failed, report-ready, skeleton (the skeleton's text), report-truncated,
 *   report-saved
 */
import type { Translate } from '@/utils/i18n';
import type { ReportState } from '@/utils/ui/popup-store';
import { plural } from '@/utils/plural';

export type { ReportState } from '@/utils/ui/popup-store';

/** `right-account-x-skeleton-2025-01-06.html`: the platform and the local date, nothing of the page. */
export function skeletonFileName(platform: string, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `right-account-${platform}-skeleton-${day}.html`;
}

export interface ReportPageProps {
  t: Translate;
  state: ReportState;
  onReport?: () => void;
  onSave?: (fileName: string, html: string) => void;
  onClose?: () => void;
  now?: () => Date;
}

export function ReportPage({ t, state, onReport, onSave, onClose, now = () => new Date() }: ReportPageProps) {
  return (
    <section class="report-page">
      <div class="actions">
        <button type="button" data-action="report-page" onClick={() => onReport?.()} disabled={state.kind === 'loading'}>
          {t('popup_report_page')}
        </button>
      </div>
      {state.kind === 'loading' ? <p class="muted small" role="status" data-status="report-loading">…</p> : null}
      {state.kind === 'failed' ? (
        <p class="notice" role="status" data-status="report-failed">
          {t('popup_check_failed')}
        </p>
      ) : null}
      {state.kind === 'ready' ? (
        <div data-status="report-ready">
          <p class="small">{t('popup_report_intro')}</p>
          <p class="muted small">{plural(t, 'popup_report_size', state.skeleton.elements, [state.skeleton.elements, state.skeleton.path])}</p>
          {state.skeleton.truncated ? (
            <p class="notice small" data-status="report-truncated">
              {t('popup_report_truncated')}
            </p>
          ) : null}
          <pre class="skeleton" tabIndex={0} data-status="skeleton">
            {state.skeleton.html}
          </pre>
          <div class="actions">
            <button type="button" data-action="save-skeleton" onClick={() => onSave?.(skeletonFileName(state.skeleton.platform, now()), state.skeleton.html)}>
              {t('popup_report_save')}
            </button>
            <button type="button" data-action="close-report" onClick={() => onClose?.()}>
              {t('popup_report_close')}
            </button>
          </div>
          {state.saved ? (
            <p class="status ok small" role="status" data-status="report-saved">
              {t('popup_report_saved', [state.saved])}
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
