/** Journal filters: pure functions over the entries the background lists (no DOM, no browser API). */
import type { Platform } from '../types';
import { isSwitch, type JournalItem, type Outcome } from '../messaging/protocol';

/** The outcome filter's value for the switches (the guard off and on, a sensitive period begun or over), which are not publishes. */
export const GUARD_SWITCHES = 'guard-switch';

export interface JournalFilter {
  /** undefined: any account; null: entries whose account was unknown; else the account label ("@handle" or name). */
  account?: string | null;
  platform?: Platform;
  /** A publish's outcome, or the guard's switches. */
  outcome?: Outcome | typeof GUARD_SWITCHES;
  /** Local calendar days, "YYYY-MM-DD", both inclusive. */
  from?: string;
  to?: string;
}

/** The start of a local calendar day "YYYY-MM-DD" (ms), or null when it is not such a date. */
export function dayStart(day: string, offsetDays = 0): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + offsetDays);
  return Number.isNaN(date.getTime()) ? null : date.getTime();
}

/** Newest first (a copy). Entries of the same time, newest recorded first: a period's end before what followed it. */
export const newestFirst = <T extends { time: number }>(entries: readonly T[]) => [...entries].reverse().sort((a, b) => b.time - a.time);

/**
 * The entries the filter keeps, newest first. The switches concern every account and platform: they stay
 * beside any account or platform chosen (the user sees when the guard was off), and go with any publish outcome chosen.
 */
export function filterEntries(entries: readonly JournalItem[], filter: JournalFilter): JournalItem[] {
  const from = filter.from ? dayStart(filter.from) : null;
  const until = filter.to ? dayStart(filter.to, 1) : null; // exclusive: the start of the day after
  return newestFirst(entries).filter((e) => {
    if ((from !== null && e.time < from) || (until !== null && e.time >= until)) return false;
    if (isSwitch(e)) return !filter.outcome || filter.outcome === GUARD_SWITCHES;
    return (
      (filter.account === undefined || e.account === filter.account) &&
      (!filter.platform || e.platform === filter.platform) &&
      (!filter.outcome || e.outcome === filter.outcome)
    );
  });
}

/** The distinct account labels of the entries, sorted, and whether some entries had no known account. */
export function accountsIn(entries: readonly JournalItem[]): { labels: string[]; hasUnknown: boolean } {
  const labels = new Set<string>();
  let hasUnknown = false;
  for (const e of entries) {
    if (isSwitch(e)) continue;
    if (e.account === null) hasUnknown = true;
    else labels.add(e.account);
  }
  return { labels: [...labels].sort((a, b) => a.localeCompare(b)), hasUnknown };
}
