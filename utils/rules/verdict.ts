/**
 * The rules engine's contract: what goes in, what comes out. Types only, shared by the engine
 * (utils/rules/engine.ts), the guard that acts on a verdict and the banner that explains it.
 */
import type { Account, AskFirstReason, Identity, ListAction, Platform, SensitivePeriod, WordList } from '../types';

export const REASON_IDS = [
  'settings-unreadable',
  'account-set-aside',
  'protected-account',
  'unknown-identity',
  'unregistered-identity',
  'other-account-words',
  'risky-words',
  'identity-changed',
  'intended-account',
  'sensitive-period',
  'profile-changed',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];

/** One occurrence of a configured word in the draft. Offsets are UTF-16 indices into the draft as given. */
export interface WordHit {
  /** The word, phrase, #tag or @mention as the user configured it. */
  word: string;
  start: number;
  end: number;
}

export type Reason =
  /** The stored settings cannot be read: nothing tells which accounts to protect (utils/settings/health.ts). */
  | { id: 'settings-unreadable' }
  /** This platform's accounts were set aside as unreadable: without them it would look unconfigured. */
  | { id: 'account-set-aside' }
  | { id: 'protected-account'; account: Account }
  | { id: 'unknown-identity' }
  | { id: 'unregistered-identity'; identity: Identity }
  | { id: 'other-account-words'; owners: { account: Account; hits: WordHit[] }[] }
  | { id: 'risky-words'; action: ListAction; lists: { list: WordList; hits: WordHit[] }[] }
  | { id: 'identity-changed'; before: Identity; now: Identity | null }
  | { id: 'intended-account'; intended: Account; actual: Account | null }
  /** A sensitive period runs: every brand publish asks first (utils/rules/sensitive.ts). */
  | { id: 'sensitive-period'; until: number; note: string }
  /** The site shows another display name for this protected account than before: a takeover? (utils/rules/takeover.ts) */
  | { id: 'profile-changed'; account: Account; before: string; now: string; since: number };

export type Decision = 'allow' | 'confirm' | 'block';

export interface Verdict {
  decision: Decision;
  /** Every reason that applies, in REASON_IDS order; empty for `allow`. */
  reasons: Reason[];
  /** The configured account the identity matched, if any. */
  account: Account | null;
}

export interface VerdictInput {
  platform: Platform;
  /** The identity read at the moment of publishing, or null when it cannot be determined. */
  identity: Identity | null;
  /** The identity read when the composer was first focused, if it was read. */
  openedAs: Identity | null;
  /** The account the user said this tab is for (popup), if any. */
  intendedAccountId?: string | null;
  draft: string;
  /** Protected accounts whose display name changed on the site (utils/rules/takeover.ts), by account id. */
  profileAlarms?: Readonly<Record<string, { before: { name: string }; now: { name: string }; since: number }>>;
  /** A sensitive period the user set, if any (it ends by itself). */
  sensitive?: SensitivePeriod | null;
  /**
   * Why every publish here must ask first whatever the rules say (settings that cannot be read, accounts set aside:
   * utils/settings/health.ts), or null. Not when the guard is switched off: the user's own switch wins.
   */
  askFirst?: AskFirstReason | null;
  /** The time now (ms since epoch; the clock's by default): a timed switch-off and a sensitive period end by themselves. */
  now?: number;
}

/** Every configured word the verdict's reasons matched (risky lists and other accounts' words), in reason order. */
export function verdictHits(reasons: readonly Reason[]): WordHit[] {
  return reasons.flatMap((r) =>
    r.id === 'risky-words' ? r.lists.flatMap((l) => l.hits) : r.id === 'other-account-words' ? r.owners.flatMap((o) => o.hits) : [],
  );
}
