/**
 * The guard's snapshot: what the content scripts decide on, as the background (the only writer) stores it under
 * `guardSnapshot` in storage.local after every change of the settings, their health or the team policy
 * (utils/background/snapshot.ts builds it). It is the effective settings, already read with this version's rules and
 * merged with the policy, plus what makes every publish ask first. A content script reads this one key (and the small
 * ones: pauses, sensitivePeriod, profileAlarms): it never parses, migrates or merges a record itself, so that it carries
 * none of the validator, the migrations, the policy reader or the shipped word lists.
 *
 * This module is what a content script may import: types and a shape check, nothing of utils/settings/{schema,
 * migrations,defaults,policy,health}.ts (tests/unit/architecture.test.ts checks the content scripts' import graph).
 */
import { LANGUAGES, PLATFORMS, type AskFirstReason, type Platform, type Settings } from '../types';

/**
 * The snapshot's own format. A content script that meets another one (a newer version wrote it before a downgrade, or
 * an older one left it) does not guess: it asks first until the background has written one of this format.
 */
export const GUARD_SNAPSHOT_FORMAT = 1;

export interface GuardSnapshot {
  format: typeof GUARD_SNAPSHOT_FORMAT;
  /**
   * The settings the guard decides on: the user's, read item by item and merged with the team policy. Word lists that
   * are switched off are left out (the rules never check them).
   */
  settings: Settings;
  /** Nothing tells which accounts to protect (the stored record cannot be read): every publish asks first. */
  failClosed: boolean;
  /** Platforms whose only accounts were set aside: every publish there asks first. */
  setAsidePlatforms: Platform[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Why a publish on `platform` must ask first, from a snapshot or a health record (utils/settings/health.ts); null when
 * the settings can be trusted there.
 */
export function askFirstReason(health: Pick<GuardSnapshot, 'failClosed' | 'setAsidePlatforms'> | null, platform: Platform): AskFirstReason | null {
  if (!health) return null;
  if (health.failClosed) return 'settings-unreadable';
  return health.setAsidePlatforms.includes(platform) ? 'account-set-aside' : null;
}

/**
 * What the guard holds when no snapshot can be read (missing, of another format, or the storage failed): no account
 * and no list, switched on, asking on an unknown identity. It never decides alone: every publish asks first with the
 * reason settings-unreadable (utils/guard/settings-source.ts). The shipped lists are not here on purpose: they are
 * the background's (utils/settings/defaults.ts), and a content script does not carry them.
 */
export function unreadableSnapshotSettings(): Settings {
  return {
    schemaVersion: 0,
    accounts: [],
    wordLists: [],
    unknownIdentity: 'confirm',
    guardEnabled: true,
    language: 'auto',
    journalKeepText: false,
    journalCap: 0,
    pauseSparesProtected: true,
  };
}

/**
 * A stored snapshot, or null when it is missing or is not one of this format. Only the background writes it, after
 * reading every item with the import's rules: this checks its shape (what the guard's code relies on), not each word
 * again. A null must make the guard ask first (utils/guard/settings-source.ts): what cannot be read never allows more.
 */
export function parseGuardSnapshot(raw: unknown): GuardSnapshot | null {
  if (!isObject(raw) || raw.format !== GUARD_SNAPSHOT_FORMAT) return null;
  const { settings, failClosed, setAsidePlatforms } = raw;
  if (typeof failClosed !== 'boolean' || !Array.isArray(setAsidePlatforms)) return null;
  if (!setAsidePlatforms.every((p) => (PLATFORMS as readonly unknown[]).includes(p))) return null;
  if (!isObject(settings) || !Array.isArray(settings.accounts) || !Array.isArray(settings.wordLists)) return null;
  if (typeof settings.guardEnabled !== 'boolean' || (settings.unknownIdentity !== 'confirm' && settings.unknownIdentity !== 'allow')) return null;
  if (typeof settings.pauseSparesProtected !== 'boolean' || typeof settings.journalKeepText !== 'boolean') return null;
  if (!(LANGUAGES as readonly unknown[]).includes(settings.language)) return null;
  if (settings.guardOffUntil !== undefined && typeof settings.guardOffUntil !== 'number') return null;
  if (!settings.accounts.every(isAccount) || !settings.wordLists.every(isWordList)) return null;
  return raw as unknown as GuardSnapshot;
}

const isStrings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** The fields the rules, the ribbon and the banner read. */
function isAccount(a: unknown): boolean {
  return (
    isObject(a) &&
    typeof a.id === 'string' &&
    (PLATFORMS as readonly unknown[]).includes(a.platform) &&
    (a.kind === 'brand' || a.kind === 'personal') &&
    typeof a.protected === 'boolean' &&
    isStrings(a.ownWords) &&
    (a.exceptions === undefined || isStrings(a.exceptions)) &&
    (a.handle === undefined || typeof a.handle === 'string') &&
    (a.name === undefined || typeof a.name === 'string') &&
    (a.confirmDelay === undefined || typeof a.confirmDelay === 'number')
  );
}

function isWordList(l: unknown): boolean {
  return (
    isObject(l) &&
    typeof l.id === 'string' &&
    typeof l.name === 'string' &&
    isStrings(l.words) &&
    isStrings(l.appliesTo) &&
    (l.action === 'confirm' || l.action === 'block') &&
    typeof l.enabled === 'boolean' &&
    isStrings(l.includeAccounts) &&
    isStrings(l.excludeAccounts)
  );
}
