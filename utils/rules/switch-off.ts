/** The guard's switch as every reader sees it: a switch-off whose end has passed is on again. Pure. */
import type { Settings } from '../types';

/**
 * The longest the guard can be switched off with an end (the popup's longest timed choice is "until tomorrow morning",
 * at most 28 hours ahead, plus a daylight saving hour). A stored end later than this from now counts as this, the way
 * a pause does: whatever a record says, a timed switch-off never lasts for good.
 */
export const GUARD_OFF_MAX_MS = 30 * 60 * 60_000;

export type GuardSwitch = Pick<Settings, 'guardEnabled' | 'guardOffUntil'>;

/** Is the guard switched off now? An end that has passed means on again, whether or not it was written back yet. */
export function guardIsOff(settings: GuardSwitch, now: number): boolean {
  return !settings.guardEnabled && (settings.guardOffUntil === undefined || settings.guardOffUntil > now);
}

/** While the guard is off until a set time: that time, never later than GUARD_OFF_MAX_MS from now; else null. */
export function guardOffEnd(settings: GuardSwitch, now: number): number | null {
  if (!guardIsOff(settings, now) || settings.guardOffUntil === undefined) return null;
  return Math.min(settings.guardOffUntil, now + GUARD_OFF_MAX_MS);
}
