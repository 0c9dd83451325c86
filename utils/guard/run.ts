/**
 * The second of each site's two content scripts, run once the document is parsed (document_end): the guard itself.
 * It takes the events from the first script's net (./net.ts, at document_start: listeners before the page's) and
 * wires the guard to the browser: settings snapshot, journal messages, the in-page frames (banner, ribbon), the
 * popup's status query, the identity reports that draw the toolbar badge, the identity ribbon on the focused
 * composer, and the page's health (./health.ts: the popup's "Check this page" and "Report a broken page" too).
 * Everything it starts is undone when this copy steps aside (./lifecycle.ts).
 */
import { browser } from 'wxt/browser';
import type { HealthSpec } from '../platforms/health';
import { parseContentRequest, type JournalEntryInput, type TabStatus } from '../messaging/protocol';
import { askBackground } from '../messaging/client';
import { guardStatus, type GuardStatus } from '../rules/status';
import { HEALTH_OK, type Platform } from '../types';
import { startGuard } from './guard';
import { startRibbon } from './ribbon';
import { ribbonFrameSurface } from './ribbon-frame';
import { createBannerLayer } from './banner-host';
import { watchSettings } from './settings-source';
import { precompiler } from './precompile';
import type { Lifecycle } from './lifecycle';
import { takeNet } from './net';
import { startTabReports } from './tab-report';
import { startHandOffChip } from './handoff-chip';
import { identityReader } from './identity';
import { hasFocus } from './focus';
import type { FrameRole } from '../messaging/frame-protocol';
import { startHealth } from './health';

/**
 * `health`: what the platform's page must show (utils/platforms/<platform>/health.ts); without it, no health check.
 * Nothing runs when this world has no net of the platform's that still speaks for the extension (its first script did
 * not run, or this copy is an old one cut off).
 */
export function runGuard(platform: Platform, health?: HealthSpec) {
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
  // The page's health: its adapter notices publish-labelled clicks no finder classified; the badge follows its changes.
  const guarded = () => {
    const current = settings.current();
    return !!current && current.guardEnabled && current.accounts.some((a) => a.platform === adapter.platform);
  };
  const monitor = health ? startHealth(adapter, { win: window, spec: health, record, changed: () => reports?.report(), guarded, read }) : null;
  const pageHealth = () => monitor?.current() ?? HEALTH_OK;
  // Started once the page's document is parsed (below): at document_start there is no composer to draw by, and the
  // page's own start is not held up by them.
  let ribbon: ReturnType<typeof startRibbon> | undefined;
  let chip: ReturnType<typeof startHandOffChip> | undefined;
  let reports: ReturnType<typeof startTabReports> | undefined;
  const guard = startGuard(monitor?.adapter ?? adapter, {
    win: window,
    net,
    settings,
    lifecycle,
    read,
    intendedAccountId: () => intended,
    record,
    banners: createBannerLayer(document, frameUrl('banner')),
    onIdentitySeen: (composer) => {
      monitor?.seen(composer);
      reports?.report();
      ribbon?.seen(composer);
      if (chip && composer && hasFocus(composer)) {
        const { platform } = adapter;
        const status = guardStatus(settings.current(), platform, read(composer), settings.pausedUntil(platform), Date.now());
        chip.seen(composer, status.account);
      }
    },
    handOff: (platform, accountId, text) => void askBackground({ type: 'handoff/offer', platform, accountId, text }).catch(() => undefined),
  });
  lifecycle.onStop(guard.stop);
  afterParse(window, lifecycle, () => {
    void askBackground({ type: 'tab/get-intended' })
      .then((r) => void (intendedTold || (intended = r?.accountId ?? null)))
      .catch(() => undefined);
    ribbon = startRibbon(adapter, { win: window, settings, surface: ribbonFrameSurface(document, frameUrl('ribbon'), language), health: pageHealth, read });
    lifecycle.onStop(ribbon.stop);
    chip = startHandOffChip({ doc: document, frameUrl: frameUrl('chip'), platform: adapter.platform, language, ask: askBackground, editorOf: (c) => adapter.editorOf(c) });
    lifecycle.onStop(chip.stop);
    reports = startTabReports({ platform: adapter.platform, settings, lifecycle, reading: () => guard.status(), health: pageHealth });
  });

  // Answered synchronously through sendResponse, which Chrome and Firefox both take as they are: the content scripts use
  // the browsers' own API, with no polyfill (wxt.config.ts), and Chrome does not take a returned promise everywhere.
  const answer = (message: unknown, sender: { id?: string }): object | undefined => {
    // Only our own extension talks to us (runtime messages never come from web pages).
    if (!lifecycle.alive() || sender.id !== browser.runtime.id) return undefined;
    const request = parseContentRequest(message);
    if (!request) return undefined;
    if (request.type === 'tab/intended-changed') {
      intended = request.accountId;
      intendedTold = true;
      return { ok: true };
    }
    // Asked by the user in the popup: read the page now (counts, names and structure only).
    if (request.type === 'tab/check' || request.type === 'tab/skeleton') {
      if (!monitor) return undefined;
      return request.type === 'tab/check' ? monitor.check() : monitor.skeleton();
    }
    const { settings: current, ...reading } = guard.status();
    const { platform } = adapter;
    const status = guardStatus(current, platform, reading, settings.pausedUntil(platform), Date.now(), { askFirst: settings.askFirst(platform), health: pageHealth() });
    return tabStatus(status, platform, intended);
  };
  const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => {
    const response = answer(message, sender);
    if (response !== undefined) sendResponse(response);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  lifecycle.onStop(() => browser.runtime.onMessage.removeListener(onMessage));
}

/**
 * Runs `start` once the document is parsed (DOMContentLoaded), or now when it already is (a copy injected into an
 * open tab). Nothing of it runs if this copy steps aside first.
 */
function afterParse(win: Window, lifecycle: Pick<Lifecycle, 'onStop'>, start: () => void) {
  if (win.document.readyState !== 'loading') return start();
  const onParsed = () => start();
  win.document.addEventListener('DOMContentLoaded', onParsed, { once: true });
  lifecycle.onStop(() => win.document.removeEventListener('DOMContentLoaded', onParsed));
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
