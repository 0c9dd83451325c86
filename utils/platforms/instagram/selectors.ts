/**
 * Every DOM hook the Instagram adapter relies on, in one place. Read this file first when Instagram changes its markup.
 *
 * Rules followed here (see ../shared/research/platform-dom.md, beside the project, §4 and §5):
 * - Instagram has no test ids and hashes its classes (`x1qjc9v5`…, rebuilt every release): classes are never used.
 * - Roles (`role=link`, `role=button`, `role=dialog`, `role=textbox`), landmarks (`main`), forms, `contenteditable`
 *   and Instagram's embedded JSON come first. The cookie `ds_user_id` is the session key.
 * - Instagram's controls are `div[role=button]` whose only stable handle is their text. Where a control cannot be told
 *   apart by structure alone (Post vs emoji in a comment form, Share vs Back in the create dialog, Send in DMs), its
 *   label is matched, ALWAYS inside a structure that was found first (the form of a comment textarea, the dialog that
 *   holds a caption editor, the bar of a DM editor), and from the French AND English tables at the end of this file.
 *   Text is read from text nodes only: an `<svg aria-label>` (like, share, save, emoji icons) is never a label here.
 *
 * `@count` lines give how many elements each selector matches in each fixture of tests/fixtures/instagram
 * (querySelectorAll on the parsed page, piercing open shadow roots, of which these fixtures have none). `*` is the
 * count in every fixture not named. The numbers are checked by tests/unit/instagram/selectors.test.ts, so a fixture edit
 * that changes them must update this file too; `npm run selectors:snippet` prints the same counts on a live page.
 */

import { HANDLE_PATTERNS } from '../../types';

export const INSTAGRAM_SELECTORS = {
  // ---------------------------------------------------------------- identity

  /**
   * Avatar images inside links: the navigation's "Profile" entry (`a[role=link][href="/<viewer>/"]` holding
   * `img[alt="Photo de profil de <viewer>"]`, Mask `instagram.com/utils/selector.ts` in English [V]) and every decoy
   * (stories tray, feed authors, suggestions, the switcher card, commenters). The alt is parsed with
   * PROFILE_PICTURE_ALT and must name the same user as the link's last path segment. Only the ones outside the
   * content scopes (`contentScope`) and in the navigation (`navigation` landmark or next to `navEntry` links) are the
   * viewer's: never the first avatar of the page. Fallbacks: the switcher card, then the embedded viewer JSON cross-checked with the cookie.
   * @count direct-en=2 direct-fr=2 direct-no-viewer-en=1 direct-no-viewer-fr=1 logged-out-fr=2 no-signals-en=2 story-en=1 story-fr=1 *=6
   */
  linkedAvatar: 'a[role="link"][href] img[alt]',

  /**
   * The navigation landmark, when Instagram renders one (`nav` on mobile web, `div[role=navigation]` in the desktop
   * sidebar) [G]. One of the two ways a profile link is recognised as the navigation's (see `navEntry`); all the
   * profile links so recognised must name one user.
   * @count create-crop-fr=1 direct-en=1 direct-fr=1 home-fr=1 post-fr=1 *=0
   */
  navigation: 'nav, [role="navigation"]',

  /**
   * The navigation's fixed entries, by route (locale-free): Explore, Reels, the Messages inbox. A profile link outside
   * `contentScope` is the viewer's only when it sits in the `navigation` landmark or within a few ancestors of one of
   * these (the sidebar, the mobile tab bar). The story viewer, which has no navigation, shows the story author's avatar
   * link outside any content scope: it has none of these next to it, so it is never taken.
   * @count direct-no-viewer-en=4 direct-no-viewer-fr=4 logged-out-fr=0 no-signals-en=0 story-en=0 story-fr=0 *=3
   */
  navEntry: 'a[href="/explore/"], a[href="/reels/"], a[href^="/direct/inbox"]',

  /**
   * The page's main landmark, as an element (`<main>`) or as a role (`div[role=main]`, which Meta's apps also render):
   * the home feed's switcher card is looked for inside it only.
   * @count direct-no-viewer-en=0 story-en=0 story-fr=0 *=1
   */
  mainLandmark: 'main, [role="main"]',

  /**
   * Where other people's avatars live: the feed and the pages (`main` or `[role=main]`), posts (`article`), dialogs
   * (create, share, likers), menus. A profile link inside one of these is never the viewer's navigation entry.
   * @count create-caption-en=4 create-caption-fr=4 create-crop-fr=4 direct-en=1 direct-fr=1 direct-no-viewer-en=0 direct-no-viewer-fr=1 home-en=3 home-fr=3 story-en=0 story-fr=0 *=2
   */
  contentScope: 'main, [role="main"], article, [role="dialog"], [role="menu"]',

  /**
   * Instagram's server-sent data blocks (`<script type="application/json" data-sjs>`). The one holding
   * VIEWER_JSON_MARKER describes the viewer: `id` (the same number as `ds_user_id`), `username`, `full_name`
   * [shape G: the `"username":"…"` pattern is [V] in scrapers, the enclosing key is not]. Other blocks carry feed
   * authors' usernames (decoys): only the marked object is parsed. Cross-checks the DOM; used alone only when its id is
   * the cookie's.
   * @count direct-en=1 direct-fr=1 direct-no-viewer-en=1 direct-no-viewer-fr=1 logged-out-fr=1 no-signals-en=0 story-en=1 story-fr=1 *=2
   */
  dataScript: 'script[type="application/json"]',

  /**
   * Every control: Instagram's `div[role=button]` and the few native buttons (switcher "Switch"/"Changer", log-in).
   * Candidates for the switcher card (label SWITCH_LABELS, in `main`) and for publish controls (labels below, inside a
   * composer found by structure). Likes, saves, shares and follows are among them: never matched (svg labels are not
   * read, and their text labels are in no table).
   * @count direct-en=11 direct-fr=11 direct-no-viewer-en=7 direct-no-viewer-fr=7 home-en=21 home-fr=21 logged-out-fr=4 no-signals-en=5 post-fr=12 story-en=8 story-fr=8 *=27
   */
  control: '[role="button"], button',

  // ---------------------------------------------------------------- composers

  /**
   * Comment and story-reply boxes: a `<textarea>` in a `<form method=POST>` (aria-label/placeholder "Add a comment…" /
   * "Ajouter un commentaire…" [V EN], "Reply to <user>…" / "Répondre à <user>…" for stories). The form is the
   * composer; Enter in the textarea sends, and so does the form's submit. The form's own publish control is found by
   * POST_LABELS / SEND_LABELS inside it. No fallback needed for the editor: the structure is the form.
   * @count direct-en=0 direct-fr=0 direct-no-viewer-en=0 direct-no-viewer-fr=0 logged-out-fr=0 no-signals-en=1 post-fr=1 story-en=1 story-fr=1 *=2
   */
  formTextarea: 'form textarea',

  /**
   * Lexical rich-text editors (`div[contenteditable=true][role=textbox][data-lexical-editor=true]`): the create flow's
   * caption ("Write a caption…" / "Écrivez une légende…") inside the create dialog, and the DM composer
   * (aria-label "Message") outside any dialog [V EN]. Told apart by structure (inside a `dialog` or not), never by label.
   * @count create-caption-en=1 create-caption-fr=1 direct-en=1 direct-fr=1 direct-no-viewer-en=1 direct-no-viewer-fr=1 *=0
   */
  richEditor: '[contenteditable="true"][role="textbox"]',

  /**
   * Modal dialogs: the create flow ("Create new post" / "Créer une publication"), a post opened over the feed, the
   * share sheet (decoy: its "Send" sends a post to friends, not a composer we know), likers. The create dialog is the
   * one holding a `richEditor`; at the crop and filter steps it holds none, so its "Next" is never a candidate.
   * @count create-caption-en=1 create-caption-fr=1 create-crop-fr=1 *=0
   */
  dialog: '[role="dialog"]',

} as const;

