/**
 * The one message protocol between the extension's parts. Every message is a plain object with a `type`;
 * receivers validate what they get with `parseBackgroundRequest` / `parseContentRequest` and ignore anything
 * else. Content scripts are untrusted senders (they live in pages we do not control): they may only send the
 * kinds listed in CONTENT_SCRIPT_KINDS.
 */
import type { HealthCause, Identity, PageHealth, Pauses, Platform, Preferences, SensitivePeriod, Settings } from '../types';
import { SENSITIVE_NOTE_MAX } from '../rules/sensitive';
import type { ProfileAlarms } from '../rules/takeover';
import { HEALTH_CAUSES, PLATFORMS } from '../types';
import { PREFERENCE_KEYS } from '../types';
import { REASON_IDS, type Decision, type ReasonId } from '../rules/verdict';
import { Problems, readPreferences } from '../settings/schema';
import type { SettingsHealth } from '../settings/health';
import type { StoredDroppedItem } from '../settings/dropped';
import type { PolicyProblem, TeamPolicy } from '../settings/policy';
import type { DetectionProblem, PublishGesture } from '../platforms/adapter';
import type { Catalog } from '../i18n';
import { GUARD_OFF_MAX_MS } from '../rules/status';

// ---------- journal ----------

export const OUTCOMES = ['allowed', 'confirmed', 'delayed', 'cancelled', 'blocked', 'vanished', 'paused', 'off', 'degraded', 'error'] as const;
/** allowed: no risk, went through untouched; confirmed: published after the banner; delayed: a routine publish of a
 * protected account, published once its countdown ran out; cancelled: the user kept the draft (Cancel, Undo);
 * blocked: a block rule stopped it; vanished: confirmed, but the publish control was gone; paused: the guard was
 * paused on the site and let a risky publish through unchecked (recorded so that a pause is never silent); off: the
 * guard was switched off and let the publish through without looking (decision 'allow', no reason); degraded: not a
 * publish, but the page's reading degraded (utils/platforms/health.ts), once per page load: decision 'allow', no
 * reasons, and `words` names the missing signals and hooks (never a value); error: the guard could not show anything
 * (no banner, not even the plain one) and let the publish through rather than hold it with nothing on screen. */
export type Outcome = (typeof OUTCOMES)[number];

export const SURFACES = ['post', 'reply', 'message', 'comment'] as const satisfies readonly PublishGesture['surface'][];

/** What a content script reports. No post text unless the user turned `journalKeepText` on. */
export interface JournalEntryInput {
  platform: Platform;
  /** "@handle" or the display name of the identity, null when unknown. */
  account: string | null;
  accountId: string | null;
  surface: PublishGesture['surface'];
  decision: Decision;
  outcome: Outcome;
  reasons: ReasonId[];
  /** The configured words that matched (not the draft's text). */
  words: string[];
  /** The draft, only when the user asked the journal to keep it (settings.journalKeepText). */
  text?: string;
}

export interface JournalEntry extends JournalEntryInput {
  /** Set by the background when it records the entry (ms since epoch). */
  time: number;
}

/**
 * The guard was switched off or on. Written by the background alone, in the same storage write as the switch (a content
 * script can never journal one): so that the guard is never off without the journal saying since when and until when.
 */
export interface GuardSwitchEntry {
  kind: 'guard-switch';
  /** When it happened (ms since epoch); for an end that passed, the end itself. */
  time: number;
  /** What the guard is after the switch. */
  guard: 'off' | 'on';
  /** Switched off: until when (ms since epoch), null for "until I turn it back on". Switched on: null. */
  until: number | null;
  /** user: the user's own switch (popup); ended: the end of a timed switch-off passed. */
  cause: 'user' | 'ended';
}

/**
 * A sensitive period began, changed or ended. Written by the background alone, in the same storage write as the period
 * itself; one that ends by itself is journaled at its end, when the background next reads it.
 */
export interface SensitiveSwitchEntry {
  kind: 'sensitive-period';
  /** When it happened (ms since epoch); for a period that ended by itself, its end. */
  time: number;
  /** on: a period runs from now (or its end or note changed); off: it is over. */
  period: 'on' | 'off';
  /** On: until when (ms since epoch). Off: null. */
  until: number | null;
  /** The user's note for the period (its own words, not a post's text); empty when off. */
  note: string;
  /** user: set or ended in the popup or options; ended: its end passed; policy: set or lifted by the team policy. */
  cause: 'user' | 'ended' | 'policy';
}

