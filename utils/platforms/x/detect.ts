/**
 * Pure detectors for X: functions of a DOM tree (and of the URL and cookie string they are given), no globals, no
 * state. The adapter (./adapter.ts) wires them to the live page. Every DOM hook comes from ./selectors.ts.
 */
import type { Identity } from '../../types';
import { objectAt, treesUnder, visibleText } from '../dom';
import type { IdentityReading, PublishGesture } from '../adapter';
import { defineGestures, type ControlHit, type GesturePolicyTable } from '../gestures';
import {
  HANDLE,
  INITIAL_STATE_MARKER,
  POST_EDITOR_TESTID,
  RESERVED_PATHS,
  TWID_COOKIE,
  USER_AVATAR_TESTID_PREFIX,
  X_SELECTORS as S,
} from './selectors';

export type ComposerFamily = 'post' | 'dm' | 'xchat';
export type Surface = PublishGesture['surface'];

const DOCUMENT_POSITION_FOLLOWING = 4;

/** Strips "@" and validates; undefined when it is not a possible X handle. */
export function normalizeHandle(raw: string | null | undefined): string | undefined {
  const handle = (raw ?? '').trim().replace(/^@/, '');
  return HANDLE.test(handle) ? handle : undefined;
}

// =====================================================================================================================
// Text
// =====================================================================================================================

/** Visible-ish text without layout: `<img alt>` too (X renders emoji as images). */
export const textOf = (el: Element): string => visibleText(el);



/** Text on one line, whitespace collapsed (names, labels). */
function lineOf(el: Element): string {
  return textOf(el).replace(/\s+/g, ' ').trim();
}

/** The text of one editor: `value` for text fields; Draft.js blocks joined with "\n"; otherwise block-aware text. */
export function editorText(editor: Element): string {
  const value = (editor as HTMLTextAreaElement).value;
  if (editor.localName === 'textarea' || editor.localName === 'input') return typeof value === 'string' ? value : '';
  const blocks = editor.querySelectorAll(S.draftBlock);
  // A Draft block is one line (an empty one holds a lone placeholder <br>, dropped as a trailing newline). Line breaks
  // inside a block, which only a non-Draft editing of the node produces, are kept.
  if (blocks.length > 0) return Array.from(blocks, textOf).join('\n');
  return textOf(editor);
}

// =====================================================================================================================
// Identity
// =====================================================================================================================

/** The numeric account id in the `twid` cookie (`u%3D<id>`, possibly quoted), or undefined. */
export function twidFromCookie(cookie: string): string | undefined {
  for (const part of cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== TWID_COOKIE) continue;
    let value = part.slice(eq + 1).trim().replace(/^"|"$/g, '');
    try {
      value = decodeURIComponent(value);
    } catch {
      return undefined;
    }
    const match = /^u=(\d{1,25})$/.exec(value.replace(/^"|"$/g, ''));
    return match?.[1];
  }
  return undefined;
}


