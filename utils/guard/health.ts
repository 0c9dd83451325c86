/**
 * The page's health in the content script (architecture.md §5, "Fail loudly"): when the site's markup no longer holds
 * what the platform's tables say, the ribbon, the badge, the popup and the journal say that protection is weaker, before
 * it matters. The pure reading is utils/platforms/health.ts; this module decides when to read and who is told.
 *
 * When it reads (never on every event, never by walking the page on a timer):
 * - when a composer is focused and when a publish is attempted (GuardEnv.onIdentitySeen): at most once per
 *   HEALTH_MIN_MS for the same composer, as often as the badge's identity poll;
 * - when a trusted click that no gesture finder classified lands on a control labelled like the platform's publish
 *   button (the guard tells `unclassified` of each event it did not classify: the click is classified once);
 * - a degraded reading is read again at most every HEALTH_RECHECK_MS while the ribbon or the badge ask for it, so that
 *   a page that was still rendering does not stay "degraded" (a publish control no finder knew stays degraded: that
 *   publish went out unchecked, and the page is the same);
 * - "Check this page" and "Report a broken page" read the page when the user asks, and only then.
 *
 * The journal records a degraded reading once per page load (this copy of the content script), with the names of what
 * is missing as its words: never a value or a text of the page.
 */
import type { PageHealth } from '../types';
import { HEALTH_OK } from '../types';
import type { PlatformAdapter } from '../platforms/adapter';
import { hookCounts, identitySignalsFound, pageHealth, publishLabelAt, type HealthSpec } from '../platforms/health';
import { skeletonOf } from '../platforms/skeleton';
import type { JournalEntryInput, PageCheck, PageSkeleton } from '../messaging/protocol';
import { accountLabel } from '../format';
import { identityReader, type IdentityReader } from './identity';

/** The same composer is read again at most this often (the badge's identity poll). */
export const HEALTH_MIN_MS = 2000;
/** A degraded reading is confirmed or cleared at most this often while something asks for it. */
export const HEALTH_RECHECK_MS = 10_000;

export interface HealthEnv {
  win: Window;
  spec: HealthSpec;
  record(entry: JournalEntryInput): void;
  /** The health changed: the badge follows (the ribbon reads `current()` itself while it shows). */
  changed(health: PageHealth): void;
  /**
   * Whether the guard protects anything here now (switched on, accounts on this platform). A degraded reading where
   * nothing is protected is not journaled: the journal would cry wolf on sites the user does not guard.
   */
  guarded?: () => boolean;
  now?: () => number;
  /** The identity reader of this page (./identity.ts: one per page, its session key read at page start). */
  read?: IdentityReader;
}

export interface HealthMonitor {
  /** An event the guard did not classify: a trusted click on a publish-labelled control is a sign the page changed. */
  unclassified(event: Event, path: readonly EventTarget[]): void;
  /** A composer was focused or used (or null: the page without one). */
  seen(composer: Element | null): void;
  /** The health now: the last reading, read again when a degraded one is old. Cheap. */
  current(): PageHealth;
  /** "Check this page": every hook's count, the identity signals found, the health read now. */
  check(): PageCheck;
  /** "Report a broken page": the page's skeleton. */
  skeleton(): PageSkeleton;
}

export function startHealth(adapter: PlatformAdapter, env: HealthEnv): HealthMonitor {
  const { win, spec } = env;
  const now = env.now ?? Date.now;
  const read = env.read ?? identityReader(adapter);
  const doc = () => win.document;
  const cookie = () => {
    try {
      return win.document.cookie ?? '';
    } catch {
      return '';
    }
  };
  const unrecognized: string[] = [];
  let composerRef: WeakRef<Element> | null = null;
  let health: PageHealth = HEALTH_OK;
  let readAt = 0;
  let journaled = false;
  let lastKey = JSON.stringify(HEALTH_OK);

  const composerNow = () => {
    const composer = composerRef?.deref() ?? null;
    return composer && composer.isConnected ? composer : null;
  };

  function evaluate(): PageHealth {
    const composer = composerNow();
    try {
      health = pageHealth(spec, doc(), cookie(), { composer: !!composer, reading: composer ? read(composer) : null, unrecognized });
    } catch {
      // A page in an unexpected state never breaks the guard: the last reading stands.
    }
    readAt = now();
    const key = JSON.stringify(health);
    if (key !== lastKey) {
      lastKey = key;
      if (health.state === 'degraded' && !journaled && (env.guarded?.() ?? true)) {
        journaled = true;
        const reading = composer ? read(composer) : read(null);
        env.record({
          platform: spec.platform,
          account: accountLabel(reading.identity),
          accountId: null,
          surface: 'post',
          decision: 'allow',
          outcome: 'degraded',
          reasons: [],
          words: health.missing.slice(0, 40),
        });
      }
      env.changed(health);
    }
    return health;
  }

  return {
    unclassified(event, path) {
      if (event.type !== 'click' || !event.isTrusted) return;
      const label = publishLabelAt(spec, path);
      if (!label) return;
      if (!unrecognized.includes(label)) unrecognized.push(label);
      evaluate();
    },
    seen(composer) {
      const same = !!composer && composerNow() === composer;
      if (composer) composerRef = new WeakRef(composer);
      if (same && now() - readAt < HEALTH_MIN_MS) return;
      evaluate();
    },
    current() {
      if (health.state === 'degraded' && now() - readAt >= HEALTH_RECHECK_MS) evaluate();
      return health;
    },
    check() {
      const root = doc();
      return {
        platform: spec.platform,
        hooks: hookCounts(spec, root),
        signals: identitySignalsFound(spec, root, cookie()),
        health: evaluate(),
      };
    },
    skeleton() {
      const { html, path, elements, truncated } = skeletonOf(doc(), win.location.href, spec);
      return { platform: spec.platform, html, path, elements, truncated };
    },
  };
}