/** The journal's entries that are not publishes: the switches of the guard and of the sensitive period. */
export type SwitchEntry = GuardSwitchEntry | SensitiveSwitchEntry;

/** What the journal holds: guarded publishes, and the switches. */
export type JournalItem = JournalEntry | SwitchEntry;

/** A switch of either kind: publishes carry no `kind`. */
export const isSwitch = (item: JournalItem): item is SwitchEntry => 'kind' in item && item.kind !== undefined;
/** The state a switch leaves, as a journal row's data-outcome: guard-off, guard-on, sensitive-on, sensitive-off. */
export const switchOutcome = (e: SwitchEntry): string => (e.kind === 'guard-switch' ? `guard-${e.guard}` : `sensitive-${e.period}`);

// ---------- the toolbar badge ----------

/**
 * What a tab's guard reports of its identity, for the toolbar badge: the reading itself (who a publish would go out
 * as, or why that cannot be read). The background turns it into the badge with the same status function as the
 * ribbon and the popup (utils/rules/status.ts), with its own, fresher settings and pauses.
 */
export interface TabReport {
  platform: Platform;
  identity: ReportedIdentity | null;
  problem?: DetectionProblem;
  /** How well the page is read (utils/platforms/health.ts); absent means ok. */
  health?: PageHealth;
}

/** The parts of an identity the badge needs (no picture, no session key). */
export type ReportedIdentity = Pick<Identity, 'platform' | 'handle' | 'name' | 'aliases' | 'source'>;

/** An identity as reported by a tab, reduced to what the badge needs. */
export function reportedIdentity(identity: Identity): ReportedIdentity {
  const { platform, handle, name, aliases, source } = identity;
  return { platform, source, ...(handle ? { handle } : {}), ...(name ? { name } : {}), ...(aliases?.length ? { aliases } : {}) };
}

/** One automatic backup: the settings as they were before a change (import, save, restore). */
export interface BackupSummary {
  time: number;
  accounts: number;
  wordLists: number;
}

// ---------- failures ----------

/**
 * Why the background did not write what it was asked to. Every handler that writes answers `{ ok: false, error }`
 * (imports and saves: an error with this code in `errors`), and the page that asked says it in words.
 * - storage-full: the browser's storage quota is reached (Chrome: 10 MiB; Firefox: its quota for the disk);
 * - write-failed: the browser could not write, for another reason;
 * - newer-version: a newer version of Right Account wrote the settings; this one never writes over them;
 * - settings-unreadable: the stored settings cannot be read; only an import, a save of the whole configuration or a
 *   restore may replace them (a preference alone would turn "asks first" into "allows everything");
 * - settings-too-large: the settings would pass their storage budget (params: bytes, max);
 * - policy-locked: the team policy sets this (a preference, the guard's switch, pausing at all);
 * - pause-too-long: the team policy allows shorter pauses only.
 */
export const WRITE_ERRORS = ['storage-full', 'write-failed', 'newer-version', 'settings-unreadable', 'settings-too-large', 'policy-locked', 'pause-too-long'] as const;
export type WriteError = (typeof WRITE_ERRORS)[number];
export type WriteOutcome = { ok: true } | { ok: false; error: WriteError };

/** The journal stopped recording: since when, why, how many entries were lost, and when it worked again. */
export interface JournalHealth {
  stoppedAt: number;
  error: Extract<WriteError, 'storage-full' | 'write-failed'>;
  missed: number;
  /** Absent while recording still fails. */
  resumedAt?: number;
}

/**
 * The team policy, as the background read it just now (utils/settings/policy.ts): the items in force, the ones
 * ignored and why, and `error` when the managed storage could not be read (the policy read before stays in force) or
 * what was read could not be stored.
 */
export interface PolicyStatus {
  policy: TeamPolicy | null;
  problems: PolicyProblem[];
  ignored: number;
  error?: string;
}

/** What the pages show about storage: whether the settings can be trusted, and whether the journal records. */
export interface StorageStatus {
  settings: SettingsHealth;
  journal: JournalHealth | null;
}

// ---------- what the background answers ----------

