/**
 * What the guard does with one publish gesture, as pure functions: the decision (identity, draft, verdict), what to
 * do with it (let it through, let it through as paused, or hold it for the user), and the journal entry it leaves.
 */
import type { AskFirstReason, DetectionProblem, Identity, Platform, SensitivePeriod, Settings } from '../types';
import type { PublishGesture } from '../platforms/adapter';
import { verdictHits, type Verdict } from '../rules/verdict';
import { compileRules, evaluate } from '../rules/engine';
import { pausedFor } from '../rules/status';
import { confirmDelay, frictionLevel, type FrictionLevel } from '../rules/friction';
import type { ProfileAlarms } from '../rules/takeover';
import { MESSAGE_LIMITS, type JournalEntryInput, type Outcome } from '../messaging/protocol';
import { accountLabel } from '../format';
import type { GuardReading } from './identity';

export interface Decision {
  gesture: PublishGesture;
  identity: Identity | null;
  problem?: DetectionProblem;
  verdict: Verdict;
  /** How strong a stop a risky verdict deserves (utils/rules/friction.ts). */
  level: FrictionLevel;
  draft: string;
}

export interface DecisionInput {
  platform: Platform;
  gesture: PublishGesture;
  reading: GuardReading;
  /** Who the user was when they started writing in this composer, if known. */
  openedAs: Identity | null;
  intendedAccountId: string | null;
  draft: string;
  /** The settings cannot be trusted here (utils/settings/health.ts): ask, whatever the rules say. */
  askFirst?: AskFirstReason | null;
  /** The sensitive period running, if any, and the time now. */
  sensitive?: SensitivePeriod | null;
  /** The takeover alarms raised, by account id. */
  profileAlarms?: ProfileAlarms;
  now?: number;
}

export function decide(settings: Settings, input: DecisionInput): Decision {
  const { identity, problem, before } = input.reading;
  const verdict = evaluate(compileRules(settings), {
    platform: input.platform,
    identity,
    // A session switched in another tab since the page loaded: the account the page was rendered for is "before".
    openedAs: before ?? input.openedAs,
    intendedAccountId: input.intendedAccountId,
    draft: input.draft,
    sensitive: input.sensitive ?? null,
    profileAlarms: input.profileAlarms ?? {},
    askFirst: input.askFirst ?? null,
    ...(input.now !== undefined ? { now: input.now } : {}),
  });
  const level = frictionLevel(verdict, { identity, degraded: !!problem, intendedAccountId: input.intendedAccountId });
  return { gesture: input.gesture, identity, problem, verdict, level, draft: input.draft };
}

/**
 * - 'pass': nothing risky; the original event goes on untouched (architecture, decision 1);
 * - 'pass-paused': risky, but the user paused the guard on this site (and the pause does not spare the account);
 * - 'count-down': a routine check of a protected account: stopped, then published once after a short countdown
 *   unless the user undoes it;
 * - 'ask': stopped before the site sees it, for the banner.
 */
export type Plan = 'pass' | 'pass-paused' | 'count-down' | 'ask';

export function planFor(d: Decision, settings: Settings, pausedUntil: number | null, now: number): Plan {
  if (d.verdict.decision === 'allow') return 'pass';
  if (pausedFor(settings, d.verdict.account, pausedUntil, now)) return 'pass-paused';
  return d.level === 'check' && confirmDelay(d.verdict.account) > 0 ? 'count-down' : 'ask';
}

/** The journal entry of one attempt: never the draft, unless the user asked the journal to keep texts. */
export function journalEntry(platform: Platform, d: Decision, outcome: Outcome, keepText: boolean): JournalEntryInput {
  return {
    platform,
    account: accountLabel(d.verdict.account ?? d.identity),
    accountId: d.verdict.account?.id ?? null,
    surface: d.gesture.surface,
    decision: d.verdict.decision,
    outcome,
    reasons: d.verdict.reasons.map((r) => r.id),
    words: [...new Set(verdictHits(d.verdict.reasons).map((h) => h.word))],
    // The background checks the preference again before storing it.
    ...(keepText ? { text: d.draft.slice(0, MESSAGE_LIMITS.journalText) } : {}),
  };
}