function parseObjectAfter(text: string, key: string, from = 0): Record<string, unknown> | undefined {
  const at = text.indexOf(key, from);
  if (at < 0) return undefined;
  const json = objectAt(text, at + key.length - 1);
  if (!json) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export interface InitialState {
  /** `session.user_id`: the account the page was rendered for (absent when logged out). */
  userId?: string;
  /** That user's screen name and name, from `entities.users.entities[userId]`, when present. */
  screenName?: string;
  name?: string;
}

/**
 * The parts of X's server-rendered state (`window.__INITIAL_STATE__={…}` in a script after #react-root) that tell
 * who the page was rendered for. Only the `session` object and one user entity are parsed, never the whole state.
 */
export function readInitialState(root: ParentNode): InitialState | null {
  let text: string | undefined;
  for (const script of Array.from(root.querySelectorAll(S.stateScript))) {
    const content = script.textContent ?? '';
    if (content.includes(INITIAL_STATE_MARKER)) {
      text = content;
      break;
    }
  }
  if (text === undefined) return null;
  const state: InitialState = {};
  const session = parseObjectAfter(text, '"session":{');
  const userId = session?.user_id;
  if (typeof userId === 'string' && /^\d+$/.test(userId)) {
    state.userId = userId;
    const usersAt = text.indexOf('"users":{');
    const user = usersAt < 0 ? undefined : parseObjectAfter(text, `"${userId}":{`, usersAt);
    if (typeof user?.screen_name === 'string') state.screenName = user.screen_name;
    if (typeof user?.name === 'string') state.name = user.name;
  }
  return state;
}

type Found = Omit<Identity, 'platform' | 'sessionKey'> & { conflict?: boolean };

function avatarUrlIn(el: Element): string | undefined {
  const src = el.querySelector('img')?.getAttribute('src') ?? '';
  return /^https?:\/\//.test(src) ? src : undefined;
}

function avatarHandle(avatar: Element | null): string | undefined {
  const id = avatar?.getAttribute('data-testid') ?? '';
  return id.startsWith(USER_AVATAR_TESTID_PREFIX) ? normalizeHandle(id.slice(USER_AVATAR_TESTID_PREFIX.length)) : undefined;
}

/** Signal 1: the account switcher (the delegate when acting as one). */
function fromSwitcher(root: ParentNode): Found | undefined {
  const switcher = root.querySelector(S.accountSwitcher);
  if (!switcher) return undefined;
  const avatar = switcher.querySelector(S.userAvatar);
  // Text blocks of the switcher outside the avatar: the name, then "@handle". Leaves only (no [dir] inside).
  const blocks = Array.from(switcher.querySelectorAll('[dir]')).filter(
    (el) => !avatar?.contains(el) && !el.querySelector('[dir]') && lineOf(el) !== '',
  );
  const texts = blocks.map(lineOf);
  const textHandle = normalizeHandle(texts.find((t) => /^@\w+$/.test(t)));
  const idHandle = avatarHandle(avatar);
  const handle = idHandle ?? textHandle;
  if (!handle) return undefined;
  const found: Found = { handle, source: 'account-switcher' };
  if (idHandle && textHandle && idHandle.toLowerCase() !== textHandle.toLowerCase()) found.conflict = true;
  const name = texts.find((t) => !t.startsWith('@'));
  if (name) found.name = name;
  const avatarUrl = avatar ? avatarUrlIn(avatar) : undefined;
  if (avatarUrl) found.avatarUrl = avatarUrl;
  return found;
}

/** Signal 2: the SideNav profile link, `/handle` (query, hash and reserved routes ignored). */
function fromProfileLink(root: ParentNode, url: string): Found | undefined {
  const href = root.querySelector(S.profileLink)?.getAttribute('href');
  if (!href) return undefined;
  let path: string;
  try {
    const parsed = new URL(href, /^https?:/.test(url) ? url : 'https://x.com/');
    if (!/(^|\.)(x|twitter)\.com$/.test(parsed.hostname)) return undefined;
    path = parsed.pathname;
  } catch {
    return undefined;
  }
  const match = /^\/([^/]+)\/?$/.exec(path);
  const handle = match && !RESERVED_PATHS.has(match[1]!.toLowerCase()) ? normalizeHandle(match[1]) : undefined;
  return handle ? { handle, source: 'profile-link' } : undefined;
}

/** Signal 3: mobile web's profile button in the top bar. */
function fromMobileDash(root: ParentNode): Found | undefined {
  const dash = root.querySelector(S.mobileDash);
  const avatar = dash?.querySelector(S.userAvatar) ?? null;
  const handle = avatarHandle(avatar);
  if (!handle) return undefined;
  const found: Found = { handle, source: 'mobile-dash' };
  const avatarUrl = avatar ? avatarUrlIn(avatar) : undefined;
  if (avatarUrl) found.avatarUrl = avatarUrl;
  return found;
}

/** Signal 4: the server-rendered state, only when its user is the session's (`twid`). */
function fromInitialState(state: InitialState | null, sessionKey: string | undefined): Found | undefined {
  if (!state?.userId || state.userId !== sessionKey) return undefined;
  const handle = normalizeHandle(state.screenName);
  if (!handle) return undefined;
  return state.name ? { handle, name: state.name, source: 'initial-state' } : { handle, source: 'initial-state' };
}

/**
 * Who a publish would go out as, from the page as it is now. `sessionKey` is the `twid` id whenever the cookie has
 * one. Conflicts: the server-rendered state names another account than the cookie (the session switched account
 * in another tab after this page was rendered), the switcher's avatar and text name two different handles, or the
 * switcher and the SideNav's profile link name two different accounts (a half re-rendered SideNav).
 */
export function detectIdentity(root: ParentNode, url: string, cookie: string): IdentityReading {
  const sessionKey = twidFromCookie(cookie);
  const state = readInitialState(root);
  if (state?.userId && sessionKey && state.userId !== sessionKey) return { identity: null, problem: 'conflicting-signals' };
  const switcher = fromSwitcher(root);
  const profile = fromProfileLink(root, url);
  // The SideNav's two markers of the viewer (both render the delegate when acting as one) must name one account.
  if (switcher && profile && switcher.handle!.toLowerCase() !== profile.handle!.toLowerCase()) return { identity: null, problem: 'conflicting-signals' };
  const found = switcher ?? profile ?? fromMobileDash(root) ?? fromInitialState(state, sessionKey);
  if (!found) return { identity: null, problem: 'no-identity-signal' };
  if (found.conflict) return { identity: null, problem: 'conflicting-signals' };
  const { conflict: _conflict, ...rest } = found;
  const identity: Identity = { platform: 'x', ...rest };
  if (sessionKey) identity.sessionKey = sessionKey;
  return { identity };
}

// =====================================================================================================================
// Composers
// =====================================================================================================================

/** The post editor `el` is, or is inside (Draft contenteditable or mobile textarea), matched by exact test id. */
export function postEditorAt(el: Element): HTMLElement | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const id = node.getAttribute('data-testid');
    if (!id?.startsWith('tweetTextarea_')) continue;
    if (!POST_EDITOR_TESTID.test(id)) return null; // _label / RichTextInputContainer: not an editor
    if (node.localName === 'textarea') return node as HTMLElement;
    if (el.localName === 'textarea') return el as HTMLElement; // mobile: textarea inside the test id wrapper
    const editable = node.getAttribute('contenteditable');
    return editable !== null && editable !== 'false' ? (node as HTMLElement) : null;
  }
  return null;
}

