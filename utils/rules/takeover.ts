/**
 * The takeover alarm (86% of community managers fear their accounts being hacked): each protected account's display
 * name and handle, as last seen on the site, are remembered; when the site starts showing another display name for the
 * same account ("Boulangerie Dupont" becomes "Crypto Giveaway"), an alarm is raised: the badge shows it, the popup
 * explains what changed and since when, and the next publish as that account asks first (reason profile-changed).
 * Nothing leaves the browser. Pure: the background keeps the records (utils/background/service.ts).
 */
import type { Account, Identity } from '../types';
import { nameKey } from './engine';

export interface SeenProfile {
  name: string;
  handle?: string;
  /** When it was first seen so (ms since epoch). */
  since: number;
}

export interface ProfileAlarm {
  before: SeenProfile;
  now: { name: string; handle?: string };
  /** When the change was first seen (ms since epoch). */
  since: number;
}

/** accountId → what was last seen of it, and the alarms raised (the account ids whose display name changed). */
export type SeenProfiles = Record<string, SeenProfile>;
export type ProfileAlarms = Record<string, ProfileAlarm>;

/** Display names compared as a person reads them: case, accents, width and spacing aside. */
const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/**
 * What a reading of `account` (a protected one, matched by the identity) changes: the first time, it is remembered; a
 * different display name raises an alarm (kept until the user says the change is theirs); the same name changes
 * nothing. Null when nothing changes. Only names are compared: the account was matched by its handle or id, which is
 * what says it is the same account.
 */
export function watchProfile(seen: SeenProfiles, alarms: ProfileAlarms, account: Account, identity: Identity, now: number): { seen: SeenProfiles; alarms: ProfileAlarms } | null {
  if (!account.protected) return null;
  const name = identity.name?.replace(/\s+/g, ' ').trim();
  if (!name) return null;
  const known = seen[account.id];
  const shown = { name, ...(identity.handle ? { handle: identity.handle } : {}) };
  if (!known) return { seen: { ...seen, [account.id]: { ...shown, since: now } }, alarms };
  if (sameName(known.name, name)) return null;
  const raised = alarms[account.id];
  if (raised && sameName(raised.now.name, name)) return null;
  return { seen, alarms: { ...alarms, [account.id]: { before: known, now: shown, since: raised?.since ?? now } } };
}

/** The user says the change is theirs: the new name is the one to remember, and the alarm ends. */
export function acceptProfile(seen: SeenProfiles, alarms: ProfileAlarms, accountId: string, now: number): { seen: SeenProfiles; alarms: ProfileAlarms } {
  const alarm = alarms[accountId];
  const { [accountId]: _ended, ...rest } = alarms;
  return { seen: alarm ? { ...seen, [accountId]: { ...alarm.now, since: now } } : seen, alarms: rest };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shortString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 200;

function parseProfile(v: unknown): SeenProfile | null {
  if (!isObject(v) || !shortString(v.name) || typeof v.since !== 'number') return null;
  return { name: v.name, since: v.since, ...(shortString(v.handle) ? { handle: v.handle } : {}) };
}

/** Stored alarms, each checked; anything else is dropped. */
export function parseProfileAlarms(raw: unknown): ProfileAlarms {
  const out: ProfileAlarms = {};
  if (!isObject(raw)) return out;
  for (const [id, v] of Object.entries(raw)) {
    if (!isObject(v) || typeof v.since !== 'number' || !isObject(v.now) || !shortString(v.now.name)) continue;
    const before = parseProfile(v.before);
    if (!before) continue;
    out[id] = { before, now: { name: v.now.name, ...(shortString(v.now.handle) ? { handle: v.now.handle } : {}) }, since: v.since };
  }
  return out;
}

export function parseSeenProfiles(raw: unknown): SeenProfiles {
  const out: SeenProfiles = {};
  if (!isObject(raw)) return out;
  for (const [id, v] of Object.entries(raw)) {
    const p = parseProfile(v);
    if (p) out[id] = p;
  }
  return out;
}
