/**
 * Settings are never silently lost: reading a stored record keeps every item that can be read, sets the others aside
 * with their reason, and says how far the settings can be trusted (health). Putting an item back goes through the
 * same checks as an edit.
 */
import { describe, expect, it } from 'vitest';
import { readStoredSettings, uncoveredPlatforms } from '../../../utils/settings/migrations';
import { defaultSettings, DEFAULT_WORD_LISTS } from '../../../utils/settings/defaults';
import { CURRENT_SCHEMA_VERSION } from '../../../utils/settings/schema';
import { askFirstReason, parseSettingsHealth, settingsHealth } from '../../../utils/settings/health';
import { keepDropped, parseDroppedItems, restoreDroppedItem } from '../../../utils/settings/dropped';
import type { Account, Settings } from '../../../utils/types';

const account = (handle: string, extra: Partial<Account> = {}): Account => ({ id: `x:${handle.toLowerCase()}`, platform: 'x', handle, kind: 'brand', protected: false, ownWords: [], ...extra });
const marie = account('marie_dupont', { kind: 'personal' });
const bakery = account('boulangerie_dupont', { protected: true, ownWords: ['#BoulangerieDupont'] });
// A handle a later version's rule refuses (X handles have no "-"), as an older version could have stored it.
const refused = { id: 'x:cafe-martin', platform: 'x', handle: 'cafe-martin', kind: 'brand', protected: true, ownWords: [] };
const record = (change: (r: Settings & Record<string, unknown>) => void = () => undefined) => {
  const r = { ...defaultSettings(), accounts: [bakery, marie] } as Settings & Record<string, unknown>;
  change(r);
  return JSON.parse(JSON.stringify(r)) as unknown;
};

describe('readStoredSettings: salvage', () => {
  it('keeps the valid accounts next to one the rules refuse, and sets that one aside with the import\'s reason', () => {
    const read = readStoredSettings(record((r) => (r.accounts = [bakery, refused as never, marie])));
    expect(read.status).toBe('salvaged');
    expect(read.failClosed).toBe(false);
    expect(read.settings.accounts).toEqual([bakery, marie]);
    expect(read.settings.wordLists).toEqual(defaultSettings().wordLists);
    expect(read.dropped).toEqual([{ kind: 'account', path: 'accounts[1]', value: refused, problems: [{ code: 'invalid-handle', path: 'accounts[1].handle', params: { found: 'cafe-martin' } }] }]);
  });

  it('keeps the first of two identical accounts or lists, and sets the second aside', () => {
    const read = readStoredSettings(record((r) => ((r.accounts = [marie, bakery, { ...marie, kind: 'brand' }]), (r.wordLists = [r.wordLists[0]!, r.wordLists[0]!]))));
    expect(read.settings.accounts).toEqual([marie, bakery]);
    expect(read.settings.wordLists.map((l) => l.id)).toEqual([DEFAULT_WORD_LISTS[0]!.id]);
    expect(read.dropped.map((d) => [d.path, d.problems])).toEqual([
      ['accounts[2]', [{ code: 'duplicate-account', path: 'accounts[2]', params: { first: 0 } }]],
      ['wordLists[1]', [{ code: 'duplicate-list', path: 'wordLists[1].id', params: { first: 0 } }]],
    ]);
  });

  it('gives a bad preference its default and keeps the others as the user set them', () => {
    const read = readStoredSettings(record((r) => ((r.journalCap = 5 as never), (r.language = 'fr'), (r.guardEnabled = false))));
    expect(read.status).toBe('salvaged');
    expect([read.settings.journalCap, read.settings.language, read.settings.guardEnabled]).toEqual([2000, 'fr', false]);
    expect(read.dropped).toEqual([{ kind: 'preference', path: 'journalCap', value: 5, problems: [{ code: 'invalid-value', path: 'journalCap', params: { allowed: '100-10000', found: 5 } }] }]);
  });

  it('uses the shipped lists when the lists field itself cannot be read, and keeps that field aside', () => {
    const read = readStoredSettings(record((r) => (r.wordLists = 'oops' as never)));
    expect(read.settings.wordLists).toEqual(defaultSettings().wordLists);
    expect(read.settings.accounts).toEqual([bakery, marie]);
    expect(read.dropped).toEqual([{ kind: 'field', path: 'wordLists', value: 'oops', problems: [{ code: 'wrong-type', path: 'wordLists', params: { expected: 'array', found: 'string' } }] }]);
  });

  it('sets aside what goes over the word limit instead of refusing everything', () => {
    const many = Array.from({ length: 9_990 }, (_, i) => `w${i}`);
    const read = readStoredSettings(record((r) => (r.accounts = [account('a', { ownWords: many }), account('b', { ownWords: Array(20).fill(0).map((_, i) => `b${i}`) })])));
    expect(read.settings.accounts.map((a) => a.handle)).toEqual(['a']);
    expect(read.dropped[0]).toMatchObject({ kind: 'account', path: 'accounts[1]', problems: [{ code: 'too-many-words', params: { count: 10_010, max: 10_000 } }] });
    // The shipped lists that no longer fit are set aside too, each saying so; those that fit are kept.
    expect(read.dropped.slice(1).every((d) => d.kind === 'wordList' && d.problems[0]!.code === 'too-many-words')).toBe(true);
    const words = read.settings.accounts.reduce((n, a) => n + a.ownWords.length, 0) + read.settings.wordLists.reduce((n, l) => n + l.words.length, 0);
    expect(words).toBeLessThanOrEqual(10_000);
    expect(read.settings.wordLists.length + read.dropped.length - 1).toBe(DEFAULT_WORD_LISTS.length);
  });

  it('is unreadable, and fails closed, only when no account list can be read', () => {
    for (const raw of [record((r) => delete (r as Partial<Settings>).accounts), record((r) => (r.accounts = {} as never)), 'settings', { schemaVersion: '2', accounts: [] }]) {
      const read = readStoredSettings(raw);
      expect(read.status).toBe('invalid');
      expect(read.failClosed).toBe(true);
      expect(read.settings).toEqual(defaultSettings());
      expect(read.dropped).toHaveLength(1);
      expect(read.dropped[0]!.kind).toBe('record');
    }
    expect(readStoredSettings('settings').dropped[0]).toEqual({ kind: 'record', path: '', value: 'settings', problems: [{ code: 'not-object', path: '' }] });
  });

  it('reads what it can of a newer record without migrating it; fails closed when even its accounts cannot be read', () => {
    const newer = record((r) => ((r.schemaVersion = CURRENT_SCHEMA_VERSION + 1), (r.accounts = [bakery, { ...refused, platform: 'threads' } as never])));
    const read = readStoredSettings(newer);
    expect(read).toMatchObject({ status: 'newer', failClosed: false, storedVersion: CURRENT_SCHEMA_VERSION + 1 });
    expect(read.settings.accounts).toEqual([bakery]);
    expect(read.dropped.map((d) => d.path)).toEqual(['accounts[1]']);
    const noAccounts = readStoredSettings({ schemaVersion: CURRENT_SCHEMA_VERSION + 1, profiles: [] });
    expect(noAccounts).toMatchObject({ status: 'newer', failClosed: true, settings: defaultSettings() });
  });

  it('never shares an object with what storage gave, set-aside values included', () => {
    const raw = record((r) => (r.accounts = [bakery, refused as never])) as { accounts: { ownWords: string[] }[] };
    const read = readStoredSettings(raw);
    (read.dropped[0]!.value as { ownWords: string[] }).ownWords.push('changed');
    expect(raw.accounts[1]!.ownWords).toEqual([]);
  });
});

