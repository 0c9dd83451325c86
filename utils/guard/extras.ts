/**
 * The third of each site's content scripts, once the page is idle (document_idle): what helps but never decides a
 * publish. The identity ribbon on the focused composer (./ribbon.ts), the draft hand-off chip (./handoff-chip.ts), the
 * identity reports that draw the toolbar badge (./tab-report.ts), and the page's health (./health.ts: degraded
 * readings, the popup's "Check this page" and "Report a broken page"). It takes what it needs from the page's guard
 * (./page-guard.ts) and plugs back in; until then, the guard decides every publish as it always does, and the page's
 * health reads "ok".
 */
import type { HealthSpec } from '../platforms/health';
import { guardStatus } from '../rules/status';
import { HEALTH_OK, type Platform } from '../types';
import { askBackground } from '../messaging/client';
import { startRibbon } from './ribbon';
import { ribbonFrameSurface } from './ribbon-frame';
import { startTabReports } from './tab-report';
import { startHandOffChip } from './handoff-chip';
import { deepActive, hasFocus } from './focus';
import { startHealth, type HealthMonitor } from './health';
import { takeGuard, type PageExtras } from './page-guard';
import { listenToExtension } from './extension-messages';

/** `health`: what the platform's page must show (utils/platforms/<platform>/health.ts); without it, no health check. */
export function runExtras(platform: Platform, health?: HealthSpec): void {
  const guard = takeGuard(platform);
  if (!guard) return;
  const { adapter, lifecycle, settings, read, record, language, frameUrl } = guard;
  // A degraded page is journaled only where the guard protects something (on, with accounts on this platform).
  const guarded = () => guardStatus(settings.current(), platform, { identity: null }, null, Date.now()).guard === 'on';
  let monitor: HealthMonitor | null = null;
  const pageHealth = () => monitor?.current() ?? HEALTH_OK;
  const reports = startTabReports({ platform, settings, lifecycle, reading: () => guard.status(), health: pageHealth });
  if (health) monitor = startHealth(adapter, { win: window, spec: health, record, changed: () => reports.report(), guarded, read });
  const ribbon = startRibbon(adapter, { win: window, settings, surface: ribbonFrameSurface(document, frameUrl('ribbon'), language), health: pageHealth, read });
  lifecycle.onStop(ribbon.stop);
  const chip = startHandOffChip({ doc: document, frameUrl: frameUrl('chip'), platform, language, ask: askBackground, editorOf: (c) => adapter.editorOf(c) });
  lifecycle.onStop(chip.stop);

  const extras: PageExtras = {
    seen(composer) {
      monitor?.seen(composer);
      reports.report();
      ribbon.seen(composer);
      if (composer && hasFocus(composer)) {
        const status = guardStatus(settings.current(), platform, read(composer), settings.pausedUntil(platform), Date.now());
        chip.seen(composer, status.account);
      }
    },
    unclassified: (event, path) => monitor?.unclassified(event, path),
    health: pageHealth,
  };
  guard.extend(extras);
  // The composer the user is already in (the page was still loading): shown for now, not at the next focus.
  const active = deepActive(document);
  const composer = active ? adapter.composerOf([active]) : null;
  if (composer) extras.seen(composer);

  // Asked by the user in the popup: read the page now (counts, names and structure only).
  listenToExtension((request) => {
    if (!monitor || (request.type !== 'tab/check' && request.type !== 'tab/skeleton')) return undefined;
    return request.type === 'tab/check' ? monitor.check() : monitor.skeleton();
  }, lifecycle);
}
