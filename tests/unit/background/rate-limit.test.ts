/** A tab's journal writes are rate-limited: a burst, then a steady rate; each tab on its own. */
import { describe, expect, it } from 'vitest';
import { tokenBucket } from '../../../utils/background/rate-limit';

describe('tokenBucket', () => {
  it('allows a burst, then refuses, then allows again at the steady rate', () => {
    const limit = tokenBucket(3, 60); // one a second after the burst
    expect([1, 2, 3, 4].map(() => limit.take(7, 0))).toEqual([true, true, true, false]);
    expect(limit.take(7, 500)).toBe(false);
    expect(limit.take(7, 1000)).toBe(true);
    expect(limit.take(7, 1000)).toBe(false);
    // Another tab has its own bucket; a forgotten tab starts afresh.
    expect(limit.take(8, 1000)).toBe(true);
    limit.forget(7);
    expect(limit.take(7, 1000)).toBe(true);
  });

  it('never saves up more than the burst', () => {
    const limit = tokenBucket(2, 60);
    expect([1, 2, 3].map(() => limit.take(1, 10 * 60_000))).toEqual([true, true, false]);
  });
});
