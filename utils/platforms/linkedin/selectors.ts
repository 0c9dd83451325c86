/**
 * Every DOM hook the LinkedIn adapter relies on, in one place. Read this file first when LinkedIn changes its markup.
 *
 * Rules followed here (see ../shared/research/platform-dom.md, beside the project, §3):
 * - LinkedIn runs two front ends at once. The Ember app (classic share box, older comment boxes, messaging) keeps
 *   semantic BEM classes (`share-*`, `comments-comment-box__*`, `msg-form__*`): those are stable and used. The React
 *   "SDUI" surfaces (newer share box, TipTap comments) have hashed classes (`_8ba049e9`) and per-render
 *   `componentkey`s / `ember###` ids: never used, except the `componentkey` PREFIXES that name the component kind
 *   (`commentBox-…`, `…commentButtonSection…`), which are the component's name, not its render id.
 * - The classic share box lives in the OPEN shadow root of `#interop-outlet`: every query below is run per tree
 *   (document and each open shadow root), never with `document.querySelector` alone.
 * - Structure and ARIA first (roles, `aria-labelledby`, the footer's only text-only button, icon ids). Label text only
 *   where nothing else exists, then from the French AND English tables at the end of this file.
 *
 * `@count` lines give how many elements each selector matches in each fixture of tests/fixtures/linkedin
 * (querySelectorAll on the parsed page, piercing open shadow roots). `*` is the count in every fixture not named.
 * Checked by tests/unit/linkedin/selectors.test.ts.
 */

