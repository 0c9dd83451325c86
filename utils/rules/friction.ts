/**
 * Friction in proportion to risk: what kind of stop a risky verdict deserves. A guard that cries wolf gets switched off.
 * - 'block': a block list matched: no way to publish.
 * - 'check': a routine publish from a protected account, where nothing says it is the wrong account (its only reason
 *   is protected-account, and the tab is meant for this account or the page clearly is it): a light countdown with
 *   Undo, or the calm banner when the account's delay is 0.
 * - 'mistake': everything else: another account's words, a changed or unintended account, one that cannot be read or is
 *   none of the user's, risky words. The strongest banner, whose title says the problem in words.
 * Pure: no DOM, no browser API.
 */
import { DEFAULT_CONFIRM_DELAY, MAX_CONFIRM_DELAY, type Account, type Identity } from '../types';
import type { Reason, ReasonId, Verdict } from './verdict';
import { sameHandle } from './engine';

export type FrictionLevel = 'mistake' | 'check' | 'block';

export interface FrictionContext {
  /** Who the publish goes out as, as read. */
  identity: Identity | null;
  /** Whether that reading was degraded (a weaker signal, or signals that disagree). */
  degraded: boolean;
  /** The account the user said this tab is for. */
  intendedAccountId: string | null;
}

/** Does the reading name the account by its handle (not only by a display name another page could share)? */
export function clearlyIs(identity: Identity | null, account: Account): boolean {
  return !!identity && sameHandle(identity, account);
}

export function frictionLevel(verdict: Verdict, context: FrictionContext): FrictionLevel {
  if (verdict.decision === 'block') return 'block';
  const { account } = verdict;
  const routine = verdict.reasons.length === 1 && verdict.reasons[0]!.id === 'protected-account' && !!account;
  if (routine && (context.intendedAccountId === account.id || (!context.degraded && clearlyIs(context.identity, account)))) return 'check';
  return 'mistake';
}

/** How long a routine check waits before publishing, in seconds; 0 asks with the banner. */
export function confirmDelay(account: Account | null): number {
  const seconds = account?.confirmDelay ?? DEFAULT_CONFIRM_DELAY;
  return Math.max(0, Math.min(MAX_CONFIRM_DELAY, Math.round(seconds)));
}

/** The reason the banner's title speaks of first: the likeliest mistake. */
const TITLE_ORDER: readonly ReasonId[] = [
  'profile-changed',
  'settings-unreadable',
  'account-set-aside',
  'other-account-words',
  'intended-account',
  'identity-changed',
  'unknown-identity',
  'unregistered-identity',
  'sensitive-period',
  'risky-words',
  'protected-account',
];

export function leadReason(reasons: readonly Reason[]): Reason | null {
  for (const id of TITLE_ORDER) {
    const found = reasons.find((r) => r.id === id);
    if (found) return found;
  }
  return reasons[0] ?? null;
}
