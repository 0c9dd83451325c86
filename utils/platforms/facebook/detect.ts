/**
 * Pure detectors for Facebook: functions of a DOM tree (and of the URL and cookie string they are given), no
 * globals, no state (the memo of data blocks is the caller's: see `DataScriptMemo`). The adapter (./adapter.ts) wires
 * them to the live page. Every DOM hook comes from ./selectors.ts.
 *
 * Composer kinds:
 * - 'post': the create-post dialog (`[role=dialog] form[method=post]`) and Business Suite's composer. Publishes on a
 *   click (or Enter/Space) on its final Post/Publier/Publish/Schedule control; "Next"/"Suivant" is never a publish.
 * - 'comment': a comment or reply box (Lexical, label "Write a comment…"/"Commenter en tant que …"). Enter sends.
 * - 'chat': a Messenger chat box (label "Message"/"Aa"). Enter sends.
 */
import type { Identity } from '../../types';
import { objectAt, visibleText } from '../dom';
import type { IdentityReading, PublishGesture } from '../adapter';
import { defineGestures, type ControlHit, type GesturePolicyTable } from '../gestures';
import {
  ACCOUNT_BUTTON_LABELS,
  ACTING_COOKIE,
  ACTOR_LABEL_PREFIXES,
  CHAT_EDITOR_LABELS,
  CHAT_SEND_LABELS,
  COMMENT_EDITOR_PREFIXES,
  COMMENT_SEND_LABELS,
  CURRENT_USER_MARKER,
  FACEBOOK_SELECTORS as S,
  NEXT_LABELS,
  NUMERIC_ID,
  PERSON_COOKIE,
  POST_TO_PREFIXES,
  PUBLISH_LABELS,
  REPLY_EDITOR_PREFIXES,
  RESERVED_PATHS,
  SCHEDULE_LABELS,
  VANITY,
  normalizeLabel,
} from './selectors';

export type ComposerKind = 'post' | 'comment' | 'chat';
export type Surface = PublishGesture['surface'];

const DOCUMENT_POSITION_FOLLOWING = 4;
/** How far up from an editor a composer root is looked for (Business Suite, comment actor pickers). */
const MAX_DEPTH = 12;


const startsWithAny = (label: string, prefixes: readonly string[]) => prefixes.some((p) => label.startsWith(p));

// =====================================================================================================================
// Text
// =====================================================================================================================

/** Text without layout, `<img alt>` (emoji) included, aria-hidden placeholders left out. */
export const textOf = (el: Element): string => visibleText(el, { skipHidden: true });



const lineOf = (el: Element) => textOf(el).replace(/\s+/g, ' ').trim();

/** One editor's text: Draft blocks joined with "\n" (Business Suite), else Lexical paragraphs as lines. */
export function editorText(editor: Element): string {
  const blocks = editor.querySelectorAll(S.draftBlock);
  if (blocks.length > 0) return Array.from(blocks, textOf).join('\n');
  return textOf(editor);
}

/** The label an element is named by: aria-label, else its own text. */
export function labelOf(el: Element): string {
  return normalizeLabel(el.getAttribute('aria-label') ?? lineOf(el));
}

/** An editor's label: aria-label, else aria-placeholder, else placeholder. */
function editorLabel(editor: Element): string {
  return normalizeLabel(editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? editor.getAttribute('placeholder'));
}

// =====================================================================================================================
// Cookies and embedded data
// =====================================================================================================================

export function cookieValue(cookie: string, name: string): string | undefined {
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim().replace(/^"|"$/g, '');
    return NUMERIC_ID.test(value) ? value : undefined;
  }
  return undefined;
}

/** The session's acting profile: `i_user` (a Page profile) when present, else `c_user` (the person). */
export function sessionKeyFromCookie(cookie: string): string | undefined {
  return cookieValue(cookie, ACTING_COOKIE) ?? cookieValue(cookie, PERSON_COOKIE);
}


export interface CurrentUser {
  /** The acting profile (a Page profile when switched into one). */
  userId: string;
  /** The person. */
  accountId?: string;
  name?: string;
}