export const LINKEDIN_SELECTORS = {
  // ---------------------------------------------------------------- identity (the member)

  /**
   * The member's own profile link in the global navigation ("Me"/"Vous" entry, `/in/<vanity>/`). `#global-nav` is the
   * id of the top bar in both the Ember and the React shells; `.global-nav__me` is the Ember item class. The nav
   * holds no other member's link, so the first `/in/` link there is the member (the Me dropdown holds two: the card and "View profile"). Fallbacks: `railProfileLink`, then
   * the embedded `/voyager/api/me` datalet.
   * @count no-signals-en=0 share-repost-no-member-en=0 share-repost-no-member-fr=0 *=2
   */
  meLink: '#global-nav a[href*="/in/"], .global-nav__me a[href*="/in/"]',

  /**
   * The member's photo in the "Me" entry: `alt` is the member's display name, `src` the avatar. Read only inside
   * `#global-nav`, and only the one in the same entry (`.global-nav__me` or `li`) as `meLink`: another picture of the nav
   * (a notification's avatar) and feed avatars of other people are decoys.
   * @count no-signals-en=0 share-repost-no-member-en=0 share-repost-no-member-fr=0 *=1
   */
  mePhoto: '#global-nav img[alt]',

  /**
   * The identity card of the feed's left rail (`.feed-identity-module`, Ember; kept by the React feed as the
   * `aside` identity card): a link to the member's own profile whose text is the name. Second signal.
   * @count feed-comment-section-outside-en=1 feed-comment-section-outside-fr=1 feed-en=1 feed-fr=1 share-repost-en=1 share-repost-fr=1 *=0
   */
  railProfileLink: '.feed-identity-module a[href*="/in/"]',

  /**
   * Ember's embedded API responses: `<code id="datalet-bpr-guid-N">{"request":"/voyager/api/me","body":"bpr-guid-N"}`
   * points at `<code id="bpr-guid-N">` holding the `/me` response (other datalets, e.g. the feed's, are decoys) (its `*miniProfile` URN and the MiniProfile with
   * `publicIdentifier`, names). Third signal, and cross-check of the first two. [G: shape from voyager tools]
   * @count no-signals-en=1 share-repost-no-member-en=1 share-repost-no-member-fr=1 *=2
   */
  datalet: 'code[id^="datalet-bpr-guid-"]',

  // ---------------------------------------------------------------- classic share box (Ember + Quill, in #interop-outlet's shadow root)

  /**
   * The host of the Ember "interop" shadow root that holds the classic share box (and sometimes messaging). Not
   * needed to find composers (the detectors pierce every open shadow root); openShareBox looks in its root only.
   * @count  *=1
   */
  interopOutlet: 'div#interop-outlet[data-testid="interop-shadowdom"]',

  /**
   * The classic share dialog: ARIA `role=dialog` named by its header id. Never a bare `[role=dialog]`: the messaging
   * overlay is one too. It is the composer root of the classic share box.
   * @count feed-comment-section-outside-en=0 feed-comment-section-outside-fr=0 feed-en=0 feed-ui-fr-account-en=0 share-repost-en=0 share-repost-no-member-en=0 *=1
   */
  shareDialog: '[role="dialog"][aria-labelledby="share-to-linkedin-modal__header"]',

  /**
   * The "post as / audience" control in the share dialog header; the first line of its text is the author (person
   * or page name), the second the audience. Trusted: same class in recon and many scripts. The first line is a name
   * only when it is not the audience (LABELS.audience) and the picture's alt, the aria-label or an audience second line
   * names the same author; otherwise the author is unknown.
   * @count feed-fr=1 page-admin-en=1 page-admin-fr=1 share-repost-fr=1 share-repost-no-member-fr=1 *=0
   */
  shareAuthor: '.share-unified-settings-entry-button',

  /**
   * The Quill editor of the classic share box and of Ember comment boxes (`.ql-editor`, contenteditable).
   * @count feed-comment-section-outside-en=0 feed-comment-section-outside-fr=0 feed-en=0 feed-fr=3 feed-ui-fr-account-en=0 share-repost-en=0 share-repost-fr=3 share-repost-no-member-en=0 share-repost-no-member-fr=3 *=1
   */
  quillEditor: '.ql-editor[contenteditable="true"]',

  /**
   * The share box's primary action, disabled while empty: "Post"/"Publier", or "Schedule"/"Programmer" once a date is
   * chosen (same button, same class; a scheduled post is a publish as whoever the box posts as, only later).
   * @count feed-comment-section-outside-en=0 feed-comment-section-outside-fr=0 feed-en=0 feed-ui-fr-account-en=0 share-repost-en=0 share-repost-no-member-en=0 *=1
   */
  sharePost: 'button.share-actions__primary-action',

  /**
   * The clock button that opens the scheduling view (date, time, Back/Next): NOT a publish, nor is anything in that
   * view (listed so tests can prove it). The view's own markup is not relied on.
   * @count feed-comment-section-outside-en=0 feed-comment-section-outside-fr=0 feed-en=0 feed-ui-fr-account-en=0 share-repost-en=0 share-repost-no-member-en=0 *=1
   */
  shareSchedule: '.share-actions__scheduled-post-btn',

  // ---------------------------------------------------------------- newer share box (SDUI, native <dialog>, TipTap)

  /**
   * The SDUI share screen inside a native `<dialog>`: the composer root of the newer share box. LinkedIn mounts a
   * placeholder and replaces the node about 0.5 s later: found again at every event, never kept.
   * @count feed-en=1 share-repost-en=1 share-repost-no-member-en=1 *=0
   */
  sduiShare: '[data-sdui-screen*="sharing.ShareCompose"]',

  // ---------------------------------------------------------------- comments (TipTap, 2026) and Ember comments

  /**
   * A TipTap comment (or reply) box: the component key names the component kind (`commentBox-<urn>`).
   * @count feed-comment-section-outside-en=2 feed-comment-section-outside-fr=2 feed-en=2 feed-ui-fr-account-en=2 share-repost-en=2 share-repost-no-member-en=2 *=0
   */
  commentBox: '[componentkey^="commentBox-"]',

  /**
   * The TipTap editor wrapper: a test id kept across LinkedIn's React surfaces (used by a selector test suite that
   * forbids classes). The editor is its `[contenteditable=true]`.
   * @count feed-comment-section-outside-en=2 feed-comment-section-outside-fr=2 feed-en=2 feed-ui-fr-account-en=2 share-repost-en=2 share-repost-no-member-en=2 *=0
   */
  tiptapWrapper: '[data-testid="ui-core-tiptap-text-editor-wrapper"]',

  /**
   * The button row of a TipTap comment box; the submit is its only text-only button. It is inside the `commentBox-…`
   * element in feed-en, and a SIBLING of it in the post card in feed-comment-section-outside-* (another render of the
   * same components): an outside section is paired with the box whose component key names the same URN, else with the
   * nearest comment editor before it (no other section in between). Never matches the post's action bar or a comment's
   * Like/Reply row.
   * @count feed-comment-section-outside-en=2 feed-comment-section-outside-fr=2 feed-en=2 feed-ui-fr-account-en=2 share-repost-en=2 share-repost-no-member-en=2 *=0
   */
  commentButtonSection: '[componentkey*="commentButtonSection"]',

  /**
   * The Ember comment box (holds the actor picker when the member admins pages, and the form). Composer root.
   * @count feed-fr=2 share-repost-fr=2 share-repost-no-member-fr=2 *=0
   */
  emberCommentBox: '.comments-comment-box',

  /**
   * The Ember comment form; its submit button is `emberCommentSubmit`.
   * @count feed-fr=2 share-repost-fr=2 share-repost-no-member-fr=2 *=0
   */
  emberCommentForm: 'form.comments-comment-box__form',

  /**
   * The Ember comment submit ("Comment"/"Commenter"); `--cr` is the 2026 variant, the plain class its fallback.
   * @count feed-fr=2 share-repost-fr=2 share-repost-no-member-fr=2 *=0
   */
  emberCommentSubmit: 'button.comments-comment-box__submit-button--cr, button.comments-comment-box__submit-button',

  // ---------------------------------------------------------------- messaging

  /**
   * The messaging form (overlay bubble or /messaging page): composer root of a message.
   * @count feed-en=1 feed-fr=1 feed-ui-fr-account-en=1 share-repost-en=1 share-repost-fr=1 share-repost-no-member-en=1 share-repost-no-member-fr=1 *=0
   */
  msgForm: 'form.msg-form',

  /**
   * The message editor (`div.msg-form__contenteditable[role=textbox]`).
   * @count feed-en=1 feed-fr=1 feed-ui-fr-account-en=1 share-repost-en=1 share-repost-fr=1 share-repost-no-member-en=1 share-repost-no-member-fr=1 *=0
   */
  msgEditor: '.msg-form__contenteditable[contenteditable="true"]',

  /**
   * The Send button (always sends, whatever the Enter setting).
   * @count feed-en=1 feed-fr=1 feed-ui-fr-account-en=1 share-repost-en=1 share-repost-fr=1 share-repost-no-member-en=1 share-repost-no-member-fr=1 *=0
   */
  msgSend: 'button.msg-form__send-button, button.msg-form__send-btn',

  /**
   * The options of the "Enter to send" setting in the send-toggle menu (`[role=menuitemradio]`, `aria-checked`). The
   * Enter option is recognised by its label (tables below); no menu in the DOM means unknown, treated as "Enter
   * sends" (the safe side: a newline is at worst held for confirmation, a message never leaves unchecked).
   * @count feed-en=2 feed-fr=2 feed-ui-fr-account-en=2 share-repost-en=2 share-repost-fr=2 share-repost-no-member-en=2 share-repost-no-member-fr=2 *=0
   */
  msgEnterOption: '.msg-form__send-toggle-menu [role="menuitemradio"]',
} as const;

