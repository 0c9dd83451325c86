/**
 * The one answer to "what does the guard do on this tab?": settings + platform + the identity reading + the platform's
 * pause + now → a status. The ribbon's tone, the toolbar badge, the popup and the tab's report to the background all
 * read it, so they can never disagree. Pure: no DOM, no browser API.
 */
import type { Account, AskFirstReason, DetectionProblem, Identity, PageHealth, Platform, Settings } from '../types';
import { HEALTH_OK } from '../types';
import { matchAccount } from './engine';
import { guardIsOff, guardOffEnd } from './switch-off';

/** An identity as read from the page at one moment (utils/platforms reads it; the status only interprets it). */
export interface IdentityStatusReading {
  identity: Identity | null;
  problem?: DetectionProblem;
}

export interface GuardStatus {
  /**
   * - 'loading': the settings are not read yet;
   * - 'off': the user switched the guard off;
   * - 'unconfigured': no account on this platform: nothing to protect here;
   * - 'on': the guard checks every publish (paused or not: see `paused`).
   */
  guard: 'loading' | 'off' | 'unconfigured' | 'on';
  /** While the guard is off until a set time: that time (ms since epoch, capped); null when off with no end, or on. */
  offUntil: number | null;
  /** Who a publish goes out as: one of the user's accounts, someone the user did not configure, or unknown. */
  who: 'account' | 'unregistered' | 'unknown';
  identity: Identity | null;
  problem: DetectionProblem | null;
  /** The configured account the identity matched. */
  account: Account | null;
  /** The accounts configured on this platform, in settings order. */
  accounts: Account[];
  /** When the platform's pause ends, while one runs (ms since epoch); null otherwise. */
  pausedUntil: number | null;
  /** Whether publishes as this identity go through unchecked now (a running pause that does not spare the account). */
  paused: boolean;
  /** The settings cannot be trusted here: every publish asks first (then the guard is 'on', configured or not). */
  askFirst: AskFirstReason | null;
  /**
   * How well the page is read (utils/platforms/health.ts): 'degraded' when the identity's markers, hooks the guard
   * relies on, or a publish control are no longer where the platform's tables say. The ribbon, badge and popup show it.
   */
  health: PageHealth;
  /** The guard is on (not off, loading or unconfigured) and the page's reading is degraded. */
  degraded: boolean;
}

// The switch's rules live beside the engine's (./switch-off.ts); read from here by the pages and the background.
export { GUARD_OFF_MAX_MS, guardIsOff, guardOffEnd } from './switch-off';


/** Does a pause leave this account guarded? Protected accounts stay guarded when the user asked so. */
export function pauseSpares(settings: Settings, account: Account | null): boolean {
  return !!account?.protected && settings.pauseSparesProtected;
}

/** Do publishes as this account go through unchecked now: a pause runs on the platform and does not spare it. */
export function pausedFor(settings: Settings, account: Account | null, pausedUntil: number | null | undefined, now: number): boolean {
  return pausedUntil != null && pausedUntil > now && !pauseSpares(settings, account);
}

export function guardStatus(
  settings: Settings | undefined,
  platform: Platform,
  reading: IdentityStatusReading,
  pausedUntil: number | null | undefined,
  now: number,
  more: { askFirst?: AskFirstReason | null; health?: PageHealth } = {},
): GuardStatus {
  const askFirst = more.askFirst ?? null;
  const health = more.health ?? HEALTH_OK;
  const identity = reading.identity;
  const accounts = settings ? settings.accounts.filter((a) => a.platform === platform) : [];
  const account = identity && accounts.length ? matchAccount(accounts, identity) : null;
  const running = pausedUntil != null && pausedUntil > now ? pausedUntil : null;
  const guard = !settings ? 'loading' : guardIsOff(settings, now) ? 'off' : accounts.length === 0 && !askFirst ? 'unconfigured' : 'on';
  return {
    guard,
    offUntil: settings ? guardOffEnd(settings, now) : null,
    who: account ? 'account' : identity ? 'unregistered' : 'unknown',
    identity,
    problem: identity ? (reading.problem ?? null) : (reading.problem ?? 'no-identity-signal'),
    account,
    accounts,
    pausedUntil: running,
    paused: !!settings && guard === 'on' && pausedFor(settings, account, running, now),
    askFirst,
    health,
    degraded: guard === 'on' && health.state === 'degraded',
  };
}
