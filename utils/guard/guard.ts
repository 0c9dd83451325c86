/**
 * The shared content-script machinery: intercept every publish gesture the adapter recognises, decide
 * synchronously from the settings snapshot, let harmless posts through untouched, and otherwise stop the event,
 * show the banner and replay the publish exactly once if the user confirms. Knows the adapter interface, never a
 * particular platform; knows no browser extension API (run.ts wires those in).
 */
import type { Identity, Platform, Settings } from '../types';
import type { DetectionProblem, PlatformAdapter, PublishGesture } from '../platforms/adapter';
import { isDisabled } from '../platforms/dom';
import type { Verdict } from '../rules/verdict';
import { compileRules, evaluate, sameIdentity } from '../rules/engine';
import { MESSAGE_LIMITS, type JournalEntryInput, type Outcome } from '../messaging/protocol';
import type { Translate } from '../i18n';
import { accountLabel } from '../format';
import { mountBanner, type BannerHandle } from './banner-host';

export interface SettingsSource {
  /** The latest snapshot, or undefined until the first read from storage completes. */
  current(): Settings | undefined;
  ready: Promise<Settings>;
  /** Until when the user paused the guard on this platform (ms since epoch), or null. */
  pausedUntil(platform: Platform): number | null;
}

export interface GuardEnv {
  win: Window;
  settings: SettingsSource;
  /** The account the user said this tab is for, if any. */
  intendedAccountId(): string | null;
  record(entry: JournalEntryInput): void;
  t: Translate;
  /** The clock (tests set it). */
  now?: () => number;
  /** Told after each guarded publish attempt, and on focus of a composer: the ribbon and badge follow. */
  onIdentitySeen?: (composer: Element | null) => void;
}

export interface Decision {
  gesture: PublishGesture;
  identity: Identity | null;
  problem?: DetectionProblem;
  verdict: Verdict;
  draft: string;
}

export interface Guard {
  /** What a publish from the page would go out as right now (for the popup). */
  status(): { identity: Identity | null; problem?: DetectionProblem; settings: Settings | undefined };
  stop(): void;
}

const INTERCEPTED = ['click', 'keydown', 'submit'] as const;

