/**
 * The one interface between the shared guard (utils/guard) and a platform. An adapter knows the DOM of
 * one site and nothing of rules, banner or storage. Everything here is synchronous: the guard must decide
 * before the intercepted event finishes dispatching (see the architecture notes, decision 1).
 */
import type { DetectionProblem, Identity, Platform } from '../types';

export type { DetectionProblem } from '../types';

export interface IdentityReading {
  identity: Identity | null;
  /** Set when identity is null, or when it was read from a weaker fallback signal. */
  problem?: DetectionProblem;
}

/** How the user tried to publish. */
export type GestureKind =
  | 'click' // pointer click (or a click the browser synthesises from Enter/Space on a native button)
  | 'shortcut' // Ctrl/Cmd+Enter in a composer
  | 'enter' // plain Enter where it sends (DMs, chats, comments)
  | 'key-activation' // Enter/Space on a focused non-native button (div[role=button])
  | 'submit'; // form submission

export interface PublishGesture {
  kind: GestureKind;
  /** The composer root: the element that holds the editor(s) and the publish control that were used. */
  composer: Element;
  /** The publish control to click on replay; null if the composer has none right now. */
  control: HTMLElement | null;
  /** What is being published, for the journal and the banner. */
  surface: 'post' | 'reply' | 'message' | 'comment';
}

export interface PlatformAdapter {
  platform: Platform;
  /**
   * Is this event a publish gesture, and on which composer? Called for every click/keydown/submit
   * on the page, in the capture phase: it must return null quickly for everything else (likes, follows,
   * navigation, plain Enter in a post, IME composition) and must never throw.
   * `path` is `event.composedPath()`, so targets inside open shadow roots are visible.
   */
  classify(event: Event, path: readonly EventTarget[]): PublishGesture | null;
  /** The composer that contains the first element of `path`, if any (used on focusin). */
  composerOf(path: readonly EventTarget[]): Element | null;
  /** Read who a publish from `composer` (or from the page, if null) would go out as, now. */
  readIdentity(composer: Element | null): IdentityReading;
  /** The draft's text, all parts joined (a thread's posts separated by blank lines). */
  readDraft(composer: Element): string;
  /** The element to focus when a publish is cancelled (the editor the user was typing in). */
  editorOf(composer: Element): HTMLElement | null;
  /** The composer's publish control now (React may have replaced the one seen at interception). */
  publishControlOf(composer: Element): HTMLElement | null;
  /**
   * The composer that replaced `composer` once the site re-rendered it (LinkedIn swaps its share dialog for a new
   * one): the only composer on the page now holding this same, non-empty draft; null when none or several do.
   */
  relocate?(composer: Element, draft: string): Element | null;
  /**
   * The session key (see Identity.sessionKey) readable without the DOM, e.g. from a cookie. The guard reads it
   * once as it starts (the document parsed): the session the page was rendered for. A different key at publish
   * time means the account was switched in another tab while this one still shows the old account.
   */
  readSessionKey?(): string | undefined;
}
