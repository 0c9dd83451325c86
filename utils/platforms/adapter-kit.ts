/**
 * What every adapter does the same way, around one platform's pure detectors: read the page at the moment it is
 * asked (React and Ember replace nodes at will), classify gestures with the one classifier (./gestures.ts) from the
 * platform's finders and policy table, never throw into the guard, and keep only weak state:
 * - the editor last used in each composer, to put the cursor back on cancel;
 * - the keyboard gesture being dispatched, so that a click or submit the site synthesises from it (Enter →
 *   requestSubmit()) is the same publish, not a second one.
 * A platform supplies its detectors (utils/platforms/<platform>/detect.ts) and nothing else.
 */
import type { Platform } from '../types';
import type { IdentityReading, PlatformAdapter, PublishGesture } from './adapter';
import { classifyGesture, type GestureSpec } from './gestures';

/** Where an adapter reads the page; tests hand it a fixture document, a cookie string and a URL. */
export interface AdapterEnv {
  doc?: Document;
  getCookie?: () => string;
  getUrl?: () => string;
}

/** The page as the detectors read it: each getter is safe (a throwing cookie getter gives ''). */
export interface PageReader {
  doc(): Document;
  url(): string;
  cookie(): string;
}

export interface PlatformDetectors {
  platform: Platform;
  /** What publishes on this platform: its gesture finders and per-composer-kind policy table (see ./gestures.ts). */
  gestures: GestureSpec;
  /** The composer containing `el` (its editor, its publish control, its actor picker…), or null. */
  composerAt(el: Element): Element | null;
  /** The editor `el` is or is inside, when it belongs to `composer`. */
  editorAt(el: Element, composer: Element): HTMLElement | null;
  editorsOf(composer: Element): HTMLElement[];
  draftOf(composer: Element): string;
  publishControlOf(composer: Element): HTMLElement | null;
  /** Who a publish from `composer` (or from the page, if null) goes out as, read now. */
  readIdentity(page: PageReader, composer: Element | null): IdentityReading;
  /** The session key (see PlatformAdapter.readSessionKey), where a readable cookie has one. */
  sessionKey?(page: PageReader): string | undefined;
  /** Whether two composer roots are one (default: the same node). */
  sameComposer?(a: Element, b: Element): boolean;
  /** Told of every event that is not a publish gesture (Facebook keeps the draft at "Next"). */
  observe?(event: Event, path: readonly EventTarget[]): void;
  /** Every composer in the page (a full walk: used only to find a re-rendered composer again). */
  findComposers(root: ParentNode): Element[];
}

const KEYBOARD_KINDS = new Set<PublishGesture['kind']>(['shortcut', 'enter', 'key-activation']);
const EVENT_PHASE_NONE = 0;

/** Runs `read`, or gives `fallback` if it throws: a page in an unexpected state never breaks the guard. */
function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function pageReader(env: AdapterEnv): PageReader {
  const doc = () => env.doc ?? document;
  return {
    doc,
    url: () => safely(() => (env.getUrl ? env.getUrl() : doc().location?.href) ?? '', ''),
    cookie: () => safely(() => (env.getCookie ? env.getCookie() : doc().cookie) ?? '', ''),
  };
}

export function buildAdapter(env: AdapterEnv, detectors: PlatformDetectors): PlatformAdapter {
  const page = pageReader(env);
  const same = detectors.sameComposer ?? ((a: Element, b: Element) => a === b);
  const lastEditor = new WeakMap<Element, HTMLElement>();
  let keyGesture: { event: Event; composer: Element } | null = null;

  function remember(composer: Element, el: Element) {
    const editor = detectors.editorAt(el, composer);
    if (editor && composer.contains(editor)) lastEditor.set(composer, editor);
  }

  const adapter: PlatformAdapter = {
    platform: detectors.platform,

    classify: (event, path) =>
      safely(() => {
        const gesture = classifyGesture(detectors.gestures, event, path);
        if (!gesture) {
          detectors.observe?.(event, path);
          return null;
        }
        // Dispatched synchronously by the site's own handler of the keyboard gesture being dispatched: the same
        // publish, not a second one.
        const pending = keyGesture;
        if (pending && pending.event !== event && pending.event.eventPhase !== EVENT_PHASE_NONE && same(pending.composer, gesture.composer)) return null;
        if (KEYBOARD_KINDS.has(gesture.kind)) {
          keyGesture = { event, composer: gesture.composer };
          const target = path[0] as Element | undefined;
          if (target?.nodeType === 1) remember(gesture.composer, target);
        }
        return gesture;
      }, null),

    composerOf: (path) =>
      safely(() => {
        const first = path[0] as Element | undefined;
        if (!first || first.nodeType !== 1) return null;
        const composer = detectors.composerAt(first);
        if (composer) remember(composer, first);
        return composer;
      }, null),

    readIdentity: (composer) =>
      safely(() => detectors.readIdentity(page, composer && composer.isConnected ? composer : null), { identity: null, problem: 'no-identity-signal' }),

    readDraft: (composer) => safely(() => detectors.draftOf(composer), ''),

    editorOf: (composer) =>
      safely(() => {
        const editors = detectors.editorsOf(composer);
        // The editor that has the focus now (in the composer's own tree: some live in a shadow root), else the one
        // last focused or typed in, else the first.
        const active = (composer.getRootNode() as Document | ShadowRoot).activeElement ?? null;
        const focused = active && editors.find((editor) => editor === active || editor.contains(active));
        if (focused) return focused;
        const last = lastEditor.get(composer);
        return last && last.isConnected && editors.includes(last) ? last : (editors[0] ?? null);
      }, null),

    publishControlOf: (composer) => safely(() => detectors.publishControlOf(composer), null),

    relocate: (composer, draft) =>
      safely(() => {
        if (!draft.trim()) return null;
        const same = detectors.findComposers(page.doc()).filter((c) => c !== composer && c.isConnected && detectors.draftOf(c) === draft);
        return same.length === 1 ? same[0]! : null;
      }, null),
  };
  const { sessionKey } = detectors;
  if (sessionKey) adapter.readSessionKey = () => safely(() => sessionKey(page), undefined);
  return adapter;
}