describe('settings health', () => {
  const reading = (change?: Parameters<typeof record>[0]) => readStoredSettings(record(change));

  it('is ok for a record read whole, salvaged while items are set aside, unreadable or newer otherwise', () => {
    expect(settingsHealth(reading(), [], 5)).toEqual({ state: 'ok', failClosed: false, setAsidePlatforms: [], setAside: 0, since: 5 });
    expect(settingsHealth(reading(), [{ kind: 'account', value: refused }], 5).state).toBe('salvaged');
    expect(settingsHealth(readStoredSettings('x'), [], 5)).toMatchObject({ state: 'unreadable', failClosed: true });
    expect(settingsHealth(readStoredSettings({ ...(record() as object), schemaVersion: 99 }), [], 5)).toMatchObject({ state: 'newer', storedVersion: 99, failClosed: false });
  });

  it('names a platform whose only account was set aside: a publish there must not pass as unconfigured', () => {
    const onlyX = readStoredSettings(record((r) => (r.accounts = [refused as never, { ...marie, id: 'instagram:marie', platform: 'instagram', handle: 'marie' }])));
    const health = settingsHealth(onlyX, onlyX.dropped, 5);
    expect(health.setAsidePlatforms).toEqual(['x']);
    expect(askFirstReason(health, 'x')).toBe('account-set-aside');
    expect(askFirstReason(health, 'instagram')).toBeNull();
    // With another X account left, an unknown X identity is already "unregistered": nothing more to ask.
    expect(uncoveredPlatforms(onlyX.dropped, { accounts: [marie] })).toEqual([]);
    expect(askFirstReason(settingsHealth(readStoredSettings('x'), [], 5), 'linkedin')).toBe('settings-unreadable');
  });

  it('keeps "since" while the state holds', () => {
    const first = settingsHealth(readStoredSettings('x'), [], 5);
    expect(settingsHealth(readStoredSettings('y'), [], 9, first).since).toBe(5);
    expect(settingsHealth(reading(), [], 9, first).since).toBe(9);
  });

  it('reads back only well-formed health records', () => {
    const health = settingsHealth(reading(), [{ kind: 'account', value: refused }], 5);
    expect(parseSettingsHealth(JSON.parse(JSON.stringify(health)))).toEqual(health);
    expect(parseSettingsHealth({ ...health, state: 'fine' })).toBeNull();
    expect(parseSettingsHealth({ ...health, setAsidePlatforms: ['myspace'] })).toBeNull();
    expect(parseSettingsHealth(null)).toBeNull();
  });
});

