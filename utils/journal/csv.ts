/** The journal as CSV (RFC 4180), safe to open in a spreadsheet. Pure. */
import type { JournalEntry } from '../messaging/protocol';

export const CSV_COLUMNS = ['time', 'platform', 'account', 'surface', 'decision', 'outcome', 'reasons', 'words', 'text'] as const;

/** Excel and friends read the file as UTF-8 (accents intact) only with a byte order mark. */
export const BOM = '\uFEFF';

/**
 * One cell: a value that a spreadsheet would run as a formula (starting with = + - @, or a tab or carriage return
 * that some of them skip) gets a leading apostrophe; then a cell with a comma, quote or line break is quoted, with
 * inner quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Several values in one cell (reasons, words). */
const joined = (values: readonly string[]) => values.join('; ');

export function journalToCsv(entries: readonly JournalEntry[]): string {
  const rows = entries.map((e) => [
    new Date(e.time).toISOString(),
    e.platform,
    e.account ?? '',
    e.surface,
    e.decision,
    e.outcome,
    joined(e.reasons),
    joined(e.words),
    e.text ?? '',
  ]);
  return BOM + [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "right-account-journal-2025-01-31.csv", for the local day of `now`. */
export function csvFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `right-account-journal-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}
