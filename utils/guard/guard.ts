/**
 * The shared content-script machinery: intercept every publish gesture the adapter recognises, decide
 * synchronously from the settings snapshot, let harmless posts through untouched, and otherwise stop the event,
 * show the banner and replay the publish exactly once if the user confirms. Knows the adapter interface, never a
 * particular platform; knows no browser extension API (run.ts wires those in). Its states: ./state.ts; what it does
 * with a verdict: ./decide.ts; the banner's questions: ./prompt.ts; the replay: ./replay.ts.
 */
import type { AskFirstReason, DetectionProblem, Identity, Platform, SensitivePeriod, Settings } from '../types';
import type { PlatformAdapter, PublishGesture } from '../platforms/adapter';
import type { JournalEntryInput } from '../messaging/protocol';
import { identityReader, type IdentityReader } from './identity';
import { createGuardState } from './state';
import { decide, journalEntry, planFor, type Decision, type Plan } from './decide';
import { replay } from './replay';
import { askUser, countDown, sayVanished, type PromptEnv } from './prompt';
import type { Net } from './net';
import type { ProfileAlarms } from '../rules/takeover';
import type { BannerLayer } from './banner-host';
import { guardIsOff } from '../rules/switch-off';
import { deepActive } from './focus';

export type { Decision } from './decide';

export interface SettingsSource {
  /** The latest snapshot, or undefined until the first read from storage completes. */
  current(): Settings | undefined;
  ready: Promise<Settings>;
  /**
   * Why every publish on this platform must ask first whatever the rules say (settings that cannot be read, accounts
   * set aside), or null. Absent: never.
   */
  askFirst?(platform: Platform): AskFirstReason | null;
  /** Until when the user paused the guard on this platform (ms since epoch), or null. */
  pausedUntil(platform: Platform): number | null;
  /** The sensitive period running now, if any (every brand publish asks first). */
  sensitive?(): SensitivePeriod | null;
  /** The takeover alarms raised, by account id (a publish as such an account asks first). */
  profileAlarms?(): ProfileAlarms;
}

export interface GuardEnv {
  win: Window;
  settings: SettingsSource;
  /** The account the user said this tab is for, if any. */
  intendedAccountId(): string | null;
  record(entry: JournalEntryInput): void;
  /** Where banners are shown (./banner-host.ts: an extension frame; tests give a fake). */
  banners: BannerLayer;
  /** The clock (tests set it). */
  now?: () => number;
  /** Told of each event no gesture finder classified (the health check looks at the clicks among them). */
  onUnclassified?: (event: Event, path: readonly EventTarget[]) => void;
  /** Told after each guarded publish attempt, and on focus of a composer: the ribbon and badge follow. */
  onIdentitySeen?: (composer: Element | null) => void;
  /** Offers a cancelled draft to an account's next composer (the background keeps it a while). */
  handOff?(platform: Platform, accountId: string, text: string): void;
  /** The identity reader of this page (./identity.ts: one per page, its session key read when the guard starts). */
  read?: IdentityReader;
  /**
   * The page's first content script (./net.ts), whose listeners were there before the page's: the guard takes the
   * events from it, and decides the publish it held meanwhile; and whether a person is behind an event
   * (./user-input.ts). Tests: listeningNet.
   */
  net: Pick<Net, 'attach' | 'userInput'>;
}

export interface Guard {
  /** What a publish from the page would go out as right now (for the popup). */
  status(): { identity: Identity | null; problem?: DetectionProblem; settings: Settings | undefined };
  stop(): void;
}

/** How the journal names a publish that went through without the banner. */
const PASSED_AS = { pass: 'allowed', 'pass-paused': 'paused' } as const satisfies Partial<Record<Plan, string>>;

function stopEvent(event: Event) {
  event.preventDefault();
  event.stopImmediatePropagation();
}