export type LinkedInSelectorName = keyof typeof LINKEDIN_SELECTORS;

/** Generic pieces used inside an already-found composer (structural, no class). */
export const INNER = {
  editable: '[contenteditable="true"]',
  button: 'button, [role="button"]',
  icon: 'svg, img, li-icon',
  dialog: 'dialog',
  /**
   * A comment box's actor picker, when no label table matches (locale drift): a menu button; detect.ts also requires
   * that it comes before the editor and holds nothing but a picture (its `alt` is the actor).
   */
  actorPicker: 'button[aria-haspopup="menu"]',
} as const;

/** A member profile path: `/in/<vanity>` (LinkedIn vanities: letters, digits, hyphens, some accents URL-encoded). */
export const MEMBER_PATH = /^\/in\/([^/?#]{3,100})\/?/;
/** A page admin path: the share box there publishes as the page `/company/<id or vanity>/admin/…`. */
export const COMPANY_ADMIN_PATH = /^\/company\/([^/?#]{1,100})\/admin(\/|$)/;
/** A company link anywhere: `/company/<id or vanity>/`. */
export const COMPANY_PATH = /^\/company\/([^/?#]{1,100})\/?/;

/** Marker of the `/me` datalet. */
export const ME_REQUEST = '/voyager/api/me';

/**
 * Label tables (French and English), only where structure cannot tell. Matched on folded text (lower case, no
 * accents, whitespace collapsed).
 */
export const LABELS = {
  /** The comment box's actor button: "Commenting as <name>" / "Commenter en tant que <name>". */
  commentingAs: [/^\s*commenting as\s+(.+?)\s*(?:\.(?:\s|$)|[,;:(]|$)/i, /^\s*commenter en tant que\s+(.+?)\s*(?:\.(?:\s|$)|[,;:(]|$)/i],
  /** The "Press Enter to send" option of messaging. */
  enterToSend: [/press enter to send/, /appuyer sur entree pour envoyer/, /appuyez sur entree pour envoyer/],
  /**
   * The audience half of a share box's "post as" control ("Post to Anyone", "Publier pour : Tout le monde", "Anyone",
   * "Connections only"…) [V EN recon, FR G]: a control's label, never an author's name.
   */
  audience: [/^post to\b/, /^publier pour\b/, /^(anyone|tout le monde|connections only|relations uniquement|group members|membres du groupe)$/],
  /** Submit labels, only as a tie-breaker when a footer has several text-only buttons. */
  submit: ['post', 'publier', 'comment', 'commenter', 'reply', 'repondre', 'schedule', 'programmer'],
} as const;
