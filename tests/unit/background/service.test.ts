/** The background's handlers on WXT's in-memory browser: the only writer, validating everything it is sent. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { forgetTab, handleMessage, JOURNAL_CAP } from '../../../utils/background/service';
import type { JournalEntryInput } from '../../../utils/messaging/protocol';

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
    expect(await stored('settingsInvalidCopy')).toEqual({ schemaVersion: 1, accounts: 'oops' });
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
