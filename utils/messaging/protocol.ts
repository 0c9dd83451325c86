/**
 * The one message protocol between the extension's parts. Every message is a plain object with a `type`;
 * receivers validate what they get with `parseBackgroundRequest` / `parseContentRequest` and ignore anything
 * else. Content scripts are untrusted senders (they live in pages we do not control): they may only send the
 * kinds listed in CONTENT_SCRIPT_KINDS.
 */
import type { Identity, Platform, Settings } from '../types';
import { PLATFORMS } from '../types';
import { REASON_IDS, type Decision, type ReasonId } from '../rules/verdict';
import type { DetectionProblem, PublishGesture } from '../platforms/adapter';

// ---------- journal ----------

export const OUTCOMES = ['allowed', 'confirmed', 'cancelled', 'blocked', 'vanished'] as const;
/** allowed: no risk, went through untouched; confirmed: published after the banner; cancelled: the user kept the
 * draft; blocked: a block rule stopped it; vanished: confirmed, but the publish control was gone. */
export type Outcome = (typeof OUTCOMES)[number];

export const SURFACES = ['post', 'reply', 'message', 'comment'] as const satisfies readonly PublishGesture['surface'][];

/** What a content script reports. No post text, ever. */
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
}

export interface JournalEntry extends JournalEntryInput {
  /** Set by the background when it records the entry (ms since epoch). */
  time: number;
}

// ---------- what the background answers ----------

export type BackgroundRequest =
  | { type: 'settings/get' }
  | { type: 'settings/import'; text: string }
  | { type: 'settings/export' }
  | { type: 'settings/set-guard-enabled'; enabled: boolean }
  | { type: 'journal/record'; entry: JournalEntryInput }
  | { type: 'journal/list' }
  /** The account the user means to work as in a tab (popup); null clears it. */
  | { type: 'tab/set-intended'; tabId: number; accountId: string | null }
  /** A content script asks for its own tab's intended account (the tab is the sender's). */
  | { type: 'tab/get-intended' };

export interface ImportFailure {
  code: string;
  path: string;
  params?: Record<string, string | number>;
}

export interface BackgroundResponses {
  'settings/get': Settings;
  'settings/import': { ok: true; accounts: number; wordLists: number } | { ok: false; errors: ImportFailure[] };
  'settings/export': { text: string };
  'settings/set-guard-enabled': Settings;
  'journal/record': { ok: true };
  'journal/list': JournalEntry[];
  'tab/set-intended': { ok: true };
  'tab/get-intended': { accountId: string | null };
}

/** What a content script may ask for. Everything else from a tab is refused. */
export const CONTENT_SCRIPT_KINDS: ReadonlySet<BackgroundRequest['type']> = new Set(['journal/record', 'settings/get', 'tab/get-intended']);

// ---------- what a content script answers ----------

export type ContentRequest =
  | { type: 'tab/status' }
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
}

export interface ContentResponses {
  'tab/status': TabStatus;
  'tab/intended-changed': { ok: true };
}

// ---------- validation at the receiver ----------

/** Limits on what a sender may put in a message; beyond them the message is refused, not truncated. */
export const MESSAGE_LIMITS = {
  importBytes: 1024 * 1024,
  journalWords: 100,
  journalString: 200,
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
  // Rebuild the object so that nothing but the known fields is ever stored.
  return { platform, account, accountId, surface, decision, outcome, reasons: [...reasons], words: [...words] };
}

/** Returns the request if it is one the background understands and well-formed, else null. */
export function parseBackgroundRequest(msg: unknown): BackgroundRequest | null {
  if (!isObject(msg)) return null;
  switch (msg.type) {
    case 'settings/get':
    case 'settings/export':
    case 'journal/list':
      return { type: msg.type };
    case 'settings/import':
      // Length in UTF-16 units is a cheap upper bound check; the importer measures UTF-8 bytes precisely.
      return typeof msg.text === 'string' && msg.text.length <= MESSAGE_LIMITS.importBytes * 2
        ? { type: 'settings/import', text: msg.text }
        : null;
    case 'settings/set-guard-enabled':
      return typeof msg.enabled === 'boolean' ? { type: msg.type, enabled: msg.enabled } : null;
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
  if (msg.type === 'tab/status') return { type: 'tab/status' };
  if (msg.type === 'tab/intended-changed' && (msg.accountId === null || isShortString(msg.accountId)))
    return { type: msg.type, accountId: msg.accountId as string | null };
  return null;
}
