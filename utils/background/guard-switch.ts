/**
 * The switches, as the background applies them: the guard is never silently off, and a sensitive period never begins
 * or ends unrecorded. Switching off says for how long (an end, or
 * none: until the user turns it back on) and leaves a journal entry in the same write; an end that passes turns the
 * guard back on (the readers already treat it as on, utils/rules/status.ts) and the background writes that back with
 * its own entry. Pure: service.ts reads and writes storage.
 */
import type { SensitivePeriod, Settings } from '../types';
import type { GuardSwitchEntry, SensitiveSwitchEntry } from '../messaging/protocol';
import { guardIsOff, guardOffEnd, GUARD_OFF_MAX_MS } from '../rules/status';
import { parseSensitivePeriod } from '../rules/sensitive';
import { policySensitivePeriod, type TeamPolicy } from '../settings/policy';

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

/**
 * The entry a new sensitive period leaves (`before`: the one running, null when none; `after`: as asked, null to end
 * it): begun, or changed (another end or note), or ended by the user. None when nothing changed.
 */
export function sensitiveSwitchEntry(before: SensitivePeriod | null, after: SensitivePeriod | null, now: number): SensitiveSwitchEntry | null {
  if (after) {
    if (before && before.until === after.until && before.note === after.note) return null;
    return { kind: 'sensitive-period', time: now, period: 'on', until: after.until, note: after.note, cause: 'user' };
  }
  return before ? { kind: 'sensitive-period', time: now, period: 'off', until: null, note: '', cause: 'user' } : null;
}

/**
 * A stored sensitive period whose end has passed: the entry that says it is over, dated at its end, and what the record
 * becomes: nothing, or the member's own period that a team's replaced, if it still runs (with the entry that says it
 * runs again). Null when the record is absent, still running, or not a period at all.
 */
export function endedSensitivePeriod(raw: unknown, now: number): { period: SensitivePeriod | null; entries: SensitiveSwitchEntry[] } | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { until, replaced } = raw as StoredSensitivePeriod;
  if (typeof until !== 'number' || !Number.isFinite(until) || until > now) return null;
  const ended = (time: number): SensitiveSwitchEntry => ({ kind: 'sensitive-period', time, period: 'off', until: null, note: '', cause: 'ended' });
  // The member's own ran again from the team's end (every reader read it so), and may have ended since.
  const mine = parseSensitivePeriod(replaced, until);
  if (!mine) return { period: null, entries: [ended(until)] };
  if (mine.until <= now) return { period: null, entries: [ended(until), resumed(mine, until), ended(mine.until)] };
  return { period: mine, entries: [ended(until), resumed(mine, until)] };
}

/**
 * The stored record as it stands now, with the journal entries of what ended on the way (endedSensitivePeriod): what
 * every writer of the record starts from, so that no end goes unrecorded.
 */
export function settledSensitivePeriod(raw: unknown, now: number): { record: unknown; entries: SensitiveSwitchEntry[] } {
  const ended = endedSensitivePeriod(raw, now);
  return ended ? { record: ended.period, entries: ended.entries } : { record: raw, entries: [] };
}

/** The entry for a member's own period in force again once the team's is over. */
const resumed = (mine: SensitivePeriod, time: number): SensitiveSwitchEntry => ({ kind: 'sensitive-period', time, period: 'on', until: mine.until, note: mine.note, cause: 'user' });

/**
 * What the team policy changes to the stored sensitive period: the policy's own period, marked `setBy: 'policy'`, when
 * it sets one that runs and the stored one is not that already (a member's own period then waits in it, `replaced`);
 * when the policy lifted the period it had set, the member's own again if it still runs, or nothing. Each with its
 * journal entries. Null when nothing changes (a member's own period stays as it is).
 */
export function teamSensitivePeriod(raw: unknown, policy: TeamPolicy | null, now: number): { period: StoredSensitivePeriod | null; entries: SensitiveSwitchEntry[] } | null {
  const team = policySensitivePeriod(policy, now);
  const stored = typeof raw === 'object' && raw !== null ? (raw as Partial<StoredSensitivePeriod>) : null;
  const setByPolicy = stored?.setBy === 'policy';
  const teamRuns = setByPolicy && parseSensitivePeriod({ until: stored.until, note: stored.note, since: stored.since }, now) !== null;
  const mine = setByPolicy ? parseSensitivePeriod(stored.replaced, now) : parseSensitivePeriod(raw, now);
  if (team) {
    if (teamRuns && stored!.until === team.until && stored!.note === team.note) return null;
    return {
      period: { until: team.until, note: team.note, since: now, setBy: 'policy', ...(mine ? { replaced: mine } : {}) },
      entries: [{ kind: 'sensitive-period', time: now, period: 'on', until: team.until, note: team.note, cause: 'policy' }],
    };
  }
  // A team's period that ended by itself is the ended one's to write back (endedSensitivePeriod).
  if (!teamRuns) return null;
  const lifted: SensitiveSwitchEntry = { kind: 'sensitive-period', time: now, period: 'off', until: null, note: '', cause: 'policy' };
  return mine ? { period: mine, entries: [lifted, resumed(mine, now)] } : { period: null, entries: [lifted] };
}

/** A sensitive period as the background stores it: the team policy's is marked so, with the member's own it replaced. */
export interface StoredSensitivePeriod extends SensitivePeriod {
  setBy?: 'policy';
  /** The member's own period that ran when the team's began: in force again once the team's is over, if it still runs. */
  replaced?: SensitivePeriod;
}