/**
 * What each data block said, by block element: a memo the caller keeps between readings (the adapter does: a page
 * holds megabytes of these blocks and the identity is read every few seconds). A reading is a function of the block's
 * text alone; a memo is right as long as a block's text never changes, which holds for Facebook's server-rendered blocks
 * (written once; newer data comes in new blocks). The detectors keep none: without a memo every block is scanned anew.
 */
export type DataScriptMemo = WeakMap<Element, CurrentUser | null | 'no-marker'>;

/** `CurrentUserInitialData` from the server-rendered JSON blocks; null when absent or logged out (USER_ID "0"). */
export function readCurrentUser(root: ParentNode, memo?: DataScriptMemo): CurrentUser | null {
  for (const script of Array.from(root.querySelectorAll(S.dataScript))) {
    let reading = memo?.get(script);
    if (reading === undefined) {
      reading = readDataScript(script.textContent ?? '');
      memo?.set(script, reading);
    }
    if (reading !== 'no-marker') return reading;
  }
  return null;
}

function readDataScript(text: string): CurrentUser | null | 'no-marker' {
  const at = text.indexOf(CURRENT_USER_MARKER);
  if (at < 0) return 'no-marker';
  const json = objectAt(text, at + CURRENT_USER_MARKER.length - 1);
  if (!json) return null;
  try {
    const data = JSON.parse(json) as Record<string, unknown>;
    const userId = data.USER_ID;
    if (typeof userId !== 'string' || !NUMERIC_ID.test(userId)) return null;
    const user: CurrentUser = { userId };
    if (typeof data.ACCOUNT_ID === 'string' && NUMERIC_ID.test(data.ACCOUNT_ID)) user.accountId = data.ACCOUNT_ID;
    if (typeof data.NAME === 'string' && data.NAME.trim()) user.name = data.NAME.trim();
    return user;
  } catch {
    return null;
  }
}

// =====================================================================================================================
// Identity
// =====================================================================================================================

type Found = Omit<Identity, 'platform' | 'sessionKey'>;

function avatarUrlIn(el: Element | null | undefined): string | undefined {
  const image = el?.querySelector('image, img');
  const href = image?.getAttribute('xlink:href') ?? image?.getAttribute('href') ?? image?.getAttribute('src') ?? '';
  return /^https:\/\//.test(href) ? href : undefined;
}

function accountButton(root: ParentNode): Element | undefined {
  return Array.from(root.querySelectorAll(S.accountButtonCandidate)).find((el) => ACCOUNT_BUTTON_LABELS.includes(labelOf(el)));
}

/** The profile a link points to: `profile.php?id=<n>` → the id, `/<vanity>` → the vanity; else undefined. */
export function handleFromHref(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  let url: URL;
  try {
    url = new URL(href, 'https://www.facebook.com/');
  } catch {
    return undefined;
  }
  if (!/(^|\.)facebook\.com$/.test(url.hostname)) return undefined;
  if (url.pathname === '/profile.php') {
    const id = url.searchParams.get('id') ?? '';
    return NUMERIC_ID.test(id) ? id : undefined;
  }
  const match = /^\/([^/]+)\/?$/.exec(url.pathname);
  const segment = match?.[1];
  if (!segment || RESERVED_PATHS.has(segment.toLowerCase())) return undefined;
  return VANITY.test(segment) || NUMERIC_ID.test(segment) ? segment : undefined;
}

const sameName = (a: string | undefined, b: string | undefined) =>
  !!a && !!b && a.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase() === b.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function isBusinessSuite(url: string): boolean {
  try {
    return new URL(url).hostname === 'business.facebook.com';
  } catch {
    return false;
  }
}

/** The left rail's self entry: the first of its links with an avatar (name = its text, handle from its href). */
export function selfEntry(root: ParentNode): { name?: string; handle?: string } | undefined {
  const link = Array.from(root.querySelectorAll(S.leftRailLink)).find((a) => a.querySelector(S.avatarImage));
  if (!link) return undefined;
  const entry: { name?: string; handle?: string } = {};
  const name = lineOf(link);
  if (name) entry.name = name;
  const handle = handleFromHref(link.getAttribute('href'));
  if (handle) entry.handle = handle;
  return entry;
}