export type BackgroundRequest =
  | { type: 'settings/get' }
  | { type: 'settings/import'; text: string }
  | { type: 'settings/export' }
  /**
   * Switch the guard on, or off until `until` (ms since epoch, in the future, at most GUARD_OFF_MAX_MS ahead) or, when
   * `until` is null or absent, until the user turns it back on. Journaled with the switch.
   */
  | { type: 'settings/set-guard-enabled'; enabled: boolean; until?: number | null }
  /** The options page's edit: a complete v1 file object, validated exactly like an imported file. */
  | { type: 'settings/save'; file: unknown }
  | { type: 'settings/set-preferences'; prefs: Partial<Preferences> }
  | { type: 'backups/list' }
  | { type: 'backups/restore'; time: number }
  | { type: 'journal/record'; entry: JournalEntryInput }
  | { type: 'journal/list' }
  | { type: 'journal/clear' }
  /** Pause the guard on a platform for `minutes` (1 to 240), or resume it now (null). */
  | { type: 'pause/set'; platform: Platform; minutes: number | null }
  | { type: 'pause/get' }
  /** A content script tells what its tab's identity is, for the badge (the tab is the sender's). */
  | { type: 'tab/report'; report: TabReport }
  /** Starts a sensitive period until `until` (ms since epoch) with a note, or ends it (null). Extension pages only. */
  | { type: 'sensitive/set'; until: number | null; note: string }
  | { type: 'sensitive/get' }
  /** The takeover alarms raised (protected accounts whose display name changed). Extension pages only. */
  | { type: 'profiles/alarms' }
  /** The user says the change of this account's name is theirs: the alarm ends. Extension pages only. */
  | { type: 'profiles/accept'; accountId: string }
  /** A content script offers a cancelled draft to the account whose words it holds (its next composer, for a while). */
  | { type: 'handoff/offer'; platform: Platform; accountId: string; text: string }
  /** Is a draft waiting for this account? (The composer focused now publishes as it.) */
  | { type: 'handoff/peek'; platform: Platform; accountId: string }
  /** Take the draft waiting for this account (it is forgotten), to paste it or to dismiss it. */
  | { type: 'handoff/take'; platform: Platform; accountId: string }
  /** The account the user means to work as in a tab (popup); null clears it. */
  | { type: 'tab/set-intended'; tabId: number; accountId: string | null }
  /** A content script asks for its own tab's intended account (the tab is the sender's). */
  | { type: 'tab/get-intended' }
  /** The settings' health and the journal's (pages). */
  | { type: 'storage/status' }
  /** The items of the stored settings that could not be read, kept aside (options page). */
  | { type: 'settings/dropped-list' }
  /** Puts one back, checked like an edit, or discards it, by its id. */
  | { type: 'settings/dropped-restore'; id: number }
  | { type: 'settings/dropped-discard'; id: number }
  /** The team policy, read again from the managed storage (pages). */
  | { type: 'policy/get' };

export interface ImportFailure {
  code: string;
  path: string;
  params?: Record<string, string | number>;
}

/** A settings change that was applied (with the settings it gave), or why not. */
export type SettingsOutcome = { ok: true; settings: Settings } | { ok: false; error: WriteError };

export interface BackgroundResponses {
  'settings/get': Settings;
  /** A refused file, or a write that failed: `errors` (a write failure is one error whose code is a WriteError). */
  'settings/import': { ok: true; accounts: number; wordLists: number } | { ok: false; errors: ImportFailure[] };
  'settings/export': { text: string };
  'settings/set-guard-enabled': SettingsOutcome;
  'settings/save': BackgroundResponses['settings/import'];
  'settings/set-preferences': SettingsOutcome;
  'backups/list': BackupSummary[];
  /** not-found: no backup has that time; unreadable-backup: it cannot be read whole by this version. */
  'backups/restore': { ok: true } | { ok: false; error: WriteError | 'not-found' | 'unreadable-backup' };
  'journal/record': WriteOutcome | { ok: false; error: 'rate-limited' };
  'journal/list': JournalItem[];
  'journal/clear': WriteOutcome;
  'pause/set': { ok: true; pauses: Pauses } | { ok: false; error: WriteError };
  'pause/get': Pauses;
  'tab/report': { ok: true };
  'sensitive/set': { ok: true; period: SensitivePeriod | null } | { ok: false; error: WriteError | 'invalid' };
  'sensitive/get': SensitivePeriod | null;
  'profiles/alarms': ProfileAlarms;
  'profiles/accept': WriteOutcome;
  'handoff/offer': { ok: true };
  'handoff/peek': { available: boolean };
  'handoff/take': { text: string | null };
  'tab/set-intended': WriteOutcome;
  'tab/get-intended': { accountId: string | null };
  'storage/status': StorageStatus;
  'settings/dropped-list': StoredDroppedItem[];
  /** Refused: the reasons, paths inside the item ("handle"), or a write failure; not-found: no item has that id. */
  'settings/dropped-restore': { ok: true } | { ok: false; errors: ImportFailure[] };
  'settings/dropped-discard': WriteOutcome;
  'policy/get': PolicyStatus;
}

