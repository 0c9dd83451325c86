/**
 * Pure detectors for Instagram: functions of a DOM tree (and of the URL and cookie string they are given), no globals,
 * no state. The adapter (./adapter.ts) wires them to the live page. Every DOM hook and label comes from ./selectors.ts.
 *
 * Composers:
 * - comment / comment reply / story reply: the `<form>` of a textarea; Enter sends, the form's Post/Send control too,
 *   and the form's submit;
 * - post: the create dialog that holds the caption editor; only its header's Share publishes (never Next);
 * - message: a DM editor (rich textbox outside any dialog) and its bar's Send; Enter sends.
 */
import type { Identity } from '../../types';
import { isElement, objectAt, SKIPPED_TAGS, visibleText } from '../dom';
import type { IdentityReading, PublishGesture } from '../adapter';
import { defineGestures, type ControlHit, type GesturePolicyTable } from '../gestures';
import {
  HANDLE,
  INSTAGRAM_SELECTORS as S,
  POST_LABELS,
  PROFILE_PICTURE_ALT,
  RESERVED_PATHS,
  SEND_LABELS,
  SESSION_COOKIE,
  SHARE_LABELS,
  STORY_REPLY_LABEL,
  SWITCH_LABELS,
  VIEWER_JSON_MARKER,
} from './selectors';

export type Surface = PublishGesture['surface'];
export type ComposerFamily = 'form' | 'create' | 'dm';

const DOCUMENT_POSITION_FOLLOWING = 4;
/** How far up from a profile link the navigation's other entries may be. */
const NAV_DEPTH = 8;
/** How far up from a DM editor (or from a Send control) the DM bar may reach. */
const DM_DEPTH = 12;
/** Ancestors a DM bar never reaches. */
const DM_LIMIT = 'main, [role="main"], body';


/** Strips "@" and validates; undefined when it is not a possible Instagram username. */
export function normalizeHandle(raw: string | null | undefined): string | undefined {
  const handle = (raw ?? '').trim().replace(/^@/, '');
  return HANDLE.test(handle) ? handle : undefined;
}

// =====================================================================================================================
// Text
// =====================================================================================================================

/** Text without layout: `<img alt>` (emoji) included. */
export const textOf = (el: Element): string => visibleText(el);



/** A control's label: its text on one line (svg icons and their aria-labels ignored). */
export function labelOf(el: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child && text.length < 64; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (isElement(child) && !SKIPPED_TAGS.has(child.localName)) walk(child);
    }
  };
  walk(el);
  return text.replace(/\s+/g, ' ').trim();
}

/** The text of one editor: `value` for a textarea; Lexical paragraphs (`<p>`) as lines otherwise. */
export function editorText(editor: Element): string {
  if (editor.localName === 'textarea' || editor.localName === 'input') {
    const value = (editor as HTMLTextAreaElement).value;
    return typeof value === 'string' ? value : '';
  }
  return textOf(editor);
}

// =====================================================================================================================
// Identity
// =====================================================================================================================

/** The numeric account id in the `ds_user_id` cookie, or undefined. */
export function dsUserIdFromCookie(cookie: string): string | undefined {
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim().replace(/^"|"$/g, '');
    return /^\d{1,25}$/.test(value) ? value : undefined;
  }
  return undefined;
}

/** The user an avatar's alt names ("Photo de profil de x" / "x's profile picture"), or undefined. */
export function userOfAlt(alt: string | null | undefined): string | undefined {
  const text = (alt ?? '').trim();
  for (const pattern of PROFILE_PICTURE_ALT) {
    const match = pattern.exec(text);
    if (match) return normalizeHandle(match[1]);
  }
  return undefined;
}