/**
 * The page-level actor: who a post or a chat message goes out as. From `CurrentUserInitialData` (USER_ID, NAME),
 * cross-checked with the cookies: the person (`c_user`) must be ACCOUNT_ID, and the acting profile (`i_user`, when
 * readable) must be USER_ID. A difference means the session switched profile after this page was rendered. The left
 * rail's self entry (name, and id when its link has one) must be the same profile too.
 */
function pageActor(root: ParentNode, cookie: string, memo?: DataScriptMemo): { found?: Found; problem?: IdentityReading['problem'] } {
  const user = readCurrentUser(root, memo);
  const person = cookieValue(cookie, PERSON_COOKIE);
  const acting = cookieValue(cookie, ACTING_COOKIE);
  if (!user) return { problem: 'no-identity-signal' };
  if (person && user.accountId && person !== user.accountId) return { problem: 'conflicting-signals' };
  if (acting && acting !== user.userId) return { problem: 'conflicting-signals' };
  // The page says "acting as yourself" but the cookie says a Page profile acts (or the reverse, when i_user is
  // readable): stale.
  if (!acting && person && user.userId !== person && (!user.accountId || user.accountId === user.userId)) return { problem: 'conflicting-signals' };
  // The DOM's own reading of who acts (the left rail's self entry) must be the embedded acting profile.
  const self = selfEntry(root);
  if (self?.name && user.name && !sameName(self.name, user.name)) return { problem: 'conflicting-signals' };
  if (self?.handle && NUMERIC_ID.test(self.handle) && self.handle !== user.userId) return { problem: 'conflicting-signals' };
  const found: Found = { handle: user.userId, source: 'current-user' };
  if (user.name) found.name = user.name;
  // The self entry's vanity name (facebook.com/<vanity>) is the same profile: an account saved by it matches.
  if (self?.handle && !NUMERIC_ID.test(self.handle)) found.aliases = [self.handle];
  const avatarUrl = avatarUrlIn(accountButton(root));
  if (avatarUrl) found.avatarUrl = avatarUrl;
  return { found };
}

/** Business Suite: the Page of "Post to <Page>", cross-checked with `asset_id` in the URL (the Page id). */
function businessSuiteActor(root: ParentNode, url: string): Found | undefined {
  let assetId: string | undefined;
  try {
    const id = new URL(url).searchParams.get('asset_id') ?? '';
    if (NUMERIC_ID.test(id)) assetId = id;
  } catch {
    /* no URL */
  }
  let name: string | undefined;
  let avatarUrl: string | undefined;
  for (const box of Array.from(root.querySelectorAll(S.postToCombobox))) {
    const raw = (box.getAttribute('aria-label') ?? lineOf(box)).replace(/\s+/g, ' ').trim();
    const label = normalizeLabel(raw);
    const prefix = POST_TO_PREFIXES.find((p) => label.startsWith(p));
    if (!prefix) continue;
    name = raw.slice(prefix.length).trim() || undefined;
    avatarUrl = avatarUrlIn(box);
    break;
  }
  if (!name && !assetId) return undefined;
  const found: Found = { source: 'business-suite' };
  if (assetId) found.handle = assetId;
  if (name) found.name = name;
  if (avatarUrl) found.avatarUrl = avatarUrl;
  return found;
}

/** The first named avatar of `scope` that precedes `editor` (the actor row / the comment actor picker). */
function actorAvatarBefore(scope: Element, editor: Element): Element | undefined {
  return Array.from(scope.querySelectorAll(S.namedAvatar)).find(
    (svg) => !editor.contains(svg) && svg.compareDocumentPosition(editor) & DOCUMENT_POSITION_FOLLOWING,
  );
}

/** The actor a composer shows (its own actor row or picker, its editor's "Comment as …" label). */
function composerActor(composer: Element, editor: Element): { found?: Found; conflict?: boolean } {
  const avatar = actorAvatarBefore(composer, editor);
  const avatarName = avatar?.getAttribute('aria-label')?.replace(/\s+/g, ' ').trim() || undefined;
  const rawLabel = (editor.getAttribute('aria-label') ?? editor.getAttribute('aria-placeholder') ?? '').replace(/\s+/g, ' ').trim();
  const label = normalizeLabel(rawLabel);
  const prefix = ACTOR_LABEL_PREFIXES.find((p) => label.startsWith(p));
  const labelName = prefix ? rawLabel.slice(prefix.length).replace(/(…|\.\.\.)$/, '').trim() || undefined : undefined;
  if (avatarName && labelName && !sameName(avatarName, labelName)) return { conflict: true };
  const name = avatarName ?? labelName;
  if (!name) return {};
  const found: Found = { name, source: avatar ? 'composer-actor' : 'comment-label' };
  const handle = handleFromHref(avatar?.closest('a[href]')?.getAttribute('href'));
  if (handle) found.handle = handle;
  const avatarUrl = avatarUrlIn(avatar);
  if (avatarUrl) found.avatarUrl = avatarUrl;
  return { found };
}

