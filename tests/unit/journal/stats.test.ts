import { describe, expect, it } from 'vitest';
import { isoWeek, weekKey, weeklyCounts, weekStart } from '../../../utils/journal/stats';
import { at, entry } from './fixtures';

describe('isoWeek', () => {
  it.each([
    [[2024, 12, 29], '2024-W52'], // Sunday
    [[2024, 12, 30], '2025-W01'], // Monday: week 1 of 2025 starts in 2024
    [[2025, 1, 5], '2025-W01'],
    [[2025, 1, 6], '2025-W02'],
    [[2021, 1, 3], '2020-W53'], // 2020 had 53 weeks
    [[2021, 1, 4], '2021-W01'],
    [[2026, 12, 31], '2026-W53'],
    [[2027, 1, 1], '2026-W53'],
    [[2025, 6, 15], '2025-W24'],
  ] as const)('%j is %s', ([y, m, d], key) => {
    expect(weekKey(isoWeek(new Date(y, m - 1, d, 12)))).toBe(key);
    expect(weekKey(isoWeek(new Date(y, m - 1, d, 0, 0)))).toBe(key);
    expect(weekKey(isoWeek(new Date(y, m - 1, d, 23, 59)))).toBe(key);
  });

  it('weeks start on Monday', () => {
    expect(weekStart(new Date(2025, 0, 5, 18)).getTime()).toBe(new Date(2024, 11, 30).getTime());
    expect(weekStart(new Date(2024, 11, 30, 0)).getTime()).toBe(new Date(2024, 11, 30).getTime());
  });
});

describe('weeklyCounts', () => {
  it('counts warnings, cancellations and confirmations per ISO week across the year boundary, empty weeks included', () => {
    const rows = weeklyCounts([
      entry({ time: at(2024, 12, 23), decision: 'confirm', outcome: 'cancelled' }), // 2024-W52
      entry({ time: at(2024, 12, 31), decision: 'confirm', outcome: 'confirmed' }), // 2025-W01
      entry({ time: at(2025, 1, 4), decision: 'block', outcome: 'blocked' }), // 2025-W01
      entry({ time: at(2025, 1, 5, 23, 59), decision: 'confirm', outcome: 'cancelled' }), // 2025-W01
      entry({ time: at(2025, 1, 2), decision: 'confirm', outcome: 'paused' }), // let through by a pause: no banner
      entry({ time: at(2025, 1, 3), decision: 'allow', outcome: 'allowed' }),
      entry({ time: at(2025, 1, 14), decision: 'confirm', outcome: 'vanished' }), // 2025-W03
    ]);
    expect(rows.map(({ key, warnings, cancelled, confirmed }) => [key, warnings, cancelled, confirmed])).toEqual([
      ['2024-W52', 1, 1, 0],
      ['2025-W01', 3, 1, 1],
      ['2025-W02', 0, 0, 0],
      ['2025-W03', 1, 0, 0],
    ]);
    expect(rows[1]!.start).toBe(new Date(2024, 11, 30).getTime());
  });

  it('keeps the most recent weeks only, and nothing for no entries', () => {
    expect(weeklyCounts([])).toEqual([]);
    const rows = weeklyCounts([entry({ time: at(2025, 1, 6) }), entry({ time: at(2025, 3, 31) })], 4);
    expect(rows.map((r) => r.key)).toEqual(['2025-W11', '2025-W12', '2025-W13', '2025-W14']);
  });
});

describe('weeklyCounts: how rarely the guard interrupts', () => {
  it('counts the posts that went through untouched and every publish; neither a pause nor "off" is a warning; switches are no publish', () => {
    const rows = weeklyCounts([
      entry({ time: at(2025, 1, 6), decision: 'allow', outcome: 'allowed' }),
      entry({ time: at(2025, 1, 6), decision: 'allow', outcome: 'allowed' }),
      entry({ time: at(2025, 1, 7), decision: 'confirm', outcome: 'confirmed' }),
      entry({ time: at(2025, 1, 7), decision: 'confirm', outcome: 'paused' }),
      entry({ time: at(2025, 1, 8), decision: 'allow', outcome: 'off' }),
      { kind: 'guard-switch', time: at(2025, 1, 8), guard: 'off', until: null, cause: 'user' },
      { kind: 'sensitive-period', time: at(2025, 1, 8), period: 'on', until: at(2025, 1, 9), note: '', cause: 'user' },
    ]);
    expect(rows.map(({ warnings, untouched, publishes, confirmed }) => [warnings, untouched, publishes, confirmed])).toEqual([[1, 2, 5, 1]]);
  });
});
