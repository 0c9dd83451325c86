/**
 * The health of a page's reading: can the adapter still see what it relies on? Pure functions of the page (its
 * document, cookie string and what the guard already read), shared by the four platforms; each platform states its
 * part as data in utils/platforms/<platform>/health.ts (a HealthSpec): its selector table and what the fixtures say
 * of each hook (`selectors.ts?hook-table`, build/hook-table.ts), its identity signals by name, and the labels of its
 * publish controls.
 *
 * Three ways a reading degrades (architecture.md §5, "Fail loudly"):
 * - 'no-identity-marker': a composer is on the page, and the adapter reads no identity because none of its signals is
 *   there (a logged-out page has no composer, so this is a page whose markers changed or were removed);
 * - 'missing-hooks': on a page with a composer (a logged-in page), hooks that every logged-in fixture has match
 *   nothing. It is the live-page snippet's "⚠ missing" (tests/tools/selector-report.browser.js), checked by the
 *   product itself. Without a composer nothing is concluded: a logged-out or half-rendered page lacks them for good
 *   reasons;
 * - 'unrecognized-publish': a trusted click on a control whose label is one of the platform's publish labels, that
 *   no gesture finder classified (the site moved its publish control to a layout no detector knows).
 *
 * What is reported are names (hooks of the selector table, identity signals, cookies): never a value, a text or a URL.
 * Cost: a presence test per required hook (`querySelector`, which stops at the first match); open shadow roots are
 * walked only when a hook is absent from the light DOM. The full counts (`hookCounts`) are for "Check this page".
 */
import type { DocumentedHook, DocumentedHooks } from '../../build/hook-table';
import type { HealthCause, PageHealth, Platform } from '../types';
import { HEALTH_OK } from '../types';
import type { IdentityReading } from './adapter';
import { isDisabled, isElement, treesUnder } from './dom';

export type { DocumentedHook, DocumentedHooks } from '../../build/hook-table';

/**
 * One identity signal by name, for "Check this page" and for naming what is missing. Only its presence is tested:
 * - `hook`: a hook of the selector table that matches in the light DOM (with `marker`: one of its matches holds that
 *   text, e.g. the embedded-data script that names the viewer, among other scripts);
 * - `cookie`: a cookie of that name is readable by the page.
 */
export interface IdentitySignal {
  name: string;
  hook?: string;
  marker?: string;
  cookie?: string;
}

export interface HealthSpec {
  platform: Platform;
  /** The platform's selector table (utils/platforms/<platform>/selectors.ts). */
  selectors: Readonly<Record<string, string>>;
  /** What the fixtures say of each hook (`selectors.ts?hook-table`). */
  hooks: DocumentedHooks;
  identitySignals: readonly IdentitySignal[];
  /**
   * Labels of the controls that publish, folded (foldLabel). Only labels that no other control of the site carries: a
   * post's "Comment" or "Reply" action button opens a box and publishes nothing, so those labels are left out.
   */
  publishLabels: readonly string[];
  /** Every control and editor label the platform's tables know, folded: the skeleton keeps these (./skeleton.ts). */
  knownLabels: readonly string[];
  /** Path segments that are the site's routes, not names or ids: the skeleton keeps these in paths. */
  routeWords: readonly string[];
}

/** Lower case, accents and a trailing ellipsis dropped, whitespace collapsed: how labels are compared. */
export function foldLabel(label: string | null | undefined): string {
  return (label ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(…|\.\.\.)$/, '')
    .trim()
    .toLowerCase();
}

// ---------------------------------------------------------------- counting hooks

/** querySelectorAll's count over `trees`, or null for a selector the browser rejects. */
function countIn(trees: readonly ParentNode[], selector: string): number | null {
  try {
    return trees.reduce((n, tree) => n + tree.querySelectorAll(selector).length, 0);
  } catch {
    return null;
  }
}

/** Is there at least one match, in the light DOM first, then (only if none) in the open shadow roots? */
function present(root: ParentNode, selector: string, shadows: () => readonly ParentNode[]): boolean {
  try {
    if (root.querySelector(selector)) return true;
    return shadows().some((tree) => tree !== root && !!tree.querySelector(selector));
  } catch {
    return false;
  }
}

export interface HookCount extends DocumentedHook {
  name: string;
  /** Elements it matches on the page now (open shadow roots included); null for a selector the browser rejects. */
  count: number | null;
}