describe('items set aside', () => {
  const current = (): Settings => ({ ...defaultSettings(), accounts: [bakery, marie] });

  it('are kept with increasing ids, once each', () => {
    const first = keepDropped([], [{ kind: 'record', path: '', value: 'x', problems: [] }], 100, 2);
    expect(first).toEqual([{ kind: 'record', path: '', value: 'x', problems: [], id: 100, time: 100, schemaVersion: 2 }]);
    const again = keepDropped(first, [{ kind: 'record', path: '', value: 'x', problems: [] }, { kind: 'account', path: 'accounts[0]', value: refused, problems: [] }], 50);
    expect(again.map((i) => i.id)).toEqual([100, 101]);
    // Nothing new: the same list, so that the background does not write it again at every read.
    expect(keepDropped(again, [{ kind: 'record', path: '', value: 'x', problems: [] }], 200)).toBe(again);
  });

  it('are read back from storage only when well-formed', () => {
    const kept = keepDropped([], [{ kind: 'account', path: 'accounts[1]', value: refused, problems: [{ code: 'invalid-handle', path: 'accounts[1].handle', params: { found: 'cafe-martin' } }] }], 7);
    expect(parseDroppedItems(JSON.parse(JSON.stringify(kept)))).toEqual(kept);
    expect(parseDroppedItems([{ ...kept[0], kind: 'virus' }, 'x', { ...kept[0], id: 'a' }])).toEqual([]);
    expect(parseDroppedItems('x')).toEqual([]);
  });

  it('go back through the edit\'s checks: an account that is still refused says why', () => {
    expect(restoreDroppedItem({ kind: 'account', path: 'accounts[1]', value: refused, problems: [] }, current())).toEqual({
      ok: false,
      errors: [{ code: 'invalid-handle', path: 'handle', params: { found: 'cafe-martin' } }],
    });
  });

  it('go back where they were once they pass', () => {
    const fixed = { ...refused, handle: 'cafe_martin', id: 'x:cafe_martin' };
    const result = restoreDroppedItem({ kind: 'account', path: 'accounts[1]', value: fixed, problems: [] }, current());
    expect(result.ok && result.settings.accounts.map((a) => a.id)).toEqual(['x:boulangerie_dupont', 'x:cafe_martin', 'x:marie_dupont']);
    expect(result.ok && result.settings.accounts[1]).toEqual({ id: 'x:cafe_martin', platform: 'x', handle: 'cafe_martin', kind: 'brand', protected: true, ownWords: [] });
  });

  it('refuse an account already there, a list whose id is taken, a bad preference, and a record', () => {
    expect(restoreDroppedItem({ kind: 'account', path: 'accounts[5]', value: { ...marie, kind: 'brand' }, problems: [] }, current())).toEqual({ ok: false, errors: [{ code: 'duplicate-account', path: '', params: { first: 1 } }] });
    const list = DEFAULT_WORD_LISTS[0]!;
    expect(restoreDroppedItem({ kind: 'wordList', path: 'wordLists[0]', value: list, problems: [] }, current())).toEqual({ ok: false, errors: [{ code: 'duplicate-list', path: 'id', params: { first: 0 } }] });
    const back = restoreDroppedItem({ kind: 'wordList', path: 'wordLists[0]', value: { ...list, id: 'mine' }, problems: [] }, current());
    expect(back.ok && back.settings.wordLists[0]!.id).toBe('mine');
    expect(restoreDroppedItem({ kind: 'preference', path: 'journalCap', value: 5, problems: [] }, current()).ok).toBe(false);
    const pref = restoreDroppedItem({ kind: 'preference', path: 'journalCap', value: 500, problems: [] }, current());
    expect(pref.ok && pref.settings.journalCap).toBe(500);
    expect(restoreDroppedItem({ kind: 'record', path: '', value: {}, problems: [] }, current())).toEqual({ ok: false, errors: [{ code: 'not-restorable', path: '' }] });
    expect(restoreDroppedItem({ kind: 'preference', path: 'journalCap', problems: [] }, current())).toEqual({ ok: false, errors: [{ code: 'missing-field', path: '' }] });
  });
});