/** The username a profile link points at (`/<user>/`, same host), or undefined for routes and other hosts. */
export function handleOfHref(href: string | null | undefined, url: string): string | undefined {
  if (!href) return undefined;
  let path: string;
  try {
    // Relative links resolve against the page (always www.instagram.com where the content script runs).
    const parsed = new URL(href, /^https:\/\/([a-z]+\.)?instagram\.com\//.test(url) ? url : 'https://www.instagram.com/');
    if (!/(^|\.)instagram\.com$/.test(parsed.hostname)) return undefined;
    path = parsed.pathname;
  } catch {
    return undefined;
  }
  const match = /^\/([^/]+)\/?$/.exec(path);
  if (!match || RESERVED_PATHS.has(match[1]!.toLowerCase())) return undefined;
  return normalizeHandle(decodeURIComponent(match[1]!));
}


export interface Viewer {
  id?: string;
  username?: string;
  fullName?: string;
}

/** The viewer object of Instagram's data scripts (only the object after VIEWER_JSON_MARKER is parsed). */
export function readViewer(root: ParentNode): Viewer | null {
  for (const script of Array.from(root.querySelectorAll(S.dataScript))) {
    const text = script.textContent ?? '';
    const at = text.indexOf(VIEWER_JSON_MARKER);
    if (at < 0) continue;
    const json = objectAt(text, at + VIEWER_JSON_MARKER.length);
    if (!json) return null;
    try {
      const data = JSON.parse(json) as Record<string, unknown>;
      const viewer: Viewer = {};
      if (typeof data.id === 'string' && /^\d+$/.test(data.id)) viewer.id = data.id;
      const username = typeof data.username === 'string' ? normalizeHandle(data.username) : undefined;
      if (username) viewer.username = username;
      if (typeof data.full_name === 'string' && data.full_name.trim()) viewer.fullName = data.full_name.trim();
      return viewer;
    } catch {
      return null;
    }
  }
  return null;
}

interface Found {
  handle: string;
  name?: string;
  avatarUrl?: string;
  source: string;
}
type Signal = Found | 'conflict' | undefined;

function httpSrc(img: Element | null | undefined): string | undefined {
  const src = img?.getAttribute('src') ?? '';
  return /^https?:\/\//.test(src) ? src : undefined;
}

/** Profile links (avatar alt and href naming the same user) under `scope`. */
function profileLinks(scope: ParentNode, url: string): { link: Element; img: Element; handle: string }[] {
  const out: { link: Element; img: Element; handle: string }[] = [];
  for (const img of Array.from(scope.querySelectorAll(S.linkedAvatar))) {
    const link = img.closest('a');
    const fromAlt = userOfAlt(img.getAttribute('alt'));
    const fromHref = link && handleOfHref(link.getAttribute('href'), url);
    if (link && fromAlt && fromHref && fromAlt.toLowerCase() === fromHref.toLowerCase()) out.push({ link, img, handle: fromHref });
  }
  return out;
}

/**
 * Is this link the navigation's own profile entry: in its landmark, or among its fixed entries? "Among" means that the
 * nearest ancestor holding a fixed entry holds at least two different ones (Explore, Reels, Messages: a bar of the app,
 * not a DM thread's back link to the inbox) and no editor (the navigation never holds a composer: an ancestor that does
 * is the whole page, where a conversation partner's or a story author's avatar sits too).
 */
function inNavigation(link: Element): boolean {
  if (link.closest(S.navigation)) return true;
  let node: Element | null = link.parentElement;
  for (let depth = 0; node && depth < NAV_DEPTH && !node.matches('body'); depth++, node = node.parentElement) {
    if (node.querySelector(EDITORS)) return false;
    const entries = Array.from(node.querySelectorAll(S.navEntry)).filter((entry) => !entry.closest(S.contentScope));
    if (new Set(entries.map((entry) => navRoute(entry.getAttribute('href')))).size >= 2) return true;
  }
  return false;
}

/** Every editor a composer can have: the navigation holds none. */
const EDITORS = `${S.richEditor}, textarea`;

/** The route of a fixed navigation entry: its first path segment (`explore`, `reels`, `direct`). */
function navRoute(href: string | null): string {
  return /^\/([^/?#]*)/.exec(href ?? '')?.[1] ?? '';
}

/** Signal 1: the navigation's profile entry (never an avatar in the feed, stories, dialogs or menus). */
function fromNavigation(root: ParentNode, url: string): Signal {
  const chosen = profileLinks(root, url).filter((p) => !p.link.closest(S.contentScope) && inNavigation(p.link));
  if (chosen.length === 0) return undefined;
  const handles = new Set(chosen.map((p) => p.handle.toLowerCase()));
  if (handles.size > 1) return 'conflict';
  const found: Found = { handle: chosen[0]!.handle, source: 'profile-link' };
  const avatarUrl = httpSrc(chosen[0]!.img);
  if (avatarUrl) found.avatarUrl = avatarUrl;
  return found;
}

/**
 * Signal 2: the switcher card of the home feed's right column (your username, your name, "Switch"): the nearest
 * ancestor of a Switch button that holds a profile link, and nothing else that is a control.
 */
function fromSwitcherCard(root: ParentNode, url: string): Signal {
  const buttons = Array.from(root.querySelectorAll(S.control)).filter((b) => SWITCH_LABELS.has(labelOf(b)) && b.closest(S.mainLandmark));
  const handles = new Map<string, Found>();
  for (const button of buttons) {
    // The card: the nearest ancestor that holds a profile link.
    let card: Element | null = button.parentElement;
    let links: ReturnType<typeof profileLinks> = [];
    for (let depth = 0; card && depth < 6; depth++, card = card.parentElement) {
      links = profileLinks(card, url);
      if (links.length > 0) break;
    }
    if (!card || links.length === 0) continue;
    // The card holds the viewer and the Switch button only. An ancestor that also holds other controls (Follow) is the
    // suggestions list, reached because the viewer's own avatar link is missing: those are other people.
    if (Array.from(card.querySelectorAll(S.control)).some((c) => !SWITCH_LABELS.has(labelOf(c)))) continue;
    const handle = links[0]!.handle;
    if (links.some((l) => l.handle.toLowerCase() !== handle.toLowerCase())) return 'conflict';
    const found: Found = { handle, source: 'account-switcher' };
    const lines = textOf(card)
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l && l.toLowerCase() !== handle.toLowerCase() && !SWITCH_LABELS.has(l) && !userOfAlt(l));
    if (lines[0]) found.name = lines[0];
    const avatarUrl = httpSrc(links[0]!.img);
    if (avatarUrl) found.avatarUrl = avatarUrl;
    handles.set(handle.toLowerCase(), found);
  }
  if (handles.size > 1) return 'conflict';
  return handles.values().next().value;
}

/**
 * Who a publish would go out as, from the page as it is now. Signals in order of trust: the navigation's profile link,
 * the switcher card, the embedded viewer (only when its id is the `ds_user_id` cookie's). Every signal present must
 * agree; the viewer id must be the cookie's (otherwise the session switched account after this page was rendered).
 */
export function detectIdentity(root: ParentNode, url: string, cookie: string): IdentityReading {
  const sessionKey = dsUserIdFromCookie(cookie);
  const viewer = readViewer(root);
  if (viewer?.id && sessionKey && viewer.id !== sessionKey) return { identity: null, problem: 'conflicting-signals' };
  const nav = fromNavigation(root, url);
  const card = fromSwitcherCard(root, url);
  if (nav === 'conflict' || card === 'conflict') return { identity: null, problem: 'conflicting-signals' };
  const viewerFound: Found | undefined =
    viewer?.username && viewer.id && viewer.id === sessionKey ? { handle: viewer.username, source: 'viewer-data' } : undefined;
  const readings = [nav, card, viewerFound].filter((f): f is Found => !!f);
  // The viewer's username, even unconfirmed by the cookie, must not contradict the DOM.
  const handles = new Set([...readings.map((f) => f.handle.toLowerCase()), ...(viewer?.username ? [viewer.username.toLowerCase()] : [])]);
  if (handles.size > 1) return { identity: null, problem: 'conflicting-signals' };
  const found = readings[0];
  if (!found) return { identity: null, problem: 'no-identity-signal' };
  const identity: Identity = { platform: 'instagram', handle: found.handle, source: found.source };
  const name = viewer?.username && viewer.fullName ? viewer.fullName : card?.name;
  if (name) identity.name = name;
  const avatarUrl = found.avatarUrl ?? card?.avatarUrl;
  if (avatarUrl) identity.avatarUrl = avatarUrl;
  if (sessionKey) identity.sessionKey = sessionKey;
  return { identity };
}

// =====================================================================================================================
// Composers
// =====================================================================================================================

/** A comment or story-reply textarea: a textarea inside a form. */
function formTextareaAt(el: Element): HTMLTextAreaElement | null {
  return el.localName === 'textarea' && el.closest('form') ? (el as HTMLTextAreaElement) : null;
}

/** The rich editor (caption or DM) `el` is or is inside. */
function richEditorAt(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>(S.richEditor);
}

function controlsIn(scope: ParentNode, labels: ReadonlySet<string>): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(S.control)).filter((c) => labels.has(labelOf(c)) && !c.querySelector(S.control));
}