export function startGuard(adapter: PlatformAdapter, env: GuardEnv): Guard {
  const { win, settings: source } = env;
  const { platform } = adapter;
  const now = env.now ?? Date.now;
  const read = env.read ?? identityReader(adapter);
  const state = createGuardState();
  const { userInput } = env.net;
  // Who the user was when they started writing in each composer.
  const openedAs = new WeakMap<Element, Identity | null>();
  // The decision for a gesture, read now, and what to do with it.
  const assess = (gesture: PublishGesture, settings: Settings): [Decision, Plan] => {
    const reading = read(gesture.composer);
    const openedAsThen = openedAs.get(gesture.composer) ?? null;
    const askFirst = source.askFirst?.(platform) ?? null;
    const d = decide(settings, {
      platform,
      gesture,
      reading,
      openedAs: openedAsThen,
      intendedAccountId: env.intendedAccountId(),
      draft: adapter.readDraft(gesture.composer),
      askFirst,
      sensitive: source.sensitive?.() ?? null,
      profileAlarms: source.profileAlarms?.() ?? {},
      now: now(),
    });
    return [d, planFor(d, settings, source.pausedUntil(platform), now())];
  };
  const prompt: PromptEnv = {
    banners: env.banners,
    language: () => source.current()?.language ?? 'auto',
    platform,
    adapter,
    state,
    record(d, outcome) {
      env.record(journalEntry(platform, d, outcome, !!source.current()?.journalKeepText));
      env.onIdentitySeen?.(d.gesture.composer);
    },
    replay: (d) => replay(adapter, read, state, d),
    handOff: (d, accountId) => env.handOff?.(platform, accountId, d.draft),
    keepsTexts: () => !!source.current()?.journalKeepText,
  };
  /** A publish made before the settings are read: held, then decided once they are. */
  function holdUntilLoaded(gesture: PublishGesture) {
    state.hold();
    void source.ready.then((loaded) => {
      state.settle();
      // As onEvent reads them: a switch-off still running lets it through as 'off' (one whose end has passed is on).
      const [d, plan] = assess(gesture, loaded);
      if (plan === 'ask') return askUser(prompt, d);
      if (plan === 'count-down') return countDown(prompt, d);
      if (prompt.replay(d)) prompt.record(d, guardIsOff(loaded, now()) ? 'off' : PASSED_AS[plan]);
      // Held, and the control is gone or there is none (an Enter in a box without a send button): say so.
      else sayVanished(prompt, d);
    });
  }

  function onEvent(event: Event) {
    // Whatever our own replay causes, synchronously (the click, a submit the site's handler makes of it), is the
    // publish the user confirmed: never classified again.
    if (state.phase === 'replaying') return;
    // The banner went with its composer (a dialog the site closed or replaced): nothing is pending any more.
    if (state.banner && !state.banner.host.isConnected) state.settle();
    const path = event.composedPath();
    if (state.banner && path.includes(state.banner.host)) return;
    const gesture = adapter.classify(event, path);
    if (!gesture) return env.onUnclassified?.(event, path);
    if (!state.banner && state.isFollowUp(event.type, gesture.composer, adapter.readDraft)) return;
    // A publish no person made (a page script's): untouched, unjournaled; the guard tells the page nothing (./user-input.ts).
    if (!userInput.behind(event)) return;
    // One decision at a time: a second attempt while one is pending never publishes.
    if (state.busy) return (stopEvent(event), state.banner?.attention());
    const settings = source.current();
    // Switched off (a switch-off whose end has passed is on again, whether or not the background has written that back
    // yet): the event goes on untouched, and the journal says the guard let it through without looking (once: the
    // site's own submit of the same gesture is a follow-up, as for any publish let through).
    if (settings && guardIsOff(settings, now())) {
      const [d] = assess(gesture, settings);
      state.letThrough({ composer: gesture.composer, type: event.type, draft: d.draft });
      return prompt.record(d, 'off');
    }
    if (!settings) return (stopEvent(event), holdUntilLoaded(gesture));
    const [d, plan] = assess(gesture, settings);
    if (plan === 'ask') return (stopEvent(event), askUser(prompt, d));
    if (plan === 'count-down') return (stopEvent(event), countDown(prompt, d));
    // Decision 1: the original trusted event goes on untouched. A paused guard says in the journal it did not check.
    state.letThrough({ composer: gesture.composer, type: event.type, draft: d.draft });
    prompt.record(d, PASSED_AS[plan]);
  }

  function focused(path: readonly EventTarget[]) {
    const composer = adapter.composerOf(path);
    if (!composer) return;
    if (!openedAs.has(composer)) openedAs.set(composer, read(composer).identity);
    // A banner for this composer can then show within a frame of the click.
    env.banners.preload(composer);
    env.onIdentitySeen?.(composer);
  }
  const handlers = { onEvent, onFocusIn: (event: Event) => focused(event.composedPath()) };

  const { held, detach } = env.net.attach(handlers);
  // The publish the net held is decided first: nothing after this may lose it.
  if (held) holdUntilLoaded(held);
  // The composer the user was already in when the guard started (the page was still loading).
  try {
    const active = deepActive(win.document);
    if (active) focused([active]);
  } catch {
    /* a page in an unexpected state: the next focus tells */
  }

  return {
    status: () => ({ ...read(null), settings: source.current() }),
    stop() {
      detach();
      state.settle();
      env.banners.stop();
    },
  };
}
