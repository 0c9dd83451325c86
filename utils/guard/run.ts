/** Wires the guard to the browser: settings snapshot, journal messages, translations, the popup's status query. */
import { browser } from 'wxt/browser';
import type { PlatformAdapter } from '../platforms/adapter';
import { parseContentRequest, type TabStatus } from '../messaging/protocol';
import { askBackground } from '../messaging/client';
import { matchAccount } from '../rules/engine';
import { t } from '../i18n-browser';
import { startGuard } from './guard';
import { watchSettings } from './settings-source';

export function runGuard(adapter: PlatformAdapter) {
  const settings = watchSettings();
  const guard = startGuard(adapter, {
    win: window,
    settings,
    intendedAccountId: () => null,
    record: (entry) => void askBackground({ type: 'journal/record', entry }).catch(() => undefined),
    t,
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!parseContentRequest(message)) return undefined;
    const { identity, problem, settings: current } = guard.status();
    const accounts = current?.accounts.filter((a) => a.platform === adapter.platform) ?? [];
    const status: TabStatus = {
      platform: adapter.platform,
      identity,
      problem,
      accountId: identity ? (matchAccount(accounts, identity)?.id ?? null) : null,
      platformConfigured: accounts.length > 0,
      guardEnabled: current?.guardEnabled ?? true,
    };
    return Promise.resolve(status);
  });
}
