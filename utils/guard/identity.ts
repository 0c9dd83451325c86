/**
 * The identity as the guard, the ribbon and the tab's status read it: the adapter's reading, except that a session
 * switched in another tab since this page was rendered makes it unknown (the page still shows the old account).
 */
import type { Identity } from '../types';
import type { IdentityReading, PlatformAdapter } from '../platforms/adapter';

export interface GuardReading extends IdentityReading {
  /** When the session changed since the page loaded: the account the page was rendered for. */
  before?: Identity;
}

export type IdentityReader = (composer: Element | null) => GuardReading;

/**
 * Reads the session key once, now: when the guard starts, as the document is parsed (utils/guard/run.ts), the session
 * this page was rendered for.
 */
export function identityReader(adapter: PlatformAdapter): IdentityReader {
  const loadSessionKey = adapter.readSessionKey?.();
  return (composer) => {
    const reading = adapter.readIdentity(composer);
    const identity = reading.identity;
    if (identity && loadSessionKey && identity.sessionKey && identity.sessionKey !== loadSessionKey) {
      return { identity: null, problem: 'conflicting-signals', before: { ...identity, sessionKey: loadSessionKey } };
    }
    return reading;
  };
}
