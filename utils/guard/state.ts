/**
 * The guard's states, named. At most one publish is in the guard's hands at a time:
 * - idle: nothing pending;
 * - holding: a publish made in the page's first milliseconds is held until the settings are read;
 * - asking: the banner is open and waits for the user;
 * - replaying: our own click on the publish control is being dispatched (let through, never classified again).
 * Beside them, the same-task window: the gesture let through in the current task, so that a submit the site makes of
 * it in that same task (its click handler calling requestSubmit()) is not taken for a second publish.
 */
export type GuardPhase = 'idle' | 'holding' | 'asking' | 'replaying';

/** What the banner exposes to the guard's state (utils/guard/banner-host.ts). */
export interface OpenBanner {
  host: HTMLElement;
  attention(): void;
  close(): void;
}

export interface PassedGesture {
  composer: Element;
  type: string;
  draft: string;
}

export interface GuardState {
  readonly phase: GuardPhase;
  readonly banner: OpenBanner | null;
  /** A decision is pending: a second publish attempt is stopped and never publishes. */
  readonly busy: boolean;
  hold(): void;
  /** The banner is shown (from idle or holding): the guard waits for the user. */
  ask(banner: OpenBanner): void;
  /** The pending decision is over (cancel, confirm, or a banner that went with its composer). */
  settle(): void;
  /** Is this banner still the one the guard waits on? (A callback of a closed banner does nothing.) */
  isAsking(banner: OpenBanner): boolean;
  /** Runs our own publish click; events it dispatches synchronously are ours. Ends idle. */
  replay(click: () => void): void;
  /** Remembers the gesture let through, until the current task ends. */
  letThrough(gesture: PassedGesture): void;
  /**
   * Is this event the gesture let through in this task, seen again? Another kind of event, on the same composer (or
   * one inside the other), with the same draft: the site submitting what was clicked (requestSubmit). A second click
   * or key of the user's own, even queued within the task, is a new publish.
   */
  isFollowUp(type: string, composer: Element, draftOf: (composer: Element) => string): boolean;
}

/** `endOfTask` runs a callback once the current task is over (tests run it by hand). */
export function createGuardState(endOfTask: (callback: () => void) => void = (callback) => void setTimeout(callback, 0)): GuardState {
  let phase: GuardPhase = 'idle';
  let banner: OpenBanner | null = null;
  let passed: PassedGesture | null = null;
  return {
    get phase() {
      return phase;
    },
    get banner() {
      return banner;
    },
    get busy() {
      return phase === 'holding' || phase === 'asking';
    },
    hold() {
      phase = 'holding';
    },
    ask(next) {
      banner = next;
      phase = 'asking';
    },
    settle() {
      const closing = banner;
      banner = null;
      phase = 'idle';
      closing?.close();
    },
    isAsking: (candidate) => phase === 'asking' && banner === candidate,
    replay(click) {
      phase = 'replaying';
      try {
        click();
      } finally {
        phase = 'idle';
      }
    },
    letThrough(gesture) {
      if (!passed) endOfTask(() => (passed = null));
      passed = gesture;
    },
    isFollowUp: (type, composer, draftOf) =>
      !!passed &&
      passed.type !== type &&
      (passed.composer === composer || passed.composer.contains(composer) || composer.contains(passed.composer)) &&
      draftOf(composer) === passed.draft,
  };
}
