/**
 * Pure detectors for LinkedIn: functions of a DOM tree (and of the URL they are given), no globals, no state. The
 * adapter (./adapter.ts) wires them to the live page. Every DOM hook comes from ./selectors.ts.
 *
 * Composer kinds and their roots:
 * - 'share'   the classic share dialog (Ember + Quill), inside #interop-outlet's open shadow root;
 * - 'sdui'    the newer share screen (native <dialog>, TipTap), replaced by LinkedIn ~0.5 s after it opens;
 * - 'comment' a TipTap comment/reply box; 'ember-comment' the older Ember comment box;
 * - 'message' the messaging form.
 * Roots are found again from the event at every call: LinkedIn replaces nodes at will.
 */
import type { Identity } from '../../types';
import { treesUnder, visibleText } from '../dom';
import type { IdentityReading, PublishGesture } from '../adapter';
import { defineGestures, type ControlHit, type GesturePolicyTable } from '../gestures';
import {
  COMPANY_ADMIN_PATH,
  INNER,
  LABELS,
  LINKEDIN_SELECTORS as S,
  MEMBER_PATH,
  ME_REQUEST,
} from './selectors';

export type ComposerKind = 'share' | 'sdui' | 'comment' | 'ember-comment' | 'message';
export type Surface = PublishGesture['surface'];

const BASE = 'https://www.linkedin.com/';
/** The navigation's "Me" entry: the item that holds the member's link and photo. */
const ME_ENTRY = '.global-nav__me, li';


// =====================================================================================================================
// Text
// =====================================================================================================================

/** Text without layout; `<img alt>` only inside editors (emoji), where `withAlt` is set. */
export const textOf = (el: Element, withAlt = false): string => visibleText(el, { imageAlt: withAlt });



/** The first non-empty line of an element's text, whitespace collapsed. */
export function firstLine(el: Element): string {
  for (const line of textOf(el).split('\n')) {
    const clean = line.replace(/\s+/g, ' ').trim();
    if (clean) return clean;
  }
  return '';
}

/** Folded for comparison: NFKC, lower case, no accents, whitespace collapsed. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const sameName = (a: string | undefined, b: string | undefined) => !!a && !!b && fold(a) === fold(b);

/**
 * The text of one editor. Quill, TipTap and messaging render one `<p>` per line (an empty line is `<p><br></p>`,
 * TipTap adds a trailing `<br>`): paragraphs joined with "\n". Anything else: block-aware text.
 */
export function editorText(editor: Element): string {
  const children = Array.from(editor.children);
  if (children.length > 0 && children.every((child) => child.localName === 'p')) {
    return children.map((p) => textOf(p, true).replace(/\n$/, '')).join('\n');
  }
  return textOf(editor, true);
}

// =====================================================================================================================
// Identity
// =====================================================================================================================

function pathOf(href: string | null | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, BASE);
    return /(^|\.)linkedin\.com$/.test(url.hostname) ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

