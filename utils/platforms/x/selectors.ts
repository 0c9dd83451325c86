/**
 * Every DOM hook the X adapter relies on, in one place. Read this file first when X changes its markup.
 *
 * Rules followed here (see ../shared/research/platform-dom.md, beside the project, §1):
 * - `data-testid` values are X's stable surface (React Native Web `testID` props, Draft.js `webDriverTestID`).
 *   Roles and structure come next. Hashed classes (`css-175oi2r`, `r-…`) change with every build: never used.
 * - No English or French label text is ever matched (Post/Poster/Tweeter, Reply/Répondre…): labels vary by
 *   locale, by A/B test and by other extensions (CPFT rewrites them).
 * - Prefix selectors are dangerous: `[data-testid^="tweetTextarea"]` also matches `tweetTextarea_0_label` and
 *   `tweetTextarea_0RichTextInputContainer`. Exact ids are then checked with the regular expressions below.
 *
 * `@count` lines give how many elements each selector matches in each fixture of tests/fixtures/x (querySelectorAll
 * on the parsed page, piercing open shadow roots). `*` is the count in every fixture not named. The numbers are
 * checked by tests/unit/x/selectors.test.ts, so a fixture edit that changes them must update this file too.
 */

import { HANDLE_PATTERNS } from '../../types';

