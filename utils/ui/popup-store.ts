/** State of the popup: the active tab's guard status, asked from the tab's content script. */
import { create } from 'zustand';
import { browser } from 'wxt/browser';
import type { Settings } from '../types';
import type { TabStatus } from '../messaging/protocol';
import { askBackground, askTab } from '../messaging/client';

export type TabState = { kind: 'loading' } | { kind: 'unsupported' } | { kind: 'no-content-script' } | { kind: 'guarded'; status: TabStatus };

interface PopupState {
  tab: TabState;
  tabId: number | null;
  settings: Settings | null;
  load(): Promise<void>;
  setGuardEnabled(enabled: boolean): Promise<void>;
  setIntended(accountId: string | null): Promise<void>;
}

export const usePopupStore = create<PopupState>((set, get) => ({
  tab: { kind: 'loading' },
  tabId: null,
  settings: null,
  async load() {
    set({ settings: await askBackground({ type: 'settings/get' }) });
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return set({ tab: { kind: 'unsupported' } });
    set({ tabId: tab.id });
    try {
      set({ tab: { kind: 'guarded', status: await askTab(tab.id, { type: 'tab/status' }) } });
    } catch {
      // No content script answered: either not one of the four sites, or a tab opened before the extension.
      const url = tab.url ?? '';
      set({ tab: { kind: /^https:\/\/([a-z]+\.)?(x|twitter|facebook|linkedin|instagram)\.com\//.test(url) ? 'no-content-script' : 'unsupported' } });
    }
  },
  async setIntended(accountId) {
    const { tabId } = get();
    if (tabId === null) return;
    await askBackground({ type: 'tab/set-intended', tabId, accountId });
    await get().load();
  },
  async setGuardEnabled(enabled) {
    set({ settings: await askBackground({ type: 'settings/set-guard-enabled', enabled }) });
    await get().load();
  },
}));
