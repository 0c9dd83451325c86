/** The journal as CSV (RFC 4180, every cell quoted), safe to open in a spreadsheet split on "," or ";". Pure. */
import { isSwitch, switchOutcome, type JournalItem } from '../messaging/protocol';

/**
 * A switch is a row with outcome `guard-off`, `guard-on`, `sensitive-on` or `sensitive-off`, no platform, account,
 * surface or decision, and in `reasons` who switched (`user`, or `ended` when a switch-off or a sensitive period ran
 * out), then its end when it has one (`user; until 2025-01-06T08:00:00.000Z`); a sensitive period's note is its `text`.
 */
export const CSV_COLUMNS = ['time', 'platform', 'account', 'surface', 'decision', 'outcome', 'reasons', 'words', 'text'] as const;

/** Excel and friends read the file as UTF-8 (accents intact) only with a byte order mark. */
export const BOM = '\uFEFF';

/**
 * Where a spreadsheet may start a cell: the start of the value, and right after each character that some reader
 * splits on (",", or ";" as Excel does in French and other locales, a tab, a line break), past any spaces and
 * double quotes it might skip. A formula character there (= + - @, and their full-width forms as a precaution:
 * an apostrophe costs nothing) gets an apostrophe before it, as OWASP recommends.
 */
const FORMULA_AFTER_SPLIT = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * One cell: safe to open however the file is split. The value gets an apostrophe before every formula character
 * that could start a cell when read with "," or ";" as the separator (so `a;=HYPERLINK(…)` becomes
 * `a;'=HYPERLINK(…)`), and before a leading tab or carriage return (some spreadsheets skip them); then it is
 * quoted (every cell, RFC 4180), with inner quotes doubled.
 */
export function csvCell(value: string): string {
  let safe = value.replace(FORMULA_AFTER_SPLIT, "$1$2'");
  if (/^[\t\r]/.test(safe)) safe = `'${safe}`;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Several values in one cell (reasons, words). */
const joined = (values: readonly string[]) => values.join('; ');

export function journalToCsv(entries: readonly JournalItem[]): string {
  const rows = entries.map((e) =>
    isSwitch(e)
      ? [new Date(e.time).toISOString(), '', '', '', '', switchOutcome(e), joined([e.cause, ...(e.until === null ? [] : [`until ${new Date(e.until).toISOString()}`])]), '', e.kind === 'sensitive-period' ? e.note : '']
      : [new Date(e.time).toISOString(), e.platform, e.account ?? '', e.surface, e.decision, e.outcome, joined(e.reasons), joined(e.words), e.text ?? ''],
  );
  return BOM + [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "right-account-journal-2025-01-31.csv", for the local day of `now`. */
export function csvFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `right-account-journal-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
