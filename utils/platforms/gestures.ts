/**
 * Publish gestures, classified the same way on every platform. A platform states two things in the Gestures section of
 * its detect.ts, and nothing else:
 * - its DOM finders (`GestureSpec`): the publish control at an element, the editor at an element, the composer a
 *   submitted form belongs to, and what a composer's control, draft and surface are;
 * - its policy table (`GesturePolicy` per composer kind): what Enter, Ctrl/Cmd+Enter, an empty draft, a disabled
 *   control and a submit mean in that kind of composer.
 * Every rule that is the same everywhere is written once, here; every rule that differs between platforms is a line of
 * a table (tests/unit/platforms/gesture-policy.test.ts prints the four tables side by side).
 *
 * Pure: no state, no globals. Cheap checks on the event (type, key, IME) come before any DOM read, and the composer of
 * an editor is looked for only once the key is known to send (a newline in a post never walks the page).
 *
 * Rules that hold on every platform:
 * - click: on an enabled publish control (or inside it);
 * - keydown, Enter or Space, never during IME composition (Enter commits the composition: `isComposing`, keyCode 229);
 *   - on a focused publish control: a native `<button>`/`<input>` is left alone (the browser turns Enter/Space into a
 *     trusted click, classified as such: no double gesture); an enabled `div[role=button]` is a 'key-activation' (the
 *     sites start the press on keydown);
 *   - in an editor: Enter only, by the table. Shift or Alt with a plain Enter never sends (a newline, or unknown);
 *     an open suggestion list turns a plain Enter into a pick (see ./editing.ts);
 * - submit: of a composer's form, unless its submitter is the publish control (that click was the gesture already),
 *   never while the control is disabled.
 */
import type { GestureKind, PublishGesture } from './adapter';
import { isDisabled, isElement } from './dom';
import { suggestionsOpen } from './editing';

export type Surface = PublishGesture['surface'];

/** A modifier that may be held with Ctrl/Cmd+Enter (see `GesturePolicy.shortcutIgnores`). */
export type Modifier = 'shift' | 'alt';

/** What the keys and a submit do in one kind of composer. Every field is required: a table row says everything. */
export interface GesturePolicy {
  /**
   * Plain Enter (no Ctrl/Cmd, no Shift, no Alt) in the editor publishes. A function when the page shows a setting
   * (LinkedIn's "Press Enter to send"); it is read only once the rest says Enter would send.
   */
  enterSends: boolean | ((composer: Element) => boolean);
  /**
   * Ctrl/Cmd+Enter in the editor: `true`, a 'shortcut' gesture; `'as-enter'`, the editor ignores the modifier and it
   * is exactly a plain Enter (same checks, gesture 'enter'); `false`, it publishes nothing.
   */
  shortcutSends: boolean | 'as-enter';
  /** Modifiers that may be held with Ctrl/Cmd+Enter and still make the shortcut (any other stops it). */
  shortcutIgnores: readonly Modifier[];
  /**
   * A plain Enter (or 'as-enter') and a form submit send nothing while the draft is empty. Never applied to a
   * shortcut: it is the site's own publish command, taken at its word (a post may be a photo without text).
   */
  emptySendsNothing: boolean;
  /**
   * A key in the editor sends nothing while the composer's publish control is disabled. (A click, a key on the control
   * itself and a submit never count while it is disabled, on every platform: not a column.)
   */
  disabledSendsNothing: boolean;
  /** A key in the editor sends only when the composer has a publish control right now. */
  needsControl: boolean;
  /** The composer is (or holds) a form the site submits: a submit event on it publishes. */
  submitIsPublish: boolean;
}

export type GesturePolicyTable<K extends string> = Readonly<Record<K, GesturePolicy>>;

/** A publish control and the composer it publishes. */
export interface ControlHit {
  control: HTMLElement;
  composer: Element;
}

/** An editor (the element whose suggestion list counts), its composer kind, and its composer, found when asked. */
export interface EditorHit<K extends string> {
  editor: Element;
  kind: K;
  /** Only called once the key is known to send by the table (some platforms walk the page to find it). */
  composer(): Element | null;
}

/** The composer a submitted form belongs to, and its kind. */
export interface FormHit<K extends string> {
  composer: Element;
  kind: K;
}

/** One platform's DOM finders and policy table: everything the classifier needs to know of it. */
export interface GestureSpec<K extends string = string> {
  policy: GesturePolicyTable<K>;
  /** The publish control `el` is or is inside, with its composer; null for every other control. */
  publishControlAt(el: Element): ControlHit | null;
  /** The editor `el` is or is inside, with its kind; null outside editors (and for editors of no known composer). */
  editorAt(el: Element): EditorHit<K> | null;
  /** The composer whose form `form` is (a submit's target); null for any other form (search…). */
  composerOfForm(form: Element): FormHit<K> | null;
  /**
   * Is a submit's `submitter` the publish control whose click was already the gesture? Default: it is the composer's
   * publish control now (`publishControlOf`).
   */
  isPublishSubmitter?(submitter: Element, composer: Element): boolean;
  publishControlOf(composer: Element): HTMLElement | null;
  draftOf(composer: Element): string;
  surfaceOf(composer: Element): Surface;
}

/** Names the spec's kinds for type inference: `defineGestures({ policy: { post: …, dm: … }, … })`. */
export function defineGestures<K extends string>(spec: GestureSpec<K>): GestureSpec<K> {
  return spec;
}