function withSession(found: Found, cookie: string): IdentityReading {
  const identity: Identity = { platform: 'facebook', ...found };
  const key = sessionKeyFromCookie(cookie);
  if (key) identity.sessionKey = key;
  return { identity };
}

/**
 * Who a publish from `composer` (or from the page, if null) would go out as, now:
 * - Business Suite: the Page it posts to;
 * - a comment box: its own actor (picker avatar, "Comment as …" label; both must agree), else the page-level actor;
 * - the create-post dialog: its actor row, else the page-level actor;
 * - otherwise (chat, page): the page-level actor.
 * When a composer's actor is the page-level actor (same name), the page-level reading is used (it has the id).
 * `memo`: see `DataScriptMemo`.
 */
export function detectIdentity(root: ParentNode, url: string, cookie: string, composer: Element | null = null, memo?: DataScriptMemo): IdentityReading {
  if (isBusinessSuite(url)) {
    const found = businessSuiteActor(root, url);
    return found ? withSession(found, cookie) : { identity: null, problem: 'no-identity-signal' };
  }
  const page = pageActor(root, cookie, memo);
  const kind = composer ? composerKind(composer) : null;
  const editor = composer && kind !== 'chat' ? editorsOf(composer)[0] : undefined;
  if (composer && editor) {
    const own = composerActor(composer, editor);
    if (own.conflict) return { identity: null, problem: 'conflicting-signals' };
    if (own.found) {
      // The same profile when the names agree and the composer shows no other numeric id (a Page may bear its
      // admin's name: a different id there is another actor).
      const otherId = !!own.found.handle && NUMERIC_ID.test(own.found.handle) && own.found.handle !== page.found?.handle;
      if (page.found && sameName(page.found.name, own.found.name) && !otherId) {
        // The page-level reading has the id; the composer's avatar link may add its vanity.
        const aliases = [...new Set([...(page.found.aliases ?? []), ...(own.found.handle && own.found.handle !== page.found.handle ? [own.found.handle] : [])])];
        return withSession({ ...page.found, ...(aliases.length ? { aliases } : {}), source: own.found.source }, cookie);
      }
      // Another actor than the page's (a comment as the Page while the person acts, or the reverse). When the page
      // signals conflict, the session is stale: its composer actor cannot be trusted either.
      if (page.problem === 'conflicting-signals') return { identity: null, problem: 'conflicting-signals' };
      return withSession(own.found, cookie);
    }
  }
  if (!page.found) return { identity: null, problem: page.problem ?? 'no-identity-signal' };
  return withSession(page.found, cookie);
}

// =====================================================================================================================
// Composers
// =====================================================================================================================

function allEditors(scope: ParentNode): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(S.editor));
}

/** The editor `el` is or is inside. */
export function editorAt(el: Element): HTMLElement | null {
  return el.closest<HTMLElement>(S.editor);
}

/** What kind of box an editor is: a post editor (dialog form or Business Suite), a comment box, a chat box, or none. */
export function editorKind(editor: Element): ComposerKind | null {
  if (editor.closest(S.postForm)) return 'post';
  const label = editorLabel(editor);
  if (startsWithAny(label, COMMENT_EDITOR_PREFIXES)) return 'comment';
  if (CHAT_EDITOR_LABELS.includes(label)) return 'chat';
  // Business Suite: not in a dialog form, but with a publish control around it.
  if (!editor.closest(S.dialog) && findPostRoot(editor)) return 'post';
  return null;
}

function isPostControlLabel(label: string): boolean {
  return PUBLISH_LABELS.includes(label) || SCHEDULE_LABELS.includes(label);
}

