/**
 * What the content script and its in-page frames (the banner, the ribbon: extension pages in closed shadow roots, see
 * utils/guard/frame-host.ts) say to each other over their private MessageChannel. The page can neither read nor send
 * on it: the port is handed over once, to the extension's origin only. Both ends still validate what they receive.
 */
import type { Account, AccountKind, DetectionProblem, Identity, LanguagePreference, Platform, WordList } from '../types';
import { LANGUAGES, PLATFORMS } from '../types';
import type { Reason } from '../rules/verdict';
import type { FrictionLevel } from '../rules/friction';

export const FRAME_ROLES = ['banner', 'ribbon', 'chip'] as const;
export type FrameRole = (typeof FRAME_ROLES)[number];

/** The handshake's marker on the window message that carries the port (anything else is ignored by the frame). */
export const FRAME_HELLO = 'right-account/frame-hello';

/** How the ribbon looks: see components/Ribbon.tsx. */
export type RibbonTone = 'protected' | 'brand' | 'personal' | 'unregistered' | 'unknown';

export interface RibbonView {
  tone: RibbonTone;
  /** Display name, when known. */
  name: string | null;
  /** "@handle" on platforms with usernames (X, Instagram); the name stands alone elsewhere. */
  handle: string | null;
  kind: AccountKind | null;
  /** The account's colour, for one of the user's accounts. */
  color: string | null;
  problem: DetectionProblem | null;
  paused: boolean;
  /** The settings cannot be trusted here: every publish asks first. */
  askFirst?: boolean;
  /** The page's reading is degraded (utils/platforms/health.ts): the ribbon adds a mark saying so. */
  degraded?: boolean;
  /** The user switched the guard off: nothing is checked (shown apart from a pause). */
  off?: boolean;
  /** The site's own theme, read from the page; absent when it cannot tell (the ribbon then follows the system's). */
  theme?: 'light' | 'dark';
}

/** Everything the banner shows; the words of lists and accounts are left out (only the matched ones travel). */
export interface BannerView {
  language: LanguagePreference;
  decision: 'confirm' | 'block';
  platform: Platform;
  identity: Identity | null;
  problem?: DetectionProblem;
  account: Account | null;
  reasons: Reason[];
  draft: string;
  /** The publish control vanished before the confirmed publish could be made. */
  vanished?: boolean;
  /** How strong a stop this is (utils/rules/friction.ts). */
  level?: FrictionLevel;
}

export type ToFrame =
  | { type: 'banner'; view: BannerView }
  /** The light hold of a routine check: published at `endsAt` (ms since epoch) unless undone. */
  | { type: 'countdown'; view: BannerView; endsAt: number }
  | { type: 'ribbon'; language: LanguagePreference; view: RibbonView }
  /** The chip of a draft handed off to the account `label` publishes as (utils/guard/handoff-chip.ts). */
  | { type: 'chip'; language: LanguagePreference; label: string }
  /** Put the focus back on Cancel (the banner keeps the focus while it is open). */
  | { type: 'focus' }
  /** A confirm was refused: the banner was hidden, covered or moved by the page when it was clicked. */
  | { type: 'refused' }
  | { type: 'hide' };

/**
 * - ready: the frame holds the port and can show at once;
 * - cancel / confirm: the user's own activation inside the banner (the frame checks isTrusted); `visible` is the
 *   frame's own reading of whether it was really visible to the user (Chrome's IntersectionObserver v2), null where
 *   the browser cannot tell.
 */
export type FromFrame =
  | { type: 'ready' }
  | { type: 'cancel' }
  | { type: 'confirm'; visible: boolean | null }
  /** Cancel, and offer the draft to the account whose words it holds (its next composer, for a while). */
  | { type: 'hand-off' }
  /** The chip of a draft handed off: paste it here, or dismiss it. */
  | { type: 'paste' }
  | { type: 'dismiss' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseFromFrame(v: unknown): FromFrame | null {
  if (!isObject(v)) return null;
  if (v.type === 'ready' || v.type === 'cancel' || v.type === 'hand-off' || v.type === 'paste' || v.type === 'dismiss') return { type: v.type };
  if (v.type === 'confirm' && (v.visible === null || typeof v.visible === 'boolean')) return { type: 'confirm', visible: v.visible };
  return null;
}

/**
 * The frame trusts only its own content script, but a message is still checked for the shape it needs before it is
 * drawn (a malformed one is dropped, never half-drawn).
 */
export function parseToFrame(v: unknown): ToFrame | null {
  if (!isObject(v)) return null;
  if (v.type === 'focus' || v.type === 'hide' || v.type === 'refused') return { type: v.type };
  const language = (LANGUAGES as readonly unknown[]).includes(v.language) ? (v.language as LanguagePreference) : null;
  if (v.type === 'ribbon' && isObject(v.view) && language) return { type: 'ribbon', language, view: v.view as unknown as RibbonView };
  if (v.type === 'chip' && language && typeof v.label === 'string') return { type: 'chip', language, label: v.label };
  if ((v.type === 'banner' || (v.type === 'countdown' && typeof v.endsAt === 'number' && Number.isFinite(v.endsAt))) && isObject(v.view)) {
    const view = v.view;
    const viewLanguage = (LANGUAGES as readonly unknown[]).includes(view.language) ? (view.language as LanguagePreference) : null;
    if (!viewLanguage || (view.decision !== 'confirm' && view.decision !== 'block')) return null;
    if (!(PLATFORMS as readonly unknown[]).includes(view.platform) || typeof view.draft !== 'string' || !Array.isArray(view.reasons)) return null;
    if (view.level !== undefined && view.level !== 'mistake' && view.level !== 'check' && view.level !== 'block') return null;
    return v.type === 'banner' ? { type: 'banner', view: view as unknown as BannerView } : { type: 'countdown', view: view as unknown as BannerView, endsAt: v.endsAt as number };
  }
  return null;
}

/** An account as the banner needs it: who it is, not the words it owns nor those it may use. */
export const slimAccount = ({ exceptions: _exceptions, ...a }: Account): Account => ({ ...a, ownWords: [] });
const slimList = (l: WordList): WordList => ({ ...l, words: [], includeAccounts: [], excludeAccounts: [] });

/** The reasons with only what the banner shows: the matched words, never the whole lists. */
export function slimReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.map((r): Reason => {
    switch (r.id) {
      case 'protected-account':
        return { ...r, account: slimAccount(r.account) };
      case 'other-account-words':
        return { ...r, owners: r.owners.map((o) => ({ ...o, account: slimAccount(o.account) })) };
      case 'risky-words':
        return { ...r, lists: r.lists.map((l) => ({ ...l, list: slimList(l.list) })) };
      case 'intended-account':
        return { ...r, intended: slimAccount(r.intended), actual: r.actual && slimAccount(r.actual) };
      default:
        return r;
    }
  });
}