/** The publish control of a comment/story form: its Post/Send control, else its only submit button, else the one beside it. */
function formControlOf(form: Element): HTMLElement | null {
  const labelled = controlsIn(form, POST_LABELS).concat(controlsIn(form, SEND_LABELS));
  if (labelled.length === 1) return labelled[0]!;
  if (labelled.length > 1) return null; // ambiguous: never guessed
  const submits = Array.from(form.querySelectorAll<HTMLButtonElement>('button')).filter((b) => b.type === 'submit');
  if (submits.length === 1) return submits[0]!;
  if (submits.length > 1) return null;
  const beside = besideForm(form);
  return beside.length === 1 ? beside[0]! : null;
}

/** How far above a comment form a Post/Send control beside it may sit. */
const BESIDE_DEPTH = 3;

/**
 * Post/Send controls beside a comment or story form rather than in it: in the nearest ancestors of the form that hold
 * no other editor and are no content scope (a post, the page).
 */
function besideForm(form: Element): HTMLElement[] {
  let node = form.parentElement;
  for (let depth = 0; node && depth < BESIDE_DEPTH && !node.matches(S.contentScope); depth++, node = node.parentElement) {
    if (node.querySelectorAll(EDITORS).length > 1) return [];
    const found = controlsIn(node, POST_LABELS).concat(controlsIn(node, SEND_LABELS)).filter((c) => !form.contains(c));
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The comment or story form a Post/Send control outside any form belongs to: the form of the one editor in its nearest
 * ancestors, when the control is beside that form, or when the form's textarea holds a draft (fail closed).
 */
function formBeside(control: Element): Element | null {
  let node = control.parentElement;
  for (let depth = 0; node && depth < BESIDE_DEPTH + 1 && !node.matches(S.contentScope); depth++, node = node.parentElement) {
    const editors = Array.from(node.querySelectorAll(EDITORS));
    if (editors.length === 0) continue;
    const form = editors.length === 1 && editors[0]!.localName === 'textarea' ? editors[0]!.closest('form') : null;
    if (!form) return null;
    return besideForm(form).includes(control as HTMLElement) || editorText(editors[0]!).trim() !== '' ? form : null;
  }
  return null;
}

/** The create dialog's Share candidates: Share-labelled controls of the dialog before the caption editor (header). */
function shareControlsOf(dialog: Element): HTMLElement[] {
  const editor = dialog.querySelector(S.richEditor);
  if (!editor) return [];
  return controlsIn(dialog, SHARE_LABELS).filter((c) => c.compareDocumentPosition(editor) & DOCUMENT_POSITION_FOLLOWING);
}

/** The create dialog's Share, when there is exactly one (what a replay may click). */
function shareControlOf(dialog: Element): HTMLElement | null {
  const shares = shareControlsOf(dialog);
  return shares.length === 1 ? shares[0]! : null;
}

/**
 * The DM composer of a DM editor: its nearest ancestor that holds a Send control. Instagram wraps its Lexical editor in
 * many layers (and a redesign adds more): up to DM_DEPTH of them, never past `main` or the page.
 */
function dmRootOf(editor: Element): Element {
  let node: Element | null = editor.parentElement;
  for (let depth = 0; node && depth < DM_DEPTH && !node.matches(DM_LIMIT); depth++, node = node.parentElement) {
    if (controlsIn(node, SEND_LABELS).length > 0) return node;
  }
  return editor.parentElement ?? editor;
}

function dmControlOf(composer: Element): HTMLElement | null {
  const sends = controlsIn(composer, SEND_LABELS);
  return sends.length === 1 ? sends[0]! : null;
}

function isDmEditor(editor: Element): boolean {
  return !editor.closest(S.dialog) && !editor.closest('form');
}

/** The family of a composer root. */
export function composerFamily(composer: Element): ComposerFamily | null {
  if (composer.localName === 'form' && composer.querySelector('textarea')) return 'form';
  if (composer.matches(S.dialog) && composer.querySelector(S.richEditor)) return 'create';
  const editor = composer.matches(S.richEditor) ? composer : composer.querySelector(S.richEditor);
  return editor && isDmEditor(editor) ? 'dm' : null;
}

/**
 * The composer root of an editor or of anything inside one: the form of a comment/story textarea, the dialog of a
 * caption editor, the bar of a DM editor. Null elsewhere (narrower than `composerAt`, which also finds it from the
 * composer's publish control).
 */
export function rootOfEditor(el: Element): Element | null {
  const textarea = formTextareaAt(el);
  if (textarea) return textarea.closest('form');
  const rich = richEditorAt(el);
  if (!rich) return null;
  const dialog = rich.closest(S.dialog);
  if (dialog) return dialog;
  return isDmEditor(rich) ? dmRootOf(rich) : null;
}

/** The composer's editor (one per composer on Instagram). */
export function editorOf(composer: Element): HTMLElement | null {
  const family = composerFamily(composer);
  if (family === 'form') return composer.querySelector('textarea');
  if (family === 'create') return composer.querySelector<HTMLElement>(S.richEditor);
  if (family === 'dm') return composer.matches(S.richEditor) ? (composer as HTMLElement) : composer.querySelector<HTMLElement>(S.richEditor);
  return null;
}

/** The composer's publish control now (Instagram re-renders it: never cache it). */
export function publishControlOf(composer: Element): HTMLElement | null {
  switch (composerFamily(composer)) {
    case 'form':
      return formControlOf(composer);
    case 'create':
      return shareControlOf(composer);
    case 'dm':
      return dmControlOf(composer);
    default:
      return null;
  }
}

export function draftOf(composer: Element): string {
  const editor = editorOf(composer);
  return editor ? editorText(editor).trim() : '';
}

/** 'message' for DMs and story replies, 'post' for the create flow, 'reply' for a comment answering @someone. */
export function surfaceOf(composer: Element): Surface {
  const family = composerFamily(composer);
  if (family === 'create') return 'post';
  if (family === 'dm') return 'message';
  const textarea = composer.querySelector('textarea');
  const label = `${textarea?.getAttribute('aria-label') ?? ''}\n${textarea?.getAttribute('placeholder') ?? ''}`;
  if (label.split('\n').some((l) => STORY_REPLY_LABEL.some((p) => p.test(l.trim())))) return 'message';
  return textarea && /^@[A-Za-z0-9._]+\s/.test(textarea.value) ? 'reply' : 'comment';
}

/** The publish control `el` is or is inside, with its composer; null for every other control. */
export function publishControlAt(el: Element): ControlHit | null {
  const control = el.closest<HTMLElement>(S.control);
  if (!control) return null;
  const label = labelOf(control);
  // A clicked control with a publish label in a composer's structure is a publish, even when that structure has
  // more than one (fail closed: a publish never gets through unseen). Only a replay needs the one control to click.
  if (POST_LABELS.has(label) || SEND_LABELS.has(label)) {
    const form = control.closest('form');
    if (form && form.querySelector('textarea')) return controlsIn(form, POST_LABELS).concat(controlsIn(form, SEND_LABELS)).includes(control) ? { control, composer: form } : null;
    // A comment form's Post rendered beside the form, not in it.
    const beside = !form && !control.closest(S.dialog) ? formBeside(control) : null;
    if (beside) return { control, composer: beside };
  }
  if (SHARE_LABELS.has(label)) {
    const dialog = control.closest(S.dialog);
    return dialog && shareControlsOf(dialog).includes(control) ? { control, composer: dialog } : null;
  }
  if (SEND_LABELS.has(label) && !control.closest(S.dialog)) {
    // A DM bar: the nearest ancestor holding a DM editor. When that editor's own bar does not reach this Send (another
    // Send sits nearer the editor, or a layout this code does not know), the Send is still guarded while the editor
    // holds a draft (fail closed), with that ancestor as the composer; a replay clicks only a bar's one Send.
    let node: Element | null = control.parentElement;
    for (let depth = 0; node && depth < DM_DEPTH && !node.matches(DM_LIMIT); depth++, node = node.parentElement) {
      const editor = node.querySelector(S.richEditor);
      if (!editor) continue;
      if (!isDmEditor(editor) || !controlsIn(node, SEND_LABELS).includes(control)) return null;
      return dmRootOf(editor) === node || editorText(editor).trim() !== '' ? { control, composer: node } : null;
    }
  }
  return null;
}

/** The composer containing `el`: via its editor, else via its publish control. */
export function composerAt(el: Element): Element | null {
  return rootOfEditor(el) ?? publishControlAt(el)?.composer ?? null;
}

/** Every composer on the page, in document order. */
export function findComposers(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const editor of Array.from(root.querySelectorAll(`${S.formTextarea}, ${S.richEditor}`))) {
    const composer = rootOfEditor(editor);
    if (composer && !found.includes(composer)) found.push(composer);
  }
  return found;
}

// =====================================================================================================================
// Gestures: Instagram's finders and its policy table (the rules shared by every platform: ../gestures.ts)
// =====================================================================================================================

/**
 * What the keys and a submit do in each Instagram composer family. Instagram sends nothing from an empty box. Enter is
 * guarded whatever the state of the Post/Send control: that state is not known to gate Instagram's own Enter handler
 * (fail closed). No Ctrl/Cmd+Enter shortcut is known on Instagram: any modifier with Enter is not a send.
 */
export const INSTAGRAM_GESTURE_POLICY: GesturePolicyTable<ComposerFamily> = {
  // Comment, comment reply, story reply: Enter submits (research §4.2 [V]), and so does the form's submit.
  form: { enterSends: true, shortcutSends: false, shortcutIgnores: [], emptySendsNothing: true, disabledSendsNothing: false, needsControl: false, submitIsPublish: true },
  // The create dialog's caption is multi-line: Enter is a newline, never a publish (only its header's Share is).
  create: { enterSends: false, shortcutSends: false, shortcutIgnores: [], emptySendsNothing: true, disabledSendsNothing: false, needsControl: false, submitIsPublish: false },
  // A DM: Enter sends (research §4.2 [V]). No form.
  dm: { enterSends: true, shortcutSends: false, shortcutIgnores: [], emptySendsNothing: true, disabledSendsNothing: false, needsControl: false, submitIsPublish: false },
};

/** Instagram's DOM finders for the gesture classifier. */
export const INSTAGRAM_GESTURES = defineGestures<ComposerFamily>({
  policy: INSTAGRAM_GESTURE_POLICY,
  publishControlAt,
  editorAt(el) {
    const composer = rootOfEditor(el);
    const kind = composer && composerFamily(composer);
    if (!composer || !kind) return null;
    // The node a suggestion list hangs on: the textarea, or the nearest editable around `el`.
    const editor = el.closest('textarea, [contenteditable="true"], [role="textbox"]') ?? el;
    return { editor, kind, composer: () => composer };
  },
  composerOfForm: (form) => (form.localName === 'form' && composerFamily(form) === 'form' ? { composer: form, kind: 'form' } : null),
  publishControlOf,
  draftOf,
  surfaceOf,
});