function controlsIn(scope: Element): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(S.control));
}

/** Business Suite's root: the lowest ancestor of the editor that holds a Publish/Schedule control. */
function findPostRoot(editor: Element): Element | null {
  let node = editor.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    if (controlsIn(node).some((c) => !c.closest(S.editor) && isPostControlLabel(labelOf(c)))) return node;
    if (node.matches('[role="main"], [role="article"], body')) return null;
  }
  return null;
}

/**
 * A comment box's root: its form, grown to the nearest ancestor that also holds the actor picker (left of the box,
 * outside the form), but never so far that it takes in another editor or a whole post. A chat box: its form.
 */
function findBoxRoot(editor: Element, kind: 'comment' | 'chat'): Element {
  const form = editor.closest('form');
  if (kind === 'chat') {
    // A chat box: the lowest ancestor holding its send control (none while empty: then its form or the parent).
    let node = editor.parentElement;
    for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
      if (node.matches(BOX_LIMIT) || allEditors(node).length > 1) break;
      if (controlsIn(node).some((c) => CHAT_SEND_LABELS.includes(labelOf(c)))) return node;
    }
    return form ?? editor.parentElement ?? editor;
  }
  const start = form ?? editor.parentElement ?? editor;
  if (actorAvatarBefore(start, editor)) return start;
  let node = start.parentElement;
  // Bounded by structure, not by a count of levels that fits one markup: wrappers come and go between redesigns.
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    // Never grow into the post (its author's avatar, its toolbar, its heading), a comment (an article, or any words
    // beside the box: a commenter's name and text; the actor picker is a picture without words) or past another box.
    if (node.matches(BOX_LIMIT) || node.querySelector(POST_PARTS) || allEditors(node).length > 1 || hasWordsOutside(node, start)) break;
    if (actorAvatarBefore(node, editor)) return node;
  }
  return start;
}

/**
 * Does `node` show words outside `inner`: a name, a comment's text? Controls' labels, aria-hidden placeholders, icons and
 * pictures are not such words (a box's send button may carry its label as text).
 */
function hasWordsOutside(node: Element, inner: Element): boolean {
  const walk = (el: Element): boolean => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && (child as Text).data.trim() !== '') return true;
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element === inner || element.localName === 'svg' || element.getAttribute('aria-hidden') === 'true' || element.matches(S.control)) continue;
      if (walk(element)) return true;
    }
    return false;
  };
  return walk(node);
}

/**
 * The publish controls of a comment or chat box that sit beside its root rather than in it (a send button next to the
 * form): in the nearest ancestors of the root that hold no other editor and no part of a post.
 */
function besideControls(root: Element, kind: ComposerKind): HTMLElement[] {
  let node = root.parentElement;
  for (let depth = 0; node && depth < BESIDE_DEPTH && !node.matches(BOX_LIMIT); depth++, node = node.parentElement) {
    if (allEditors(node).length > 1 || node.querySelector(POST_PARTS) || hasWordsOutside(node, root)) return [];
    const found = controlsIn(node).filter((c) => !root.contains(c) && !c.closest(S.editor) && isPublishControl(c, kind));
    if (found.length > 0) return found;
  }
  return [];
}

/** How far above a box's root a send control beside it may sit. */
const BESIDE_DEPTH = 3;

/** Ancestors a comment or chat box root never reaches. */
const BOX_LIMIT = '[role="article"], [role="dialog"], [role="main"], [role="feed"], [role="complementary"], body';
/** Parts of a post or comment: an ancestor holding one of them is past the box. */
const POST_PARTS = '[role="article"], [role="toolbar"], h1, h2, h3, h4, h5, h6';

/** The composer root of an editor (narrower than `composerAt`, which finds it from anything inside the composer). */
export function rootOfEditor(editor: Element): Element | null {
  const kind = editorKind(editor);
  if (kind === 'post') return editor.closest(S.postForm) ?? findPostRoot(editor);
  if (kind) return findBoxRoot(editor, kind);
  return null;
}

/** The composer's kind, from its first editor. */
export function composerKind(composer: Element): ComposerKind | null {
  // The create-post form stays a post composer even when its last step no longer shows the editor.
  if (composer.matches(S.postForm)) return 'post';
  const editor = composer.matches(S.editor) ? composer : allEditors(composer)[0];
  return editor ? editorKind(editor) : null;
}

