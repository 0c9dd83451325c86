/**
 * Team policy: what an administrator pushes to every member of a team through the browser's managed storage
 * (Chrome, Edge: `3rdparty.extensions.<id>` in a policy, described by public/managed_schema.json; Firefox:
 * `3rdparty.Extensions.<id>` in policies.json, or a managed-storage manifest). README: "Deploying to a team".
 *
 * The policy is read item by item with the import's own field rules (utils/settings/schema.ts): an item that fails
 * them is ignored and reported, never the whole policy, never the user's own settings. The settings the guard uses are
 * the user's merged with the policy (`effectiveSettings`); the user's own record, its backups and its exported file
 * never hold a policy item. Pure: no browser API. The background stores the managed object as it read it under
 * `policy` (storage.local); content scripts and pages read it through `readPolicy`, so every reader applies the same
 * checks.
 */
import { PLATFORMS, type Account, type Pauses, type Settings, type UnknownIdentityPolicy, type WordList } from '../types';
import {
  FORBIDDEN_KEYS,
  findForbiddenKeys,
  isObject,
  LIMITS,
  Problems,
  readAccount,
  totalWords,
  readUnknownIdentity,
  readWordList,
  typeName,
  type ImportError,
} from './schema';
import { SENSITIVE_NOTE_MAX } from '../rules/sensitive';

/** The longest pause an administrator may allow, in minutes: the popup's own limit (MESSAGE_LIMITS.pauseMinutes). */
export const POLICY_MAX_PAUSE_MINUTES = 240;

/** Word lists of the policy get this prefix on their id, so that they never share one with a list of the user's. */
export const POLICY_LIST_PREFIX = 'policy-';

export const JOURNAL_TEXT_POLICIES = ['never', 'user'] as const;
export type JournalTextPolicy = (typeof JOURNAL_TEXT_POLICIES)[number];

