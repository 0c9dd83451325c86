/**
 * The identity ribbon in the page: while a composer has the focus, a slim band attached above its editor says who a
 * publish would go out as, and changes the moment that changes.
 *
 * - Shown when the guard reports a focused composer (GuardEnv.onIdentitySeen, on focusin and after each attempt),
 *   only on a platform with configured accounts and while the guard is switched on. While the guard is paused it
 *   stays, with a "paused" mark: it blocks nothing, so it is not what a pause silences, and during a pause it is
 *   the only safeguard left.
 * - The identity is re-read on focus, on `input` in that composer (at most once per animation frame) and on a light
 *   timer while the composer is focused: a comment box's own actor picker or an account switch in another tab
 *   changes it without any event here.
 * - Hidden when the focus moves out of the composer (next focusin, or the timer for a focus lost to the page
 *   body) or when the composer is removed (the timer). Nothing runs while no composer is focused: the listeners
 *   and the timer exist only while the ribbon is shown.
 * - Layout: drawn by a surface (./ribbon-frame.ts: an extension frame in a closed shadow root, so the page can read
 *   nothing of it) of a fixed height; the editor's rect is read once per frame and never affects the page's layout.
 *   It lets the pointer through.
 * - Screen readers: the frame holds a role="status" region whose text only changes when the identity does (so
 *   typing is silent).
 */
import type { RibbonView } from '@/utils/messaging/frame-protocol';
import { HANDLE_PATTERNS, type PageHealth } from '../types';
import type { PlatformAdapter } from '../platforms/adapter';
import type { SettingsSource } from './guard';
import { guardStatus, type GuardStatus } from '../rules/status';
import { accountColor } from '../format';
import { identityReader } from './identity';
import { deepActive, within } from './focus';

/** While a composer is focused, how often its identity is re-read (a few selector lookups). */
export const RIBBON_POLL_MS = 500;
const GAP = 2;
const MARGIN = 4;

export interface RibbonPlace {
  top: number;
  left: number;
  width: number;
  height: number;
  /** The editor is scrolled out of the window (or not laid out): drawn, but not shown. */
  offscreen: boolean;
}

/** Where the ribbon is drawn: an extension frame in the page (./ribbon-frame.ts); tests draw it themselves. */
export interface RibbonSurface {
  /** Shows this view at this place; `composer` tells the layer (a modal dialog's top layer, or the page). */
  show(view: RibbonView, place: RibbonPlace, composer: Element): void;
  hide(): void;
  stop(): void;
}

/** The ribbon's height: fixed, so that its host's size says nothing of who it names. */
export const RIBBON_HEIGHT = 24;

export interface RibbonEnv {
  win: Window;
  settings: SettingsSource;
  surface: RibbonSurface;
  now?: () => number;
  /** Schedules a callback before the next paint (tests replace it). */
  frame?: (callback: () => void) => void;
  pollMs?: number;
  /** The page's health now (./health.ts), for the ribbon's "degraded" mark; ok when absent. */
  health?: () => PageHealth;
}

export interface RibbonController {
  /** The guard saw this composer (focused, or just used): show the ribbon on it if it has the focus. */
  seen(composer: Element | null): void;
  stop(): void;
}

/** What the ribbon shows for the tab's guard status, or null when it should not show at all. Pure. */
export function ribbonView(status: GuardStatus): RibbonView | null {
  if (status.guard !== 'on') return null;
  const { identity, account, paused } = status;
  const base = { kind: null, color: null, problem: null, paused, ...(status.degraded ? { degraded: true } : {}) };
  if (status.askFirst) return { ...base, tone: 'unknown', name: null, handle: null, askFirst: true };
  if (!identity) return { ...base, tone: 'unknown', name: null, handle: null, problem: status.problem ?? 'no-identity-signal' };
  // Facebook and LinkedIn "handles" are numeric ids or slugs: the name says more there.
  const usernames = identity.platform in HANDLE_PATTERNS;
  const rawHandle = usernames ? (account?.handle ?? identity.handle) : undefined;
  const name = account?.name?.trim() || identity.name?.trim() || null;
  const handle = rawHandle ? `@${rawHandle}` : null;
  const shown = { name: name ?? (handle ? null : (identity.handle ?? account?.handle ?? null)), handle };
  if (!account) return { ...base, ...shown, tone: 'unregistered' };
  return { ...base, ...shown, tone: account.protected ? 'protected' : account.kind, kind: account.kind, color: accountColor(account) };
}

