/**
 * Every DOM hook the X adapter relies on, in one place. Read this file first when X changes its markup.
 *
 * Rules followed here (see /work/shared/research/platform-dom.md §1):
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

export const X_SELECTORS = {
  // ---------------------------------------------------------------- identity

  /**
   * The account switcher at the bottom of the desktop SideNav (`button`, aria-label "Account menu" / "Menu du compte").
   * It renders the account a post goes out as, including a delegate when acting as one (X bundle, SideNav
   * `JobSearch.js` ~176: `delegateUser ? <ForceUser …>`). Trusted: test id from X's own testid map [V].
   * Fallbacks, in order: `profileLink`, `mobileDash`, then the server-rendered state cross-checked with `twid`.
   * Absent on mobile web, on logged-out pages and when another extension replaces the navigation.
   * @count home-en=1 home-fr=1 modal-over-home-fr=1 reply-en=1 reply-modal-fr=1 thread-fr=1 quote-en=1 dm-drawer-fr=1 xchat-en=1 xchat-fr=1 delegated-en=1 *=0
   */
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',

  /**
   * Every user avatar on the page; the handle is the test id suffix (`UserAvatar-Container-<handle>`).
   * Only ever queried INSIDE `accountSwitcher` or `mobileDash`: the first one in the document is usually a hover card
   * in `#layers` (which precedes the app in document order) or a timeline avatar, never reliably the viewer.
   * The high counts below are those decoys.
   * @count home-en=9 home-fr=8 modal-over-home-fr=9 reply-en=7 reply-modal-fr=10 thread-fr=10 quote-en=11 dm-drawer-fr=9 xchat-en=2 xchat-fr=2 mobile-en=4 mobile-compose-en=1 delegated-en=4 logged-out-fr=5 no-signals=1 profile-link-fr=5
   */
  userAvatar: '[data-testid^="UserAvatar-Container-"]',

  /**
   * The "Profile" link of the desktop SideNav: `href="/<handle>"`. Second signal when the switcher is missing
   * (hidden or removed by a customisation extension). Only the path is used; query and hash are ignored and
   * reserved first segments (`/home`, `/i/…`) are rejected.
   * @count home-en=1 home-fr=1 modal-over-home-fr=1 reply-en=1 reply-modal-fr=1 thread-fr=1 quote-en=1 dm-drawer-fr=1 xchat-en=1 xchat-fr=1 delegated-en=1 profile-link-fr=1 *=0
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
   * @count home-en=1 home-fr=1 modal-over-home-fr=2 reply-en=1 reply-modal-fr=2 thread-fr=3 quote-en=2 dm-drawer-fr=1 delegated-en=1 no-signals=1 profile-link-fr=1 *=0
   */
  postEditable: '[data-testid^="tweetTextarea_"][contenteditable]:not([contenteditable="false"])',

  /**
   * Mobile web post editors: a plain `<textarea>` inside `div[data-testid="tweetTextarea_N"]` (CPFT
   * `tweakMobileComposeTweetPage`). The wrapper's id is checked exactly, as above.
   * @count mobile-en=1 mobile-compose-en=1 *=0
   */
  postTextarea: '[data-testid^="tweetTextarea_"] textarea',

  /**
   * The post button: `tweetButton` in modals and on mobile, `tweetButtonInline` in the Home box and inline replies
   * (`RichTextCompose` line 901). A `<button>` today, disabled while the composer is invalid; not tied to the tag
   * because it used to be a `div[role=button]`. Its label (Post, Reply, Post all, Poster, Répondre, Tout poster…) is
   * never read. Both ids exist at once when the modal is open over Home: always scope to a composer.
   * @count home-en=1 home-fr=1 modal-over-home-fr=2 reply-en=1 reply-modal-fr=2 thread-fr=2 quote-en=2 dm-drawer-fr=1 mobile-en=1 mobile-compose-en=1 delegated-en=1 no-signals=1 profile-link-fr=1 *=0
   */
  postControl: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',

  /**
   * Modal dialogs (in `#layers`): compose, reply and quote modals. Used to scope reply detection to one modal.
   * @count modal-over-home-fr=1 reply-modal-fr=1 thread-fr=1 quote-en=1 *=0
   */
  dialog: '[role="dialog"]',

  /**
   * Tweets. A tweet that precedes a composer's first editor in the same dialog (or in `main`) is the tweet being
   * replied to: the reply modal and the inline reply box of a conversation page show it above the editor, while
   * the Home box has the timeline below it and a quote modal shows the quoted tweet below the editor (CPFT uses the
   * same presence test on the mobile compose page, line 7599).
   * @count home-en=3 home-fr=3 modal-over-home-fr=3 reply-en=3 reply-modal-fr=4 thread-fr=3 quote-en=3 dm-drawer-fr=3 delegated-en=2 logged-out-fr=2 profile-link-fr=2 *=0
   */
  tweet: 'article[data-testid="tweet"]',

  /**
   * The main landmark: scope of reply detection for composers outside a dialog.
   * @count *=1
   */
  main: 'main',

  /**
   * Draft.js blocks (one per line) inside a contenteditable: the draft is their text joined with "\n".
   * @count home-en=2 home-fr=2 modal-over-home-fr=4 reply-en=2 reply-modal-fr=4 thread-fr=7 quote-en=4 dm-drawer-fr=3 delegated-en=2 no-signals=2 profile-link-fr=2 *=0
   */
  draftBlock: '[data-block="true"]',

  // ---------------------------------------------------------------- old DM drawer

  /**
   * The DM drawer's Draft.js editor (many scripts). Enter sends, Shift+Enter is a newline.
   * @count dm-drawer-fr=1 *=0
   */
  dmEditor: '[data-testid="dmComposerTextInput"]',

  /**
   * The DM drawer's send button.
   * @count dm-drawer-fr=1 *=0
   */
  dmControl: '[data-testid="dmComposerSendButton"]',

  // ---------------------------------------------------------------- X Chat (inside the open shadow root of `xchatEmbedRoute`)

  /**
   * The X Chat host element; its open shadow root holds the whole chat UI (so `document.querySelector` stops here;
   * events reach the guard with the inner targets in `composedPath()`).
   * @count xchat-en=1 xchat-fr=1 *=0
   */
  xchatHost: '[data-testid="xchatEmbedRoute"]',

  /**
   * The X Chat composer form (inside the shadow root): it is the composer root.
   * @count xchat-en=1 xchat-fr=1 *=0
   */
  xchatForm: 'form[data-testid="dm-composer-form"]',

  /**
   * The X Chat message editor, a plain `<textarea>`. Enter sends, Shift+Enter is a newline.
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
   * Every button of the X Chat form (attach, emoji, send…), candidates for the only-submit-button fallback.
   * @count xchat-en=3 xchat-fr=3 *=0
   */
  xchatFormButton: 'form[data-testid="dm-composer-form"] button',
} as const;

export type XSelectorName = keyof typeof X_SELECTORS;

/** Exact test id of a post editor (or of the wrapper of a mobile textarea): not `_label`, not `RichTextInputContainer`. */
export const POST_EDITOR_TESTID = /^tweetTextarea_\d+$/;

/** Prefix of the avatar test ids; the rest is the handle. */
export const USER_AVATAR_TESTID_PREFIX = 'UserAvatar-Container-';

/** An X handle: 1 to 15 letters, digits or underscores. */
export const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

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