/** The keys of the managed storage, as in public/managed_schema.json. */
export const POLICY_KEYS = [
  'accounts',
  'wordLists',
  'unknownIdentity',
  'allowTurnOff',
  'allowPause',
  'maxPauseMinutes',
  'pauseSparesProtected',
  'journalText',
  'sensitivePeriod',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/**
 * A policy as read: only the items that passed. An absent key means "the user decides".
 * - accounts, wordLists: added to the user's; a policy account replaces the user's account with the same id; the
 *   lists' ids carry POLICY_LIST_PREFIX;
 * - unknownIdentity, pauseSparesProtected: replace the user's preference;
 * - allowTurnOff false: the guard stays on (the switch is locked);
 * - allowPause false: no pause; maxPauseMinutes: no pause longer than that;
 * - journalText "never": the journal never keeps post texts (the user cannot turn it on; texts already kept go);
 * - sensitivePeriod: a sensitive period for the whole team, until its date (ms since epoch), with its note: every
 *   brand publish asks first; the members cannot end or change it (utils/background/service.ts keeps it in force).
 */
export interface TeamPolicy {
  accounts: Account[];
  wordLists: WordList[];
  unknownIdentity?: UnknownIdentityPolicy;
  allowTurnOff?: boolean;
  allowPause?: boolean;
  maxPauseMinutes?: number;
  pauseSparesProtected?: boolean;
  journalText?: JournalTextPolicy;
  sensitivePeriod?: { until: number; note: string };
}

/**
 * Why a part of the policy was ignored: the import's codes (utils/settings/schema.ts), paths in the policy
 * (`accounts[2].handle`), plus `unknown-key` { key } for a key this version does not know (a typo such as `wordlists`).
 */
export interface PolicyProblem {
  code: ImportError['code'] | 'unknown-key';
  path: string;
  params?: Record<string, string | number>;
}

export interface PolicyReading {
  /** null: no policy (nothing in the managed storage, or nothing this version can use of a policy too large to read). */
  policy: TeamPolicy | null;
  /** Every item ignored, with why (at most MAX_POLICY_PROBLEMS). */
  problems: PolicyProblem[];
  /** How many items were ignored in all (may be more than the problems listed). */
  ignored: number;
}

export const MAX_POLICY_PROBLEMS = 50;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * Reads what the managed storage holds. Never throws; each account, list and preference stands or falls alone.
 * A policy larger than an import file may be (1 MiB) is ignored whole.
 */
export function readPolicy(raw: unknown): PolicyReading {
  const problems: PolicyProblem[] = [];
  let ignored = 0;
  const report = (list: readonly PolicyProblem[]) => {
    ignored++;
    for (const p of list) if (problems.length < MAX_POLICY_PROBLEMS) problems.push(p);
  };
  if (raw === undefined || raw === null) return { policy: null, problems, ignored };
  if (!isObject(raw)) {
    report([{ code: 'not-object', path: '' }]);
    return { policy: null, problems, ignored };
  }
  let text: string | undefined;
  try {
    text = JSON.stringify(raw);
  } catch {
    text = undefined;
  }
  if (text === undefined) {
    report([{ code: 'not-object', path: '' }]);
    return { policy: null, problems, ignored };
  }
  const bytes = utf8Length(text);
  if (bytes > LIMITS.fileBytes) {
    report([{ code: 'too-large', path: '', params: { bytes, max: LIMITS.fileBytes } }]);
    return { policy: null, problems, ignored };
  }
  const keys = Object.keys(raw);
  if (keys.length === 0) return { policy: null, problems, ignored };

  for (const key of keys) {
    if (FORBIDDEN_KEYS.has(key)) report([{ code: 'forbidden-key', path: '', params: { key } }]);
    else if (!(POLICY_KEYS as readonly string[]).includes(key)) report([{ code: 'unknown-key', path: key, params: { key } }]);
  }

  let words = 0;
  /** The policy's words together stay within the import's limit: items past it are ignored. */
  const fitsWords = (count: number, path: string) => {
    if (words + count <= LIMITS.totalWords) return (words += count), true;
    report([{ code: 'too-many-words', path, params: { count: words + count, max: LIMITS.totalWords } }]);
    return false;
  };
  const items = (key: 'accounts' | 'wordLists', max: number): unknown[] => {
    const v = raw[key];
    if (v === undefined) return [];
    if (!Array.isArray(v)) {
      report([{ code: 'wrong-type', path: key, params: { expected: 'array', found: typeName(v) } }]);
      return [];
    }
    if (v.length > max) report([{ code: 'too-many-items', path: key, params: { count: v.length, max } }]);
    return v.slice(0, max);
  };
  /** One item's problems, forbidden keys first (as the import refuses them before anything else). */
  const check = (value: unknown, path: string): Problems => {
    const found = new Problems();
    findForbiddenKeys(value, path, found);
    return found;
  };

  const accounts: Account[] = [];
  const accountAt = new Map<string, number>();
  items('accounts', LIMITS.accounts).forEach((value, i) => {
    const path = `accounts[${i}]`;
    const found = check(value, path);
    const account = found.any ? null : readAccount(value, path, found);
    if (!account) return report(found.list);
    const first = accountAt.get(account.id);
    if (first !== undefined) return report([{ code: 'duplicate-account', path, params: { first } }]);
    if (!fitsWords(totalWords([account], []), path)) return; // its words and its exceptions, as an import counts them
    accountAt.set(account.id, i);
    accounts.push(account);
  });

  const wordLists: WordList[] = [];
  const listAt = new Map<string, number>();
  items('wordLists', LIMITS.wordLists).forEach((value, i) => {
    const path = `wordLists[${i}]`;
    const found = check(value, path);
    const list = found.any ? null : readWordList(value, i, path, found);
    if (!list) return report(found.list);
    const id = POLICY_LIST_PREFIX + list.id;
    const first = listAt.get(id);
    if (first !== undefined) return report([{ code: 'duplicate-list', path: `${path}.id`, params: { first } }]);
    if (!fitsWords(list.words.length, path)) return;
    listAt.set(id, i);
    wordLists.push({ ...list, id });
  });

  const policy: TeamPolicy = { accounts, wordLists };
  if (raw.unknownIdentity !== undefined) {
    const found = new Problems();
    const v = readUnknownIdentity(raw, found);
    if (v) policy.unknownIdentity = v;
    else report(found.list);
  }
  for (const key of ['allowTurnOff', 'allowPause', 'pauseSparesProtected'] as const) {
    const v = raw[key];
    if (v === undefined) continue;
    if (typeof v === 'boolean') policy[key] = v;
    else report([{ code: 'wrong-type', path: key, params: { expected: 'boolean', found: typeName(v) } }]);
  }
  if (raw.maxPauseMinutes !== undefined) {
    const v = raw.maxPauseMinutes;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= POLICY_MAX_PAUSE_MINUTES) policy.maxPauseMinutes = v;
    else report([{ code: 'invalid-value', path: 'maxPauseMinutes', params: { allowed: `1-${POLICY_MAX_PAUSE_MINUTES}`, found: typeof v === 'number' ? v : typeName(v) } }]);
  }
  if (raw.journalText !== undefined) {
    const v = raw.journalText;
    if (typeof v === 'string' && (JOURNAL_TEXT_POLICIES as readonly string[]).includes(v)) policy.journalText = v as JournalTextPolicy;
    else report([{ code: 'invalid-value', path: 'journalText', params: { allowed: JOURNAL_TEXT_POLICIES.join(', '), found: typeof v === 'string' ? v : typeName(v) } }]);
  }
  if (raw.sensitivePeriod !== undefined) {
    const v = raw.sensitivePeriod;
    const until = isObject(v) && typeof v.until === 'string' ? Date.parse(v.until) : NaN;
    const note = isObject(v) ? (v.note ?? '') : undefined;
    if (!isObject(v)) report([{ code: 'wrong-type', path: 'sensitivePeriod', params: { expected: 'object', found: typeName(v) } }]);
    else if (!Number.isFinite(until)) report([{ code: 'invalid-value', path: 'sensitivePeriod.until', params: { allowed: 'a date and time (ISO 8601)', found: typeof v.until === 'string' ? v.until : typeName(v.until) } }]);
    else if (typeof note !== 'string' || note.length > SENSITIVE_NOTE_MAX || /\p{Cc}/u.test(note))
      report([{ code: 'invalid-value', path: 'sensitivePeriod.note', params: { allowed: `text of at most ${SENSITIVE_NOTE_MAX} characters`, found: typeof note === 'string' ? note.slice(0, 40) : typeName(note) } }]);
    else policy.sensitivePeriod = { until, note: note.trim() };
  }
  return { policy, problems, ignored };
}

