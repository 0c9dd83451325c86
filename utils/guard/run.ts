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
  // The account the user said this tab is for (popup). Kept here because the guard decides synchronously.
  let intended: string | null = null;
  void askBackground({ type: 'tab/get-intended' })
    .then((r) => (intended = r?.accountId ?? null))
    .catch(() => undefined);
  const guard = startGuard(adapter, {
    win: window,
    settings,
    intendedAccountId: () => intended,
    record: (entry) => void askBackground({ type: 'journal/record', entry }).catch(() => undefined),
    t,
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    // Only our own extension talks to us (runtime messages never come from web pages).
    if (sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    if (request.type === 'tab/intended-changed') {
      intended = request.accountId;
      return Promise.resolve({ ok: true });
    }
    const { identity, problem, settings: current } = guard.status();
    const accounts = current?.accounts.filter((a) => a.platform === adapter.platform) ?? [];
    const status: TabStatus = {
      platform: adapter.platform,
      identity,
      problem,
      accountId: identity ? (matchAccount(accounts, identity)?.id ?? null) : null,
      platformConfigured: accounts.length > 0,
      guardEnabled: current?.guardEnabled ?? true,
      intendedAccountId: intended,
    };
    return Promise.resolve(status);
  });
}