function postEditorsIn(scope: ParentNode): HTMLElement[] {
  const editables = Array.from(scope.querySelectorAll<HTMLElement>(S.postEditable)).filter((el) =>
    POST_EDITOR_TESTID.test(el.getAttribute('data-testid') ?? ''),
  );
  const textareas = Array.from(scope.querySelectorAll<HTMLElement>(S.postTextarea)).filter((el) => postEditorAt(el) === el);
  return textareas.length === 0 ? editables : editables.concat(textareas).sort(byDocumentOrder);
}

/** Is this the X Chat form's send button: by test id, else the form's only submit button (structure, not label). */
export function isXChatSend(el: Element): boolean {
  if (el.matches(S.xchatSendById)) return !!el.closest(S.xchatForm);
  if (!el.matches(S.xchatFormButton) || (el as HTMLButtonElement).type !== 'submit') return false;
  const form = el.closest(S.xchatForm);
  if (!form || form.querySelector(S.xchatSendById)) return false;
  return Array.from(form.querySelectorAll<HTMLButtonElement>(S.xchatFormButton)).filter((b) => b.type === 'submit').length === 1;
}

function xchatSendOf(form: Element): HTMLElement | null {
  const byId = form.querySelector<HTMLElement>(S.xchatSendById);
  if (byId) return byId;
  const submits = Array.from(form.querySelectorAll<HTMLButtonElement>(S.xchatFormButton)).filter((b) => b.type === 'submit');
  return submits.length === 1 ? submits[0]! : null;
}

const CONTROL_CANDIDATE = [S.postControl, S.dmControl, S.xchatSendById, S.xchatFormButton].join(', ');

/**
 * The publish control `el` is or is inside (tweetButton(Inline), DM send, X Chat send), with its composer: the root
 * computed from the control (null only for a control with no parent: then the control itself).
 */
export function publishControlAt(el: Element): ControlHit | null {
  const control = el.closest<HTMLElement>(CONTROL_CANDIDATE);
  if (!control) return null;
  if (!control.matches(S.postControl) && !control.matches(S.dmControl) && !isXChatSend(control)) return null;
  return { control, composer: rootOfEditorOrControl(control) ?? control.closest(S.dialog) ?? control.parentElement ?? control };
}

/** Which composer family an editor or control belongs to. */
function familyAt(el: Element): { family: ComposerFamily; editor?: HTMLElement; control?: HTMLElement } | null {
  if (el.closest(S.xchatForm)) return { family: 'xchat' };
  const postEditor = postEditorAt(el);
  if (postEditor) return { family: 'post', editor: postEditor };
  const dmEditor = el.closest<HTMLElement>(S.dmEditor);
  if (dmEditor) return { family: 'dm', editor: dmEditor };
  const control = el.closest<HTMLElement>(`${S.postControl}, ${S.dmControl}`);
  if (control) return { family: control.matches(S.postControl) ? 'post' : 'dm', control };
  return null;
}

function editorsOfFamily(scope: ParentNode, family: ComposerFamily): HTMLElement[] {
  if (family === 'post') return postEditorsIn(scope);
  return Array.from(scope.querySelectorAll<HTMLElement>(family === 'dm' ? S.dmEditor : S.xchatEditor));
}

function controlsOfFamily(scope: ParentNode, family: ComposerFamily): HTMLElement[] {
  return Array.from(scope.querySelectorAll<HTMLElement>(family === 'post' ? S.postControl : S.dmControl));
}