/** What a content script may ask for. Everything else from a tab is refused. */
export const CONTENT_SCRIPT_KINDS: ReadonlySet<BackgroundRequest['type']> = new Set([
  'journal/record',
  'settings/get',
  'tab/get-intended',
  'tab/report',
  'pause/get',
  'handoff/offer',
  'handoff/peek',
  'handoff/take',
]);

// ---------- what a content script answers ----------

export type ContentRequest =
  | { type: 'tab/status' }
  /** "Check this page": each hook of the platform's selector table counted on the page, and the identity signals found. */
  | { type: 'tab/check' }
  /** "Report a broken page": a privacy-safe skeleton of the page (utils/platforms/skeleton.ts). */
  | { type: 'tab/skeleton' }
  /** Pushed by the background when the popup changes this tab's intended account. */
  | { type: 'tab/intended-changed'; accountId: string | null };

export interface TabStatus {
  platform: Platform;
  /** The identity a publish would go out as right now, if it can be read. */
  identity: Identity | null;
  problem?: DetectionProblem;
  /** The id of the configured account the identity matches, null if none. */
  accountId: string | null;
  /** Whether this platform has configured accounts (otherwise the guard has nothing to protect here). */
  platformConfigured: boolean;
  guardEnabled: boolean;
  /** The account the user said this tab is for, if any. */
  intendedAccountId: string | null;
  /** Until when the guard is paused on this platform (ms since epoch), null when it is not. */
  pausedUntil: number | null;
  /** How well the page is read (utils/platforms/health.ts); absent means ok. */
  health?: PageHealth;
}

/** One hook of a selector table on the page now: its count, and what the fixtures say (build/hook-table.ts). */
export interface HookCheck {
  name: string;
  /** null: the browser rejects the selector. */
  count: number | null;
  min: number;
  max: number;
  /** At least one on every logged-in fixture. */
  required: boolean;
}

/** "Check this page": counts and names only, never a text, a value or a URL of the page. */
export interface PageCheck {
  platform: Platform;
  hooks: HookCheck[];
  /** The platform's identity signals, by name, and whether each is on the page. */
  signals: { name: string; found: boolean }[];
  health: PageHealth;
}

/** "Report a broken page": the skeleton, for the user to review before saving it. */
export interface PageSkeleton {
  platform: Platform;
  html: string;
  /** The page's path pattern (`/:name/status/:id`). */
  path: string;
  elements: number;
  truncated: boolean;
}

export interface ContentResponses {
  'tab/status': TabStatus;
  'tab/check': PageCheck;
  'tab/skeleton': PageSkeleton;
  'tab/intended-changed': { ok: true };
}

// ---------- validation at the receiver ----------

/** Limits on what a sender may put in a message; beyond them the message is refused, not truncated. */
export const MESSAGE_LIMITS = {
  importBytes: 1024 * 1024,
  journalWords: 100,
  journalString: 200,
  journalText: 5000,
  pauseMinutes: 240,
} as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length <= MESSAGE_LIMITS.journalString;
const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  typeof v === 'string' && (list as readonly string[]).includes(v);

