/**
 * What the guard (./run.ts, the second content script, once the document is parsed) lends to the page's extras
 * (./extras.ts, the third, once the page is idle): the ribbon, the draft hand-off chip, the badge's reports and the
 * page's health. None of them decides a publish, so none has to be parsed before the page can be used; they take what
 * they need from the guard through a global of the content scripts' own world (the page can neither see nor forge
 * it), and plug back in with `extend`.
 */
import type { JournalEntryInput } from '../messaging/protocol';
import type { FrameRole } from '../messaging/frame-protocol';
import type { PlatformAdapter } from '../platforms/adapter';
import type { LanguagePreference, PageHealth, Platform } from '../types';
import type { Guard } from './guard';
import type { IdentityReader } from './identity';
import type { Lifecycle } from './lifecycle';
import type { WatchedSettings } from './settings-source';
import { worldSlot } from './world-slot';

export interface PageGuard {
  adapter: PlatformAdapter;
  lifecycle: Lifecycle;
  settings: WatchedSettings;
  /** The page's identity reader (one per page: ./identity.ts). */
  read: IdentityReader;
  record(entry: JournalEntryInput): void;
  /** What a publish from the page would go out as now, and the settings it would be judged by. */
  status: Guard['status'];
  frameUrl(ui: FrameRole): string;
  /** The language of our in-page UI, read at each use. */
  language(): LanguagePreference;
  /** The extras plug in: from now on they are told what the guard sees, and asked the page's health. */
  extend(extras: PageExtras): void;
  /** Whether extras plugged in already (one set per guard: a second would draw a second ribbon and chip). */
  extended(): boolean;
}

export interface PageExtras {
  /** A composer was focused or used (or null: the page without one). */
  seen(composer: Element | null): void;
  /** An event no gesture finder classified (the health check notices publish-labelled clicks among them). */
  unclassified(event: Event, path: readonly EventTarget[]): void;
  /** The page's health now. */
  health(): PageHealth;
}

const slot = worldSlot<PageGuard>('__rightAccountPageGuard');

export const lendGuard = (guard: PageGuard): void => slot.put(guard, guard.lifecycle);

/** The guard of this page, for `platform`, if it still speaks for the extension and has no extras yet. */
export function takeGuard(platform: Platform): PageGuard | null {
  const guard = slot.get();
  return guard && guard.adapter.platform === platform && guard.lifecycle.alive() && !guard.extended() ? guard : null;
}
