/**
 * The first of each site's three content scripts: all that must run at document_start, and nothing more (issue 14: a
 * content script is parsed on every page of the site before the page's own scripts, so it must be small and quick).
 *   1. `<site>.content.ts`, document_start: this net, and the platform's adapter to recognise a publish;
 *   2. `<site>-guard.content.ts`, document_end (the document is parsed): the guard (./run.ts): settings, rules, banner;
 *   3. `<site>-extras.content.ts`, document_idle: the ribbon, the hand-off chip, the badge's reports, the page's health
 *      (./extras.ts), which never decide a publish.
 * All three run in the same world: each takes what it needs from the one before through a global of the content
 * scripts' own world, which the page can neither see nor forge.
 *
 * The guard must hear every publish before the site does, so its listeners go on window, in the capture phase, before
 * any of the page's. That is all this part does: it listens, it sees which events are a person's (./user-input.ts),
 * and it hands the lifecycle over between copies (./lifecycle.ts). Once the guard takes the net, every event goes to
 * it.
 *
 * Before the guard is there, the page is still loading; a publish a person makes then (a composer already in the HTML)
 * is stopped and held for the guard, which decides it as it decides a publish made before the settings are read. Any
 * other publish meanwhile is stopped too: one decision at a time. If the guard never comes (it failed to start), a
 * held publish is not sent unchecked: the page says that this tab is not protected, the draft stays, and the net steps
 * aside so that the user can publish again. If an update cuts this copy off meanwhile, the held publish is not sent
 * either, and the page says so; the fresh copy guards the next attempt.
 */
import { browser } from 'wxt/browser';
import type { PlatformAdapter, PublishGesture } from '../platforms/adapter';
import type { Platform } from '../types';
import { startLifecycle, type Lifecycle } from './lifecycle';
import { watchUserInput, type UserInput } from './user-input';
import { watchShadowSubmits } from './shadow-submits';
import { showUnprotectedNotice, type UnprotectedWhy } from './notice';
import { worldSlot } from './world-slot';

/** The events a publish can be made with. */
export const INTERCEPTED = ['click', 'keydown', 'submit'] as const;

/** What the guard does with the page's events. */
export interface PageHandlers {
  /** A click, key or submit (capture phase, before the page's own listeners). */
  onEvent(event: Event): void;
  /** The focus moved in the page. */
  onFocusIn(event: Event): void;
}

/**
 * The guard's listeners on the page: capture phase on window, and `submit` on each open shadow root the user focuses
 * something in (./shadow-submits.ts). Returns how to remove them; once removed, nothing reaches `handlers`.
 */
export function listenToPage(win: Window, handlers: PageHandlers): () => void {
  let listening = true;
  const onEvent = (event: Event) => void (listening && handlers.onEvent(event));
  const submitsInShadowRoots = watchShadowSubmits(onEvent);
  const onFocusIn = (event: Event) => {
    if (!listening) return;
    submitsInShadowRoots(event.composedPath()[0]);
    handlers.onFocusIn(event);
  };
  for (const type of INTERCEPTED) win.addEventListener(type, onEvent, true);
  win.addEventListener('focusin', onFocusIn, true);
  return () => {
    listening = false;
    for (const type of INTERCEPTED) win.removeEventListener(type, onEvent, true);
    win.removeEventListener('focusin', onFocusIn, true);
  };
}

export interface Net {
  adapter: PlatformAdapter;
  lifecycle: Lifecycle;
  userInput: UserInput;
  /**
   * From now on the page's events go to `handlers`. Returns the publish held meanwhile, if any (stopped before the
   * site saw it, and the user's: for the guard to decide), and how to stop listening.
   */
  attach(handlers: PageHandlers): { held: PublishGesture | null; detach(): void };
  /** Whether a guard took the net already (one guard per net: a second one would decide every publish twice). */
  attached(): boolean;
}

export interface NetEnv {
  win: Window;
  /** Is the extension still there for this copy? (./lifecycle.ts) */
  connected(): boolean;
  /** How long a held publish waits for the guard once the page has loaded, before the net says it cannot guard. */
  guardWaitMs?: number;
  /** How the page is told that a held publish was not sent (tests). */
  notify?: (doc: Document, why: UnprotectedWhy) => void;
}

/** A held publish waits this long after the page's load for the guard to start. */
const GUARD_WAIT_MS = 5000;
/** How often a held publish's net looks whether an update cut it off. */
const UPDATE_CHECK_MS = 250;
/** How long a net cut off with a publish held waits for a fresh copy before saying the tab is not protected. */
const SUCCESSOR_WAIT_MS = 3000;
const slot = worldSlot<Net>('__rightAccountNet');