/** The composer's editors (one in practice). */
export function editorsOf(composer: Element): HTMLElement[] {
  return allEditors(composer);
}

/** Is this control, of a composer of this kind, a publish control? "Next"/"Suivant" never is. */
function isPublishControl(control: Element, kind: ComposerKind): boolean {
  const label = labelOf(control);
  if (NEXT_LABELS.includes(label)) return false;
  if (kind === 'post') return isPostControlLabel(label);
  if (kind === 'comment') return COMMENT_SEND_LABELS.includes(label);
  return CHAT_SEND_LABELS.includes(label);
}

/** The composer's publish control now: its Publish/Post (before Schedule), its comment or chat send control. */
export function publishControlOf(composer: Element): HTMLElement | null {
  const kind = composerKind(composer);
  if (!kind) return null;
  const controls = controlsIn(composer).filter((c) => !c.closest(S.editor) && isPublishControl(c, kind));
  const own = controls.find((c) => PUBLISH_LABELS.includes(labelOf(c)) && !isHidden(c)) ?? controls.find((c) => !isHidden(c));
  if (own || kind === 'post') return own ?? null;
  // A comment's or chat's send control beside its box (outside the form): the one such control, else none (a replay
  // never guesses).
  const beside = besideControls(composer, kind).filter((c) => !isHidden(c));
  return beside.length === 1 ? beside[0]! : null;
}

/** A control inside a `hidden` subtree (the two-step dialog's first step once "Next" was pressed). */
function isHidden(el: Element): boolean {
  return !!el.closest('[hidden]');
}

/** The draft: every editor's text, trimmed, joined with a blank line. */
export function draftOf(composer: Element): string {
  return editorsOf(composer)
    .map((editor) => editorText(editor).trim())
    .filter((part) => part !== '')
    .join('\n\n');
}

/** 'post', 'comment', 'reply' (a reply box) or 'message' (chat). */
export function surfaceOf(composer: Element): Surface {
  const kind = composerKind(composer);
  if (kind === 'chat') return 'message';
  if (kind === 'comment') {
    const editor = editorsOf(composer)[0];
    return editor && startsWithAny(editorLabel(editor), REPLY_EDITOR_PREFIXES) ? 'reply' : 'comment';
  }
  return 'post';
}

/** Every composer in the tree, in document order. */
export function findComposers(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const editor of allEditors(root)) {
    const composer = rootOfEditor(editor);
    if (composer && !found.includes(composer)) found.push(composer);
  }
  return found;
}

/** The composer containing `el`: through its editor, or the composer whose root holds it (a control, the picker). */
export function composerAt(el: Element): Element | null {
  const editor = editorAt(el);
  if (editor) return rootOfEditor(editor);
  // Up to the nearest form or dialog form, then its editor.
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.matches(S.postForm)) return node;
    if (node.matches(S.form) || node.matches('[role="main"]')) {
      const inner = allEditors(node);
      for (const candidate of inner) {
        const root = rootOfEditor(candidate);
        if (root && root.contains(el)) return root;
      }
      if (node.matches('[role="main"]')) return null;
    }
  }
  return null;
}

// =====================================================================================================================
// Gestures: Facebook's finders and its policy table (the rules shared by every platform: ../gestures.ts)
// =====================================================================================================================

/** The publish control `el` is or is inside, with its composer; null for anything else (likes, Next, share…). */
export function publishControlAt(el: Element): ControlHit | null {
  const control = el.closest<HTMLElement>(S.control);
  if (!control || control.closest(S.editor)) return null;
  const label = labelOf(control);
  if (
    !isPostControlLabel(label) &&
    !COMMENT_SEND_LABELS.includes(label) &&
    !CHAT_SEND_LABELS.includes(label)
  ) {
    return null;
  }
  const composer = composerAt(control) ?? boxBeside(control);
  if (!composer) return null;
  const kind = composerKind(composer);
  return kind && isPublishControl(control, kind) ? { control, composer } : null;
}

