/**
 * The journal page: every guarded attempt, newest first, with filters, a CSV export of what is shown, counts per
 * ISO week, and clearing with a confirm step.
 *
 * Automation hooks:
 * - data-action: filter-account, filter-platform, filter-outcome, filter-from, filter-to, reset-filters, export-csv,
 *   clear-journal, confirm-clear, cancel-clear
 * - data-status: loading, text-kept | text-not-kept, count, empty, no-match, cleared; journal-stopped (recording fails
 *   now: since when, why, how many attempts were lost), journal-gap (it failed, then recorded again), clear-error
 * - data-list: journal-entries (rows carry data-outcome, data-platform; a switch's row: guard-off | guard-on |
 *   sensitive-on | sensitive-off), weekly-counts (rows carry data-week)
 *
 * A 'degraded' entry is no publish: the page's reading degraded (utils/platforms/health.ts); it has no surface, and its
 * words are the names of what was missing ("Missing: …").
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Settings } from '@/utils/types';
import { PLATFORMS } from '@/utils/types';
import type { MessageKey, Translate } from '@/utils/i18n';
import { isSwitch, OUTCOMES, switchOutcome, type SwitchEntry, type JournalItem, type JournalHealth } from '@/utils/messaging/protocol';
import { describeWriteError } from './import-errors';
import { switchText } from './switch-text';
import { journalGapText, journalStoppedText } from './storage-notices';
import { accountsIn, filterEntries, GUARD_SWITCHES, type JournalFilter } from '@/utils/journal/filter';
import { formatWhen } from '@/utils/format';
import { csvFileName, journalToCsv } from '@/utils/journal/csv';
import { weeklyCounts, weekKey, type WeekCounts } from '@/utils/journal/stats';
import './journal.css';
import { plural } from '@/utils/plural';

export interface JournalViewProps {
  t: Translate;
  /** The language dates are written in (BCP 47). */
  locale: string;
  settings: Settings | null;
  /** null while loading. In any order: the view sorts them newest first. */
  entries: JournalItem[] | null;
  /** Set once the user cleared the journal. */
  cleared: boolean;
  onClear: () => void;
  /** Receives the file name and the CSV text of the entries shown. */
  onExport: (fileName: string, csv: string) => void;
  /** For the export's file name (tests pin it). */
  now?: () => Date;
  /** Whether the journal stopped recording (null: it records). */
  health?: JournalHealth | null;
  /** Why clearing failed, when it did. */
  clearError?: string | null;
}

/** The select value that stands for entries with no known account (a label is never empty). */
const UNKNOWN_ACCOUNT = '\u0000unknown';

const reasonKey = (id: string) => `journal_reason_${id.replace(/-/g, '_')}` as MessageKey;