export function startNet(adapter: PlatformAdapter, env: NetEnv): Net {
  const { win } = env;
  const lifecycle = startLifecycle({ win, connected: env.connected });
  // Registered before our own listeners, so that it sees the user's input first.
  const userInput = watchUserInput(win);
  lifecycle.onStop(userInput.stop);
  let guard: PageHandlers | null = null;
  let held: PublishGesture | null = null;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  let watching: ReturnType<typeof setInterval> | undefined;

  // Once cut off, the person-or-script watcher is gone: a trusted event is the nearest reading of "the user's".
  const isUsersPublish = (event: Event) => event.isTrusted === true && !!adapter.classify(event, event.composedPath());

  // The guard never came: the held publish is not sent unchecked; say so, and step aside.
  const waitForGuard = () => {
    waiting = setTimeout(() => {
      if (guard || !held) return;
      if (win.document.readyState !== 'complete') return waitForGuard();
      held = null;
      lifecycle.stop();
      (env.notify ?? showUnprotectedNotice)(win.document, 'not-started');
    }, env.guardWaitMs ?? GUARD_WAIT_MS);
  };
  // While a publish is held, an update may cut this copy off (a fresh copy then guards the tab, in a world of its
  // own): nothing else would wake it, so it looks, and steps aside at once.
  const watchForUpdate = () => {
    watching = setInterval(() => void (lifecycle.alive() || lifecycle.stop()), UPDATE_CHECK_MS);
  };
  // Stepping aside (an update, a fresh copy taking over) with a publish held: it is not sent, and the page says so,
  // and whether a fresh copy guards the tab now (the background injects one once it starts: it may take a moment).
  const sayNotSent = () => {
    const notify = env.notify ?? showUnprotectedNotice;
    let waited = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      clearTimeout(timer);
      for (const type of INTERCEPTED) win.removeEventListener(type, onPublish, true);
    };
    // The user sends again meanwhile: the fresh copy guards it if it is there by then; if not, it goes out unchecked,
    // and that is what the page must say (never "not sent, send it again" after it went).
    const onPublish = (event: Event) => {
      if (!isUsersPublish(event)) return;
      done();
      if (!lifecycle.takenOver()) notify(win.document, 'cut-off');
    };
    const look = () => {
      const why = lifecycle.takenOver() ? 'interrupted' : waited >= SUCCESSOR_WAIT_MS ? 'interrupted-unprotected' : null;
      if (!why) {
        waited += UPDATE_CHECK_MS;
        timer = setTimeout(look, UPDATE_CHECK_MS);
        return;
      }
      done();
      notify(win.document, why);
    };
    for (const type of INTERCEPTED) win.addEventListener(type, onPublish, true);
    look();
  };
  lifecycle.onStop(() => {
    clearTimeout(waiting);
    clearInterval(watching);
    if (!held) return;
    held = null;
    sayNotSent();
  });

  const beforeGuard = (event: Event) => {
    const gesture = adapter.classify(event, event.composedPath());
    if (!gesture || !userInput.behind(event)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (held) return;
    held = gesture;
    waitForGuard();
    watchForUpdate();
  };
  const onEvent = (event: Event) => {
    // Cut off from the extension (updated or reloaded): step aside, never stopping an event we can no longer explain,
    // whether or not a guard took the net.
    if (!lifecycle.alive()) {
      const publishing = isUsersPublish(event);
      // This publish goes through unchecked, and the page says so: a publish held before it is no longer the news.
      if (publishing) held = null;
      return lifecycle.cutOff(publishing);
    }
    return guard ? guard.onEvent(event) : beforeGuard(event);
  };
  lifecycle.onStop(listenToPage(win, { onEvent, onFocusIn: (event) => guard?.onFocusIn(event) }));

  const net: Net = {
    adapter,
    lifecycle,
    userInput,
    attach(handlers) {
      guard = handlers;
      clearTimeout(waiting);
      clearInterval(watching);
      const taken = held;
      held = null;
      return { held: taken, detach: () => void (guard === handlers && (guard = null)) };
    },
    attached: () => guard !== null,
  };
  slot.put(net, lifecycle);
  return net;
}

/** The net of this page, at document_start: the entrypoints' one call. */
export function startPageNet(adapter: PlatformAdapter): Net {
  // Chrome: `runtime.id` is gone once this copy is cut off from the extension.
  return startNet(adapter, { win: window, connected: () => !!browser.runtime?.id });
}

/**
 * The net this page's guard attaches to: the one the first content script of `platform` started in this world, if it
 * still speaks for the extension and no guard took it yet. None: this copy has nothing to guard (the first script did
 * not run, or a guard of the same copy is already there, as when a tab loading during an update got its declared
 * scripts and injected ones too).
 */
export function takeNet(platform: Platform): Net | null {
  const net = slot.get();
  return net && net.adapter.platform === platform && net.lifecycle.alive() && !net.attached() ? net : null;
}
