/**
 * The guard's switch, as the background applies it: never silently off. Switching off says for how long (an end, or
 * none: until the user turns it back on) and leaves a journal entry in the same write; an end that passes turns the
 * guard back on (the readers already treat it as on, utils/rules/status.ts) and the background writes that back with
 * its own entry. Pure: service.ts reads and writes storage.
 */
import type { Settings } from '../types';
import type { GuardSwitchEntry } from '../messaging/protocol';
import { guardIsOff, guardOffEnd, GUARD_OFF_MAX_MS } from '../rules/status';

/** The settings with the switch as asked: on, or off until `until` (capped), or off with no end (`until` null). */
export function withGuardSwitch(settings: Settings, enabled: boolean, until: number | null, now: number): Settings {
  const { guardOffUntil: _previous, ...rest } = settings;
  if (enabled) return { ...rest, guardEnabled: true };
  return { ...rest, guardEnabled: false, ...(until !== null ? { guardOffUntil: Math.min(until, now + GUARD_OFF_MAX_MS) } : {}) };
}

/**
 * The entry that a change of settings leaves in the journal when the guard's state or end changed (none for anything
 * else). `before` is as the background read it, an ended switch-off already written back (endedSwitchOff).
 */
export function guardSwitchEntries(before: Settings, after: Settings, now: number): GuardSwitchEntry[] {
  const entries: GuardSwitchEntry[] = [];
  const wasOff = guardIsOff(before, now);
  const isOff = guardIsOff(after, now);
  const until = guardOffEnd(after, now);
  if (isOff && (!wasOff || guardOffEnd(before, now) !== until)) entries.push({ kind: 'guard-switch', time: now, guard: 'off', until, cause: 'user' });
  else if (!isOff && wasOff) entries.push({ kind: 'guard-switch', time: now, guard: 'on', until: null, cause: 'user' });
  return entries;
}

/**
 * A stored switch-off that needs writing back: one whose end has passed (the guard is on again: the settings without
 * it, and the entry that says so, dated at the end), or whose end lies further ahead than the longest switch-off (the
 * settings with the capped end, no entry). Null when the stored switch is as it should be.
 */
export function endedSwitchOff(settings: Settings, now: number): { settings: Settings; entry: GuardSwitchEntry | null } | null {
  if (settings.guardEnabled || settings.guardOffUntil === undefined) return null;
  const end = settings.guardOffUntil;
  if (end <= now) {
    const { guardOffUntil: _ended, ...on } = settings;
    return { settings: { ...on, guardEnabled: true }, entry: { kind: 'guard-switch', time: end, guard: 'on', until: null, cause: 'ended' } };
  }
  const capped = now + GUARD_OFF_MAX_MS;
  return end > capped ? { settings: { ...settings, guardOffUntil: capped }, entry: null } : null;
}