function stopEvent(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export function startGuard(adapter: PlatformAdapter, env: GuardEnv): Guard {
  const { win } = env;
  const doc = win.document;
  // The session this page was rendered for, read at document_start (see PlatformAdapter.readSessionKey).
  const loadSessionKey = adapter.readSessionKey?.();
  // Who the user was when they started writing in each composer.
  const openedAs = new WeakMap<Element, Identity | null>();
  let banner: BannerHandle | null = null;
  // The one control our replay is clicking right now: its click is let through, once, synchronously.
  let replaying: HTMLElement | null = null;

  function readIdentity(composer: Element | null): { identity: Identity | null; problem?: DetectionProblem; before?: Identity } {
    const reading = adapter.readIdentity(composer);
    const identity = reading.identity;
    if (identity && loadSessionKey && identity.sessionKey && identity.sessionKey !== loadSessionKey) {
      // The browser's session switched account (in another tab) after this page was rendered: the account this
      // page shows is stale and the real one is unknown.
      return { identity: null, problem: 'conflicting-signals', before: { ...identity, sessionKey: loadSessionKey } };
    }
    return { identity, problem: reading.problem };
  }

  function decide(gesture: PublishGesture, settings: Settings): Decision {
    const { identity, problem, before } = readIdentity(gesture.composer);
    const draft = adapter.readDraft(gesture.composer);
    const verdict = evaluate(compileRules(settings), {
      platform: adapter.platform,
      identity,
      openedAs: before ?? openedAs.get(gesture.composer) ?? null,
      intendedAccountId: env.intendedAccountId(),
      draft,
    });
    return { gesture, identity, problem, verdict, draft };
  }

  const now = env.now ?? Date.now;

  /** Is the guard paused for this decision? Protected accounts stay guarded if the user asked so. */
  function paused(d: Decision, settings: Settings): boolean {
    const until = env.settings.pausedUntil(adapter.platform);
    if (until === null || until <= now()) return false;
    return !(d.verdict.account?.protected && settings.pauseSparesProtected);
  }

  function record(d: Decision, outcome: Outcome) {
    const hits = d.verdict.reasons.flatMap((r) =>
      r.id === 'risky-words' ? r.lists.flatMap((l) => l.hits) : r.id === 'other-account-words' ? r.owners.flatMap((o) => o.hits) : [],
    );
    env.record({
      platform: adapter.platform,
      account: accountLabel(d.verdict.account ?? d.identity),
      accountId: d.verdict.account?.id ?? null,
      surface: d.gesture.surface,
      decision: d.verdict.decision,
      outcome,
      reasons: d.verdict.reasons.map((r) => r.id),
      words: [...new Set(hits.map((h) => h.word))],
      // The draft only if the user asked the journal to keep it (the background checks again).
      ...(env.settings.current()?.journalKeepText ? { text: d.draft.slice(0, MESSAGE_LIMITS.journalText) } : {}),
    });
    env.onIdentitySeen?.(d.gesture.composer);
  }

  /** Clicks the composer's publish control once, letting that one click through our own listener. */
  function replay(d: Decision): boolean {
    const { control: original } = d.gesture;
    // The site may have re-rendered the composer while the banner was open: the one now holding this same draft,
    // and only if it would still publish as the identity the user confirmed (switching "post as" re-renders too).
    let composer: Element | null | undefined = d.gesture.composer;
    if (!composer.isConnected) {
      composer = adapter.relocate?.(composer, d.draft);
      const now = composer ? readIdentity(composer).identity : null;
      if (composer && !(now && d.identity ? sameIdentity(now, d.identity) : now === d.identity)) return false;
    }
    const control = original?.isConnected ? original : composer?.isConnected ? adapter.publishControlOf(composer) : null;
    if (!control || !control.isConnected || isDisabled(control)) return false;
    replaying = control;
    try {
      control.click();
    } finally {
      replaying = null;
    }
    return true;
  }

  function closeBanner() {
    banner?.close();
    banner = null;
  }

  function showBanner(d: Decision) {
    const { verdict } = d;
    if (verdict.decision === 'block') record(d, 'blocked');
    let settled = false;
    const cancel = () => {
      if (!settled && verdict.decision === 'confirm') record(d, 'cancelled');
      settled = true;
      closeBanner();
      adapter.editorOf(d.gesture.composer)?.focus();
    };
    const confirm = (event: MouseEvent) => {
      // Only a real user gesture confirms: a page script calling .click() on our button does nothing.
      if (!event.isTrusted || settled || verdict.decision !== 'confirm') return;
      settled = true;
      closeBanner();
      if (replay(d)) {
        record(d, 'confirmed');
      } else {
        record(d, 'vanished');
        openBanner(d, { vanished: true, onConfirm: () => undefined });
      }
    };
    openBanner(d, { onCancel: cancel, onConfirm: confirm });
  }

  function openBanner(d: Decision, extra: { vanished?: boolean; onCancel?: () => void; onConfirm: (e: MouseEvent) => void }) {
    const { verdict } = d;
    const onCancel =
      extra.onCancel ??
      (() => {
        closeBanner();
        adapter.editorOf(d.gesture.composer)?.focus();
      });
    banner = mountBanner(doc, d.gesture.composer, {
      t: env.t,
      decision: verdict.decision === 'block' ? 'block' : 'confirm',
      platform: adapter.platform,
      identity: d.identity,
      problem: d.problem,
      account: verdict.account,
      reasons: verdict.reasons,
      draft: d.draft,
      vanished: extra.vanished,
      onCancel,
      onConfirm: extra.onConfirm,
    });
  }

  // The gesture let through in this task. A site's click handler may submit its form (requestSubmit) in the same
  // task: another kind of event, on the same composer, with the same draft, is that same publish. A second click or
  // key of the user's own, even queued within the task, is checked as the new publish it is.
  let passed: { composer: Element; type: string; draft: string } | null = null;
  function letThrough(event: Event, d: Decision) {
    if (!passed) setTimeout(() => (passed = null), 0);
    passed = { composer: d.gesture.composer, type: event.type, draft: d.draft };
  }
  const sameGesture = (event: Event, composer: Element) =>
    !!passed &&
    passed.type !== event.type &&
    (passed.composer === composer || passed.composer.contains(composer) || composer.contains(passed.composer)) &&
    adapter.readDraft(composer) === passed.draft;
  // A publish held while the settings load: only one at a time (two would replay twice).
  let holding = false;

  function onEvent(event: Event) {
    // Whatever our own replay causes, synchronously (the click, a submit the site's handler makes of it), is the
    // publish the user confirmed: never classified again.
    if (replaying) return;
    // The banner went with its composer (a dialog the site closed or replaced): nothing is pending any more.
    if (banner && !banner.host.isConnected) closeBanner();
    const path = event.composedPath();
    if (banner && path.includes(banner.host)) return;
    const gesture = adapter.classify(event, path);
    if (!gesture) return;
    if (!banner && sameGesture(event, gesture.composer)) return;
    if (banner || holding) {
      // One decision at a time: a second attempt while the banner is open never publishes.
      stopEvent(event);
      banner?.attention();
      return;
    }
    const settings = env.settings.current();
    if (settings && !settings.guardEnabled) return;
    if (!settings) {
      // Only in the first milliseconds of a page: hold the publish until the settings are read, then decide.
      stopEvent(event);
      holding = true;
      void env.settings.ready.then((loaded) => {
        holding = false;
        const d = decide(gesture, loaded);
        if (d.verdict.decision !== 'allow' && !paused(d, loaded)) return showBanner(d);
        if (replay(d)) record(d, d.verdict.decision === 'allow' ? 'allowed' : 'paused');
        // Held, and the control is gone or has none (an Enter in a box without a send button): say so rather than
        // swallow the publish in silence. The draft is still in the box.
        else openBanner(d, { vanished: true, onConfirm: () => undefined });
      });
      return;
    }
    const d = decide(gesture, settings);
    if (d.verdict.decision === 'allow') {
      // Decision 1: the original trusted event goes on untouched.
      letThrough(event, d);
      record(d, 'allowed');
      return;
    }
    if (paused(d, settings)) {
      // Paused by the user, for a while: the publish goes through, and the journal says it was unchecked.
      letThrough(event, d);
      record(d, 'paused');
      return;
    }
    stopEvent(event);
    showBanner(d);
  }

  // `submit` is not composed: from inside a shadow root (X Chat…) it never reaches window. Listen on each open
  // shadow root the user focuses something in, once, instead of watching the whole document for new roots.
  const watchedRoots = new WeakSet<ShadowRoot>();
  function watchShadowRoot(node: EventTarget | undefined) {
    const root = (node as Node | undefined)?.getRootNode?.();
    // Duck-typed: in Firefox, a page node seen from the content script fails `instanceof` of our own globals.
    if (root && root.nodeType === 11 && 'host' in root && !watchedRoots.has(root as ShadowRoot) && root !== banner?.host.shadowRoot) {
      const shadow = root as ShadowRoot;
      watchedRoots.add(shadow);
      shadow.addEventListener('submit', onEvent, true);
    }
  }

  function onFocusIn(event: Event) {
    const path = event.composedPath();
    watchShadowRoot(path[0]);
    const composer = adapter.composerOf(path);
    if (composer && !openedAs.has(composer)) openedAs.set(composer, readIdentity(composer).identity);
    if (composer) env.onIdentitySeen?.(composer);
  }

  for (const type of INTERCEPTED) win.addEventListener(type, onEvent, true);
  win.addEventListener('focusin', onFocusIn, true);

  return {
    status() {
      const { identity, problem } = readIdentity(null);
      return { identity, problem, settings: env.settings.current() };
    },
    stop() {
      for (const type of INTERCEPTED) win.removeEventListener(type, onEvent, true);
      win.removeEventListener('focusin', onFocusIn, true);
      closeBanner();
    },
  };
}
