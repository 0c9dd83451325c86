/**
 * Wires the guard to the browser: settings snapshot, journal messages, the in-page frames (banner, ribbon), the
 * popup's status query, the identity reports that draw the toolbar badge, and the identity ribbon on the focused
 * composer. Everything it starts is undone when this copy steps aside (./lifecycle.ts).
 */
import { browser } from 'wxt/browser';
import type { PlatformAdapter } from '../platforms/adapter';
import { parseContentRequest, type TabStatus } from '../messaging/protocol';
import { askBackground } from '../messaging/client';
import { guardStatus, type GuardStatus } from '../rules/status';
import type { Platform } from '../types';
import { startGuard } from './guard';
import { startRibbon } from './ribbon';
import { ribbonFrameSurface } from './ribbon-frame';
import { createBannerLayer } from './banner-host';
import { watchSettings } from './settings-source';
import { startLifecycle } from './lifecycle';
import { startTabReports } from './tab-report';
import { startHandOffChip } from './handoff-chip';
import { identityReader } from './identity';
import { hasFocus } from './focus';
import type { FrameRole } from '../messaging/frame-protocol';

export function runGuard(adapter: PlatformAdapter) {
  const lifecycle = startLifecycle({ win: window, connected: () => !!browser.runtime?.id });
  const settings = watchSettings();
  lifecycle.onStop(settings.stop);
  // The account the user said this tab is for (popup). Kept here because the guard decides synchronously.
  let intended: string | null = null;
  void askBackground({ type: 'tab/get-intended' })
    .then((r) => (intended = r?.accountId ?? null))
    .catch(() => undefined);
  // Our in-page UI is drawn by extension frames, in the user's language (read at each use: a change applies at once).
  const language = () => settings.current()?.language ?? 'auto';
  const frameUrl = (ui: FrameRole) => `${browser.runtime.getURL('/in-page.html')}?ui=${ui}`;
  const ribbon = startRibbon(adapter, { win: window, settings, surface: ribbonFrameSurface(document, frameUrl('ribbon'), language) });
  lifecycle.onStop(ribbon.stop);
  const read = identityReader(adapter);
  const chip = startHandOffChip({ doc: document, frameUrl: frameUrl('chip'), platform: adapter.platform, language, ask: askBackground, editorOf: (c) => adapter.editorOf(c) });
  lifecycle.onStop(chip.stop);
  const guard = startGuard(adapter, {
    win: window,
    settings,
    lifecycle,
    intendedAccountId: () => intended,
    record: (entry) => void askBackground({ type: 'journal/record', entry }).catch(() => undefined),
    banners: createBannerLayer(document, frameUrl('banner')),
    onIdentitySeen: (composer) => {
      reports.report();
      ribbon.seen(composer);
      if (composer && hasFocus(composer)) {
        const { platform } = adapter;
        const status = guardStatus(settings.current(), platform, read(composer), settings.pausedUntil(platform), Date.now());
        chip.seen(composer, status.account);
      }
    },
    handOff: (platform, accountId, text) => void askBackground({ type: 'handoff/offer', platform, accountId, text }).catch(() => undefined),
  });
  lifecycle.onStop(guard.stop);
  const reports = startTabReports({ platform: adapter.platform, settings, lifecycle, reading: () => guard.status() });

  const onMessage = (message: unknown, sender: { id?: string }) => {
    // Only our own extension talks to us (runtime messages never come from web pages).
    if (!lifecycle.alive() || sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    if (request.type === 'tab/intended-changed') {
      intended = request.accountId;
      return Promise.resolve({ ok: true });
    }
    const { settings: current, ...reading } = guard.status();
    const { platform } = adapter;
    return Promise.resolve(tabStatus(guardStatus(current, platform, reading, settings.pausedUntil(platform), Date.now(), settings.askFirst(platform)), platform, intended));
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifecycle.onStop(() => browser.runtime.onMessage.removeListener(onMessage));
}

/** The popup's view of this tab, from the tab's guard status. */
function tabStatus(status: GuardStatus, platform: Platform, intendedAccountId: string | null): TabStatus {
  return {
    platform,
    identity: status.identity,
    ...(status.problem ? { problem: status.problem } : {}),
    accountId: status.account?.id ?? null,
    platformConfigured: status.accounts.length > 0,
    guardEnabled: status.guard !== 'off',
    intendedAccountId,
    pausedUntil: status.pausedUntil,
  };
}
