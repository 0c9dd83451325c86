/** The content script's snapshot with the team policy the background keeps under `policy`: merged once per change. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { watchSettings } from '../../../utils/guard/settings-source';
import { defaultSettings } from '../../../utils/settings/defaults';

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

const user = { ...defaultSettings(), guardEnabled: false, accounts: [{ id: 'x:marie', platform: 'x', handle: 'marie', kind: 'personal', protected: false, ownWords: [] }] };
const policy = { accounts: [{ platform: 'x', handle: 'acme', kind: 'brand', protected: true }], allowTurnOff: false };

describe('watchSettings with a team policy', () => {
  it('merges the stored policy at start, and again when it changes or goes', async () => {
    await browser.storage.local.set({ settings: user, policy });
    const source = watchSettings();
    await source.ready;
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:acme', 'x:marie']);
    expect(source.current()!.guardEnabled).toBe(true);
    expect(Object.isFrozen(source.current())).toBe(true);

    await browser.storage.local.set({ policy: { accounts: [{ platform: 'x', handle: 'globex', kind: 'brand' }] } });
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:globex', 'x:marie']);
    expect(source.current()!.guardEnabled).toBe(false);

    await browser.storage.local.set({ policy: null });
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:marie']);
    source.stop();
  });

  it('an invalid policy item is left out; the user settings stay in force', async () => {
    await browser.storage.local.set({ settings: user, policy: { accounts: [{ platform: 'x', handle: 'not a handle', kind: 'brand' }, 'x'], allowTurnOff: 'no' } });
    const source = watchSettings();
    await source.ready;
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:marie']);
    expect(source.current()!.guardEnabled).toBe(false);
    expect(source.askFirst('x')).toBeNull();
    source.stop();
  });

  it('a policy that changes while the first read is on its way is not overwritten by that older read', async () => {
    await browser.storage.local.set({ settings: user });
    const realGet = browser.storage.local.get.bind(browser.storage.local);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(browser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const old = await realGet(keys as string[]);
      await gate;
      return old;
    });
    const source = watchSettings();
    await browser.storage.local.set({ policy });
    // Nothing adopted before the settings are read.
    expect(source.current()).toBeUndefined();
    release();
    await source.ready;
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:acme', 'x:marie']);
    source.stop();
  });
});
