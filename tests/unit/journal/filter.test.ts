import { describe, expect, it } from 'vitest';
import { accountsIn, dayStart, filterEntries } from '../../../utils/journal/filter';
import { at, entry } from './fixtures';
import type { GuardSwitchEntry, JournalEntry, SensitiveSwitchEntry } from '../../../utils/messaging/protocol';

const entries = [
  entry({ time: at(2025, 1, 6, 9), outcome: 'allowed' }),
  entry({ time: at(2025, 1, 7, 23, 59), platform: 'linkedin', account: 'Boulangerie Dupont', outcome: 'cancelled', decision: 'confirm' }),
  entry({ time: at(2025, 1, 8, 0, 0), account: null, accountId: null, outcome: 'confirmed', decision: 'confirm' }),
  entry({ time: at(2025, 1, 5, 10), outcome: 'blocked', decision: 'block' }),
];
const times = (list: { time: number }[]) => list.map((e) => new Date(e.time).toString().slice(4, 21));

describe('filterEntries', () => {
  it('with no filter, returns every entry newest first, without touching the input', () => {
    const copy = [...entries];
    expect(times(filterEntries(entries, {}))).toEqual(['Jan 08 2025 00:00', 'Jan 07 2025 23:59', 'Jan 06 2025 09:00', 'Jan 05 2025 10:00']);
    expect(entries).toEqual(copy);
  });

  it('entries of the same time: the last recorded shows first (a period that ended, then what ran after it)', () => {
    const time = at(2025, 1, 6, 9);
    const ended: SensitiveSwitchEntry = { kind: 'sensitive-period', time, period: 'off', until: null, note: '', cause: 'ended' };
    const resumed: SensitiveSwitchEntry = { kind: 'sensitive-period', time, period: 'on', until: time + 3600_000, note: 'le mien', cause: 'user' };
    expect(filterEntries([entries[3]!, ended, resumed], {}).map((e) => ('period' in e ? e.period : 'publish'))).toEqual(['on', 'off', 'publish']);
  });

  it('filters by account label, and by "unknown account" (null)', () => {
    expect(filterEntries(entries, { account: '@marie_dupont' }).map((e) => (e as JournalEntry).outcome)).toEqual(['allowed', 'blocked']);
    expect(filterEntries(entries, { account: null }).map((e) => (e as JournalEntry).outcome)).toEqual(['confirmed']);
  });

  it('filters by platform and by outcome, combined', () => {
    expect(filterEntries(entries, { platform: 'linkedin' }).map((e) => (e as JournalEntry).outcome)).toEqual(['cancelled']);
    expect(filterEntries(entries, { platform: 'x', outcome: 'blocked' }).map((e) => e.time)).toEqual([at(2025, 1, 5, 10)]);
    expect(filterEntries(entries, { platform: 'x', outcome: 'cancelled' })).toEqual([]);
  });

  it('takes whole local days, both ends included', () => {
    expect(times(filterEntries(entries, { from: '2025-01-06', to: '2025-01-07' }))).toEqual(['Jan 07 2025 23:59', 'Jan 06 2025 09:00']);
    expect(times(filterEntries(entries, { from: '2025-01-08' }))).toEqual(['Jan 08 2025 00:00']);
    expect(times(filterEntries(entries, { to: '2025-01-05' }))).toEqual(['Jan 05 2025 10:00']);
  });

  it('ignores a malformed date rather than hiding everything', () => {
    expect(filterEntries(entries, { from: 'yesterday' })).toHaveLength(4);
    expect(dayStart('2025-13-45x')).toBeNull();
  });
});

describe('accountsIn', () => {
  it('lists the distinct labels, sorted, and says when some were unknown', () => {
    expect(accountsIn(entries)).toEqual({ labels: ['@marie_dupont', 'Boulangerie Dupont'], hasUnknown: true });
    expect(accountsIn([])).toEqual({ labels: [], hasUnknown: false });
  });
});

describe('the guard\'s switches in the journal', () => {
  const off: GuardSwitchEntry = { kind: 'guard-switch', time: at(2025, 1, 7, 12), guard: 'off', until: at(2025, 1, 7, 13), cause: 'user' };
  const on: GuardSwitchEntry = { kind: 'guard-switch', time: at(2025, 1, 7, 13), guard: 'on', until: null, cause: 'ended' };
  const sensitive: SensitiveSwitchEntry = { kind: 'sensitive-period', time: at(2025, 1, 7, 11), period: 'on', until: at(2025, 1, 8), note: 'Embargo', cause: 'user' };
  const all = [...entries, off, on, sensitive];

  it('stay beside any account or platform chosen, go with a publish outcome, and are an outcome of their own', () => {
    expect(filterEntries(all, { account: '@marie_dupont' })).toContain(off);
    expect(filterEntries(all, { account: '@marie_dupont' })).toContain(sensitive);
    expect(filterEntries(all, { platform: 'linkedin' })).toEqual([expect.objectContaining({ platform: 'linkedin' }), on, off, sensitive]);
    expect(filterEntries(all, { outcome: 'blocked' })).not.toContain(off);
    expect(filterEntries(all, { outcome: 'blocked' })).not.toContain(sensitive);
    expect(filterEntries(all, { outcome: 'guard-switch' })).toEqual([on, off, sensitive]);
    expect(filterEntries(all, { from: '2025-01-08' })).not.toContain(off);
  });

  it('name no account', () => {
    expect(accountsIn(all)).toEqual(accountsIn(entries));
  });
});
