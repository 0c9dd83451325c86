/**
 * No silent "off": switching the guard off says for how long and is journaled in the same write; its end turns the
 * guard back on for every reader at once, and the background writes that back with its own entry; the badge says
 * "off" apart from "paused"; a stored end is capped like a pause. A sensitive period is journaled the same way.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../../utils/background/service';
import { endedSensitivePeriod, endedSwitchOff, guardSwitchEntries, sensitiveSwitchEntry, settledSensitivePeriod, teamSensitivePeriod, withGuardSwitch } from '../../../utils/background/guard-switch';
import { badgeFor, BADGE_COLORS } from '../../../utils/background/badge';
import { parseBackgroundRequest, type JournalItem } from '../../../utils/messaging/protocol';
import { GUARD_OFF_MAX_MS, guardIsOff, guardOffEnd, guardStatus } from '../../../utils/rules/status';
import { compileRules, evaluate } from '../../../utils/rules/engine';
import { readStoredSettings } from '../../../utils/settings/migrations';
import { defaultSettings } from '../../../utils/settings/defaults';
import { nextMorning } from '../../../utils/ui/guard-off';
import { textColorOn } from '../../../utils/format';
import { parseSensitivePeriod } from '../../../utils/rules/sensitive';
import type { Settings } from '../../../utils/types';

const NOW = new Date(2025, 0, 6, 14, 0).getTime();
const HOUR = 60 * 60_000;
const settings: Settings = {
  ...defaultSettings(),
  accounts: [{ id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', kind: 'personal', protected: false, ownWords: [] }],
};
const off = (until?: number): Settings => ({ ...settings, guardEnabled: false, ...(until !== undefined ? { guardOffUntil: until } : {}) });

describe('the guard switched off: one rule for every reader', () => {
  it('is off until its end, with no end until the user turns it on, and on again once the end has passed', () => {
    expect(guardIsOff(settings, NOW)).toBe(false);
    expect(guardIsOff(off(), NOW)).toBe(true);
    expect(guardIsOff(off(NOW + 1), NOW)).toBe(true);
    expect(guardIsOff(off(NOW), NOW)).toBe(false);
    expect(guardOffEnd(off(NOW + HOUR), NOW)).toBe(NOW + HOUR);
    expect(guardOffEnd(off(), NOW)).toBeNull();
    expect(guardOffEnd(off(NOW - 1), NOW)).toBeNull();
  });

  it('never counts an end further ahead than the longest switch-off, whatever the record says', () => {
    expect(guardOffEnd(off(NOW + 1000 * HOUR), NOW)).toBe(NOW + GUARD_OFF_MAX_MS);
    expect(guardIsOff(off(Number.MAX_SAFE_INTEGER), NOW + GUARD_OFF_MAX_MS - 1)).toBe(true);
  });

  it('the rules engine reads the switch at the time it is given: a running switch-off lets all through, an ended one checks again', () => {
    const verdict = (s: Settings, now: number) => evaluate(compileRules(s), { platform: 'x', identity: null, openedAs: null, draft: 'Bonjour', now });
    // Marie's account is on X and the identity is unknown: the guard, when on, asks.
    expect(verdict(off(NOW + 1), NOW).decision).toBe('allow');
    expect(verdict(off(NOW - 1), NOW).decision).toBe('confirm');
    expect(verdict(off(), NOW).decision).toBe('allow');
    // Settings that cannot be trusted ask first, unless the user switched the guard off.
    const ask = (s: Settings) => evaluate(compileRules(s), { platform: 'linkedin', identity: null, openedAs: null, draft: 'Bonjour', askFirst: 'settings-unreadable', now: NOW });
    expect(ask(settings)).toMatchObject({ decision: 'confirm', reasons: [{ id: 'settings-unreadable' }] });
    expect(ask(off(NOW + 1)).decision).toBe('allow');
    expect(ask(off(NOW - 1)).decision).toBe('confirm');
  });

  it('the status says off with its end, and no pause while off', () => {
    const reading = { identity: { platform: 'x' as const, handle: 'marie_dupont', source: 't' } };
    expect(guardStatus(off(NOW + HOUR), 'x', reading, NOW + HOUR, NOW)).toMatchObject({ guard: 'off', offUntil: NOW + HOUR, paused: false });
    expect(guardStatus(off(NOW - 1), 'x', reading, null, NOW)).toMatchObject({ guard: 'on', offUntil: null });
  });
});

describe('the badge says "off" apart from "paused", readably', () => {
  const report = { platform: 'x' as const, identity: { platform: 'x' as const, handle: 'marie_dupont', source: 't' } };
  it('off is a word on near-black; paused is "‖" on grey; both titles say until when', () => {
    const offBadge = badgeFor(report, { ...off(NOW + HOUR), language: 'en' }, {}, NOW);
    const paused = badgeFor(report, { ...settings, language: 'en' }, { x: NOW + HOUR }, NOW);
    expect(offBadge).toMatchObject({ text: 'OFF', color: BADGE_COLORS.off });
    expect(offBadge.title).toMatch(/^Right Account: the guard is switched off until 0?3:00 PM$/);
    expect(paused.text).toBe('‖');
    expect(paused.color).not.toBe(offBadge.color);
    expect(badgeFor(report, { ...off(), language: 'fr' }, {}, NOW).title).toBe('Right Account : la protection est désactivée');
    // Ended: the account's own badge again.
    expect(badgeFor(report, { ...off(NOW - 1), language: 'en' }, {}, NOW).text).toBe('M');
  });

  it.each(Object.entries(BADGE_COLORS))('%s (%s) takes white text at AA contrast', (_, color) => {
    expect(textColorOn(color)).toBe('#ffffff');
    expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});

describe('switching, as the background applies it', () => {
  it('on drops any end; off keeps its end, capped; off with no end has none', () => {
    expect(withGuardSwitch(off(NOW + HOUR), true, null, NOW)).toEqual({ ...settings, guardEnabled: true });
    expect(withGuardSwitch(settings, false, NOW + HOUR, NOW)).toEqual(off(NOW + HOUR));
    expect(withGuardSwitch(settings, false, NOW + 100 * HOUR, NOW)).toEqual(off(NOW + GUARD_OFF_MAX_MS));
    expect(withGuardSwitch(off(NOW + HOUR), false, null, NOW)).toEqual(off());
  });

  it('leaves one entry per change of state or end, none otherwise', () => {
    expect(guardSwitchEntries(settings, off(NOW + HOUR), NOW)).toEqual([{ kind: 'guard-switch', time: NOW, guard: 'off', until: NOW + HOUR, cause: 'user' }]);
    expect(guardSwitchEntries(off(NOW + HOUR), off(), NOW)).toEqual([{ kind: 'guard-switch', time: NOW, guard: 'off', until: null, cause: 'user' }]);
    expect(guardSwitchEntries(off(), settings, NOW)).toEqual([{ kind: 'guard-switch', time: NOW, guard: 'on', until: null, cause: 'user' }]);
    expect(guardSwitchEntries(settings, { ...settings, language: 'fr' }, NOW)).toEqual([]);
    expect(guardSwitchEntries(off(), off(), NOW)).toEqual([]);
  });

  it('an ended switch-off is written back as on, journaled at its end; an end too far ahead is capped', () => {
    expect(endedSwitchOff(off(NOW - 5), NOW)).toEqual({ settings: { ...settings, guardEnabled: true }, entry: { kind: 'guard-switch', time: NOW - 5, guard: 'on', until: null, cause: 'ended' } });
    expect(endedSwitchOff(off(NOW + 100 * HOUR), NOW)).toEqual({ settings: off(NOW + GUARD_OFF_MAX_MS), entry: null });
    expect(endedSwitchOff(off(NOW + HOUR), NOW)).toBeNull();
    expect(endedSwitchOff(off(), NOW)).toBeNull();
    expect(endedSwitchOff(settings, NOW)).toBeNull();
  });

  it('"tomorrow morning" is 08:00 the next day, or the coming 08:00 in the small hours', () => {
    expect(nextMorning(NOW)).toBe(new Date(2025, 0, 7, 8, 0).getTime());
    expect(nextMorning(new Date(2025, 0, 6, 2, 30).getTime())).toBe(new Date(2025, 0, 6, 8, 0).getTime());
    expect(nextMorning(new Date(2025, 0, 6, 23, 59).getTime())).toBe(new Date(2025, 0, 7, 8, 0).getTime());
    // Across a month and a year end, and never further than the longest switch-off.
    expect(nextMorning(new Date(2025, 11, 31, 9).getTime())).toBe(new Date(2026, 0, 1, 8).getTime());
    for (let h = 0; h < 24; h++) {
      const now = new Date(2025, 2, 29, h, 30).getTime(); // the night Europe moves its clocks forward
      expect(nextMorning(now) - now).toBeLessThanOrEqual(GUARD_OFF_MAX_MS);
      expect(nextMorning(now)).toBeGreaterThan(now);
    }
  });
});

describe('the message that switches the guard', () => {
  it('takes an end to come within the longest switch-off, only with "off"', () => {
    vi.useFakeTimers({ now: NOW });
    try {
      const parse = (msg: object) => parseBackgroundRequest({ type: 'settings/set-guard-enabled', ...msg });
      expect(parse({ enabled: false, until: NOW + HOUR })).toEqual({ type: 'settings/set-guard-enabled', enabled: false, until: NOW + HOUR });
      // A test can switch off for a few seconds through the same message: the same rule, a small value.
      expect(parse({ enabled: false, until: NOW + 3000 })).toEqual({ type: 'settings/set-guard-enabled', enabled: false, until: NOW + 3000 });
      expect(parse({ enabled: false, until: null })).toEqual({ type: 'settings/set-guard-enabled', enabled: false, until: null });
      expect(parse({ enabled: true, until: null })).toEqual({ type: 'settings/set-guard-enabled', enabled: true });
      expect(parse({ enabled: false, until: NOW })).toBeNull();
      expect(parse({ enabled: false, until: NOW + GUARD_OFF_MAX_MS + 1 })).toBeNull();
      expect(parse({ enabled: false, until: NOW + 0.5 })).toBeNull();
      expect(parse({ enabled: false, until: String(NOW + HOUR) })).toBeNull();
      expect(parse({ enabled: true, until: NOW + HOUR })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('a content script can journal a publish let through while off, never a switch', () => {
    const entry = { platform: 'x', account: '@marie_dupont', accountId: 'x:marie_dupont', surface: 'post', decision: 'allow', outcome: 'off', reasons: [], words: [] };
    expect(parseBackgroundRequest({ type: 'journal/record', entry })).toEqual({ type: 'journal/record', entry });
    const forged = { kind: 'guard-switch', time: NOW, guard: 'on', until: null, cause: 'user' };
    expect(parseBackgroundRequest({ type: 'journal/record', entry: forged })).toBeNull();
    expect(parseBackgroundRequest({ type: 'journal/record', entry: { ...entry, kind: 'guard-switch' } })).toEqual({ type: 'journal/record', entry });
  });
});

describe('a stored end', () => {
  const record = (over: object) => ({ ...defaultSettings(), ...over });
  it('is read with the switch; one that cannot be read ends the switch-off and is set aside', () => {
    expect(readStoredSettings(record({ guardEnabled: false, guardOffUntil: NOW })).settings).toMatchObject({ guardEnabled: false, guardOffUntil: NOW });
    expect(readStoredSettings(record({ guardEnabled: false })).settings).not.toHaveProperty('guardOffUntil');
    // An end beside a guard that is on means nothing: not kept.
    expect(readStoredSettings(record({ guardEnabled: true, guardOffUntil: NOW })).settings).not.toHaveProperty('guardOffUntil');
    const bad = readStoredSettings(record({ guardEnabled: false, guardOffUntil: 'tomorrow' }));
    expect(bad.status).toBe('salvaged');
    expect(bad.settings.guardEnabled).toBe(true);
    expect(bad.dropped).toEqual([expect.objectContaining({ kind: 'preference', path: 'guardOffUntil', value: 'tomorrow' })]);
  });
});

describe('background: switching the guard', () => {
  const page = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/') + 'popup.html' };
  const stored = async (key: string) => (await browser.storage.local.get(key))[key];
  const journal = async () => ((await stored('journal')) as JournalItem[] | undefined) ?? [];
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('off for a time: stored with its end and journaled in the same write; on again: journaled too', async () => {
    const until = Date.now() + HOUR;
    const result = (await handleMessage({ type: 'settings/set-guard-enabled', enabled: false, until }, page)) as { ok: boolean; settings: Settings };
    expect(result.ok).toBe(true);
    expect(result.settings).toMatchObject({ guardEnabled: false, guardOffUntil: until });
    expect(await stored('settings')).toMatchObject({ guardEnabled: false, guardOffUntil: until });
    expect(await journal()).toEqual([{ kind: 'guard-switch', time: expect.any(Number), guard: 'off', until, cause: 'user' }]);
    await handleMessage({ type: 'settings/set-guard-enabled', enabled: true }, page);
    expect(await stored('settings')).not.toHaveProperty('guardOffUntil');
    expect((await journal()).map((e) => 'guard' in e && [e.guard, e.cause])).toEqual([
      ['off', 'user'],
      ['on', 'user'],
    ]);
  });

  it('a preference that switches the guard off is journaled like the popup\'s switch', async () => {
    await handleMessage({ type: 'settings/set-preferences', prefs: { guardEnabled: false } }, page);
    expect(await journal()).toEqual([{ kind: 'guard-switch', time: expect.any(Number), guard: 'off', until: null, cause: 'user' }]);
    expect(parseBackgroundRequest({ type: 'settings/set-preferences', prefs: { guardOffUntil: NOW } })).toBeNull();
  });

  it('an end that passed is written back as on at the next read, with an entry dated at the end', async () => {
    const until = Date.now() + 50;
    await handleMessage({ type: 'settings/set-guard-enabled', enabled: false, until }, page);
    await new Promise((resolve) => setTimeout(resolve, 80));
    const settingsNow = (await handleMessage({ type: 'settings/get' }, page)) as Settings;
    expect(settingsNow.guardEnabled).toBe(true);
    expect(await stored('settings')).toMatchObject({ guardEnabled: true });
    expect(await stored('settings')).not.toHaveProperty('guardOffUntil');
    expect((await journal()).at(-1)).toEqual({ kind: 'guard-switch', time: until, guard: 'on', until: null, cause: 'ended' });
    // Once: the next read finds nothing to write back.
    await handleMessage({ type: 'settings/get' }, page);
    expect(await journal()).toHaveLength(2);
  });

  it('a switch that cannot be written is refused whole: neither the switch nor its entry', async () => {
    await handleMessage({ type: 'settings/get' }, page);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await handleMessage({ type: 'settings/set-guard-enabled', enabled: false, until: null }, page)).toEqual({ ok: false, error: 'storage-full' });
    expect(await stored('settings')).toMatchObject({ guardEnabled: true });
    expect(await journal()).toEqual([]);
  });
});

describe('a sensitive period is journaled', () => {
  const running = { until: NOW + HOUR, note: 'Deuil national', since: NOW - HOUR };

  it('begun, changed (end or note) and ended by the user: one entry each; the same period again: none', () => {
    expect(sensitiveSwitchEntry(null, running, NOW)).toEqual({ kind: 'sensitive-period', time: NOW, period: 'on', until: NOW + HOUR, note: 'Deuil national', cause: 'user' });
    expect(sensitiveSwitchEntry(running, { ...running, until: NOW + 2 * HOUR }, NOW)).toMatchObject({ period: 'on', until: NOW + 2 * HOUR });
    expect(sensitiveSwitchEntry(running, { ...running, note: 'Embargo' }, NOW)).toMatchObject({ period: 'on', note: 'Embargo' });
    expect(sensitiveSwitchEntry(running, { ...running, since: NOW }, NOW)).toBeNull();
    expect(sensitiveSwitchEntry(running, null, NOW)).toEqual({ kind: 'sensitive-period', time: NOW, period: 'off', until: null, note: '', cause: 'user' });
    expect(sensitiveSwitchEntry(null, null, NOW)).toBeNull();
  });

  it('one whose end passed is over, dated at its end; a running one, none or garbage is not', () => {
    expect(endedSensitivePeriod({ ...running, until: NOW - 5 }, NOW)).toEqual({
      period: null,
      entries: [{ kind: 'sensitive-period', time: NOW - 5, period: 'off', until: null, note: '', cause: 'ended' }],
    });
    expect(endedSensitivePeriod(running, NOW)).toBeNull();
    for (const raw of [null, undefined, 'x', {}, { until: 'soon' }, { until: Number.NaN }]) expect(endedSensitivePeriod(raw, NOW)).toBeNull();
  });
});

describe("the team's sensitive period and a member's own", () => {
  const mine = { until: NOW + 5 * HOUR, note: 'le mien', since: NOW - HOUR };
  const policy = (until: number, note = 'Crise') => ({ sensitivePeriod: { until, note } }) as Parameters<typeof teamSensitivePeriod>[1];
  const ids = (entries: { period: string; cause: string }[]) => entries.map((e) => `${e.period} ${e.cause}`);

  it("the team's replaces a member's own, which waits in it, through a change of the team's, and runs again when the team lifts its own", () => {
    const set = teamSensitivePeriod(mine, policy(NOW + 2 * HOUR), NOW)!;
    expect(set.period).toEqual({ until: NOW + 2 * HOUR, note: 'Crise', since: NOW, setBy: 'policy', replaced: mine });
    expect(ids(set.entries)).toEqual(['on policy']);
    // Every reader reads the team's while it runs.
    expect(parseSensitivePeriod(set.period, NOW)).toMatchObject({ until: NOW + 2 * HOUR, note: 'Crise' });
    expect(teamSensitivePeriod(set.period, policy(NOW + 2 * HOUR), NOW + 1)).toBeNull();

    const changed = teamSensitivePeriod(set.period, policy(NOW + 3 * HOUR, 'Embargo'), NOW + 10)!;
    expect(changed.period).toMatchObject({ until: NOW + 3 * HOUR, note: 'Embargo', replaced: mine });

    const lifted = teamSensitivePeriod(changed.period, null, NOW + HOUR)!;
    expect(lifted.period).toEqual(mine);
    expect(lifted.entries).toEqual([
      { kind: 'sensitive-period', time: NOW + HOUR, period: 'off', until: null, note: '', cause: 'policy' },
      { kind: 'sensitive-period', time: NOW + HOUR, period: 'on', until: mine.until, note: 'le mien', cause: 'user' },
    ]);
    // The member's own, stored again, is the member's: the policy without a period leaves it.
    expect(teamSensitivePeriod(lifted.period, null, NOW + HOUR + 1)).toBeNull();
  });

  it("lifted after the member's own has ended, nothing runs; with none, the team's alone comes and goes", () => {
    const set = teamSensitivePeriod(mine, policy(NOW + 9 * HOUR), NOW)!;
    const lifted = teamSensitivePeriod(set.period, null, NOW + 6 * HOUR)!;
    expect(lifted.period).toBeNull();
    expect(ids(lifted.entries)).toEqual(['off policy']);
    const alone = teamSensitivePeriod(null, policy(NOW + HOUR), NOW)!;
    expect(alone.period).not.toHaveProperty('replaced');
    expect(teamSensitivePeriod(alone.period, null, NOW + 1)!.period).toBeNull();
  });

  it("a team's period that ends by itself gives the member's own back, for every reader at once and in the journal", () => {
    const set = teamSensitivePeriod(mine, policy(NOW + 2 * HOUR), NOW)!;
    const after = NOW + 3 * HOUR;
    // Before the background writes anything back, the guard and the popup read the member's own.
    expect(parseSensitivePeriod(set.period, after)).toEqual(mine);
    // The policy still lists its period, over: nothing for the policy's reading to change.
    expect(teamSensitivePeriod(set.period, policy(NOW + 2 * HOUR), after)).toBeNull();
    const ended = endedSensitivePeriod(set.period, after)!;
    expect(ended.period).toEqual(mine);
    expect(ended.entries).toEqual([
      { kind: 'sensitive-period', time: NOW + 2 * HOUR, period: 'off', until: null, note: '', cause: 'ended' },
      { kind: 'sensitive-period', time: NOW + 2 * HOUR, period: 'on', until: mine.until, note: 'le mien', cause: 'user' },
    ]);
    // Looked at only after the member's own end too: both ran and ended, each journaled at its time; nothing runs.
    expect(endedSensitivePeriod(set.period, NOW + 6 * HOUR)).toEqual({
      period: null,
      entries: [
        { kind: 'sensitive-period', time: NOW + 2 * HOUR, period: 'off', until: null, note: '', cause: 'ended' },
        { kind: 'sensitive-period', time: NOW + 2 * HOUR, period: 'on', until: mine.until, note: 'le mien', cause: 'user' },
        { kind: 'sensitive-period', time: mine.until, period: 'off', until: null, note: '', cause: 'ended' },
      ],
    });
    expect(parseSensitivePeriod(set.period, NOW + 6 * HOUR)).toBeNull();
    // The member's own had ended before the team's did: only the team's end.
    const shortMine = teamSensitivePeriod({ ...mine, until: NOW + HOUR }, policy(NOW + 2 * HOUR), NOW)!;
    expect(ids(endedSensitivePeriod(shortMine.period, after)!.entries)).toEqual(['off ended']);
  });

  it('every writer starts from the record as it stands now, with the ends met on the way (settledSensitivePeriod)', () => {
    const set = teamSensitivePeriod(mine, policy(NOW + 2 * HOUR), NOW)!;
    expect(settledSensitivePeriod(set.period, NOW + HOUR)).toEqual({ record: set.period, entries: [] });
    const settled = settledSensitivePeriod(set.period, NOW + 3 * HOUR);
    expect(settled.record).toEqual(mine);
    expect(ids(settled.entries)).toEqual(['off ended', 'on user']);
    // A new team period over an ended, unsettled one: the ends first, then the team's (the member's own still waits).
    const again = teamSensitivePeriod(settled.record, policy(NOW + 4 * HOUR, 'Encore'), NOW + 3 * HOUR)!;
    expect(again.period).toMatchObject({ note: 'Encore', replaced: mine });
  });
});

describe('background: the sensitive period', () => {
  const page = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/') + 'options.html' };
  const stored = async (key: string) => (await browser.storage.local.get(key))[key];
  const journal = async () => ((await stored('journal')) as JournalItem[] | undefined) ?? [];
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useRealTimers();
  });

  it('set, then ended: the period and its entry land in the same write; setting it again unchanged adds nothing', async () => {
    const until = Date.now() + HOUR;
    expect(await handleMessage({ type: 'sensitive/set', until, note: 'Embargo' }, page)).toMatchObject({ ok: true, period: { until, note: 'Embargo' } });
    expect(await journal()).toEqual([{ kind: 'sensitive-period', time: expect.any(Number), period: 'on', until, note: 'Embargo', cause: 'user' }]);
    await handleMessage({ type: 'sensitive/set', until, note: 'Embargo' }, page);
    expect(await journal()).toHaveLength(1);
    await handleMessage({ type: 'sensitive/set', until: null, note: '' }, page);
    expect((await stored('sensitivePeriod')) ?? null).toBeNull(); // null, or no record at all (the fake browser drops nulls)
    expect((await journal()).map((e) => 'period' in e && [e.period, e.cause])).toEqual([
      ['on', 'user'],
      ['off', 'user'],
    ]);
  });

  it('one that ends by itself is journaled at its end when the background next looks, once', async () => {
    const until = Date.now() + 50;
    await handleMessage({ type: 'sensitive/set', until, note: '' }, page);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(await handleMessage({ type: 'journal/list' }, page)).toEqual([
      expect.objectContaining({ period: 'on', until }),
      { kind: 'sensitive-period', time: until, period: 'off', until: null, note: '', cause: 'ended' },
    ]);
    expect((await stored('sensitivePeriod')) ?? null).toBeNull(); // null, or no record at all (the fake browser drops nulls)
    expect(await handleMessage({ type: 'sensitive/get' }, page)).toBeNull();
    expect(await journal()).toHaveLength(2);
  });

  it("the member ends their own period after the team's ended unseen: the team's end, their own again, then their end, in order", async () => {
    const mine = { until: Date.now() + HOUR, note: 'le mien', since: Date.now() - HOUR };
    const teamEnd = Date.now() - 1000;
    await browser.storage.local.set({ sensitivePeriod: { until: teamEnd, note: 'Crise', since: Date.now() - 2 * HOUR, setBy: 'policy', replaced: mine } });
    expect(await handleMessage({ type: 'sensitive/set', until: null, note: '' }, page)).toMatchObject({ ok: true });
    expect((await journal()).map((e) => 'period' in e && `${e.period} ${e.cause} ${e.time === teamEnd ? 'at-team-end' : ''}`.trim())).toEqual([
      'off ended at-team-end',
      'on user at-team-end',
      'off user',
    ]);
    expect((await stored('sensitivePeriod')) ?? null).toBeNull();
  });

  it('a period that cannot be written is refused whole: neither the period nor its entry', async () => {
    await handleMessage({ type: 'settings/get' }, page);
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await handleMessage({ type: 'sensitive/set', until: Date.now() + HOUR, note: '' }, page)).toEqual({ ok: false, error: 'storage-full' });
    expect(await stored('sensitivePeriod')).toBeUndefined();
    expect(await journal()).toEqual([]);
  });
});

/** WCAG contrast ratio of two `#rrggbb` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const ch = (i: number) => {
      const v = parseInt(c.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * ch(1) + 0.7152 * ch(3) + 0.0722 * ch(5);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
