/** Counts per ISO week (Monday to Sunday, local time) of what the guard did. Pure. */
import { isSwitch, type JournalEntry, type JournalItem } from '../messaging/protocol';

export interface IsoWeek {
  /** The ISO week-numbering year (may differ from the calendar year around New Year). */
  year: number;
  week: number;
}

/** The ISO 8601 week of a local date: the week with the year's first Thursday is week 1. */
export function isoWeek(date: Date): IsoWeek {
  // The Thursday of this date's week decides the year and the week.
  const thursday = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 3 - ((date.getDay() + 6) % 7));
  const firstThursday = new Date(thursday.getFullYear(), 0, 4);
  const dayDiff = Math.round((thursday.getTime() - firstThursday.getTime()) / 86_400_000);
  return { year: thursday.getFullYear(), week: 1 + Math.floor((dayDiff + ((firstThursday.getDay() + 6) % 7)) / 7) };
}

/** "2025-W01" */
export const weekKey = ({ year, week }: IsoWeek) => `${year}-W${String(week).padStart(2, '0')}`;

/** The Monday (00:00 local) of a date's week. */
export function weekStart(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7));
}

export interface WeekCounts {
  key: string;
  week: IsoWeek;
  /** Monday 00:00 local, ms. */
  start: number;
  /** Banners shown: confirm or block decisions the user saw (not those let through by a pause). */
  warnings: number;
  /** Posts the user cancelled on the banner: mistakes avoided. */
  cancelled: number;
  /** Posts published after the banner. */
  confirmed: number;
  /** Posts that went through untouched: the guard looked and saw nothing to ask. */
  untouched: number;
  /** Every publish the journal has for the week (switches of the guard are not publishes). */
  publishes: number;
}

/** A banner the user saw: not a publish let through by a pause or while the guard was off, nor one where nothing
 * could be shown (error). */
export const isWarning = (e: JournalEntry) =>
  e.decision !== 'allow' && e.outcome !== 'paused' && e.outcome !== 'off' && e.outcome !== 'error';

/**
 * One row per week from the week of the oldest entry to the week of the newest (empty weeks included, so the
 * chart's time axis is honest), oldest first, at most `maxWeeks` (the most recent ones).
 */
export function weeklyCounts(items: readonly JournalItem[], maxWeeks = 12): WeekCounts[] {
  const entries = items.filter((e): e is JournalEntry => !isSwitch(e));
  if (!entries.length) return [];
  const times = entries.map((e) => e.time);
  const last = weekStart(new Date(Math.max(...times)));
  let cursor = weekStart(new Date(Math.min(...times)));
  const rows = new Map<string, WeekCounts>();
  for (;;) {
    const week = isoWeek(cursor);
    rows.set(weekKey(week), { key: weekKey(week), week, start: cursor.getTime(), warnings: 0, cancelled: 0, confirmed: 0, untouched: 0, publishes: 0 });
    if (cursor.getTime() >= last.getTime()) break;
    // Date arithmetic on the calendar day, so that a daylight saving change never skips or repeats a week.
    cursor = new Date(cursor.getFullYear(), cursor.getMonth(), cursor.getDate() + 7);
  }
  for (const e of entries) {
    const row = rows.get(weekKey(isoWeek(new Date(e.time))))!;
    if (isWarning(e)) row.warnings++;
    if (e.outcome === 'cancelled') row.cancelled++;
    if (e.outcome === 'confirmed') row.confirmed++;
    if (e.outcome === 'allowed') row.untouched++;
    row.publishes++;
  }
  return [...rows.values()].slice(-maxWeeks);
}