export type InstagramSelectorName = keyof typeof INSTAGRAM_SELECTORS;

/** An Instagram username: the same rule as the settings import (utils/types.ts HANDLE_PATTERNS). */
export const HANDLE = HANDLE_PATTERNS.instagram!;

/** The session cookie: the active account's numeric id, readable by scripts (`sessionid` is httpOnly). */
export const SESSION_COOKIE = 'ds_user_id';

/** Marker of the viewer object in `dataScript` [G]: the object that follows it is `{ id, username, full_name, … }`. */
export const VIEWER_JSON_MARKER = '"PolarisViewer",[],{"data":';

/**
 * First path segments that are Instagram routes, not profiles. Instagram reserves them, so no account has them.
 */
export const RESERVED_PATHS = new Set([
  'accounts', 'explore', 'direct', 'reels', 'reel', 'p', 'stories', 'tv', 'about', 'legal', 'developer', 'web',
  'emails', 'challenge', 'session', 'oauth', 'api', 'graphql', 'create', 'your_activity', 'login', 'signup',
]);

// ---------------------------------------------------------------- label tables (French and English)
// Used only where structure cannot tell controls apart; always applied inside a composer found by structure first.

/** Avatar alt texts: French "Photo de profil de <user>", English "<user>'s profile picture" (Mask [V EN]). */
export const PROFILE_PICTURE_ALT: readonly RegExp[] = [/^Photo de profil de (\S+)$/, /^(\S+?)['’]s profile picture$/];

/** The switcher card's button in the right column of the home feed. */
export const SWITCH_LABELS = new Set(['Switch', 'Changer', 'Basculer']);

/** The comment form's publish control [V EN "Post"; FR G]. */
export const POST_LABELS = new Set(['Post', 'Publier']);

/** The create dialog's final control, in its header [V EN "Share"; FR G]. */
export const SHARE_LABELS = new Set(['Share', 'Partager']);

/** The DM and story-reply send control [V EN "Send"; FR G]. */
export const SEND_LABELS = new Set(['Send', 'Envoyer']);

/** The create dialog's intermediate steps: never a publish (listed so tests can prove it). */
export const NEXT_LABELS = new Set(['Next', 'Suivant']);

/** Story reply boxes' aria-label/placeholder: "Reply to <user>…" / "Répondre à <user>…" [G]. */
export const STORY_REPLY_LABEL: readonly RegExp[] = [/^Reply to \S+/, /^Répondre à \S+/];