function Filters({ t, entries, filter, onChange }: { t: Translate; entries: JournalItem[]; filter: JournalFilter; onChange: (f: JournalFilter) => void }) {
  const { labels, hasUnknown } = useMemo(() => accountsIn(entries), [entries]);
  const accountValue = filter.account === undefined ? '' : filter.account === null ? UNKNOWN_ACCOUNT : filter.account;
  return (
    <fieldset class="journal-filters">
      <legend>{t('journal_filters')}</legend>
      <label>
        {t('journal_filter_account')}
        <select
          data-action="filter-account"
          value={accountValue}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onChange({ ...filter, account: v === '' ? undefined : v === UNKNOWN_ACCOUNT ? null : v });
          }}
        >
          <option value="">{t('journal_filter_any')}</option>
          {labels.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
          {hasUnknown ? <option value={UNKNOWN_ACCOUNT}>{t('journal_unknown_account')}</option> : null}
        </select>
      </label>
      <label>
        {t('journal_filter_platform')}
        <select
          data-action="filter-platform"
          value={filter.platform ?? ''}
          onChange={(e) => onChange({ ...filter, platform: (e.currentTarget.value || undefined) as JournalFilter['platform'] })}
        >
          <option value="">{t('journal_filter_any')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {t(`platform_${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('journal_filter_outcome')}
        <select
          data-action="filter-outcome"
          value={filter.outcome ?? ''}
          onChange={(e) => onChange({ ...filter, outcome: (e.currentTarget.value || undefined) as JournalFilter['outcome'] })}
        >
          <option value="">{t('journal_filter_any')}</option>
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`journal_outcome_${o}`)}
            </option>
          ))}
          <option value={GUARD_SWITCHES}>{t('journal_outcome_guard_switch')}</option>
        </select>
      </label>
      <label>
        {t('journal_filter_from')}
        <input type="date" data-action="filter-from" value={filter.from ?? ''} max={filter.to || undefined} onChange={(e) => onChange({ ...filter, from: e.currentTarget.value || undefined })} />
      </label>
      <label>
        {t('journal_filter_to')}
        <input type="date" data-action="filter-to" value={filter.to ?? ''} min={filter.from || undefined} onChange={(e) => onChange({ ...filter, to: e.currentTarget.value || undefined })} />
      </label>
      <button type="button" data-action="reset-filters" onClick={() => onChange({})}>
        {t('journal_filter_reset')}
      </button>
    </fieldset>
  );
}

function WeeklyChart({ t, locale, weeks }: { t: Translate; locale: string; weeks: WeekCounts[] }) {
  if (!weeks.length) return <p class="muted">{t('journal_no_weeks')}</p>;
  const max = Math.max(1, ...weeks.flatMap((w) => [w.warnings, w.cancelled, w.confirmed, w.untouched]));
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const cell = (value: number, kind: string) => (
    <td class="bar-cell" data-count={kind}>
      <span class="bar-value">{value}</span>
      <span class={`bar ${kind}`} style={{ width: `${(value / max) * 100}%` }} aria-hidden="true" />
    </td>
  );
  return (
    <table class="weekly">
      <thead>
        <tr>
          <th scope="col">{t('journal_week')}</th>
          <th scope="col">{t('journal_warnings')}</th>
          <th scope="col">{t('journal_cancelled')}</th>
          <th scope="col">{t('journal_confirmed')}</th>
          <th scope="col">{t('journal_untouched')}</th>
        </tr>
      </thead>
      <tbody data-list="weekly-counts">
        {weeks.map((w) => (
          <tr key={w.key} data-week={w.key}>
            <th scope="row">{t('journal_week_label', [weekKey(w.week), day.format(new Date(w.start))])}</th>
            {cell(w.warnings, 'warnings')}
            {cell(w.cancelled, 'cancelled')}
            {cell(w.confirmed, 'confirmed')}
            {cell(w.untouched, 'untouched')}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function SwitchRow({ t, locale, entry: e, columns }: { t: Translate; locale: string; entry: SwitchEntry; columns: number }) {
  const outcome = switchOutcome(e);
  return (
    <tr data-outcome={outcome} class="switch">
      <td>
        <time dateTime={new Date(e.time).toISOString()}>{formatWhen(locale, e.time)}</time>
      </td>
      <td colSpan={columns - 1} class="wrap">
        <span class={`outcome ${outcome}`}>{switchText(t, e, locale)}</span>
      </td>
    </tr>
  );
}

function Entries({ t, locale, entries }: { t: Translate; locale: string; entries: JournalItem[] }) {
  const withText = entries.some((e) => 'text' in e && e.text !== undefined);
  return (
    <div class="table-scroll">
      <table class="journal-table">
        <thead>
          <tr>
            <th scope="col">{t('journal_col_time')}</th>
            <th scope="col">{t('journal_col_platform')}</th>
            <th scope="col">{t('journal_col_account')}</th>
            <th scope="col">{t('journal_col_surface')}</th>
            <th scope="col">{t('journal_col_outcome')}</th>
            <th scope="col">{t('journal_col_reasons')}</th>
            <th scope="col">{t('journal_col_words')}</th>
            {withText ? <th scope="col">{t('journal_col_text')}</th> : null}
          </tr>
        </thead>
        <tbody data-list="journal-entries">
          {entries.map((e, i) =>
            isSwitch(e) ? (
              <SwitchRow key={`${e.time}-${i}`} t={t} locale={locale} entry={e} columns={withText ? 8 : 7} />
            ) : (
            <tr key={`${e.time}-${i}`} data-outcome={e.outcome} data-platform={e.platform}>
              <td>
                <time dateTime={new Date(e.time).toISOString()}>{formatWhen(locale, e.time)}</time>
              </td>
              <td>{t(`platform_${e.platform}`)}</td>
              <td class="wrap">{e.account ?? t('journal_unknown_account')}</td>
              <td>{e.outcome === 'degraded' ? '' : t(`journal_surface_${e.surface}`)}</td>
              <td>
                <span class={`outcome ${e.outcome}`}>{t(`journal_outcome_${e.outcome}`)}</span>
              </td>
              <td>{e.reasons.map((r) => t(reasonKey(r))).join(', ')}</td>
              <td class="wrap">{e.outcome === 'degraded' ? t('journal_degraded_missing', [e.words.join(', ')]) : e.words.join(', ')}</td>
              {withText ? <td class="wrap">{e.text ?? ''}</td> : null}
            </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}

function ClearJournal({ t, count, cleared, onClear }: { t: Translate; count: number; cleared: boolean; onClear: () => void }) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const open = useRef<HTMLButtonElement>(null);
  // Focus goes to the safe choice as soon as the question appears.
  useLayoutEffect(() => {
    if (asking) keep.current?.focus();
  }, [asking]);
  return (
    <section class="journal-clear" aria-labelledby="journal-clear-heading">
      <h2 id="journal-clear-heading" class="visually-hidden">
        {t('journal_clear')}
      </h2>
      {asking ? (
        <div class="confirm-box" role="group" aria-labelledby="journal-clear-question">
          <p id="journal-clear-question">{plural(t, 'journal_clear_question', count)}</p>
          <button
            type="button"
            class="danger"
            data-action="confirm-clear"
            onClick={() => {
              setAsking(false);
              onClear();
            }}
          >
            {t('journal_clear_confirm')}
          </button>{' '}
          <button
            type="button"
            ref={keep}
            data-action="cancel-clear"
            onClick={() => {
              setAsking(false);
              setTimeout(() => open.current?.focus());
            }}
          >
            {t('journal_clear_cancel')}
          </button>
        </div>
      ) : (
        <button type="button" ref={open} class="danger" data-action="clear-journal" disabled={count === 0} onClick={() => setAsking(true)}>
          {t('journal_clear')}
        </button>
      )}
      {cleared && count === 0 ? (
        <p class="status ok" role="status" data-status="cleared">
          {t('journal_cleared')}
        </p>
      ) : null}
    </section>
  );
}

export function JournalView({ t, locale, settings, entries, cleared, onClear, onExport, now = () => new Date(), health = null, clearError = null }: JournalViewProps) {
  const [filter, setFilter] = useState<JournalFilter>({});
  const all = entries ?? [];
  const shown = useMemo(() => filterEntries(all, filter), [all, filter]);
  const weeks = useMemo(() => weeklyCounts(shown), [shown]);
  const keepText = settings?.journalKeepText ?? false;
  return (
    <main class="page journal">
      <h1>{t('journal_heading')}</h1>
      {health && health.resumedAt === undefined ? (
        <p class="status error" role="alert" data-status="journal-stopped">
          {journalStoppedText(t, health, locale)}
        </p>
      ) : health ? (
        <p class="status error" role="status" data-status="journal-gap">
          {journalGapText(t, health, locale)}
        </p>
      ) : null}
      {clearError ? (
        <p class="status error" role="alert" data-status="clear-error">
          {t('journal_clear_failed')} {describeWriteError(clearError, t)}
        </p>
      ) : null}
      <p>{t('journal_intro')}</p>
      {settings ? (
        <p class="notice" data-status={keepText ? 'text-kept' : 'text-not-kept'}>
          {t(keepText ? 'journal_text_kept' : 'journal_text_not_kept')} <a href="options.html">{t('journal_change_in_options')}</a>
        </p>
      ) : null}
      {entries === null ? (
        <p class="muted" role="status" data-status="loading">
          {t('journal_loading')}
        </p>
      ) : (
        <>
          <Filters t={t} entries={all} filter={filter} onChange={setFilter} />
          <div class="row journal-toolbar">
            <p role="status" data-status="count">
              {plural(t, 'journal_count', all.length, [shown.length, all.length])}
            </p>
            <span>
              <button type="button" data-action="export-csv" aria-describedby="journal-export-help" onClick={() => onExport(csvFileName(now()), journalToCsv(shown))}>
                {t('journal_export')}
              </button>
              <span id="journal-export-help" class="muted small">
                {' '}
                {t('journal_export_help')}
              </span>
            </span>
          </div>
          <h2>{t('journal_weekly')}</h2>
          <p class="muted small">{t('journal_weekly_help')}</p>
          <WeeklyChart t={t} locale={locale} weeks={weeks} />
          <h2>{t('journal_entries')}</h2>
          {all.length === 0 ? (
            <p class="notice" data-status="empty">
              {t('journal_empty')}
            </p>
          ) : shown.length === 0 ? (
            <p class="notice" data-status="no-match">
              {t('journal_no_match')}
            </p>
          ) : (
            <Entries t={t} locale={locale} entries={shown} />
          )}
          <ClearJournal t={t} count={all.length} cleared={cleared} onClear={onClear} />
        </>
      )}
    </main>
  );
}