function treeOf(el: Element): ParentNode {
  const root = el.getRootNode();
  return 'querySelectorAll' in root ? (root as ParentNode) : (el.ownerDocument ?? el);
}

/** The nearest ancestor of `el` containing one of `targets` (and the target it contains). */
function nearestAncestorWith(el: Element, targets: readonly Element[]): { ancestor: Element; target: Element } | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const target = targets.find((t) => t !== el && node.contains(t));
    if (target) return { ancestor: node, target };
  }
  return null;
}

function lowestCommonAncestor(nodes: readonly Element[]): Element | null {
  let candidate: Element | null = nodes[0] ?? null;
  while (candidate && !nodes.every((n) => candidate!.contains(n))) candidate = candidate.parentElement;
  return candidate;
}

/**
 * The composer root computed from an editor or a publish control (narrower than `composerAt`, which finds it from
 * anything inside the composer): the lowest common ancestor of a publish control and every
 * editor whose nearest control it is. Computed from the control, so the Home box and a modal (same test ids) never
 * mix, a thread's editors all belong to one root wherever X puts its button, and the root is the same element
 * whether it is reached from an editor (focus, keys) or from the control (click). X Chat: the form, from anything
 * inside it. Null when `el` is neither an editor nor a control (nor inside an X Chat form).
 */
export function rootOfEditorOrControl(el: Element): Element | null {
  const at = familyAt(el);
  if (!at) return null;
  if (at.family === 'xchat') return el.closest(S.xchatForm);
  const tree = treeOf(el);
  const controls = controlsOfFamily(tree, at.family);
  const editors = editorsOfFamily(tree, at.family);
  let control = at.control;
  if (!control) {
    const near = nearestAncestorWith(at.editor!, controls);
    // No control anywhere: X may still send on Ctrl+Enter. The editor's dialog, or the editor alone.
    if (!near) return at.editor!.closest(S.dialog) ?? at.editor!;
    control = near.target as HTMLElement;
  }
  const own = editors.filter((editor) => nearestAncestorWith(editor, controls)?.target === control);
  if (own.length === 0) return control.parentElement;
  return lowestCommonAncestor([control, ...own]);
}

/** The family of a composer root. */
export function composerFamily(composer: Element): ComposerFamily | null {
  if (composer.matches(S.xchatForm)) return 'xchat';
  if (composer.querySelector(S.postControl) || postEditorAt(composer) || postEditorsIn(composer).length > 0) return 'post';
  if (composer.querySelector(`${S.dmControl}, ${S.dmEditor}`) || composer.matches(S.dmEditor)) return 'dm';
  return null;
}

/** The composer's editors, in document order (a thread's parts in order). Includes the composer itself when it is one. */
export function editorsOf(composer: Element): HTMLElement[] {
  const family = composerFamily(composer);
  if (!family) return [];
  if (family === 'post' && postEditorAt(composer) === composer) return [composer as HTMLElement];
  if (family === 'dm' && composer.matches(S.dmEditor)) return [composer as HTMLElement];
  return editorsOfFamily(composer, family);
}

/** The composer's publish control now (X moves and replaces it: never cache it). */
export function publishControlOf(composer: Element): HTMLElement | null {
  const family = composerFamily(composer);
  if (family === 'xchat') return xchatSendOf(composer);
  if (!family) return null;
  const controls = controlsOfFamily(composer, family);
  return controls[0] ?? null;
}

/** The draft: every editor's text, trimmed, empty parts dropped, joined with a blank line (a thread's posts). */
export function draftOf(composer: Element): string {
  return editorsOf(composer)
    .map((editor) => editorText(editor).trim())
    .filter((part) => part !== '')
    .join('\n\n');
}

/**
 * What a composer publishes: 'message' for DMs and X Chat; 'reply' when a tweet precedes its first editor in its
 * dialog (reply modal) or in `main` (conversation page's inline reply, mobile reply page); otherwise 'post'.
 */
export function surfaceOf(composer: Element): Surface {
  const family = composerFamily(composer);
  if (family === 'dm' || family === 'xchat') return 'message';
  const editor = editorsOf(composer)[0];
  if (!editor) return 'post';
  const scope = editor.closest(S.dialog) ?? editor.closest(S.main);
  const tweet = scope?.querySelector(S.tweet);
  if (tweet && !tweet.contains(editor) && tweet.compareDocumentPosition(editor) & DOCUMENT_POSITION_FOLLOWING) return 'reply';
  return 'post';
}

