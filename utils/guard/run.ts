/**
 * The second of each site's three content scripts, run once the document is parsed (document_end): the guard itself.
 * It takes the events from the first script's net (./net.ts, at document_start: listeners before the page's) and
 * wires the guard to the browser: settings snapshot, journal messages, the banner's frames and the popup's questions.
 * What does not decide a publish (the ribbon, the hand-off chip, the badge's reports, the page's health) is the third
 * script's, once the page is idle (./extras.ts), which it lends what they need (./page-guard.ts).
 * Everything it starts is undone when this copy steps aside (./lifecycle.ts).
 */
import { browser } from 'wxt/browser';
import type { JournalEntryInput, TabStatus } from '../messaging/protocol';
import { askBackground } from '../messaging/client';
import { guardStatus, type GuardStatus } from '../rules/status';
import { HEALTH_OK, type Platform } from '../types';
import { startGuard } from './guard';
import { createBannerLayer } from './banner-host';
import { watchSettings } from './settings-source';
import { precompiler } from './precompile';
import { takeNet } from './net';
import { identityReader } from './identity';
import type { FrameRole } from '../messaging/frame-protocol';
import { lendGuard, type PageExtras } from './page-guard';
import { listenToExtension } from './extension-messages';

/**
 * Nothing runs when this world has no net of the platform's that still speaks for the extension (its first script did
 * not run, or this copy is an old one cut off).
 */
export function runGuard(platform: Platform) {
  const net = takeNet(platform);
  if (!net) return;
  const { adapter, lifecycle } = net;
  const settings = watchSettings();
  lifecycle.onStop(settings.stop);
  // Each snapshot's rules are compiled in idle time, before the first publish needs them.
  const rules = precompiler(window);
  settings.onAdopt((s) => rules.compile(s));
  lifecycle.onStop(rules.stop);
  // The account the user said this tab is for (popup). Kept here because the guard decides synchronously.
  let intended: string | null = null;
  // Set once the popup told this tab, so that the answer to our own question, older, never overwrites it.
  let intendedTold = false;
  // Our in-page UI is drawn by extension frames, in the user's language (read at each use: a change applies at once).
  const language = () => settings.current()?.language ?? 'auto';
  const frameUrl = (ui: FrameRole) => `${browser.runtime.getURL('/in-page.html')}?ui=${ui}`;
  const record = (entry: JournalEntryInput) => void askBackground({ type: 'journal/record', entry }).catch(() => undefined);
  // One identity reader for the page: the session it was rendered for is read once, now, as the page is parsed.
  const read = identityReader(adapter);
  // The ribbon, the chip, the badge's reports and the page's health, once the third script lends them (./extras.ts).
  let extras: PageExtras | null = null;
  const pageHealth = () => extras?.health() ?? HEALTH_OK;
  const guard = startGuard(adapter, {
    win: window,
    net,
    settings,
    read,
    intendedAccountId: () => intended,
    record,
    banners: createBannerLayer(document, frameUrl('banner')),
    onUnclassified: (event, path) => extras?.unclassified(event, path),
    onIdentitySeen: (composer) => extras?.seen(composer),
    handOff: (platform, accountId, text) => void askBackground({ type: 'handoff/offer', platform, accountId, text }).catch(() => undefined),
  });
  lifecycle.onStop(guard.stop);
  lendGuard({ adapter, lifecycle, settings, read, record, status: () => guard.status(), frameUrl, language, extend: (lent) => void (extras = lent), extended: () => extras !== null });
  void askBackground({ type: 'tab/get-intended' })
    .then((r) => void (intendedTold || (intended = r?.accountId ?? null)))
    .catch(() => undefined);

  listenToExtension((request) => {
    if (request.type === 'tab/intended-changed') {
      intended = request.accountId;
      intendedTold = true;
      return { ok: true };
    }
    if (request.type !== 'tab/status') return undefined;
    const { settings: current, ...reading } = guard.status();
    const status = guardStatus(current, platform, reading, settings.pausedUntil(platform), Date.now(), { askFirst: settings.askFirst(platform), health: pageHealth() });
    return tabStatus(status, platform, intended);
  }, lifecycle);
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
    ...(status.health.state !== 'ok' ? { health: status.health } : {}),
  };
}