/** The team's sensitive period if the policy sets one that runs at `now`, as the background stores it; else null. */
export function policySensitivePeriod(policy: TeamPolicy | null, now: number): { until: number; note: string } | null {
  const period = policy?.sensitivePeriod;
  return period && period.until > now ? period : null;
}

/**
 * The settings the guard uses: the user's, with the policy on top.
 * - accounts: the policy's first, then the user's, but for one the policy also defines (same id): the policy's wins;
 * - word lists: the policy's first (ids `policy-…`), then the user's (a user's list that took a `policy-…` id of the
 *   policy's gives way too);
 * - unknownIdentity and pauseSparesProtected: the policy's when it sets them;
 * - journalKeepText: off when the policy says "never"; guardEnabled: on when the policy does not allow turning it off.
 * Without a policy, the user's settings object itself.
 */
export function effectiveSettings(user: Settings, policy: TeamPolicy | null): Settings {
  if (!policy) return user;
  const accountIds = new Set(policy.accounts.map((a) => a.id));
  const listIds = new Set(policy.wordLists.map((l) => l.id));
  return {
    ...user,
    accounts: [...policy.accounts, ...user.accounts.filter((a) => !accountIds.has(a.id))],
    wordLists: [...policy.wordLists, ...user.wordLists.filter((l) => !listIds.has(l.id))],
    unknownIdentity: policy.unknownIdentity ?? user.unknownIdentity,
    pauseSparesProtected: policy.pauseSparesProtected ?? user.pauseSparesProtected,
    journalKeepText: policy.journalText === 'never' ? false : user.journalKeepText,
    guardEnabled: policy.allowTurnOff === false ? true : user.guardEnabled,
  };
}


