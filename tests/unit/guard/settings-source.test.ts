/**
 * The content script's settings: the guard's snapshot, as the background writes it (utils/background/service.ts), read
 * by the content script (utils/guard/settings-source.ts). What cannot be read never makes the guard allow more.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { watchSettings } from '../../../utils/guard/settings-source';
import { ensureGuardSnapshot } from '../../../utils/background/service';
import { GUARD_SNAPSHOT_FORMAT } from '../../../utils/settings/snapshot';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

/** A stored record, then the background's start (which writes the snapshot of what is stored). */
async function stored(items: Record<string, unknown>) {
  await browser.storage.local.set(items);
  await ensureGuardSnapshot();
}

describe('watchSettings', () => {
  it('a storage that cannot be read: ready still resolves (nothing held forever), and every platform asks first', async () => {
    vi.spyOn(browser.storage.local, 'get').mockRejectedValue(new Error('IO error'));
    const source = watchSettings();
    await expect(source.ready).resolves.toBeTruthy();
    expect(source.askFirst('x')).toBe('settings-unreadable');
    expect(source.askFirst('linkedin')).toBe('settings-unreadable');
    source.stop();
  });

  it('an unreadable record asks first; a readable one does not', async () => {
    await stored({ settings: { schemaVersion: 2, accounts: 'not a list' } });
    const broken = watchSettings();
    await broken.ready;
    expect(broken.askFirst('x')).toBe('settings-unreadable');
    broken.stop();
    await stored({ settings: { schemaVersion: 2, accounts: [], wordLists: [] } });
    const fine = watchSettings();
    await fine.ready;
    expect(fine.askFirst('x')).toBeNull();
    fine.stop();
  });

  it('no snapshot at all (a version that has none wrote the storage, the background has not started yet): every platform asks first', async () => {
    await browser.storage.local.set({ settings: { schemaVersion: 2, accounts: [], wordLists: [] } });
    const source = watchSettings();
    await source.ready;
    for (const platform of ['x', 'facebook', 'linkedin', 'instagram'] as const) expect(source.askFirst(platform)).toBe('settings-unreadable');
    expect(source.current()!.guardEnabled).toBe(true);
    // Once the background has written it, the guard decides on it.
    await ensureGuardSnapshot();
    expect(source.askFirst('x')).toBeNull();
    source.stop();
  });

  it('a snapshot of another format (a newer version wrote it before a downgrade) or of the wrong shape asks first', async () => {
    await stored({ settings: { schemaVersion: 2, accounts: [], wordLists: [] } });
    const { guardSnapshot } = await browser.storage.local.get('guardSnapshot');
    expect((guardSnapshot as { format: number }).format).toBe(GUARD_SNAPSHOT_FORMAT);
    const source = watchSettings();
    await source.ready;
    expect(source.askFirst('x')).toBeNull();
    const seen: unknown[] = [];
    source.onAdopt((s) => seen.push(s));
    for (const other of [
      { ...(guardSnapshot as object), format: GUARD_SNAPSHOT_FORMAT + 1 },
      { ...(guardSnapshot as object), failClosed: 'no' },
      { ...(guardSnapshot as object), settings: { ...(guardSnapshot as { settings: object }).settings, accounts: [{ id: 'x:a', platform: 'myspace' }] } },
      'not a snapshot',
    ]) {
      await fakeBrowser.storage.local.set({ guardSnapshot: other });
      expect(source.askFirst('x'), JSON.stringify(other)).toBe('settings-unreadable');
      expect(source.current()!.accounts).toEqual([]);
    }
    // The same, when it is what the first read finds.
    const late = watchSettings();
    await late.ready;
    expect(late.askFirst('instagram')).toBe('settings-unreadable');
    late.stop();
    // Removed (a write that failed takes the old one away): asks first too.
    await fakeBrowser.storage.local.remove('guardSnapshot');
    expect(source.askFirst('x')).toBe('settings-unreadable');
    expect(seen).toHaveLength(5);
    source.stop();
  });

  it('round trip: what the background reads is what the guard decides on, frozen, and an edit reaches it', async () => {
    const account = { id: 'x:marie', platform: 'x', handle: 'marie', name: 'Marie', kind: 'personal', protected: true, ownWords: ['#marie'], exceptions: ['zut'], group: 'Dupont', confirmDelay: 0 };
    const list = { id: 'l1', name: 'Mots', words: ['zut', 'flûte'], appliesTo: ['personal'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: [] };
    const off = { ...list, id: 'l2', name: 'Éteinte', enabled: false };
    await stored({ settings: { schemaVersion: 2, accounts: [account], wordLists: [list, off], language: 'fr', journalKeepText: true, pauseSparesProtected: false } });
    const source = watchSettings();
    const settings = await source.ready;
    expect(settings.accounts).toEqual([account]);
    // A list switched off never travels to the pages.
    expect(settings.wordLists).toEqual([list]);
    expect(settings).toMatchObject({ language: 'fr', journalKeepText: true, pauseSparesProtected: false, guardEnabled: true, unknownIdentity: 'confirm' });
    expect(Object.isFrozen(settings)).toBe(true);
    expect(source.askFirst('x')).toBeNull();
    // An edit through the background: the snapshot lands with the record, in the same write.
    const { handleMessage } = await import('../../../utils/background/service');
    const page = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/') + 'options.html' };
    const set = vi.spyOn(browser.storage.local, 'set');
    await handleMessage({ type: 'settings/set-preferences', prefs: { unknownIdentity: 'allow' } }, page);
    expect(set.mock.calls.some(([items]) => 'settings' in items && 'guardSnapshot' in items)).toBe(true);
    expect(source.current()!.unknownIdentity).toBe('allow');
    expect(source.current()!.accounts).toEqual([account]);
    source.stop();
  });
});
