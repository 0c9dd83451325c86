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
import { identityReader, type IdentityReader } from './identity';
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
  /** The identity reader of this page (./identity.ts: one per page, its session key read at page start). */
  read?: IdentityReader;
}

export interface RibbonController {
  /** The guard saw this composer (focused, or just used): show the ribbon on it if it has the focus. */
  seen(composer: Element | null): void;
  stop(): void;
}

/**
 * What the ribbon shows for the tab's guard status, or null when it should not show at all. Pure. Switched off, it
 * still names who a publish goes out as, marked "off" (never hidden: an "off" nobody sees is a silent one), where the
 * guard would have something to protect. `theme`: the site's own (pageTheme), passed through to the frame.
 */
export function ribbonView(status: GuardStatus, theme?: RibbonView['theme']): RibbonView | null {
  const off = status.guard === 'off';
  if (off ? status.accounts.length === 0 && !status.askFirst : status.guard !== 'on') return null;
  const { identity, account, paused } = status;
  const base = {
    kind: null,
    color: null,
    problem: null,
    paused,
    ...(status.degraded ? { degraded: true } : {}),
    ...(off ? { off } : {}),
    ...(theme ? { theme } : {}),
  };
  // Off, the user's own switch says more than settings that cannot be read: nothing asks first meanwhile.
  if (status.askFirst && !off) return { ...base, tone: 'unknown', name: null, handle: null, askFirst: true };
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
  const read = env.read ?? identityReader(adapter);

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
    const editor = adapter.editorOf(composer) ?? composer;
    const view = ribbonView(status, pageTheme(editor, win));
    if (!view) return surface.hide();
    surface.show(view, placeAbove(editor, win, composer), composer);
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

/** The parent of an element, crossing out of a shadow root to its host. */
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

/** How far up from the editor the column and the theme are looked for (a composer is never deeper than this). */
const MAX_DEPTH = 40;

/**
 * Where the ribbon goes: just above the editor (below it when there is no room above), as wide as the editor and a
 * little more, but never wider than the composer's column: the editor's own box and its ancestors up to the composer
 * root, so that it never runs over the page's other columns (X's right column, a feed beside a chat box). Inside the
 * window. A few layout reads, once per frame.
 */
export function placeAbove(anchor: Element, win: Window, composer: Element = anchor): RibbonPlace {
  const rect = anchor.getBoundingClientRect();
  const viewport = { width: win.innerWidth, height: win.innerHeight };
  const offscreen = rect.width === 0 || rect.bottom < 0 || rect.top > viewport.height;
  let top = rect.top - RIBBON_HEIGHT - GAP;
  if (top < MARGIN) top = rect.bottom + GAP;
  // The column: the boxes from the editor up to the composer root (not past it), within the window's margins.
  let columnLeft = rect.left;
  let columnRight = rect.right;
  let el: Element | null = anchor;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = el === composer ? null : parentOf(el)) {
    const box = el.getBoundingClientRect();
    if (box.width === 0) continue; // display: contents, or not laid out: says nothing of the column
    columnLeft = Math.min(columnLeft, box.left);
    columnRight = Math.max(columnRight, box.right);
  }
  columnLeft = Math.max(MARGIN, columnLeft);
  columnRight = Math.min(viewport.width - MARGIN, columnRight);
  // Aligned with the editor, as wide as it wants up to the column's right edge; moved left only when that leaves less
  // than the ribbon's least width.
  const room = Math.max(0, Math.round(columnRight - columnLeft));
  const least = Math.min(280, room);
  let left = Math.max(columnLeft, Math.min(rect.left, columnRight));
  let width = Math.min(Math.max(280, Math.round(rect.width) + 120), Math.round(columnRight - left));
  if (width < least) {
    left = columnRight - least;
    width = least;
  }
  return { top: Math.round(top), left: Math.round(left), width, height: RIBBON_HEIGHT, offscreen };
}

/** "rgb(21, 32, 43)", "rgba(0, 0, 0, 0)" or "#15202b" → its channels (0-255) and alpha; null for anything else. */
function parseColor(value: string): { r: number; g: number; b: number; a: number } | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})?$/i.exec(value.trim());
  if (hex) return { r: parseInt(hex[1]!, 16), g: parseInt(hex[2]!, 16), b: parseInt(hex[3]!, 16), a: hex[4] ? parseInt(hex[4], 16) / 255 : 1 };
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? Number(m[4].slice(0, -1)) / 100 : Number(m[4]);
  return { r: Number(m[1]), g: Number(m[2]), b: Number(m[3]), a: alpha };
}

/**
 * The site's own theme where the composer is: the background of the first opaque box from the editor up (X's "Lights
 * out" and "Dim", Facebook's dark mode), else the page's `color-scheme`; undefined when the page does not say (the
 * ribbon then follows the system's theme). Sites often follow their own setting, not the system's.
 */
export function pageTheme(anchor: Element, win: Window): 'light' | 'dark' | undefined {
  const doc = win.document;
  let el: Element | null = anchor;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++, el = parentOf(el)) {
    const color = parseColor(win.getComputedStyle(el).backgroundColor);
    if (color && color.a >= 0.5) return (0.2126 * color.r + 0.7152 * color.g + 0.0722 * color.b) / 255 < 0.4 ? 'dark' : 'light';
  }
  const body = doc.body && parseColor(win.getComputedStyle(doc.body).backgroundColor);
  if (body && body.a >= 0.5) return (0.2126 * body.r + 0.7152 * body.g + 0.0722 * body.b) / 255 < 0.4 ? 'dark' : 'light';
  const scheme = win.getComputedStyle(doc.documentElement).colorScheme?.trim();
  return scheme === 'dark' || scheme === 'only dark' ? 'dark' : scheme === 'light' || scheme === 'only light' ? 'light' : undefined;
}
