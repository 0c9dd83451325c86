/**
 * The content script's settings with the team policy: the background merges the policy it keeps under `policy` into
 * the guard's snapshot, once per change of either (utils/background/service.ts); the content script reads the result.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { watchSettings } from '../../../utils/guard/settings-source';
import { defaultSettings } from '../../../utils/settings/defaults';
import { ensureGuardSnapshot, refreshPolicy } from '../../../utils/background/service';

beforeEach(() => fakeBrowser.reset());

/**
 * What an administrator pushes, as the background takes it in: the managed storage changes, the background reads it
 * (refreshPolicy), and writes the policy and the snapshot together.
 */
async function push(policy: unknown) {
  await fakeBrowser.storage.managed.clear();
  if (policy !== null) await fakeBrowser.storage.managed.set(policy as Record<string, unknown>);
  await refreshPolicy();
}
afterEach(() => vi.restoreAllMocks());

const user = { ...defaultSettings(), guardEnabled: false, accounts: [{ id: 'x:marie', platform: 'x', handle: 'marie', kind: 'personal', protected: false, ownWords: [] }] };
const policy = { accounts: [{ platform: 'x', handle: 'acme', kind: 'brand', protected: true }], allowTurnOff: false };

describe('watchSettings with a team policy', () => {
  it('merges the stored policy at start, and again when it changes or goes', async () => {
    await browser.storage.local.set({ settings: user });
    await push(policy);
    const source = watchSettings();
    await source.ready;
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:acme', 'x:marie']);
    expect(source.current()!.guardEnabled).toBe(true);
    expect(Object.isFrozen(source.current())).toBe(true);

    await push({ accounts: [{ platform: 'x', handle: 'globex', kind: 'brand' }] });
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:globex', 'x:marie']);
    expect(source.current()!.guardEnabled).toBe(false);

    await push(null);
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:marie']);
    source.stop();
  });

  it('an invalid policy item is left out; the user settings stay in force', async () => {
    await browser.storage.local.set({ settings: user });
    await push({ accounts: [{ platform: 'x', handle: 'not a handle', kind: 'brand' }, 'x'], allowTurnOff: 'no' });
    const source = watchSettings();
    await source.ready;
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:marie']);
    expect(source.current()!.guardEnabled).toBe(false);
    expect(source.askFirst('x')).toBeNull();
    source.stop();
  });

  it('a policy that changes while the first read is on its way is not overwritten by that older read', async () => {
    await browser.storage.local.set({ settings: user });
    await ensureGuardSnapshot();
    const realGet = browser.storage.local.get.bind(browser.storage.local);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    vi.spyOn(browser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const old = await realGet(keys as string[]);
      await gate;
      return old;
    });
    const source = watchSettings();
    await push(policy);
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:acme', 'x:marie']);
    release();
    await source.ready;
    expect(source.current()!.accounts.map((a) => a.id)).toEqual(['x:acme', 'x:marie']);
    source.stop();
  });
});