/** Document order, across open shadow roots (a node in a shadow tree sorts where its host is, after the host). */
function byDocumentOrder(a: Node, b: Node): number {
  const chain = (n: Node): Node[] => {
    const out: Node[] = [n];
    for (let root = n.getRootNode(); (root as ShadowRoot).host; root = (root as ShadowRoot).host.getRootNode()) out.unshift((root as ShadowRoot).host);
    return out;
  };
  const ca = chain(a);
  const cb = chain(b);
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]!;
    const y = cb[i]!;
    if (x === y) continue;
    if (x.getRootNode() !== y.getRootNode()) return 0;
    return x.compareDocumentPosition(y) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return ca.length - cb.length;
}


/** The composers of one tree (no piercing). */
function composersOfTree(tree: ParentNode): Element[] {
  const found = new Set<Element>();
  const anchors = [
    ...Array.from(tree.querySelectorAll(`${S.postControl}, ${S.dmControl}, ${S.dmEditor}, ${S.xchatForm}`)),
    ...postEditorsIn(tree),
  ];
  for (const anchor of anchors) {
    const root = rootOfEditorOrControl(anchor);
    if (root) found.add(root);
  }
  return Array.from(found);
}

/** Every composer currently in the tree, piercing open shadow roots (X Chat), in document order. */
export function findComposers(root: ParentNode): Element[] {
  return treesUnder(root).flatMap(composersOfTree).sort(byDocumentOrder);
}

/** The composer containing `el`: via its editor or control, else the composer of its tree that contains it. */
export function composerAt(el: Element): Element | null {
  const direct = rootOfEditorOrControl(el);
  if (direct) return direct;
  return composersOfTree(treeOf(el)).find((composer) => composer.contains(el)) ?? null;
}

// =====================================================================================================================
// Gestures: X's finders and its policy table (the rules shared by every platform: ../gestures.ts)
// =====================================================================================================================

/**
 * What the keys and a submit do in each X composer family. Research §1.2 [V]: Draft's `_myKeyBindingFn` sends on
 * keyCode 13 with `hasCommandModifier` (Cmd on macOS, Ctrl elsewhere: both accepted everywhere), in posts and in the old
 * DM drawer (`DMRichTextCompose`), where plain Enter sends too; X Chat's textarea sends on Enter. Every X publish control
 * is disabled while its composer cannot publish (empty, too long): X then sends nothing, whatever the key. A composer
 * with no control found at all is still guarded (X may send on Ctrl+Enter).
 */
export const X_GESTURE_POLICY: GesturePolicyTable<ComposerFamily> = {
  // Plain and Shift+Enter are newlines. Shift and Alt held with Ctrl/Cmd+Enter are taken as the shortcut too (Draft's
  // hasCommandModifier wants no Alt, and Cmd only on macOS, Ctrl only elsewhere: the wider reading fails closed).
  post: { enterSends: false, shortcutSends: true, shortcutIgnores: ['shift', 'alt'], emptySendsNothing: false, disabledSendsNothing: true, needsControl: false, submitIsPublish: false },
  // Enter and Ctrl/Cmd+Enter send (Draft's send binding); Shift+Enter is a newline. The drawer has no form.
  dm: { enterSends: true, shortcutSends: true, shortcutIgnores: [], emptySendsNothing: false, disabledSendsNothing: true, needsControl: false, submitIsPublish: false },
  // The same keys; its <form> is submitted too (requestSubmit() from its own Enter handler, implicit submission).
  xchat: { enterSends: true, shortcutSends: true, shortcutIgnores: [], emptySendsNothing: false, disabledSendsNothing: true, needsControl: false, submitIsPublish: true },
};

/** X's DOM finders for the gesture classifier. */
export const X_GESTURES = defineGestures<ComposerFamily>({
  policy: X_GESTURE_POLICY,
  publishControlAt,
  editorAt(el) {
    const post = postEditorAt(el);
    const editor = post ?? el.closest(`${S.dmEditor}, ${S.xchatEditor}`);
    if (!editor) return null;
    const kind: ComposerFamily = post ? 'post' : editor.matches(S.dmEditor) ? 'dm' : 'xchat';
    // The root is computed from the editor (a walk of its tree): only once the key is known to send.
    return { editor, kind, composer: () => rootOfEditorOrControl(editor) ?? editor };
  },
  composerOfForm: (form) => (form.matches(S.xchatForm) ? { composer: form, kind: 'xchat' } : null),
  // Any X Chat send button, by test id or as its form's only submit button.
  isPublishSubmitter: (submitter) => isXChatSend(submitter),
  publishControlOf,
  draftOf,
  surfaceOf,
});
