/**
 * Fail loudly, leak nothing: the background never loses settings silently, never writes over a newer version's
 * record, keeps storage within its budget, and answers every write that fails with a reason the page can show.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { handleMessage } from '../../../utils/background/service';
import { jsonBytes, STORAGE_BUDGET } from '../../../utils/background/budget';
import { defaultSettings } from '../../../utils/settings/defaults';
import { CURRENT_SCHEMA_VERSION } from '../../../utils/settings/schema';
import type { JournalEntry, JournalEntryInput, StorageStatus } from '../../../utils/messaging/protocol';
import type { StoredDroppedItem } from '../../../utils/settings/dropped';
import type { Account, Settings } from '../../../utils/types';

const page = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/') + 'options.html' };
const tab = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 3 } as never };
const stored = async (key: string) => (await browser.storage.local.get(key))[key];
const ask = (message: unknown, sender: typeof page | typeof tab = page) => handleMessage(message, sender) as Promise<unknown>;
const status = () => ask({ type: 'storage/status' }) as Promise<StorageStatus>;
const dropped = () => ask({ type: 'settings/dropped-list' }) as Promise<StoredDroppedItem[]>;

const account = (handle: string, extra: Partial<Account> = {}): Account => ({ id: `x:${handle}`, platform: 'x', handle, kind: 'brand', protected: false, ownWords: [], ...extra });
const bakery = account('boulangerie_dupont', { protected: true });
const marie = account('marie_dupont', { kind: 'personal' });
// A handle the rules refuse next to valid accounts, as an older version could have stored it.
const refused = { id: 'x:cafe-martin', platform: 'x', handle: 'cafe-martin', kind: 'brand', protected: true, ownWords: [] };
const record = (accounts: unknown[], change: Partial<Settings> = {}) => ({ ...defaultSettings(), accounts, ...change });
const file = (accounts: Record<string, unknown>[]) => ({ format: 'right-account-settings', version: 1, accounts });
const entry: JournalEntryInput = { platform: 'x', account: '@marie_dupont', accountId: 'x:marie_dupont', surface: 'post', decision: 'confirm', outcome: 'cancelled', reasons: ['other-account-words'], words: [] };

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('a stored record with an item the rules refuse', () => {
  beforeEach(async () => {
    await browser.storage.local.set({ settings: record([bakery, refused, marie]) });
  });

  it('keeps the valid accounts, sets the other aside with its reason, and says so', async () => {
    const settings = (await ask({ type: 'settings/get' })) as Settings;
    expect(settings.accounts.map((a) => a.id)).toEqual(['x:boulangerie_dupont', 'x:marie_dupont']);
    expect(((await stored('settings')) as Settings).accounts).toEqual([bakery, marie]);
    const items = await dropped();
    expect(items).toEqual([expect.objectContaining({ kind: 'account', path: 'accounts[1]', value: refused, problems: [{ code: 'invalid-handle', path: 'accounts[1].handle', params: { found: 'cafe-martin' } }] })]);
    expect((await status()).settings).toMatchObject({ state: 'salvaged', setAside: 1, failClosed: false, setAsidePlatforms: [] });
    // The health is in storage too, for the content scripts.
    expect(await stored('settingsHealth')).toMatchObject({ state: 'salvaged', setAside: 1 });
  });

  it('never loses it when the read that set it aside could not store it: the next change of settings stores it with them', async () => {
    // The read that salvages the record cannot write (a full storage); the preference change that follows can.
    vi.spyOn(browser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await ask({ type: 'settings/set-preferences', prefs: { language: 'fr' } })).toMatchObject({ ok: true });
    expect(((await stored('settings')) as Settings).accounts).toEqual([bakery, marie]);
    expect(await stored('settingsDropped')).toEqual([expect.objectContaining({ kind: 'account', value: refused })]);
  });

  it('sets it aside once, however often the settings are read', async () => {
    for (let i = 0; i < 3; i++) await ask({ type: 'settings/get' });
    expect(await dropped()).toHaveLength(1);
  });

  it('puts it back only through the edit\'s checks, saying why not', async () => {
    const [item] = await dropped();
    expect(await ask({ type: 'settings/dropped-restore', id: item!.id })).toEqual({ ok: false, errors: [{ code: 'invalid-handle', path: 'handle', params: { found: 'cafe-martin' } }] });
    expect(await dropped()).toHaveLength(1);
    expect(await ask({ type: 'settings/dropped-restore', id: 42 })).toEqual({ ok: false, errors: [{ code: 'not-found', path: '' }] });
  });

  it('discards it for good, and the settings are whole again', async () => {
    const [item] = await dropped();
    expect(await ask({ type: 'settings/dropped-discard', id: item!.id })).toEqual({ ok: true });
    expect(await dropped()).toEqual([]);
    expect((await status()).settings.state).toBe('ok');
  });
});

describe('items set aside that pass once put back', () => {
  it('restores an account whose stored id was off, where it was, with a backup of what it replaced', async () => {
    await browser.storage.local.set({ settings: record([bakery, { ...marie, id: 'x:someone-else' }]) });
    const [item] = await dropped();
    expect(item!.problems[0]!.code).toBe('invalid-value');
    expect(await ask({ type: 'settings/dropped-restore', id: item!.id })).toEqual({ ok: true });
    expect(((await stored('settings')) as Settings).accounts).toEqual([bakery, marie]);
    expect(await dropped()).toEqual([]);
    expect((await status()).settings.state).toBe('ok');
    expect(await ask({ type: 'backups/list' })).toHaveLength(1);
  });

  it('names the platform whose only account was set aside, for the guard and the badge', async () => {
    await browser.storage.local.set({ settings: record([refused, { ...marie, id: 'instagram:marie', platform: 'instagram', handle: 'marie' }], { language: 'en' }) });
    expect((await status()).settings.setAsidePlatforms).toEqual(['x']);
    const setBadgeText = vi.fn(async () => undefined);
    Object.assign(browser.action, { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) });
    await ask({ type: 'tab/report', report: { platform: 'x', identity: { platform: 'x', handle: 'cafe_martin', source: 'account-switcher' } } }, tab);
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '!' });
  });

  it('moves a copy kept by an older version under settingsInvalidCopy into the items set aside', async () => {
    await browser.storage.local.set({ settingsInvalidCopy: { schemaVersion: 1, accounts: 'oops' } });
    expect(await dropped()).toEqual([expect.objectContaining({ kind: 'record', value: { schemaVersion: 1, accounts: 'oops' } })]);
    expect(await stored('settingsInvalidCopy')).toBeUndefined();
  });
});

describe('a record no account list can be read from', () => {
  const broken = { schemaVersion: CURRENT_SCHEMA_VERSION, accounts: 'oops' };
  beforeEach(async () => {
    await browser.storage.local.set({ settings: broken });
  });

  it('fails closed and says so, leaving the record where it is', async () => {
    expect((await status()).settings).toMatchObject({ state: 'unreadable', failClosed: true });
    expect(await stored('settings')).toEqual(broken);
    expect(await stored('settingsHealth')).toMatchObject({ failClosed: true });
  });

  it('refuses a preference or the guard switch alone, which would turn "asks first" into "allows everything"', async () => {
    expect(await ask({ type: 'settings/set-guard-enabled', enabled: false })).toEqual({ ok: false, error: 'settings-unreadable' });
    expect(await ask({ type: 'settings/set-preferences', prefs: { unknownIdentity: 'allow' } })).toEqual({ ok: false, error: 'settings-unreadable' });
    expect(await stored('settings')).toEqual(broken);
  });

  it('lets an import replace it, keeping the unreadable record aside', async () => {
    expect(await ask({ type: 'settings/import', text: JSON.stringify(file([{ platform: 'x', handle: 'marie_dupont', kind: 'personal' }])) })).toMatchObject({ ok: true });
    expect((await status()).settings).toMatchObject({ state: 'salvaged', failClosed: false, setAside: 1 });
    expect((await dropped())[0]).toMatchObject({ kind: 'record', value: broken });
  });

  it('starts again from the defaults when the user discards it', async () => {
    const [item] = await dropped();
    expect(await ask({ type: 'settings/dropped-discard', id: item!.id })).toEqual({ ok: true });
    expect((await status()).settings).toMatchObject({ state: 'ok', failClosed: false });
    expect(((await stored('settings')) as Settings).accounts).toEqual([]);
  });
});

describe('a record written by a newer version', () => {
  const future = { ...record([bakery, marie]), schemaVersion: CURRENT_SCHEMA_VERSION + 1, somethingNew: { kept: true } };
  beforeEach(async () => {
    await browser.storage.local.set({ settings: future, backups: [{ time: 1, settings: record([marie]) }] });
  });

  it('is read as far as this version can, and said to be newer', async () => {
    expect(((await ask({ type: 'settings/get' })) as Settings).accounts).toEqual([bakery, marie]);
    expect((await status()).settings).toMatchObject({ state: 'newer', storedVersion: CURRENT_SCHEMA_VERSION + 1, failClosed: false });
  });

  it('is never written over: every write path refuses and says why', async () => {
    expect(await ask({ type: 'settings/set-guard-enabled', enabled: false })).toEqual({ ok: false, error: 'newer-version' });
    expect(await ask({ type: 'settings/set-preferences', prefs: { language: 'fr' } })).toEqual({ ok: false, error: 'newer-version' });
    expect(await ask({ type: 'settings/import', text: JSON.stringify(file([{ platform: 'x', handle: 'a', kind: 'brand' }])) })).toEqual({ ok: false, errors: [{ code: 'newer-version', path: '' }] });
    expect(await ask({ type: 'settings/save', file: file([{ platform: 'x', handle: 'a', kind: 'brand' }]) })).toEqual({ ok: false, errors: [{ code: 'newer-version', path: '' }] });
    expect(await ask({ type: 'backups/restore', time: 1 })).toEqual({ ok: false, error: 'newer-version' });
    expect(await stored('settings')).toEqual(future);
    expect(await ask({ type: 'backups/list' })).toHaveLength(1);
  });

  it('fails closed when even its accounts cannot be read', async () => {
    await browser.storage.local.set({ settings: { schemaVersion: CURRENT_SCHEMA_VERSION + 1, profiles: [] } });
    expect((await status()).settings).toMatchObject({ state: 'newer', failClosed: true });
  });
});

describe('a full storage', () => {
  const full = () => vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));

  it('answers every write with storage-full and changes nothing', async () => {
    await ask({ type: 'settings/save', file: file([{ platform: 'x', handle: 'marie_dupont', kind: 'personal' }]) });
    await ask({ type: 'journal/record', entry }, tab);
    const before = { settings: await stored('settings'), journal: await stored('journal'), pauses: await stored('pauses') };
    const backups = (await ask({ type: 'backups/list' })) as { time: number }[];
    full();
    expect(await ask({ type: 'settings/save', file: file([{ platform: 'x', handle: 'other', kind: 'brand' }]) })).toEqual({ ok: false, errors: [{ code: 'storage-full', path: '' }] });
    expect(await ask({ type: 'settings/import', text: JSON.stringify(file([])) })).toEqual({ ok: false, errors: [{ code: 'storage-full', path: '' }] });
    expect(await ask({ type: 'settings/set-preferences', prefs: { journalKeepText: true } })).toEqual({ ok: false, error: 'storage-full' });
    expect(await ask({ type: 'settings/set-guard-enabled', enabled: false })).toEqual({ ok: false, error: 'storage-full' });
    expect(await ask({ type: 'pause/set', platform: 'x', minutes: 15 })).toEqual({ ok: false, error: 'storage-full' });
    expect(await ask({ type: 'backups/restore', time: backups[0]!.time })).toEqual({ ok: false, error: 'storage-full' });
    expect(await ask({ type: 'journal/clear' })).toEqual({ ok: false, error: 'storage-full' });
    expect({ settings: await stored('settings'), journal: await stored('journal'), pauses: await stored('pauses') }).toEqual(before);
  });

  it('marks the journal as stopped (in storage.session when local takes nothing), counts what it lost, and says when it resumed', async () => {
    const set = full();
    const before = Date.now();
    expect(await ask({ type: 'journal/record', entry }, tab)).toEqual({ ok: false, error: 'storage-full' });
    expect(await ask({ type: 'journal/record', entry }, tab)).toEqual({ ok: false, error: 'storage-full' });
    const stopped = (await status()).journal!;
    expect(stopped).toEqual({ stoppedAt: expect.any(Number), error: 'storage-full', missed: 2 });
    expect(stopped.stoppedAt).toBeGreaterThanOrEqual(before);
    expect((await browser.storage.session.get('journalHealth')).journalHealth).toEqual(stopped);
    set.mockRestore();
    expect(await ask({ type: 'journal/record', entry }, tab)).toEqual({ ok: true });
    expect((await status()).journal).toEqual({ ...stopped, resumedAt: expect.any(Number) });
    expect(await stored('journalHealth')).toEqual({ ...stopped, resumedAt: expect.any(Number) });
    expect((await browser.storage.session.get('journalHealth')).journalHealth).toBeUndefined();
    // Clearing the journal leaves nothing missing to speak of.
    expect(await ask({ type: 'journal/clear' })).toEqual({ ok: true });
    expect((await status()).journal).toBeNull();
  });

  it('tells a write that failed for another reason from a full storage', async () => {
    vi.spyOn(browser.storage.local, 'set').mockRejectedValue(new Error('IO error: .../LOCK: No further data'));
    expect(await ask({ type: 'journal/record', entry }, tab)).toEqual({ ok: false, error: 'write-failed' });
    expect(await ask({ type: 'pause/set', platform: 'x', minutes: null })).toEqual({ ok: false, error: 'write-failed' });
  });
});

describe('the storage budget', () => {
  it('keeps the journal under its budget, the oldest texts first', async () => {
    await ask({ type: 'settings/set-preferences', prefs: { journalKeepText: true, journalCap: 10_000 } });
    const text = 'é'.repeat(5000);
    const old = Array.from({ length: 500 }, (_, i): JournalEntry => ({ ...entry, text, time: i }));
    await browser.storage.local.set({ journal: old });
    expect(jsonBytes(old)).toBeGreaterThan(STORAGE_BUDGET.journal);
    expect(await ask({ type: 'journal/record', entry: { ...entry, text: 'newest' } }, tab)).toEqual({ ok: true });
    const journal = (await stored('journal')) as JournalEntry[];
    expect(jsonBytes(journal)).toBeLessThanOrEqual(STORAGE_BUDGET.journal);
    expect(journal).toHaveLength(501);
    expect(journal[0]!.text).toBeUndefined();
    expect(journal.at(-2)!.text).toBe(text);
    expect(journal.at(-1)!.text).toBe('newest');
  });

  it('keeps the backups under their budget, the newest always', async () => {
    // About 480 KiB of settings each time: seven backups of them would take more than 3 MiB.
    const words = (n: number) => Array.from({ length: 2500 }, (_, i) => `${n}-${'w'.repeat(180)}-${i}`);
    for (let n = 0; n < 8; n++) expect(await ask({ type: 'settings/save', file: { ...file([]), wordLists: [{ name: 'L', words: words(n) }] } })).toMatchObject({ ok: true });
    const backups = (await stored('backups')) as { time: number; settings: Settings }[];
    expect(jsonBytes(backups)).toBeLessThanOrEqual(STORAGE_BUDGET.backups);
    expect(backups.length).toBeGreaterThanOrEqual(1);
    expect(backups.length).toBeLessThan(7);
    // The newest is the settings as they were before the last save.
    expect(backups.at(-1)!.settings.wordLists[0]!.words[0]).toBe(words(6)[0]);
  });

  it('refuses settings past their own budget, saying how large they would be', async () => {
    const words = Array.from({ length: 9_000 }, (_, i) => `${'w'.repeat(190)}${i}`);
    const result = (await ask({ type: 'settings/save', file: { ...file([]), wordLists: [{ name: 'Big', words }] } })) as { ok: boolean; errors: { code: string; params: { bytes: number; max: number } }[] };
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toEqual({ code: 'settings-too-large', path: '', params: { bytes: expect.any(Number), max: STORAGE_BUDGET.settings } });
    expect(result.errors[0]!.params.bytes).toBeGreaterThan(STORAGE_BUDGET.settings);
  });
});

describe('the intended account of a tab', () => {
  it('reaches the tab in the order the choices were made, even when telling the tab is slow', async () => {
    const received: (string | null)[] = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: { accountId: string | null }) => {
      // The first push is slow to arrive: without an order, the later choice would arrive first and be overwritten.
      await new Promise((r) => setTimeout(r, message.accountId === 'x:marie_dupont' ? 30 : 0));
      received.push(message.accountId);
    }) as never);
    await Promise.all([
      ask({ type: 'tab/set-intended', tabId: 3, accountId: 'x:marie_dupont' }),
      ask({ type: 'tab/set-intended', tabId: 3, accountId: 'x:boulangerie_dupont' }),
    ]);
    expect(received).toEqual(['x:marie_dupont', 'x:boulangerie_dupont']);
    expect(await ask({ type: 'tab/get-intended' }, tab)).toEqual({ accountId: 'x:boulangerie_dupont' });
  });
});