/**
 * Is this event a publish gesture, and on which composer? The one classifier of every platform (the adapter kit calls
 * it with the platform's spec). Never reads the DOM for an event type or key that cannot publish.
 */
export function classifyGesture<K extends string>(spec: GestureSpec<K>, event: Event, path: readonly EventTarget[]): PublishGesture | null {
  switch (event.type) {
    case 'click':
      return clickGesture(spec, path);
    case 'keydown':
      return keyGesture(spec, event as KeyboardEvent, path);
    case 'submit':
      return submitGesture(spec, event, path);
    default:
      return null;
  }
}

function gesture<K extends string>(spec: GestureSpec<K>, kind: GestureKind, composer: Element, control: HTMLElement | null): PublishGesture {
  return { kind, composer, control, surface: spec.surfaceOf(composer) };
}

function targetOf(path: readonly EventTarget[]): Element | null {
  const first = path[0];
  return isElement(first) ? first : null;
}

/** A control the browser activates itself: Enter/Space on it becomes a trusted click (classified as the click). */
function isNativeButton(control: Element): boolean {
  return control.localName === 'button' || control.localName === 'input';
}

function clickGesture<K extends string>(spec: GestureSpec<K>, path: readonly EventTarget[]): PublishGesture | null {
  const el = targetOf(path);
  const hit = el && spec.publishControlAt(el);
  if (!hit || isDisabled(hit.control)) return null;
  return gesture(spec, 'click', hit.composer, hit.control);
}

function keyGesture<K extends string>(spec: GestureSpec<K>, event: KeyboardEvent, path: readonly EventTarget[]): PublishGesture | null {
  const enter = event.key === 'Enter' || event.keyCode === 13;
  const space = event.key === ' ' || event.key === 'Spacebar';
  if (!enter && !space) return null;
  if (event.isComposing || event.keyCode === 229) return null; // IME: Enter commits the composition
  const el = targetOf(path);
  if (!el) return null;
  // A focused publish control first. (No site puts an editor inside a control or the reverse, so the order of the two
  // paths decides nothing; tests/unit/platforms/gesture-policy.test.ts checks it on every fixture.)
  const hit = spec.publishControlAt(el);
  if (hit) {
    if (isNativeButton(hit.control) || isDisabled(hit.control)) return null;
    return gesture(spec, 'key-activation', hit.composer, hit.control);
  }
  return enter ? editorGesture(spec, event, el) : null;
}

/**
 * What an Enter does in an editor under `policy`, from the modifiers alone: 'enter', 'shortcut', or nothing. No DOM
 * read (a function-valued `enterSends` is read later, on the composer).
 */
export function enterKind(policy: GesturePolicy, keys: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): 'enter' | 'shortcut' | null {
  const command = keys.ctrlKey || keys.metaKey;
  if (command && policy.shortcutSends !== 'as-enter') {
    if (!policy.shortcutSends) return null;
    if (keys.shiftKey && !policy.shortcutIgnores.includes('shift')) return null;
    if (keys.altKey && !policy.shortcutIgnores.includes('alt')) return null;
    return 'shortcut';
  }
  // A plain Enter, or Ctrl/Cmd+Enter where the editor ignores the modifier. Shift+Enter is a newline everywhere;
  // Alt+Enter is not known to send anywhere: never classified, so that a replay never sends what the user did not mean.
  if (keys.shiftKey || keys.altKey || policy.enterSends === false) return null;
  return 'enter';
}

function editorGesture<K extends string>(spec: GestureSpec<K>, event: KeyboardEvent, el: Element): PublishGesture | null {
  const hit = spec.editorAt(el);
  const policy = hit ? spec.policy[hit.kind] : undefined;
  if (!hit || !policy) return null;
  const kind = enterKind(policy, event);
  if (!kind) return null;
  // Enter picks a mention, hashtag or emoji from an open suggestion list (on the focused node or its editor). A
  // shortcut sends even then (X: Draft's send command stays active while the typeahead is open, research §1.2 [V]).
  if (kind === 'enter' && (suggestionsOpen(el) || (hit.editor !== el && suggestionsOpen(hit.editor)))) return null;
  const composer = hit.composer();
  if (!composer) return null;
  if (kind === 'enter') {
    if (policy.emptySendsNothing && spec.draftOf(composer) === '') return null;
    if (typeof policy.enterSends === 'function' && !policy.enterSends(composer)) return null;
  }
  const control = spec.publishControlOf(composer);
  if (control ? policy.disabledSendsNothing && isDisabled(control) : policy.needsControl) return null;
  return gesture(spec, kind, composer, control);
}

function submitGesture<K extends string>(spec: GestureSpec<K>, event: Event, path: readonly EventTarget[]): PublishGesture | null {
  const form = targetOf(path);
  const hit = form && spec.composerOfForm(form);
  const policy = hit ? spec.policy[hit.kind] : undefined;
  if (!hit || !policy?.submitIsPublish) return null;
  const { composer } = hit;
  // A submit caused by a click on the publish control: that click was the gesture already.
  const submitter = (event as SubmitEvent).submitter;
  if (submitter && (spec.isPublishSubmitter ? spec.isPublishSubmitter(submitter, composer) : submitter === spec.publishControlOf(composer))) return null;
  if (policy.emptySendsNothing && spec.draftOf(composer) === '') return null;
  const control = spec.publishControlOf(composer);
  if (control && isDisabled(control)) return null;
  return gesture(spec, 'submit', composer, control);
}
