/** The background's handlers on WXT's in-memory browser: the only writer, validating everything it is sent. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { BACKUPS_KEPT, forgetTab, handleMessage } from '../../../utils/background/service';
import type { JournalEntry, JournalEntryInput } from '../../../utils/messaging/protocol';
import type { Settings } from '../../../utils/types';
import { DEFAULT_WORD_LISTS } from '../../../utils/settings/defaults';

const JOURNAL_CAP = 2000; // the default journalCap

const page = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/') + 'options.html' };
const tab = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 3 } as never };
const stored = async (key: string) => (await browser.storage.local.get(key))[key];
const entry: JournalEntryInput = {
  platform: 'x',
  account: '@marie_dupont',
  accountId: 'x:marie_dupont',
  surface: 'post',
  decision: 'confirm',
  outcome: 'confirmed',
  reasons: ['other-account-words'],
  words: ['#BoulangerieDupont'],
};
const file = JSON.stringify({
  format: 'right-account-settings',
  version: 1,
  accounts: [{ platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal' }],
  wordLists: [{ name: 'Grossièretés', words: ['merde'] }],
});

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('background', () => {
  it('creates the default settings on first read and stores them', async () => {
    const settings = (await handleMessage({ type: 'settings/get' }, page)) as { accounts: unknown[]; guardEnabled: boolean };
    expect(settings.accounts).toEqual([]);
    expect(settings.guardEnabled).toBe(true);
    expect(await stored('settings')).toEqual(settings);
  });

  it('a change of the settings is one storage write: the record, its health, the items set aside and the guard’s snapshot', async () => {
    // An unreadable record: the import that replaces it also makes its health "ok" again.
    await browser.storage.local.set({ settings: { schemaVersion: 1, accounts: 'oops' } });
    await handleMessage({ type: 'settings/get' }, page);
    expect(await stored('settingsHealth')).toMatchObject({ state: 'unreadable' });
    const set = vi.spyOn(browser.storage.local, 'set');
    expect(await handleMessage({ type: 'settings/import', text: file }, page)).toEqual({ ok: true, accounts: 1, wordLists: 1 });
    expect(set).toHaveBeenCalledTimes(1);
    const written = set.mock.calls[0]![0] as Record<string, unknown>;
    expect(Object.keys(written).sort()).toEqual(['guardSnapshot', 'settings', 'settingsDropped', 'settingsHealth']);
    // Readable again; the unreadable record it replaced is kept aside, to restore or discard.
    expect(written.settingsHealth).toMatchObject({ state: 'salvaged', failClosed: false });
    expect(await stored('settingsHealth')).toEqual(written.settingsHealth);
  });

  it('imports a valid file, keeping the guard switch, and exports it back', async () => {
    await handleMessage({ type: 'settings/set-guard-enabled', enabled: false }, page);
    expect(await handleMessage({ type: 'settings/import', text: file }, page)).toEqual({ ok: true, accounts: 1, wordLists: 1 });
    const settings = (await stored('settings')) as { accounts: { id: string }[]; guardEnabled: boolean };
    expect(settings.accounts.map((a) => a.id)).toEqual(['x:marie_dupont']);
    expect(settings.guardEnabled).toBe(false);
    const { text } = (await handleMessage({ type: 'settings/export' }, page)) as { text: string };
    expect(JSON.parse(text).accounts).toEqual([{ platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [] }]);
  });

  it('a rejected file leaves the stored settings exactly as they were', async () => {
    await handleMessage({ type: 'settings/import', text: file }, page);
    const before = await stored('settings');
    const result = (await handleMessage({ type: 'settings/import', text: '{"format":"right-account-settings","version":2}' }, page)) as { ok: boolean };
    expect(result.ok).toBe(false);
    expect(await stored('settings')).toEqual(before);
  });

  it('refuses settings changes from content scripts, but takes their journal entries', async () => {
    expect(handleMessage({ type: 'settings/import', text: file }, tab)).toBeUndefined();
    expect(handleMessage({ type: 'settings/set-guard-enabled', enabled: false }, tab)).toBeUndefined();
    expect(handleMessage({ type: 'journal/list' }, tab)).toBeUndefined();
    expect(await handleMessage({ type: 'journal/record', entry }, tab)).toEqual({ ok: true });
    const journal = (await stored('journal')) as { time: number }[];
    expect(journal).toEqual([{ ...entry, time: expect.any(Number) }]);
  });

  it('ignores malformed messages and messages from other extensions', async () => {
    expect(handleMessage({ type: 'journal/record', entry: { ...entry, outcome: 'posted' } }, tab)).toBeUndefined();
    expect(handleMessage({ type: 'settings/get' }, { ...page, id: 'another-extension' })).toBeUndefined();
    expect(handleMessage('settings/get', page)).toBeUndefined();
  });

  it('two changes sent together both land: neither overwrites the other with what it read before', async () => {
    await Promise.all([
      handleMessage({ type: 'settings/set-preferences', prefs: { journalCap: 500 } }, page),
      handleMessage({ type: 'settings/save', file: { format: 'right-account-settings', version: 1, accounts: [{ platform: 'x', handle: 'marie_dupont', kind: 'personal' }] } }, page),
      handleMessage({ type: 'settings/set-preferences', prefs: { journalKeepText: true } }, page),
    ]);
    const settings = (await handleMessage({ type: 'settings/get' }, page)) as { journalCap: number; journalKeepText: boolean; accounts: { id: string }[] };
    expect(settings.journalCap).toBe(500);
    expect(settings.journalKeepText).toBe(true);
    expect(settings.accounts.map((a) => a.id)).toEqual(['x:marie_dupont']);
  });

  it('keeps the journal under its cap, dropping the oldest first, and records concurrent entries without loss', async () => {
    await browser.storage.local.set({ journal: Array.from({ length: JOURNAL_CAP }, (_, i) => ({ ...entry, time: i })) });
    await Promise.all([1, 2, 3].map((n) => handleMessage({ type: 'journal/record', entry: { ...entry, words: [`w${n}`] } }, tab)));
    const journal = (await stored('journal')) as { time: number; words: string[] }[];
    expect(journal.length).toBe(JOURNAL_CAP);
    expect(journal[0]!.time).toBe(3);
    expect(journal.slice(-3).map((e) => e.words[0])).toEqual(['w1', 'w2', 'w3']);
  });

  it('keeps an invalid stored record aside instead of destroying it', async () => {
    await browser.storage.local.set({ settings: { schemaVersion: 1, accounts: 'oops' } });
    const settings = (await handleMessage({ type: 'settings/get' }, page)) as { accounts: unknown[] };
    expect(settings.accounts).toEqual([]);
    // Kept aside with the other items that could not be read (it was under settingsInvalidCopy, and the defaults were
    // written over it); the record itself now stays in place until an import, a save or a restore replaces it.
    expect(await stored('settingsDropped')).toEqual([expect.objectContaining({ kind: 'record', value: { schemaVersion: 1, accounts: 'oops' } })]);
    expect(await stored('settings')).toEqual({ schemaVersion: 1, accounts: 'oops' });
  });

  it('leaves a record written by a newer version untouched', async () => {
    const future = { schemaVersion: 99, accounts: [], somethingNew: true };
    await browser.storage.local.set({ settings: future });
    await handleMessage({ type: 'settings/get' }, page);
    expect(await stored('settings')).toEqual(future);
  });

  it("keeps each tab's intended account, answers a content script about its own tab only, forgets it with the tab", async () => {
    const push = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined as never);
    expect(await handleMessage({ type: 'tab/set-intended', tabId: 3, accountId: 'x:marie_dupont' }, page)).toEqual({ ok: true });
    expect(await handleMessage({ type: 'tab/set-intended', tabId: 5, accountId: 'x:boulangerie_dupont' }, page)).toEqual({ ok: true });
    // The tab's guard is told at once (it decides synchronously, from its own copy).
    expect(push.mock.calls).toEqual([
      [3, { type: 'tab/intended-changed', accountId: 'x:marie_dupont' }],
      [5, { type: 'tab/intended-changed', accountId: 'x:boulangerie_dupont' }],
    ]);
    expect(await handleMessage({ type: 'tab/get-intended' }, tab)).toEqual({ accountId: 'x:marie_dupont' });
    expect(await handleMessage({ type: 'tab/get-intended' }, { ...tab, tab: { id: 5 } as never })).toEqual({ accountId: 'x:boulangerie_dupont' });
    // A content script cannot set it, for its own tab or any other.
    expect(handleMessage({ type: 'tab/set-intended', tabId: 3, accountId: null }, tab)).toBeUndefined();
    await forgetTab(3);
    expect(await handleMessage({ type: 'tab/get-intended' }, tab)).toEqual({ accountId: null });
    await handleMessage({ type: 'tab/set-intended', tabId: 5, accountId: null }, page);
    expect(await handleMessage({ type: 'tab/get-intended' }, { ...tab, tab: { id: 5 } as never })).toEqual({ accountId: null });
  });
});

describe('background: edits, backups, preferences', () => {
  const fileObject = (handle: string) => ({ format: 'right-account-settings', version: 1, accounts: [{ platform: 'x', handle, kind: 'brand', color: '#AA0000', group: 'Client A' }] });
  const accounts = async () => ((await stored('settings')) as Settings).accounts;

  it('saves an edit validated like a file, and refuses a bad one without changing anything', async () => {
    expect(await handleMessage({ type: 'settings/save', file: fileObject('dupont') }, page)).toEqual({ ok: true, accounts: 1, wordLists: DEFAULT_WORD_LISTS.length });
    expect(await accounts()).toEqual([{ id: 'x:dupont', platform: 'x', handle: 'dupont', kind: 'brand', protected: false, ownWords: [], color: '#aa0000', group: 'Client A' }]);
    const before = await stored('settings');
    const refused = (await handleMessage({ type: 'settings/save', file: { ...fileObject('dupont'), accounts: [{ platform: 'x', handle: 'not a handle', kind: 'brand' }] } }, page)) as { ok: boolean; errors: unknown[] };
    expect(refused.ok).toBe(false);
    expect(refused.errors).toEqual([{ code: 'invalid-handle', path: 'accounts[0].handle', params: { found: 'not a handle' } }]);
    expect(await stored('settings')).toEqual(before);
  });

  it('content scripts cannot save, restore or pause', async () => {
    expect(handleMessage({ type: 'settings/save', file: fileObject('evil') }, tab)).toBeUndefined();
    expect(handleMessage({ type: 'backups/restore', time: 1 }, tab)).toBeUndefined();
    expect(handleMessage({ type: 'pause/set', platform: 'x', minutes: 15 }, tab)).toBeUndefined();
    expect(handleMessage({ type: 'settings/set-preferences', prefs: { guardEnabled: false } }, tab)).toBeUndefined();
  });

  it(`keeps the settings as they were before each change, the last ${BACKUPS_KEPT}, and restores one`, async () => {
    for (let i = 0; i < BACKUPS_KEPT + 3; i++) await handleMessage({ type: 'settings/save', file: fileObject(`account_${i}`) }, page);
    const backups = (await handleMessage({ type: 'backups/list' }, page)) as { time: number; accounts: number }[];
    expect(backups).toHaveLength(BACKUPS_KEPT);
    // Times are strictly increasing: each is an id.
    expect(new Set(backups.map((b) => b.time)).size).toBe(BACKUPS_KEPT);
    const newest = backups.at(-1)!;
    expect(await handleMessage({ type: 'backups/restore', time: newest.time }, page)).toEqual({ ok: true });
    expect((await accounts()).map((a) => a.handle)).toEqual([`account_${BACKUPS_KEPT + 1}`]);
    // Restoring is a change too: what it replaced is now the newest backup, so a restore can be undone.
    const after = (await handleMessage({ type: 'backups/list' }, page)) as { time: number }[];
    expect(after).toHaveLength(BACKUPS_KEPT);
    expect(await handleMessage({ type: 'backups/restore', time: 12345 }, page)).toEqual({ ok: false, error: 'not-found' });
  });

  it('does not back up a change of preferences, nor a save that changes nothing', async () => {
    await handleMessage({ type: 'settings/save', file: fileObject('dupont') }, page);
    await handleMessage({ type: 'settings/save', file: fileObject('dupont') }, page);
    await handleMessage({ type: 'settings/set-preferences', prefs: { language: 'fr', journalCap: 500 } }, page);
    expect(await handleMessage({ type: 'backups/list' }, page)).toHaveLength(1);
    const settings = (await stored('settings')) as Settings;
    expect([settings.language, settings.journalCap]).toEqual(['fr', 500]);
  });

  it('refuses preferences it does not know or values out of range, changing nothing', async () => {
    expect(handleMessage({ type: 'settings/set-preferences', prefs: { journalCap: 5 } }, page)).toBeUndefined();
    expect(handleMessage({ type: 'settings/set-preferences', prefs: { language: 'de' } }, page)).toBeUndefined();
    expect(handleMessage({ type: 'settings/set-preferences', prefs: { accounts: [] } }, page)).toBeUndefined();
  });
});

describe('background: journal text and cap', () => {
  const journal = async () => ((await stored('journal')) as JournalEntry[]) ?? [];

  it('drops the draft unless the user asked to keep it', async () => {
    await handleMessage({ type: 'journal/record', entry: { ...entry, text: 'secret draft' } }, tab);
    expect((await journal())[0]).not.toHaveProperty('text');
    await handleMessage({ type: 'settings/set-preferences', prefs: { journalKeepText: true } }, page);
    await handleMessage({ type: 'journal/record', entry: { ...entry, text: 'kept draft' } }, tab);
    expect((await journal())[1]!.text).toBe('kept draft');
    // Turned off again: the texts already kept are forgotten at once, the entries stay.
    await handleMessage({ type: 'settings/set-preferences', prefs: { journalKeepText: false } }, page);
    expect(await journal()).toHaveLength(2);
    expect((await journal()).some((e) => 'text' in e)).toBe(false);
  });

  it('cuts the journal to a lowered cap at once, oldest first', async () => {
    await handleMessage({ type: 'settings/set-preferences', prefs: { journalCap: 500 } }, page);
    await browser.storage.local.set({ journal: Array.from({ length: 300 }, (_, i) => ({ ...entry, time: i })) });
    await handleMessage({ type: 'settings/set-preferences', prefs: { journalCap: 100 } }, page);
    const kept = await journal();
    expect(kept).toHaveLength(100);
    expect(kept[0]!.time).toBe(200);
  });

  it('keeps at most journalCap entries, oldest removed first, and clears on request', async () => {
    await handleMessage({ type: 'settings/set-preferences', prefs: { journalCap: 100 } }, page);
    await browser.storage.local.set({ journal: Array.from({ length: 100 }, (_, i) => ({ ...entry, time: i })) });
    await handleMessage({ type: 'journal/record', entry }, tab);
    const kept = await journal();
    expect(kept).toHaveLength(100);
    expect(kept[0]!.time).toBe(1);
    expect(await handleMessage({ type: 'journal/clear' }, page)).toEqual({ ok: true });
    expect(await journal()).toEqual([]);
    expect(handleMessage({ type: 'journal/clear' }, tab)).toBeUndefined();
  });
});

describe('background: pauses and the badge', () => {
  it('pauses a platform for some minutes and resumes it', async () => {
    const now = Date.now();
    const { pauses } = (await handleMessage({ type: 'pause/set', platform: 'x', minutes: 15 }, page)) as { pauses: Record<string, number> };
    expect(pauses.x).toBeGreaterThanOrEqual(now + 15 * 60_000);
    expect(pauses.x).toBeLessThan(now + 15 * 60_000 + 5_000);
    expect(await stored('pauses')).toEqual(pauses);
    expect(await handleMessage({ type: 'pause/get' }, tab)).toEqual(pauses);
    expect(await handleMessage({ type: 'pause/set', platform: 'x', minutes: null }, page)).toEqual({ ok: true, pauses: {} });
    // Never "forever": at most 4 hours.
    expect(handleMessage({ type: 'pause/set', platform: 'x', minutes: 241 }, page)).toBeUndefined();
    expect(handleMessage({ type: 'pause/set', platform: 'x', minutes: 0 }, page)).toBeUndefined();
  });

  it('draws the badge of the reporting tab from its report', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    const setBadgeBackgroundColor = vi.fn(async () => undefined);
    const setTitle = vi.fn(async () => undefined);
    Object.assign(browser.action, { setBadgeText, setBadgeBackgroundColor, setTitle });
    // A chosen language (the fake browser has no i18n of its own).
    await handleMessage({ type: 'settings/set-preferences', prefs: { language: 'fr' } }, page);
    await handleMessage({ type: 'settings/save', file: { format: 'right-account-settings', version: 1, accounts: [{ platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', color: '#123456' }] } }, page);
    await handleMessage({ type: 'tab/report', report: { platform: 'x', identity: { platform: 'x', handle: 'marie_dupont', source: 'account-switcher' } } }, tab);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: 'MD' });
    expect(setBadgeBackgroundColor).toHaveBeenLastCalledWith({ tabId: 3, color: '#123456' });
    expect(setTitle).toHaveBeenLastCalledWith({ tabId: 3, title: 'Right Account : vous êtes Marie Dupont' });
    await handleMessage({ type: 'pause/set', platform: 'x', minutes: 15 }, page);
    // The pause redraws the badges of the tabs that reported.
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '‖' });
    await handleMessage({ type: 'tab/report', report: { platform: 'x', identity: null, problem: 'no-identity-signal' } }, tab);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '‖' });
    await handleMessage({ type: 'pause/set', platform: 'x', minutes: null }, page);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '?' });
    // Clearing the tab's intended account keeps its report: the badge is still redrawn on the next change.
    await handleMessage({ type: 'tab/set-intended', tabId: 3, accountId: 'x:marie_dupont' }, page);
    await handleMessage({ type: 'tab/set-intended', tabId: 3, accountId: null }, page);
    expect(await browser.storage.session.get('report:3')).toEqual({ 'report:3': { platform: 'x', identity: null, problem: 'no-identity-signal' } });
    await handleMessage({ type: 'settings/set-preferences', prefs: { guardEnabled: false } }, page);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: 'OFF' });
    await forgetTab(3);
    expect(await browser.storage.session.get('report:3')).toEqual({});
  });
});

describe('the badge at agency scale', () => {
  it('is drawn from the guard’s snapshot, without reading the settings record again; with no snapshot, from the record', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    Object.assign(browser.action, { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) });
    // A chosen language (the fake browser has no i18n of its own).
    await handleMessage({ type: 'settings/set-preferences', prefs: { language: 'fr' } }, page);
    await handleMessage({ type: 'settings/save', file: { format: 'right-account-settings', version: 1, accounts: [{ platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal' }] } }, page);
    const get = vi.spyOn(browser.storage.local, 'get');
    const report = { type: 'tab/report', report: { platform: 'x', identity: { platform: 'x', handle: 'marie_dupont', source: 'account-switcher' } } };
    await handleMessage(report, tab);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: 'MD' });
    const keysRead = () => get.mock.calls.flatMap(([keys]) => (Array.isArray(keys) ? keys : [keys]));
    expect(keysRead()).not.toContain('settings');
    // No snapshot (an older version's storage): the record is read, and the badge is the same.
    await browser.storage.local.remove('guardSnapshot');
    get.mockClear();
    setBadgeText.mockClear();
    await handleMessage({ type: 'tab/report', report: { ...report.report, identity: { ...report.report.identity, name: 'Marie' } } }, tab);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: 'MD' });
    expect(keysRead()).toContain('settings');
  });
});

describe('background: content scripts ask for no catalogue', () => {
  it('the in-page frames bundle their own words: the message that served content scripts is gone', () => {
    expect(handleMessage({ type: 'i18n/catalog', language: 'fr' }, tab)).toBeUndefined();
  });
});

describe('background: the takeover alarm', () => {
  it('a report of a protected account under another name raises the alarm (badge ‼), until the user accepts it', async () => {
    const setBadgeText = vi.fn(async () => undefined);
    Object.assign(browser.action, { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) });
    // A chosen language (the fake browser has no i18n of its own).
    await handleMessage({ type: 'settings/set-preferences', prefs: { language: 'fr' } }, page);
    await handleMessage({ type: 'settings/save', file: { format: 'right-account-settings', version: 1, accounts: [{ platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true }] } }, page);
    const report = (name: string) => handleMessage({ type: 'tab/report', report: { platform: 'x', identity: { platform: 'x', handle: 'boulangerie_dupont', name, source: 'account-switcher' } } }, tab);
    await report('Boulangerie Dupont 🥖');
    expect(await handleMessage({ type: 'profiles/alarms' }, page)).toEqual({});
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: 'BD' });
    await report('Crypto Giveaway');
    const alarms = (await handleMessage({ type: 'profiles/alarms' }, page)) as Record<string, { before: { name: string }; now: { name: string } }>;
    expect(alarms['x:boulangerie_dupont']).toMatchObject({ before: { name: 'Boulangerie Dupont 🥖' }, now: { name: 'Crypto Giveaway' } });
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '‼' });
    // A content script may not end the alarm; the popup may.
    expect(handleMessage({ type: 'profiles/accept', accountId: 'x:boulangerie_dupont' }, tab)).toBeUndefined();
    expect(await handleMessage({ type: 'profiles/accept', accountId: 'x:boulangerie_dupont' }, page)).toEqual({ ok: true });
    expect(await handleMessage({ type: 'profiles/alarms' }, page)).toEqual({});
    await report('Crypto Giveaway');
    expect(await handleMessage({ type: 'profiles/alarms' }, page)).toEqual({});
  });
});