/**
 * The comment or chat box of a send control that `composerAt` cannot place (it finds boxes through their form or the
 * main landmark): the box of the one editor in the nearest ancestors of the control, when its root holds the control
 * (a Messenger chat tab has no form), when the control is that box's send control beside it, or when that editor holds
 * a draft (fail closed: a send-labelled control next to a box with a draft is guarded).
 */
function boxBeside(control: Element): Element | null {
  let node = control.parentElement;
  for (let depth = 0; node && depth < BESIDE_DEPTH + 2 && !node.matches(BOX_LIMIT); depth++, node = node.parentElement) {
    // Never from a post's parts (its toolbar's "Comment" only opens the box) nor past another box.
    if (node.querySelector(POST_PARTS)) return null;
    const editors = allEditors(node);
    if (editors.length === 0) continue;
    if (editors.length > 1) return null;
    const kind = editorKind(editors[0]!);
    const root = kind === 'comment' || kind === 'chat' ? rootOfEditor(editors[0]!) : null;
    // A box with no form (a Messenger chat tab): its root holds the control.
    if (root?.contains(control)) return root;
    // Words between the control and the box (a commenter's name and text): the control is that comment's ("Reply"
    // under a comment opens a box, it sends nothing).
    if (!root || !kind || hasWordsOutside(node, root)) return null;
    return besideControls(root, kind).includes(control as HTMLElement) || editorText(editors[0]!).trim() !== '' ? root : null;
  }
  return null;
}

/**
 * What the keys and a submit do in each Facebook composer kind. Every control is a `div[role=button]` that Facebook
 * marks `aria-disabled` while there is nothing to publish: then no key sends. Every composer is, or holds, a form the
 * site submits; a submit of an empty one sends nothing.
 */
export const FACEBOOK_GESTURE_POLICY: GesturePolicyTable<ComposerKind> = {
  // Enter is a newline in a post. Ctrl/Cmd+Enter is taken as a publish shortcut (research §5; fail closed), and only
  // when the composer has an enabled Publish/Post control, the one a replay would click.
  post: { enterSends: false, shortcutSends: true, shortcutIgnores: [], emptySendsNothing: true, disabledSendsNothing: true, needsControl: true, submitIsPublish: true },
  // Enter submits, Shift+Enter is a soft newline (research §2.2 [V]). Ctrl/Cmd is not known to change that: Ctrl/Cmd+
  // Enter is an Enter. Nothing is sent from an empty box.
  comment: { enterSends: true, shortcutSends: 'as-enter', shortcutIgnores: [], emptySendsNothing: true, disabledSendsNothing: true, needsControl: false, submitIsPublish: true },
  // A Messenger chat box: as a comment box ("Appuyez sur Entrée pour envoyer").
  chat: { enterSends: true, shortcutSends: 'as-enter', shortcutIgnores: [], emptySendsNothing: true, disabledSendsNothing: true, needsControl: false, submitIsPublish: true },
};

/** Facebook's DOM finders for the gesture classifier. */
export const FACEBOOK_GESTURES = defineGestures<ComposerKind>({
  policy: FACEBOOK_GESTURE_POLICY,
  publishControlAt,
  editorAt(el) {
    const editor = editorAt(el);
    const kind = editor && editorKind(editor);
    return editor && kind ? { editor, kind, composer: () => rootOfEditor(editor) } : null;
  },
  // A form is a composer's when its first editor's composer holds it.
  composerOfForm(form) {
    if (form.localName !== 'form') return null;
    const editor = allEditors(form)[0];
    const kind = editor && editorKind(editor);
    const composer = editor && kind ? rootOfEditor(editor) : null;
    return composer && kind && (composer === form || composer.contains(form)) ? { composer, kind } : null;
  },
  // Any publish control (Publish or Schedule, a comment's or a chat's send), not only the one a replay would click.
  isPublishSubmitter: (submitter) => publishControlAt(submitter) !== null,
  publishControlOf,
  draftOf,
  surfaceOf,
});

/** Is `el` (or inside) a "Next"/"Suivant" control of a post composer? (The adapter keeps the draft then.) */
export function nextControlAt(el: Element): { composer: Element } | null {
  const control = el.closest(S.control);
  if (!control || !NEXT_LABELS.includes(labelOf(control))) return null;
  const form = control.closest(S.postForm);
  return form ? { composer: form } : null;
}