function parseJournalEntry(v: unknown): JournalEntryInput | null {
  if (!isObject(v)) return null;
  const { platform, account, accountId, surface, decision, outcome, reasons, words } = v;
  if (!isOneOf(PLATFORMS, platform)) return null;
  if (account !== null && !isShortString(account)) return null;
  if (accountId !== null && !isShortString(accountId)) return null;
  if (!isOneOf(SURFACES, surface)) return null;
  if (!isOneOf(['allow', 'confirm', 'block'] as const, decision)) return null;
  if (!isOneOf(OUTCOMES, outcome)) return null;
  if (!Array.isArray(reasons) || reasons.length > REASON_IDS.length || !reasons.every((r) => isOneOf(REASON_IDS, r)))
    return null;
  if (!Array.isArray(words) || words.length > MESSAGE_LIMITS.journalWords || !words.every(isShortString)) return null;
  const { text } = v;
  if (text !== undefined && (typeof text !== 'string' || text.length > MESSAGE_LIMITS.journalText)) return null;
  // A degraded reading is no publish: nothing was decided, nothing matched, no draft; its words are signal names.
  if (outcome === 'degraded' && (decision !== 'allow' || reasons.length > 0 || text !== undefined || !words.every(isSignalName))) return null;
  // Rebuild the object so that nothing but the known fields is ever stored.
  return { platform, account, accountId, surface, decision, outcome, reasons: [...reasons], words: [...words], ...(text !== undefined ? { text } : {}) };
}

const DETECTION_PROBLEMS = ['no-identity-signal', 'conflicting-signals'] as const satisfies readonly DetectionProblem[];

/** A signal's or hook's name (`accountSwitcher`, `ds_user_id`, `publishControl`): a word, never a value. */
const isSignalName = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z][\w:-]{0,59}$/.test(v);

/** A page's health as a tab reports it: rebuilt from known causes and signal names, or null when malformed. */
export function parsePageHealth(v: unknown): PageHealth | null {
  if (!isObject(v) || (v.state !== 'ok' && v.state !== 'degraded')) return null;
  const { causes, missing } = v;
  if (!Array.isArray(causes) || causes.length > HEALTH_CAUSES.length || !causes.every((c) => isOneOf(HEALTH_CAUSES, c))) return null;
  if (!Array.isArray(missing) || missing.length > 40 || !missing.every(isSignalName)) return null;
  if ((v.state === 'degraded') !== causes.length > 0) return null;
  return { state: v.state, causes: [...new Set(causes as HealthCause[])], missing: [...missing] };
}

function parseReportedIdentity(v: unknown, platform: Platform): ReportedIdentity | null {
  if (!isObject(v) || v.platform !== platform || !isShortString(v.source)) return null;
  const { handle, name, aliases } = v;
  if ((handle !== undefined && !isShortString(handle)) || (name !== undefined && !isShortString(name))) return null;
  if (aliases !== undefined && (!Array.isArray(aliases) || aliases.length > 10 || !aliases.every(isShortString))) return null;
  return reportedIdentity({ platform, source: v.source, ...(handle ? { handle } : {}), ...(name ? { name } : {}), ...(aliases ? { aliases: [...aliases] } : {}) });
}

function parseTabReport(v: unknown): TabReport | null {
  if (!isObject(v) || !isOneOf(PLATFORMS, v.platform)) return null;
  const { platform, identity: raw, problem } = v;
  const identity = raw === null ? null : parseReportedIdentity(raw, platform);
  if (raw !== null && !identity) return null;
  if (problem !== undefined && !isOneOf(DETECTION_PROBLEMS, problem)) return null;
  const health = v.health === undefined ? undefined : parsePageHealth(v.health);
  if (health === null) return null;
  return { platform, identity, ...(problem ? { problem } : {}), ...(health && health.state !== 'ok' ? { health } : {}) };
}