export const X_SELECTORS = {
  // ---------------------------------------------------------------- identity

  /**
   * The account switcher at the bottom of the desktop SideNav (`button`, aria-label "Account menu" / "Menu du compte").
   * It renders the account a post goes out as, including a delegate when acting as one (X bundle, SideNav
   * `JobSearch.js` ~176: `delegateUser ? <ForceUser …>`). Trusted: test id from X's own testid map [V].
   * Fallbacks, in order: `profileLink`, `mobileDash`, then the server-rendered state cross-checked with `twid`.
   * Absent on mobile web, on logged-out pages and when another extension replaces the navigation.
   * @count logged-out-fr=0 mobile-compose-en=0 mobile-en=0 no-signals=0 profile-link-fr=0 *=1
   */
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',

  /**
   * Every user avatar on the page; the handle is the test id suffix (`UserAvatar-Container-<handle>`).
   * Only ever queried INSIDE `accountSwitcher` or `mobileDash`: the first one in the document is usually a hover card
   * in `#layers` (which precedes the app in document order) or a timeline avatar, never reliably the viewer.
   * The high counts below are those decoys.
   * @count delegated-en=5 logged-out-fr=4 mobile-compose-en=2 mobile-en=3 no-signals=1 profile-link-fr=6 quote-en=9 quote-fr=9 reply-en=7 reply-fr=7 reply-modal-fr=9 thread-fr=9 xchat-en=1 xchat-fr=1 *=8
   */
  userAvatar: '[data-testid^="UserAvatar-Container-"]',

  /**
   * The "Profile" link of the desktop SideNav: `href="/<handle>"`. Second signal when the switcher is missing
   * (hidden or removed by a customisation extension). Only the path is used; query and hash are ignored and
   * reserved first segments (`/home`, `/i/…`) are rejected.
   * @count logged-out-fr=0 mobile-compose-en=0 mobile-en=0 no-signals=0 *=1
   */
  profileLink: 'a[data-testid="AppTabBar_Profile_Link"]',

  /**
   * Mobile web's top-bar profile button, holding the viewer's `UserAvatar-Container-<handle>` (CPFT ~5085).
   * Third signal, used only where there is no SideNav.
   * @count mobile-en=1 *=0
   */
  mobileDash: '[data-testid="DashButton_ProfileIcon_Link"]',

  /**
   * Server-rendered inline scripts after `#react-root`; the one containing `window.__INITIAL_STATE__=` holds
   * `session.user_id` (Mask `selfInfoSelectors`; shape [G]). Used to cross-check the `twid` cookie (a different
   * id means the session switched account after this page was rendered) and, cross-checked, as a last fallback.
   * `:not([src])` skips script files (the fixtures' app.js, X's bundles).
   * @count no-signals=0 *=1
   */
  stateScript: '#react-root ~ script:not([src])',

  // ---------------------------------------------------------------- post composers (Home box, modal, reply, thread, quote)

  /**
   * Draft.js post editors: `div.public-DraftEditor-content[contenteditable=true][role=textbox][data-testid="tweetTextarea_N"]`.
   * `[contenteditable]` excludes the `_label` and `RichTextInputContainer` wrappers that share the prefix; the exact
   * id is then checked with POST_EDITOR_TESTID. One per thread item.
   * @count logged-out-fr=0 mobile-compose-en=0 mobile-en=0 modal-over-home-fr=2 quote-en=2 quote-fr=2 reply-modal-fr=2 thread-fr=3 xchat-en=0 xchat-fr=0 *=1
   */
  postEditable: '[data-testid^="tweetTextarea_"][contenteditable]:not([contenteditable="false"])',

  /**
   * Mobile web post editors: a plain `<textarea>` inside `div[data-testid="tweetTextarea_N"]` (CPFT
   * `tweakMobileComposeTweetPage`, line 7604). The nearest `tweetTextarea_…` ancestor must have an exact id (a textarea
   * under a `_label` only is not taken). Fallback for the layout where the test id is on the textarea itself: accepted.
   * @count mobile-compose-en=1 mobile-en=1 *=0
   */
  postTextarea: '[data-testid^="tweetTextarea_"] textarea, textarea[data-testid^="tweetTextarea_"]',

  /**
   * The post button: `tweetButton` in modals and on mobile, `tweetButtonInline` in the Home box and inline replies
   * (`RichTextCompose` line 901). A `<button>` today, disabled while the composer is invalid; not tied to the tag
   * because it used to be a `div[role=button]`. Its label (Post, Reply, Post all, Poster, Répondre, Tout poster…) is
   * never read. Both ids exist at once when the modal is open over Home: always scope to a composer.
   * @count logged-out-fr=0 modal-over-home-fr=2 quote-en=2 quote-fr=2 reply-modal-fr=2 thread-fr=2 xchat-en=0 xchat-fr=0 *=1
   */
  postControl: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',

  /**
   * Modal dialogs (in `#layers`): compose, reply and quote modals. Used to scope reply detection to one modal, and
   * as the composer of last resort for an editor whose control cannot be found. Trusted: the ARIA role React Native
   * Web renders for X's modals (CPFT scopes the compose modal the same way). No fallback needed: without it, reply
   * detection falls back to `main`.
   * @count modal-over-home-fr=1 quote-en=1 quote-fr=1 reply-modal-fr=1 thread-fr=1 *=0
   */
  dialog: '[role="dialog"]',

  /**
   * Tweets. A tweet that precedes a composer's first editor in the same dialog (or in `main`) is the tweet being
   * replied to: the reply modal and the inline reply box of a conversation page show it above the editor, while
   * the Home box has the timeline below it and a quote modal shows the quoted tweet below the editor (CPFT uses the
   * same presence test on the mobile compose page, line 7599).
   * @count delegated-en=2 logged-out-fr=2 mobile-compose-en=0 mobile-en=0 no-signals=0 profile-link-fr=2 reply-modal-fr=4 xchat-en=0 xchat-fr=0 *=3
   */
  tweet: 'article[data-testid="tweet"]',

  /**
   * The main landmark (`<main role="main">`): scope of reply detection for composers outside a dialog (inline reply
   * of a conversation page, mobile reply page). A structural HTML element, the same in every layout and locale.
   * @count  *=1
   */
  main: 'main',

  /**
   * Draft.js blocks (one per line) inside a contenteditable: the draft is their text joined with "\n". Draft.js's own
   * data attribute, stable across X builds. Fallback when absent (a browser-typed contenteditable): `<div>`/`<br>`
   * boundaries as newlines.
   * @count dm-drawer-fr=2 logged-out-fr=0 mobile-compose-en=0 mobile-en=0 modal-over-home-fr=2 quote-en=2 quote-fr=2 reply-modal-fr=2 thread-fr=4 xchat-en=0 xchat-fr=0 *=1
   */
  draftBlock: '[data-block="true"]',

  // ---------------------------------------------------------------- old DM drawer

  /**
   * The old DM drawer's Draft.js editor (test id used by many scripts; X's bundle `DMRichTextCompose`). Enter sends,
   * Shift+Enter is a newline. No fallback: X is replacing the drawer with X Chat (below).
   * @count dm-drawer-fr=1 *=0
   */
  dmEditor: '[data-testid="dmComposerTextInput"]',

  /**
   * The old DM drawer's send button, disabled while the message is empty (test id used by many scripts). Always looked
   * up inside the drawer's composer root. No fallback (see `dmEditor`).
   * @count dm-drawer-fr=1 *=0
   */
  dmControl: '[data-testid="dmComposerSendButton"]',

  // ---------------------------------------------------------------- X Chat (inside the open shadow root of `xchatEmbedRoute`)

  /**
   * The X Chat host element; its open shadow root holds the whole chat UI (so `document.querySelector` stops here;
   * events reach the guard with the inner targets in `composedPath()`). Seen by four independent tools. Not needed by
   * the detectors (they pierce every open shadow root), listed for the fixtures and for maintenance.
   * @count xchat-en=1 xchat-fr=1 *=0
   */
  xchatHost: '[data-testid="xchatEmbedRoute"]',

  /**
   * The X Chat composer form (inside the shadow root): it is the composer root. Test id seen by several XChat
   * tools; the `form` tag is required so that a same-named wrapper is never taken for it.
   * @count xchat-en=1 xchat-fr=1 *=0
   */
  xchatForm: 'form[data-testid="dm-composer-form"]',

  /**
   * The X Chat message editor, a plain `<textarea>` in the form (test id seen by several XChat tools). Enter sends,
   * Shift+Enter is a newline. Its `value` is the draft.
   * @count xchat-en=1 xchat-fr=1 *=0
   */
  xchatEditor: 'textarea[data-testid="dm-composer-textarea"]',

  /**
   * X Chat send button by test id: listed by one tool, not verified [G]. Fallback: the form's only submit button
   * (`xchatFormButton` filtered on `type === "submit"`), found by structure, never by its label.
   * @count xchat-fr=1 *=0
   */
  xchatSendById: '[data-testid="dm-composer-send-button"]',

  /**
   * Every button of the X Chat form (attach, emoji, send…), candidates for the only-submit-button fallback. A form
   * with two submit buttons is ambiguous: no control (never guessed from a label).
   * @count xchat-en=3 xchat-fr=3 *=0
   */
  xchatFormButton: 'form[data-testid="dm-composer-form"] button',
} as const;

