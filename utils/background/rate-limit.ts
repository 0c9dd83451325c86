/**
 * How many journal entries a tab may write: a page script cannot make the guard journal its own publishes (those pass
 * unjournaled, utils/guard/user-input.ts), but a tab's content script speaks for a page we do not control, and a
 * flood of entries would push the user's real ones out of the journal. A token bucket per tab: a burst of
 * JOURNAL_BURST, then JOURNAL_PER_MINUTE a minute. Kept in memory: a worker that restarts starts every tab afresh,
 * which only ever allows more, never loses an entry the user made.
 */
export const JOURNAL_BURST = 20;
export const JOURNAL_PER_MINUTE = 30;

export interface RateLimiter {
  /** Whether this key may write now (and counts the write). */
  take(key: number, now: number): boolean;
  forget(key: number): void;
}

export function tokenBucket(burst = JOURNAL_BURST, perMinute = JOURNAL_PER_MINUTE): RateLimiter {
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    take(key, now) {
      const bucket = buckets.get(key) ?? { tokens: burst, at: now };
      bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) * perMinute) / 60_000);
      bucket.at = now;
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
    forget: (key) => void buckets.delete(key),
  };
}