/** Returns the request if it is one the background understands and well-formed, else null. */
export function parseBackgroundRequest(msg: unknown): BackgroundRequest | null {
  if (!isObject(msg)) return null;
  switch (msg.type) {
    case 'settings/get':
    case 'settings/export':
    case 'journal/list':
    case 'journal/clear':
    case 'backups/list':
    case 'pause/get':
    case 'storage/status':
    case 'settings/dropped-list':
    case 'policy/get':
      return { type: msg.type };
    case 'settings/dropped-restore':
    case 'settings/dropped-discard':
      return Number.isSafeInteger(msg.id) ? { type: msg.type, id: msg.id as number } : null;
    case 'settings/save':
      // The file object is checked field by field by the settings reader, like an imported file.
      return 'file' in msg ? { type: msg.type, file: msg.file } : null;
    case 'settings/set-preferences': {
      if (!isObject(msg.prefs)) return null;
      const problems = new Problems();
      const prefs = readPreferences(msg.prefs, problems);
      // Unknown keys or a bad value: refuse the whole change rather than apply part of it.
      const known = Object.keys(msg.prefs).every((k) => (PREFERENCE_KEYS as readonly string[]).includes(k));
      return known && !problems.any ? { type: msg.type, prefs } : null;
    }
    case 'backups/restore':
      return Number.isSafeInteger(msg.time) ? { type: msg.type, time: msg.time as number } : null;
    case 'pause/set':
      return isOneOf(PLATFORMS, msg.platform) &&
        (msg.minutes === null || (Number.isInteger(msg.minutes) && (msg.minutes as number) >= 1 && (msg.minutes as number) <= MESSAGE_LIMITS.pauseMinutes))
        ? { type: msg.type, platform: msg.platform, minutes: msg.minutes as number | null }
        : null;
    case 'sensitive/get':
    case 'profiles/alarms':
      return { type: msg.type };
    case 'profiles/accept':
      return isShortString(msg.accountId) ? { type: msg.type, accountId: msg.accountId } : null;
    case 'sensitive/set':
      return (msg.until === null || (typeof msg.until === 'number' && Number.isFinite(msg.until))) && typeof msg.note === 'string' && msg.note.length <= SENSITIVE_NOTE_MAX
        ? { type: msg.type, until: msg.until as number | null, note: msg.note }
        : null;
    case 'handoff/offer':
      return isOneOf(PLATFORMS, msg.platform) && isShortString(msg.accountId) && typeof msg.text === 'string' && msg.text.trim() !== '' && msg.text.length <= MESSAGE_LIMITS.journalText
        ? { type: msg.type, platform: msg.platform, accountId: msg.accountId, text: msg.text }
        : null;
    case 'handoff/peek':
    case 'handoff/take':
      return isOneOf(PLATFORMS, msg.platform) && isShortString(msg.accountId) ? { type: msg.type, platform: msg.platform, accountId: msg.accountId } : null;
    case 'tab/report': {
      const report = parseTabReport(msg.report);
      return report ? { type: msg.type, report } : null;
    }
    case 'settings/import':
      // Length in UTF-16 units is a cheap upper bound check; the importer measures UTF-8 bytes precisely.
      return typeof msg.text === 'string' && msg.text.length <= MESSAGE_LIMITS.importBytes * 2
        ? { type: 'settings/import', text: msg.text }
        : null;
    case 'settings/set-guard-enabled': {
      if (typeof msg.enabled !== 'boolean') return null;
      const until = msg.until ?? null;
      if (until === null) return msg.enabled || msg.until === undefined ? { type: msg.type, enabled: msg.enabled } : { type: msg.type, enabled: false, until: null };
      // An end only goes with "off", and is a time to come within the longest switch-off (like a pause's minutes).
      const now = Date.now();
      return !msg.enabled && Number.isSafeInteger(until) && (until as number) > now && (until as number) <= now + GUARD_OFF_MAX_MS
        ? { type: msg.type, enabled: false, until: until as number }
        : null;
    }
    case 'journal/record': {
      const entry = parseJournalEntry(msg.entry);
      return entry ? { type: 'journal/record', entry } : null;
    }
    case 'tab/set-intended':
      return Number.isInteger(msg.tabId) && (msg.accountId === null || isShortString(msg.accountId))
        ? { type: msg.type, tabId: msg.tabId as number, accountId: msg.accountId as string | null }
        : null;
    case 'tab/get-intended':
      return { type: msg.type };
    default:
      return null;
  }
}

export function parseContentRequest(msg: unknown): ContentRequest | null {
  if (!isObject(msg)) return null;
  if (msg.type === 'tab/status' || msg.type === 'tab/check' || msg.type === 'tab/skeleton') return { type: msg.type };
  if (msg.type === 'tab/intended-changed' && (msg.accountId === null || isShortString(msg.accountId)))
    return { type: msg.type, accountId: msg.accountId as string | null };
  return null;
}

/**
 * Pauses as stored or sent: platform → end time (ms). Anything else is dropped; null when not an object. A pause never
 * ends later than the longest one the popup can set, from now: whatever a stored record says (a bug, another version,
 * a hand edit), the guard is never paused "forever".
 */
export function parsePauses(v: unknown, now = Date.now()): Pauses | null {
  if (!isObject(v)) return null;
  const pauses: Pauses = {};
  const latest = now + MESSAGE_LIMITS.pauseMinutes * 60_000;
  for (const platform of PLATFORMS) {
    const until = v[platform];
    if (typeof until === 'number' && Number.isFinite(until)) pauses[platform] = Math.min(until, latest);
  }
  return pauses;
}
