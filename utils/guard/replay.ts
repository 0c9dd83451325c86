/**
 * Publishing once what the user confirmed: a click on the composer's publish control, let through our own listener.
 * The site may have re-rendered the composer while the banner was open; then the one composer now holding the same
 * draft is used, and only if it would still publish as the identity the user confirmed (switching "post as"
 * re-renders too).
 */
import { sameIdentity } from '../rules/engine';
import type { PlatformAdapter } from '../platforms/adapter';
import { isDisabled } from '../platforms/dom';
import type { Decision } from './decide';
import type { IdentityReader } from './identity';
import type { GuardState } from './state';

/** The control to click for this decision now, or null when it is gone, disabled, or publishes as someone else. */
export function replayTarget(adapter: PlatformAdapter, read: IdentityReader, d: Decision): HTMLElement | null {
  const original = d.gesture.control;
  let composer: Element | null | undefined = d.gesture.composer;
  if (!composer.isConnected) {
    composer = adapter.relocate?.(composer, d.draft);
    const now = composer ? read(composer).identity : null;
    if (composer && !(now && d.identity ? sameIdentity(now, d.identity) : now === d.identity)) return null;
  }
  const control = original?.isConnected ? original : composer?.isConnected ? adapter.publishControlOf(composer) : null;
  return control && control.isConnected && !isDisabled(control) ? control : null;
}

/** Clicks the publish control once; false when there is nothing to click (the caller says so to the user). */
export function replay(adapter: PlatformAdapter, read: IdentityReader, state: GuardState, d: Decision): boolean {
  const control = replayTarget(adapter, read, d);
  if (!control) return false;
  state.replay(() => control.click());
  return true;
}