export function startRibbon(adapter: PlatformAdapter, env: RibbonEnv): RibbonController {
  const { win, surface } = env;
  const doc = win.document;
  const now = env.now ?? Date.now;
  const frame = env.frame ?? ((callback: () => void) => void win.requestAnimationFrame(callback));
  const read = identityReader(adapter);

  let composer: Element | null = null;
  let timer: ReturnType<typeof setInterval> | undefined;
  let frameQueued = false;
  let stopped = false;

  const schedule = () => {
    if (frameQueued || !composer) return;
    frameQueued = true;
    frame(() => {
      frameQueued = false;
      update();
    });
  };
  const onFocusIn = (event: Event) => {
    // Focus went somewhere else than this composer (and not to us): the user left it.
    if (composer && !event.composedPath().includes(composer)) hide();
  };
  const onTick = () => {
    if (doc.visibilityState === 'hidden') return;
    if (!composer || !composer.isConnected || !within(composer, deepActive(doc))) return hide();
    update();
  };

  function show(target: Element) {
    if (composer !== target) {
      hide();
      composer = target;
      composer.addEventListener('input', schedule);
      win.addEventListener('focusin', onFocusIn, true);
      win.addEventListener('scroll', schedule, { capture: true, passive: true });
      win.addEventListener('resize', schedule, { passive: true });
      timer = setInterval(onTick, env.pollMs ?? RIBBON_POLL_MS);
    }
    schedule();
  }

  function hide() {
    if (composer) {
      composer.removeEventListener('input', schedule);
      win.removeEventListener('focusin', onFocusIn, true);
      win.removeEventListener('scroll', schedule, { capture: true } as EventListenerOptions);
      win.removeEventListener('resize', schedule);
      clearInterval(timer);
      timer = undefined;
      composer = null;
    }
    surface.hide();
  }

  /** One frame: re-read the identity, then read the editor's rect once and show the ribbon there. */
  function update() {
    if (!composer || stopped) return;
    if (!composer.isConnected) return hide();
    const { platform } = adapter;
    const more = { askFirst: env.settings.askFirst?.(platform) ?? null, ...(env.health ? { health: env.health() } : {}) };
    const status = guardStatus(env.settings.current(), platform, read(composer), env.settings.pausedUntil(platform), now(), more);
    const view = ribbonView(status);
    if (!view) return surface.hide();
    surface.show(view, placeAbove(adapter.editorOf(composer) ?? composer, win), composer);
  }

  return {
    seen(target) {
      if (stopped || !target || !target.isConnected) return;
      // After a publish attempt the focus may be elsewhere (a closed banner): show only where the user types.
      if (!within(target, deepActive(doc))) return;
      show(target);
    },
    stop() {
      hide();
      stopped = true;
      surface.stop();
    },
  };
}

/**
 * Where the ribbon goes: just above the editor (below it when there is no room above), as wide as the editor and a
 * little more, inside the window. One layout read.
 */
export function placeAbove(anchor: Element, win: Window): RibbonPlace {
  const rect = anchor.getBoundingClientRect();
  const viewport = { width: win.innerWidth, height: win.innerHeight };
  const offscreen = rect.width === 0 || rect.bottom < 0 || rect.top > viewport.height;
  let top = rect.top - RIBBON_HEIGHT - GAP;
  if (top < MARGIN) top = rect.bottom + GAP;
  const width = Math.min(viewport.width - 2 * MARGIN, Math.max(280, Math.round(rect.width) + 120));
  const left = Math.max(MARGIN, Math.min(rect.left, viewport.width - width - MARGIN));
  return { top: Math.round(top), left: Math.round(left), width, height: RIBBON_HEIGHT, offscreen };
}
