/**
 * A sensitive period: for a crisis, a tragedy or an embargo, every publish from a brand account asks first, with the
 * user's note, until a date; afterwards it ends by itself. Set from the popup or the options page (the background
 * stores it); read by the guard like a pause. Pure.
 */
import type { SensitivePeriod } from '../types';

/** The longest sensitive period, from when it is read: never "forever". */
export const SENSITIVE_MAX_MS = 31 * 24 * 3600_000;
export const SENSITIVE_NOTE_MAX = 200;

/**
 * A stored or sent sensitive period, capped; null when it is not one or is over. A team's period that replaced a
 * member's own keeps it (`replaced`, utils/background/guard-switch.ts): once the team's is over, the member's runs
 * again if its own end has not passed, for every reader at once.
 */
export function parseSensitivePeriod(raw: unknown, now: number): SensitivePeriod | null {
  return parseOnePeriod(raw, now) ?? (typeof raw === 'object' && raw !== null ? parseOnePeriod((raw as { replaced?: unknown }).replaced, now) : null);
}

function parseOnePeriod(raw: unknown, now: number): SensitivePeriod | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { until, note, since } = raw as Record<string, unknown>;
  if (typeof until !== 'number' || !Number.isFinite(until) || until <= now) return null;
  if (typeof note !== 'string' || note.length > SENSITIVE_NOTE_MAX || /\p{Cc}/u.test(note)) return null;
  if (typeof since !== 'number' || !Number.isFinite(since)) return null;
  return { until: Math.min(until, now + SENSITIVE_MAX_MS), note: note.trim(), since };
}

/** Is this period running now? */
export const sensitiveNow = (period: SensitivePeriod | null | undefined, now: number): period is SensitivePeriod => !!period && period.until > now;
