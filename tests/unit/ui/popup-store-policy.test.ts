/** The popup's store with a team policy: the settings it shows are merged, and a pause asks no longer than allowed. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { defaultSettings } from '../../../utils/settings/defaults';
import { readPolicy } from '../../../utils/settings/policy';

const background = vi.fn();
vi.mock('../../../utils/messaging/client', () => ({
  askBackground: (request: unknown) => background(request),
  askTab: async () => {
    throw new Error('no content script');
  },
}));
const { usePopupStore } = await import('../../../utils/ui/popup-store');

let policy: unknown = null;
beforeEach(() => {
  fakeBrowser.reset();
  background.mockReset();
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://example.com/' }] as never);
  background.mockImplementation(async (request: { type: string }) => {
    switch (request.type) {
      case 'settings/get':
        return { ...defaultSettings(), guardEnabled: false };
      case 'policy/get':
        return readPolicy(policy);
      case 'pause/get':
        return {};
      case 'journal/list':
        return [];
      case 'storage/status':
        return null;
      case 'settings/set-guard-enabled':
        return { ok: true, settings: { ...defaultSettings(), guardEnabled: true } };
      default:
        return { ok: true, pauses: {} };
    }
  });
});

describe('the popup store with a team policy', () => {
  it('shows the merged settings and keeps the policy', async () => {
    policy = { accounts: [{ platform: 'x', handle: 'acme', kind: 'brand' }], allowTurnOff: false };
    await usePopupStore.getState().load();
    const { settings, policy: kept } = usePopupStore.getState();
    expect(settings!.guardEnabled).toBe(true);
    expect(settings!.accounts.map((a) => a.id)).toEqual(['x:acme']);
    expect(kept!.allowTurnOff).toBe(false);
    await usePopupStore.getState().setGuard(true, null);
    expect(usePopupStore.getState().settings!.accounts.map((a) => a.id)).toEqual(['x:acme']);
  });

  it('asks for a pause no longer than the policy allows', async () => {
    policy = { maxPauseMinutes: 5 };
    await usePopupStore.getState().load();
    await usePopupStore.getState().pause('x');
    expect(background).toHaveBeenCalledWith({ type: 'pause/set', platform: 'x', minutes: 5 });
    policy = null;
    await usePopupStore.getState().load();
    await usePopupStore.getState().pause('x');
    expect(background).toHaveBeenCalledWith({ type: 'pause/set', platform: 'x', minutes: 15 });
  });
});
