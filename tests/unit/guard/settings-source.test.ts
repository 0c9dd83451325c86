/** The content script's settings snapshot: what cannot be read never makes the guard allow more. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { watchSettings } from '../../../utils/guard/settings-source';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

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
    await browser.storage.local.set({ settings: { schemaVersion: 2, accounts: 'not a list' } });
    const broken = watchSettings();
    await broken.ready;
    expect(broken.askFirst('x')).toBe('settings-unreadable');
    broken.stop();
    await browser.storage.local.set({ settings: { schemaVersion: 2, accounts: [], wordLists: [] } });
    const fine = watchSettings();
    await fine.ready;
    expect(fine.askFirst('x')).toBeNull();
    fine.stop();
  });
});