export type XSelectorName = keyof typeof X_SELECTORS;

/** Exact test id of a post editor (or of the wrapper of a mobile textarea): not `_label`, not `RichTextInputContainer`. */
export const POST_EDITOR_TESTID = /^tweetTextarea_\d+$/;

/** Prefix of the avatar test ids; the rest is the handle. */
export const USER_AVATAR_TESTID_PREFIX = 'UserAvatar-Container-';

/** An X handle: the same rule as the settings import (utils/types.ts HANDLE_PATTERNS). */
export const HANDLE = HANDLE_PATTERNS.x!;

/** The session cookie: `twid=u%3D<numeric id>` ("u=<id>" URL-encoded), sometimes quoted. */
export const TWID_COOKIE = 'twid';

/** Marker of the server-rendered state in `stateScript`. */
export const INITIAL_STATE_MARKER = 'window.__INITIAL_STATE__';

/**
 * First path segments that are X routes, not profiles (a profile link must never resolve to one of these).
 * X reserves these names, so no account can have them as handle.
 */
export const RESERVED_PATHS = new Set([
  'home', 'explore', 'search', 'notifications', 'messages', 'settings', 'compose', 'i', 'login', 'logout', 'signup',
  'tos', 'privacy', 'jobs', 'premium', 'verified-choose', 'lists', 'bookmarks', 'communities', 'hashtag', 'intent',
  'share', 'account', 'following', 'followers', 'chat',
]);