/** "Check this page": every hook of the table, with its count now and what the fixtures say. One walk of the page. */
export function hookCounts(spec: HealthSpec, root: ParentNode): HookCount[] {
  const trees = treesUnder(root);
  return Object.entries(spec.selectors).map(([name, selector]) => ({
    name,
    count: countIn(trees, selector),
    ...(spec.hooks[name] ?? { min: 0, max: 0, required: false }),
  }));
}

// ---------------------------------------------------------------- identity signals

/** A cookie of that name in a `document.cookie` string (its value is never read). */
export function hasCookie(cookie: string, name: string): boolean {
  return cookie.split(';').some((pair) => pair.trim().startsWith(`${name}=`));
}

/** Which of the platform's identity signals are on the page: names only. */
export function identitySignalsFound(spec: HealthSpec, doc: ParentNode, cookie: string): { name: string; found: boolean }[] {
  return spec.identitySignals.map((signal) => {
    let found = false;
    if (signal.cookie) found = hasCookie(cookie, signal.cookie);
    else if (signal.hook && spec.selectors[signal.hook]) {
      try {
        const matches = Array.from(doc.querySelectorAll(spec.selectors[signal.hook]!));
        found = signal.marker ? matches.some((el) => (el.textContent ?? '').includes(signal.marker!)) : matches.length > 0;
      } catch {
        found = false;
      }
    }
    return { name: signal.name, found };
  });
}

// ---------------------------------------------------------------- the health of a page

export interface HealthInput {
  /** A composer of this page was found (focused or used) and is still in it: a logged-in page where hooks should be. */
  composer: boolean;
  /** The adapter's reading for that composer, now. */
  reading: IdentityReading | null;
  /** Publish-labelled controls clicked on this page that no gesture finder recognised (their folded labels). */
  unrecognized: readonly string[];
}

/** The page's health now. Pure: the document, the cookie string and what the guard read. */
export function pageHealth(spec: HealthSpec, doc: ParentNode, cookie: string, input: HealthInput): PageHealth {
  const causes: HealthCause[] = [];
  const missing: string[] = [];
  if (input.composer && input.reading && !input.reading.identity && input.reading.problem === 'no-identity-signal') {
    causes.push('no-identity-marker');
    missing.push(...identitySignalsFound(spec, doc, cookie).filter((s) => !s.found).map((s) => s.name));
  }
  if (input.composer) {
    let trees: readonly ParentNode[] | null = null;
    const shadows = () => (trees ??= treesUnder(doc));
    const absent = Object.entries(spec.hooks)
      .filter(([name, hook]) => hook.required && spec.selectors[name] && !present(doc, spec.selectors[name]!, shadows))
      .map(([name]) => name);
    if (absent.length) {
      causes.push('missing-hooks');
      missing.push(...absent.filter((name) => !missing.includes(name)));
    }
  }
  if (input.unrecognized.length) {
    causes.push('unrecognized-publish');
    missing.push('publishControl');
  }
  return causes.length ? { state: 'degraded', causes, missing } : HEALTH_OK;
}

// ---------------------------------------------------------------- a publish control no finder recognised

/** What may be a control: native buttons, submit inputs and ARIA buttons. Links navigate: never a publish. */
const CONTROL = 'button, [role="button"], input[type="submit"]';
/** A label longer than this is a card or a post made clickable, never a publish button's. */
const MAX_LABEL = 60;

/** The accessible label of a control as the publish tables name it: aria-label, else its text (or an input's value). */
function labelOf(control: Element): string {
  const aria = control.getAttribute('aria-label');
  if (aria !== null && aria.trim()) return aria;
  if (control.localName === 'input') return (control as HTMLInputElement).value ?? '';
  const text = control.textContent ?? '';
  return text.length > MAX_LABEL * 4 ? '' : text;
}

/**
 * The folded publish label of the control `path[0]` is in, when it is one of the platform's publish labels and an
 * enabled control that is not a link; null otherwise. The guard asks this only of a trusted click that no gesture
 * finder classified, so it is never read for an ordinary publish.
 */
export function publishLabelAt(spec: HealthSpec, path: readonly EventTarget[]): string | null {
  const first = path[0];
  if (!isElement(first)) return null;
  const control = first.closest(CONTROL);
  if (!control || control.closest('a[href]') || isDisabled(control)) return null;
  const label = foldLabel(labelOf(control));
  return label.length <= MAX_LABEL && spec.publishLabels.includes(label) ? label : null;
}