/** The vanity of a `/in/<vanity>` link, decoded. */
export function vanityOf(href: string | null | undefined): string | undefined {
  const match = MEMBER_PATH.exec(pathOf(href) ?? '');
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

/** The page a `/company/<id>/admin/…` URL publishes as (its id or vanity), else undefined. */
export function adminCompanyOf(url: string): string | undefined {
  const match = COMPANY_ADMIN_PATH.exec(pathOf(url) ?? '');
  return match?.[1];
}

const httpUrl = (src: string | null | undefined) => (src && /^https?:\/\//.test(src) ? src : undefined);

/** The member's `/voyager/api/me` response embedded by Ember (datalet → body code element). */
export function readMeDatalet(root: ParentNode): { vanity?: string; name?: string } | null {
  for (const datalet of Array.from(root.querySelectorAll(S.datalet))) {
    let meta: unknown;
    try {
      meta = JSON.parse(datalet.textContent ?? '');
    } catch {
      continue;
    }
    const m = meta as { request?: unknown; body?: unknown };
    if (typeof m.request !== 'string' || !m.request.startsWith(ME_REQUEST) || typeof m.body !== 'string') continue;
    const bodyEl = Array.from(root.querySelectorAll('code[id]')).find((el) => el.id === m.body);
    if (!bodyEl) return null;
    try {
      const body = JSON.parse(bodyEl.textContent ?? '') as { data?: Record<string, unknown>; included?: Record<string, unknown>[] };
      const urn = body.data?.['*miniProfile'];
      const profile = (body.included ?? []).find((entity) => entity && entity.entityUrn === urn);
      if (!profile) return null;
      const out: { vanity?: string; name?: string } = {};
      if (typeof profile.publicIdentifier === 'string' && profile.publicIdentifier) out.vanity = profile.publicIdentifier;
      const name = [profile.firstName, profile.lastName].filter((p) => typeof p === 'string' && p).join(' ');
      if (name) out.name = name;
      return out;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * The logged-in member, from the global nav's "Me" entry, else the feed's identity card, else the embedded `/me`
 * response. Two signals that name different members: conflicting (trust neither).
 */
export function detectMember(root: ParentNode): IdentityReading {
  const navLink = root.querySelector(S.meLink);
  const navVanity = vanityOf(navLink?.getAttribute('href'));
  // The member's photo is the Me entry's own (its alt is the member's name); any other picture of the nav (a
  // notification's avatar, a promotion) names someone or something else.
  const meEntry = navLink?.closest(ME_ENTRY);
  const photo = meEntry ? Array.from(root.querySelectorAll<HTMLImageElement>(S.mePhoto)).find((img) => img.closest(ME_ENTRY) === meEntry) : undefined;
  const rail = root.querySelector(S.railProfileLink);
  const railVanity = vanityOf(rail?.getAttribute('href'));
  const me = readMeDatalet(root);
  const vanities = [navVanity, railVanity, me?.vanity].filter((v): v is string => !!v);
  if (vanities.some((v) => v.toLowerCase() !== vanities[0]!.toLowerCase())) return { identity: null, problem: 'conflicting-signals' };
  const handle = vanities[0];
  if (!handle) return { identity: null, problem: 'no-identity-signal' };
  const name = photo?.getAttribute('alt')?.trim() || (rail ? firstLine(rail) : '') || me?.name;
  const identity: Identity = {
    platform: 'linkedin',
    handle,
    source: navVanity ? 'global-nav' : railVanity ? 'feed-identity' : 'voyager-me',
  };
  if (name) identity.name = name;
  const avatarUrl = httpUrl(photo?.getAttribute('src'));
  if (avatarUrl) identity.avatarUrl = avatarUrl;
  return { identity };
}

/** Is this line the audience half of the "post as" control (a control's label, never a name)? */
export function isAudienceLabel(line: string): boolean {
  const folded = fold(line);
  return LABELS.audience.some((pattern) => pattern.test(folded));
}

/** The share composer's "post as" control: classic, its class; SDUI, the first button with a picture before the editor. */
function shareAuthorControl(composer: Element): Element | null {
  if (kindOf(composer) === 'share') return composer.querySelector(S.shareAuthor);
  const editor = editorsOf(composer)[0];
  return (
    Array.from(composer.querySelectorAll(INNER.button)).find(
      (b) => !!b.querySelector('img') && (!editor || !!(b.compareDocumentPosition(editor) & 4)),
    ) ?? null
  );
}

/**
 * The author line of a share composer: the first line of its "post as" control, taken as a name only when the control
 * says it names someone. That line must not be the audience ("Post to Anyone"), and something else must name the same
 * author: its picture's `alt`, its `aria-label` ("Marie Dupont, Post to Anyone"), or the audience on the next line (the
 * control's two-line shape, research §3.1). 'unreadable': the control is there but names no one (the author's line
 * missing, a redesign): the author is unknown, never the audience label, nor assumed to be the member.
 * Null: no such control.
 */
export function shareAuthorOf(composer: Element): { name: string; avatarUrl?: string } | 'unreadable' | null {
  const control = shareAuthorControl(composer);
  if (!control) return null;
  const lines = textOf(control)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const name = lines[0];
  if (!name || isAudienceLabel(name)) return 'unreadable';
  const img = control.querySelector('img');
  const alt = img?.getAttribute('alt')?.trim();
  const label = control.getAttribute('aria-label') ?? '';
  const confirmed = sameName(alt, name) || fold(label).startsWith(`${fold(name)},`) || (!!lines[1] && isAudienceLabel(lines[1]));
  if (!confirmed) return 'unreadable';
  const avatarUrl = httpUrl(img?.getAttribute('src'));
  return avatarUrl ? { name, avatarUrl } : { name };
}

/**
 * The actor of a comment box (page admins get an actor picker; other members have none: null, the member).
 * 1. "Commenting as <name>" / "Commenter en tant que <name>" on a button (label tables in selectors.ts);
 * 2. else, whatever language LinkedIn served the page in (it drifts from the account's), structure: the actor picker
 *    is the menu button before the editor whose only content is the actor's picture; its `alt` is the actor's name.
 */
export function commentActorOf(composer: Element): { name: string; avatarUrl?: string } | null {
  const found = (button: Element, name: string) => {
    const avatarUrl = httpUrl(button.querySelector('img')?.getAttribute('src'));
    return avatarUrl ? { name, avatarUrl } : { name };
  };
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  for (const button of Array.from(composer.querySelectorAll(INNER.button))) {
    const label = button.getAttribute('aria-label') ?? '';
    for (const pattern of LABELS.commentingAs) {
      const name = pattern.exec(label)?.[1]?.trim();
      if (!name) continue;
      // The label's name ends at the first "." or ","; a page name may hold one ("Dupont, Lyon"). The picture's alt
      // is the whole name when the label goes on with it.
      const alt = button.querySelector('img')?.getAttribute('alt')?.trim();
      const whole = alt && fold(alt).startsWith(fold(name)) && fold(label).includes(fold(alt)) ? alt : name;
      return found(button, whole);
    }
  }
  const editor = editorsOf(composer)[0];
  if (!editor) return null;
  for (const button of Array.from(composer.querySelectorAll(INNER.actorPicker))) {
    if (!(button.compareDocumentPosition(editor) & 4) || button.contains(editor) || button.querySelector('svg, li-icon')) continue;
    const name = button.querySelector('img')?.getAttribute('alt')?.trim();
    if (name && textOf(button).trim() === '') return found(button, name);
  }
  return null;
}

/**
 * Who a publish from `composer` (or from the page when null) goes out as, now:
 * - messages: the member;
 * - share boxes: the author line; the member when it is the member's name, else a page (with the company id of a
 *   `/company/<id>/admin/` URL as handle); no author line: the page of an admin URL, else the member;
 * - comments: the comment box's actor when it is not the member, else the member;
 * - no composer: the open share box if any, else the admin URL's page, else the member.
 */
export function detectIdentity(root: ParentNode, url: string, composer: Element | null): IdentityReading {
  const member = detectMember(root);
  const company = adminCompanyOf(url);
  const page = (found: { name?: string; avatarUrl?: string } | null, source: string): IdentityReading => {
    const identity: Identity = { platform: 'linkedin', source };
    if (company) identity.handle = company;
    if (found?.name) identity.name = found.name;
    if (found?.avatarUrl) identity.avatarUrl = found.avatarUrl;
    return { identity };
  };
  const asMember = (source: string): IdentityReading =>
    member.identity ? { identity: { ...member.identity, source: `${source}+${member.identity.source}` } } : member;
  const kind = composer ? kindOf(composer) : null;
  if (composer && (kind === 'share' || kind === 'sdui')) {
    const author = shareAuthorOf(composer);
    // The "post as" control names no one: unknown (on an admin URL, the URL still fixes the page).
    if (author === 'unreadable') return company ? page(null, 'admin-url') : { identity: null, problem: 'no-identity-signal' };
    if (author) {
      if (sameName(author.name, member.identity?.name)) return asMember('share-author');
      if (!company && !member.identity && member.problem === 'conflicting-signals') return member;
      return page(author, 'share-author');
    }
    return company ? page(null, 'admin-url') : member;
  }
  if (composer && (kind === 'comment' || kind === 'ember-comment')) {
    const actor = commentActorOf(composer);
    if (actor && !sameName(actor.name, member.identity?.name)) {
      const identity: Identity = { platform: 'linkedin', name: actor.name, source: 'comment-actor' };
      if (actor.avatarUrl) identity.avatarUrl = actor.avatarUrl;
      return { identity };
    }
    return actor ? asMember('comment-actor') : member;
  }
  if (!composer) {
    const share = openShareBox(root);
    if (share) return detectIdentity(root, url, share);
    if (company) return page(null, 'admin-url');
  }
  return member;
}

// =====================================================================================================================
// Composers
// =====================================================================================================================

/** The kind of a composer root, or null. */
export function kindOf(el: Element): ComposerKind | null {
  if (el.matches(S.shareDialog)) return 'share';
  if (el.matches(S.sduiShare)) return 'sdui';
  if (el.matches(S.msgForm)) return 'message';
  if (el.matches(S.commentBox)) return 'comment';
  if (el.matches(S.emberCommentBox)) return 'ember-comment';
  return null;
}

/** The composer's editors, in document order. */
export function editorsOf(composer: Element): HTMLElement[] {
  const kind = kindOf(composer);
  const all = (css: string) => Array.from(composer.querySelectorAll<HTMLElement>(css));
  switch (kind) {
    case 'share':
    case 'ember-comment':
      return all(S.quillEditor);
    case 'sdui':
      return all(INNER.editable);
    case 'comment':
      return all(`${S.tiptapWrapper} ${INNER.editable}`);
    case 'message':
      return all(S.msgEditor);
    default:
      return [];
  }
}

const hasIcon = (button: Element) => !!button.querySelector(INNER.icon);

/**
 * The submit among buttons: the only text-only one (every other control of a LinkedIn footer is an icon); when
 * several are text-only, the only one whose label is a submit label (tables in selectors.ts); else none.
 */
export function onlyTextButton(buttons: readonly Element[]): HTMLElement | null {
  const textOnly = buttons.filter((b) => !hasIcon(b) && textOf(b).trim() !== '');
  if (textOnly.length === 1) return textOnly[0] as HTMLElement;
  const labelled = textOnly.filter((b) => (LABELS.submit as readonly string[]).includes(fold(textOf(b))));
  return labelled.length === 1 ? (labelled[0] as HTMLElement) : null;
}

/** The composer's publish control now (never cached: LinkedIn re-renders). */
export function publishControlOf(composer: Element): HTMLElement | null {
  switch (kindOf(composer)) {
    case 'share':
      return composer.querySelector<HTMLElement>(S.sharePost);
    case 'ember-comment':
      return composer.querySelector<HTMLElement>(S.emberCommentSubmit);
    case 'message':
      return composer.querySelector<HTMLElement>(S.msgSend);
    case 'comment': {
      const section = composer.querySelector(S.commentButtonSection) ?? outsideSectionOf(composer);
      return section ? onlyTextButton(Array.from(section.querySelectorAll(INNER.button))) : null;
    }
    case 'sdui': {
      const editor = editorsOf(composer)[0];
      if (!editor) return null;
      const after = Array.from(composer.querySelectorAll(INNER.button)).filter((b) => !!(editor.compareDocumentPosition(b) & 4) && !editor.contains(b));
      return onlyTextButton(after);
    }
    default:
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------------
// A TipTap comment box's button section may sit outside the box, beside it in the post card (another render of the same
// components): the box and its section are then paired by the URN their component keys name, else by order (a section
// belongs to the nearest comment editor before it, with no other section in between).
// ---------------------------------------------------------------------------------------------------------------------

/** How far up from a comment box (or an outside section) the post card that holds both may be. */
const CARD_DEPTH = 8;
/** A post card (or a comment, for replies): a pairing never looks past it. */
const POST_CARD = '[data-urn], [role="article"], article';

/** The URN a component key names (`commentBox-urn:li:activity:73…` → `urn:li:activity:73…`), if any. */
export function urnOfKey(key: string | null | undefined): string | undefined {
  return /urn:li:[A-Za-z]+:[^\s]+/.exec(key ?? '')?.[0];
}

/** TipTap comment boxes (with an editor) under `scope`, in document order. */
function commentBoxesIn(scope: ParentNode): Element[] {
  return Array.from(scope.querySelectorAll(S.commentBox)).filter((box) => editorsOf(box).length > 0);
}

/** The nearest ancestor of `el` (up to the post card) holding something `has` accepts; null when none does. */
function cardScope(el: Element, has: (scope: Element) => boolean): Element | null {
  let node = el.parentElement;
  for (let depth = 0; node && depth < CARD_DEPTH && !node.matches('main, body'); depth++, node = node.parentElement) {
    if (has(node)) return node;
    if (node.matches(POST_CARD)) return null;
  }
  return null;
}

/** The comment box a button section outside any box belongs to: same URN, else the nearest comment editor before it. */
export function commentBoxOfSection(section: Element): Element | null {
  const inside = section.closest(S.commentBox);
  if (inside) return editorsOf(inside).length > 0 ? inside : null;
  const scope = cardScope(section, (node) => commentBoxesIn(node).length > 0);
  if (!scope) return null;
  const boxes = commentBoxesIn(scope);
  const urn = urnOfKey(section.getAttribute('componentkey'));
  const sameUrn = urn ? boxes.filter((box) => urnOfKey(box.getAttribute('componentkey')) === urn) : [];
  if (sameUrn.length === 1) return sameUrn[0]!;
  // The nearest editor before the section, with no other button section between them.
  const before = boxes.filter((box) => !!(editorsOf(box)[0]!.compareDocumentPosition(section) & 4) && !box.contains(section));
  const nearest = before[before.length - 1];
  if (!nearest || nearest.querySelector(S.commentButtonSection)) return null;
  const editor = editorsOf(nearest)[0]!;
  const between = Array.from(scope.querySelectorAll(S.commentButtonSection)).some(
    (other) => other !== section && !!(editor.compareDocumentPosition(other) & 4) && !!(other.compareDocumentPosition(section) & 4),
  );
  return between ? null : nearest;
}

/** The button section of a comment box that sits outside it: the one section of its post card paired with it. */
function outsideSectionOf(box: Element): Element | null {
  const outside = (scope: ParentNode) => Array.from(scope.querySelectorAll(S.commentButtonSection)).filter((section) => !section.closest(S.commentBox));
  const scope = cardScope(box, (node) => outside(node).length > 0);
  if (!scope) return null;
  const mine = outside(scope).filter((section) => commentBoxOfSection(section) === box);
  return mine.length === 1 ? mine[0]! : null;
}

/**
 * The composer root containing `el` (editor, control or anything inside), or null. A root counts only when it holds
 * an editor: LinkedIn's placeholder share dialog (no editor yet) is not a composer.
 */
export function composerAt(el: Element): Element | null {
  const section = el.closest(S.commentButtonSection);
  if (section && !section.closest(S.commentBox)) return commentBoxOfSection(section);
  const root =
    el.closest(S.shareDialog) ??
    el.closest(S.sduiShare) ??
    el.closest(S.msgForm) ??
    el.closest(S.emberCommentBox) ??
    el.closest(S.commentBox) ??
    el.closest(S.emberCommentForm);
  if (!root) return null;
  if (root.matches(S.emberCommentForm) && !root.matches(S.emberCommentBox)) return null; // a form outside its box: unknown layout
  return editorsOf(root).length > 0 ? root : null;
}


const ROOTS = [S.shareDialog, S.sduiShare, S.msgForm, S.emberCommentBox, S.commentBox].join(', ');

/** Every composer currently in the tree, piercing open shadow roots (the classic share box). */
export function findComposers(root: ParentNode): Element[] {
  return treesUnder(root).flatMap((tree) =>
    // A root with an editor, not nested in another root (compared without `===` on the found root: some DOMs hand out
    // proxies for <form> elements, so `closest()` and `querySelectorAll()` may not return the same object).
    Array.from(tree.querySelectorAll(ROOTS)).filter(
      (el) => kindOf(el) !== null && editorsOf(el).length > 0 && !(el.parentElement && composerAt(el.parentElement)),
    ),
  );
}

const SHARE_ROOTS = `${S.shareDialog}, ${S.sduiShare}`;

/**
 * The open share box, classic or newer, if any: looked for in the document and in the interop outlet's shadow root
 * only (where LinkedIn mounts the classic one), never by walking the whole tree. Read every 2 s for the badge, so it
 * must stay cheap on a long feed.
 */
export function openShareBox(root: ParentNode): Element | null {
  const outlet = root.querySelector(S.interopOutlet)?.shadowRoot;
  for (const tree of outlet ? [outlet, root] : [root])
    for (const el of Array.from(tree.querySelectorAll(SHARE_ROOTS))) if (editorsOf(el).length > 0) return el;
  return null;
}

/** What a composer publishes. */
export function surfaceOf(composer: Element): Surface {
  switch (kindOf(composer)) {
    case 'message':
      return 'message';
    case 'comment':
    case 'ember-comment':
      return 'comment';
    default:
      return 'post';
  }
}

/** The draft: every editor's text, trimmed, empty parts dropped, joined with a blank line. */
export function draftOf(composer: Element): string {
  return editorsOf(composer)
    .map((editor) => editorText(editor).trim())
    .filter((part) => part !== '')
    .join('\n\n');
}

/**
 * Whether two composer roots are the same composer: the same node, or roots whose first editor is the same node (some
 * DOMs hand out proxies for <form> elements, so one form can be two different objects depending on how it was found).
 */
export function sameComposer(a: Element, b: Element): boolean {
  if (a === b) return true;
  const editor = editorsOf(a)[0];
  return !!editor && editor === editorsOf(b)[0];
}

/** The editor `el` is or is inside, within a composer. */
export function editorAt(el: Element, composer: Element): HTMLElement | null {
  return editorsOf(composer).find((editor) => editor === el || editor.contains(el)) ?? null;
}

/**
 * Does plain Enter send in this message form? The send-toggle menu's checked option, recognised by its label; no
 * menu: unknown, treated as sending (see selectors.ts `msgEnterOption`).
 */
export function pressEnterToSend(form: Element): boolean {
  const options = Array.from(form.querySelectorAll(S.msgEnterOption));
  const enter = options.find((o) => LABELS.enterToSend.some((p) => p.test(fold(textOf(o)))));
  if (!enter) return true;
  return enter.getAttribute('aria-checked') === 'true';
}

// =====================================================================================================================
// Gestures: LinkedIn's finders and its policy table (the rules shared by every platform: ../gestures.ts)
// =====================================================================================================================

/**
 * The publish control `el` is or is inside, with its composer. In a comment box's button section, when the section
 * holds several text buttons that no rule tells apart, a submit-labelled one is still guarded while the box holds a
 * draft (fail closed); only a replay needs the one control.
 */
export function publishControlAt(el: Element): ControlHit | null {
  const button = el.closest<HTMLElement>(INNER.button);
  if (!button) return null;
  const composer = composerAt(button);
  if (!composer) return null;
  const control = publishControlOf(composer);
  if (control === button) return { control, composer };
  const inSection = kindOf(composer) === 'comment' && !!button.closest(S.commentButtonSection);
  const submitLabelled = !hasIcon(button) && (LABELS.submit as readonly string[]).includes(fold(textOf(button)));
  return inSection && submitLabelled && draftOf(composer) !== '' ? { control: button, composer } : null;
}

/**
 * What the keys and a submit do in each LinkedIn composer kind. Every publish control is disabled until there is text
 * (research §3.2): then no key sends. The share boxes and comments are rich text: Enter is a newline (research §3.2);
 * Ctrl/Cmd+Enter is treated as publishing there, Shift held or not ([G, not verified]: fail closed).
 */
export const LINKEDIN_GESTURE_POLICY: GesturePolicyTable<ComposerKind> = {
  share: { enterSends: false, shortcutSends: true, shortcutIgnores: ['shift'], emptySendsNothing: false, disabledSendsNothing: true, needsControl: false, submitIsPublish: false },
  sdui: { enterSends: false, shortcutSends: true, shortcutIgnores: ['shift'], emptySendsNothing: false, disabledSendsNothing: true, needsControl: false, submitIsPublish: false },
  comment: { enterSends: false, shortcutSends: true, shortcutIgnores: ['shift'], emptySendsNothing: false, disabledSendsNothing: true, needsControl: false, submitIsPublish: false },
  // The older Ember comment box is a form: its submit publishes too.
  'ember-comment': { enterSends: false, shortcutSends: true, shortcutIgnores: ['shift'], emptySendsNothing: false, disabledSendsNothing: true, needsControl: false, submitIsPublish: true },
  // Messaging: plain Enter sends when the "Press Enter to send" setting is on (research §3.2 [G]; read from its menu);
  // Ctrl/Cmd+Enter sends; Shift+Enter is a newline. Its form's submit publishes.
  message: { enterSends: pressEnterToSend, shortcutSends: true, shortcutIgnores: [], emptySendsNothing: false, disabledSendsNothing: true, needsControl: false, submitIsPublish: true },
};

/** LinkedIn's DOM finders for the gesture classifier. */
export const LINKEDIN_GESTURES = defineGestures<ComposerKind>({
  policy: LINKEDIN_GESTURE_POLICY,
  publishControlAt,
  editorAt(el) {
    const composer = composerAt(el);
    const editor = composer && editorAt(el, composer);
    const kind = composer && kindOf(composer);
    return composer && editor && kind ? { editor, kind, composer: () => composer } : null;
  },
  composerOfForm(form) {
    if (!form.matches(`${S.msgForm}, ${S.emberCommentForm}`)) return null;
    const composer = composerAt(form);
    const kind = composer && kindOf(composer);
    return composer && kind ? { composer, kind } : null;
  },
  publishControlOf,
  draftOf,
  surfaceOf,
});
