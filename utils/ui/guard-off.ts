/**
 * The popup's choices of how long the guard is switched off: one hour, until tomorrow morning, or until the user turns
 * it back on (no end). Pure; the background caps any end (utils/rules/status.ts GUARD_OFF_MAX_MS).
 */
export const GUARD_OFF_HOUR_MS = 60 * 60_000;

/** The hour "tomorrow morning" means. */
const MORNING_HOUR = 8;

/**
 * "Until tomorrow morning": 08:00 local time on the next day; in the small hours (before 04:00), the coming 08:00, the
 * morning the user is about to wake up to. Calendar arithmetic, so that a daylight saving change moves nothing.
 */
export function nextMorning(now: number): number {
  const date = new Date(now);
  const days = date.getHours() < 4 ? 0 : 1;
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, MORNING_HOUR, 0, 0, 0).getTime();
}