/** The user's own items a policy item replaces (same account id, same list id): the options page says so. */
export function policyOverrides(user: Pick<Settings, 'accounts' | 'wordLists'>, policy: TeamPolicy | null): { accounts: Account[]; wordLists: WordList[] } {
  if (!policy) return { accounts: [], wordLists: [] };
  const accountIds = new Set(policy.accounts.map((a) => a.id));
  const listIds = new Set(policy.wordLists.map((l) => l.id));
  return { accounts: user.accounts.filter((a) => accountIds.has(a.id)), wordLists: user.wordLists.filter((l) => listIds.has(l.id)) };
}

/** The preferences the policy decides: the options page and the popup lock them, the background refuses changes. */
export type LockedPreference = 'unknownIdentity' | 'pauseSparesProtected' | 'journalKeepText' | 'guardEnabled';

export function lockedPreferences(policy: TeamPolicy | null): Set<LockedPreference> {
  const locked = new Set<LockedPreference>();
  if (!policy) return locked;
  if (policy.unknownIdentity !== undefined) locked.add('unknownIdentity');
  if (policy.pauseSparesProtected !== undefined) locked.add('pauseSparesProtected');
  if (policy.journalText === 'never') locked.add('journalKeepText');
  if (policy.allowTurnOff === false) locked.add('guardEnabled');
  return locked;
}

/** How long a pause may last under the policy, in minutes: 0 when pausing is not allowed. */
export function maxPauseMinutes(policy: TeamPolicy | null): number {
  if (!policy) return POLICY_MAX_PAUSE_MINUTES;
  if (policy.allowPause === false) return 0;
  return policy.maxPauseMinutes ?? POLICY_MAX_PAUSE_MINUTES;
}

/**
 * Why the policy refuses a change the user asked for, or null when it allows it: `policy-locked` (a preference or the
 * switch the policy sets, a pause when pausing is not allowed), `pause-too-long` (longer than the policy allows).
 * Changes that keep the policy's own value (turning the guard on, keeping texts off) always pass.
 */
export function policyRefusal(
  policy: TeamPolicy | null,
  change: { prefs: Partial<Pick<Settings, LockedPreference>> } | { pauseMinutes: number | null },
): 'policy-locked' | 'pause-too-long' | null {
  if (!policy) return null;
  if ('pauseMinutes' in change) {
    if (change.pauseMinutes === null) return null;
    const max = maxPauseMinutes(policy);
    if (max === 0) return 'policy-locked';
    return change.pauseMinutes > max ? 'pause-too-long' : null;
  }
  const { prefs } = change;
  if (prefs.guardEnabled === false && policy.allowTurnOff === false) return 'policy-locked';
  if (prefs.journalKeepText === true && policy.journalText === 'never') return 'policy-locked';
  if (prefs.unknownIdentity !== undefined && policy.unknownIdentity !== undefined && prefs.unknownIdentity !== policy.unknownIdentity) return 'policy-locked';
  if (prefs.pauseSparesProtected !== undefined && policy.pauseSparesProtected !== undefined && prefs.pauseSparesProtected !== policy.pauseSparesProtected) return 'policy-locked';
  return null;
}

/**
 * The pauses that the policy still allows at `now`: none when pausing is not allowed, each ending at most
 * `maxPauseMinutes` from now otherwise (a pause started before the policy arrived).
 */
export function pausesWithinPolicy(pauses: Pauses, policy: TeamPolicy | null, now: number): Pauses {
  const max = maxPauseMinutes(policy);
  if (max >= POLICY_MAX_PAUSE_MINUTES) return pauses;
  const out: Pauses = {};
  if (max === 0) return out;
  const latest = now + max * 60_000;
  for (const platform of PLATFORMS) {
    const until = pauses[platform];
    if (typeof until === 'number') out[platform] = Math.min(until, latest);
  }
  return out;
}
