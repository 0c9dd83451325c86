/**
 * Every DOM hook the Facebook adapter relies on, in one place. Read this file first when Facebook changes its markup.
 *
 * Rules followed here (see ../shared/research/platform-dom.md, beside the project, §2 and §5):
 * - Facebook's atomic classes (`x1i10hfl`, `xjbqb8w`…) rotate with every build: never used.
 * - Trusted, in order: embedded JSON (`CurrentUserInitialData`), cookies (`c_user`, `i_user`), ARIA roles and
 *   structure (`[role=dialog] form[method=post]`, `[role=button]`), Lexical's own `data-lexical-editor`, `data-pagelet`.
 * - Facebook's controls are `div[role=button]` whose only name is their label ("Publier", "Post"…) and its comment
 *   boxes are only told apart from other editors by their label ("Commenter en tant que …"). Where a label is
 *   unavoidable it is matched from the French AND English tables at the end of this file, never inside a selector.
 *   Labels are compared case-insensitively, whitespace collapsed, a trailing "…"/"..." dropped.
 * - Nothing is verified against the live site by this project: every hook below is [G] unless it cites a source.
 *
 * `@count` lines give how many elements each selector matches in each fixture of tests/fixtures/facebook
 * (querySelectorAll on the parsed page, piercing open shadow roots, of which these fixtures have none). `*` is the
 * count in every fixture not named. The numbers are checked by tests/unit/facebook/selectors.test.ts, so a fixture edit
 * that changes them must update this file too; `npm run selectors:snippet` prints the same counts on a live page.
 */

export const FACEBOOK_SELECTORS = {
  // ---------------------------------------------------------------- identity

  /**
   * Server-rendered JSON blocks. One holds `["CurrentUserInitialData",[],{"ACCOUNT_ID":…,"USER_ID":…,"NAME":…}]`,
   * the data of Facebook's own `CurrentUser` module (research §2.1 [V]): `USER_ID` is the profile that acts (a Page
   * profile the person switched into), `ACCOUNT_ID` the person. Trusted because the server writes it for the
   * session, and cross-checked with the `c_user`/`i_user` cookies (a difference means the session changed after
   * render). Only blocks whose text contains the marker are parsed, and only the one object after it.
   * Fallback: none needed; without it the page-level actor is unknown (comment boxes still name their actor).
   * @count business-suite-en=1 business-suite-fr=1 no-signals=1 *=2
   */
  dataScript: 'script[type="application/json"][data-sjs]',

  /**
   * Candidates for the top-right account button (`div[role=button][aria-label="Your profile"|"Votre profil"]`,
   * research §2.1 [V EN, G FR]), inside the top banner's navigation. The label is checked against
   * ACCOUNT_BUTTON_LABELS. It shows the acting profile's avatar (`svg image[xlink:href]`): used for the avatar and
   * as evidence that someone is logged in. Other buttons of that navigation (Menu, Messenger, Notifications) are the
   * decoys. Fallback: none (the avatar is cosmetic).
   * @count business-suite-en=0 business-suite-fr=0 no-signals=0 *=4
   */
  accountButtonCandidate: '[role="banner"] [role="navigation"] [role="button"][aria-label]',

  /**
   * The left rail's links. The first one that carries an avatar is the acting profile's own entry (its name and its
   * profile URL: Mask's identity source `facebook.com/collecting/identity.ts`, research §2.1 [V structure, G for
   * Page profiles]). The account button shows only "Your profile" and an avatar, so this entry is the DOM's named
   * reading of "who am I": it is cross-checked against `CurrentUserInitialData` (NAME, and USER_ID when the link is
   * `profile.php?id=`); a difference is `conflicting-signals`. Its other links (Groups…) are the decoys.
   * @count feed-as-page-en=2 feed-as-page-fr=2 feed-en=2 feed-fr=2 feed-reply-outside-en=2 feed-reply-outside-fr=2 *=0
   */
  leftRailLink: '[data-pagelet="LeftRail"] a[href]',

  /**
   * An avatar image: Facebook draws avatars as `<svg role=img><image xlink:href>` (its `aria-label` is the
   * profile's name [G]). Used inside the account button, a composer's actor row and a comment box's actor picker
   * only; the many other avatars of the feed (post authors, commenters, chat heads) are the decoys.
   * @count create-post-two-step-en=2 create-post-two-step-fr=2 feed-as-page-en=9 feed-as-page-fr=9 feed-en=8 feed-fr=8 no-signals=2 *=4
   */
  avatarImage: 'svg[role="img"] image',

  /**
   * A named avatar: `svg[role=img][aria-label]`. The first one that precedes the editor inside a composer is its
   * actor: the row at the top of "Create post"/"Créer une publication" (avatar + name + audience), or the avatar
   * with a chevron left of a comment box (the per-comment identity picker, research §2.1 [V, index id
   * 70976423801]). The account button's own svg is labelled "Your profile", never a name: it is never queried here.
   * A comment box's root grows towards its picker only through ancestors that show no words of their own: one that
   * shows a name or a text (a comment, its author: feed-reply-outside-*) is past the box, so a commenter's avatar is
   * never taken for the actor.
   * @count create-post-en=4 create-post-fr=4 feed-as-page-en=8 feed-as-page-fr=8 feed-en=7 feed-fr=7 feed-reply-outside-en=3 feed-reply-outside-fr=3 no-signals=1 *=2
   */
  namedAvatar: 'svg[role="img"][aria-label]',

  /**
   * Meta Business Suite's "Post to <Page>" selector (`role=combobox`, research §2.1 [V EN, index id 70100360940]),
   * named by aria-label or text; its name minus the POST_TO_PREFIXES prefix is the Page. Cross-checked with the
   * `asset_id` URL parameter (the Page id). Non-editable `div` comboboxes only: the editor is a combobox too, and so
   * is the search `<input>`.
   * @count business-suite-en=1 business-suite-fr=1 *=0
   */
  postToCombobox: 'div[role="combobox"]:not([contenteditable])',

  // ---------------------------------------------------------------- composers

  /**
   * Every editor: Lexical (`div[contenteditable=true][role=textbox][data-lexical-editor=true]`, research §2.2
   * [V, index id 59722123992]) in the create-post dialog, comment boxes and chats; Business Suite's Draft-style
   * editor (`contenteditable` with `role=combobox`, classes `notranslate _5rpu`, research §2.1). Which composer an
   * editor belongs to is decided from its ancestors (below) and, for comments and chats, its label.
   * @count create-post-en=2 create-post-fr=2 feed-as-page-en=3 feed-as-page-fr=3 feed-en=3 feed-fr=3 *=1
   */
  editor: '[contenteditable="true"][role="textbox"], [contenteditable="true"][role="combobox"]',

  /**
   * The create-post dialog's form (`[role=dialog] form[method=post]`, Mask's own scope, research §2.2 [V]; both
   * spellings, since not every DOM implementation compares `method` case-insensitively). Its
   * editor is a post editor whatever its label; its root is this form. The post viewer is a dialog too, with no
   * such form (the decoy).
   * @count create-post-en=1 create-post-fr=1 create-post-two-step-en=1 create-post-two-step-fr=1 *=0
   */
  postForm: '[role="dialog"] form[method="post"], [role="dialog"] form[method="POST"]',

  /**
   * Dialogs: create-post, the post viewer (feed-as-page-*: a dialog showing one post with its comments and a comment
   * box, never a post composer: it has no `form[method=post]`), menus. Used to bound composer searches.
   * @count business-suite-en=0 business-suite-fr=0 feed-en=0 feed-fr=0 feed-reply-outside-en=0 feed-reply-outside-fr=0 no-signals=0 *=1
   */
  dialog: '[role="dialog"]',

  /**
   * A comment box or a chat box's form. The comment composer root starts here and grows to the nearest ancestor
   * that also holds the actor picker (left of the box, outside the form). Plain `form`: the search box's form is
   * never a root (it has no editor). A send button may sit beside the form (feed-reply-outside-*): it is the box's
   * control when it is the only one within a few wordless ancestors; a Messenger chat tab has no form at all.
   * @count business-suite-en=0 business-suite-fr=0 create-post-two-step-en=2 create-post-two-step-fr=2 feed-as-page-en=4 feed-as-page-fr=4 feed-reply-outside-en=2 feed-reply-outside-fr=2 no-signals=2 *=3
   */
  form: 'form',

  /**
   * Controls: Facebook's buttons are `div[role=button]` (native `<button>` is accepted too). Publish controls among
   * them are told by their label (aria-label, else text) from the tables below, and only inside a composer root.
   * Likes, reactions, share, follow, "Next"/"Suivant" have other labels: never publish controls.
   * @count create-post-en=19 create-post-fr=19 create-post-two-step-en=13 create-post-two-step-fr=13 feed-as-page-en=37 feed-as-page-fr=37 feed-en=30 feed-fr=30 feed-reply-outside-en=12 feed-reply-outside-fr=12 no-signals=9 *=6
   */
  control: '[role="button"], button',

  /**
   * Draft-style blocks (Business Suite's editor): one per line. Lexical paragraphs (`<p>`) are read as blocks by the
   * generic text walker instead.
   * @count business-suite-en=1 business-suite-fr=1 *=0
   */
  draftBlock: '[data-block="true"]',
} as const;

export type FacebookSelectorName = keyof typeof FACEBOOK_SELECTORS;

// =====================================================================================================================
// Cookies and embedded data
// =====================================================================================================================

/** The logged-in person (numeric id), readable from `document.cookie` [V]. */
export const PERSON_COOKIE = 'c_user';
/** The Page profile the person acts as, when switched into one [V for automations; readability from JS is G]. */
export const ACTING_COOKIE = 'i_user';
/** Marker of the CurrentUser data in the `dataScript` JSON. */
export const CURRENT_USER_MARKER = '["CurrentUserInitialData",[],{';
/** A Facebook numeric id (profiles, Pages, Page profiles). */
export const NUMERIC_ID = /^\d{5,25}$/;
/** A vanity name in a profile URL: letters, digits and dots (Facebook's rule, at least 5 characters). */
export const VANITY = /^[A-Za-z0-9.]{5,50}$/;
/** First path segments of facebook.com that are routes, not profiles. */
export const RESERVED_PATHS = new Set([
  'home.php', 'profile.php', 'groups', 'watch', 'marketplace', 'gaming', 'events', 'pages', 'messages', 'notifications',
  'settings', 'search', 'photo', 'photo.php', 'photos', 'videos', 'reel', 'reels', 'stories', 'friends', 'bookmarks',
  'saved', 'help', 'login', 'logout', 'hashtag', 'permalink.php', 'story.php', 'latest', 'business', 'ads', 'privacy',
  'policies', 'legal', 'me', 'sharer', 'dialog', 'plugins',
]);

// =====================================================================================================================
// Label tables (French AND English). Compared after `normalizeLabel`.
// =====================================================================================================================

/** The top-right account button. */
export const ACCOUNT_BUTTON_LABELS = ['your profile', 'votre profil'];

/** The final publish control of the create-post dialog and of Business Suite. Guarded. */
export const PUBLISH_LABELS = ['post', 'publish', 'share now', 'publier', 'partager maintenant', 'publier maintenant'];

/** Business Suite's scheduling control: it publishes later, as the Page. Guarded. */
export const SCHEDULE_LABELS = ['schedule', 'schedule post', 'programmer', 'programmer la publication'];

/** The first step of the two-step create-post dialog. Never guarded (it publishes nothing). */
export const NEXT_LABELS = ['next', 'suivant'];

/** The send control of a comment or reply box (the paper plane). Guarded. */
export const COMMENT_SEND_LABELS = ['comment', 'post comment', 'reply', 'commenter', 'publier le commentaire', 'répondre'];

/** The send control of a chat box. Guarded. */
export const CHAT_SEND_LABELS = ['press enter to send', 'send', 'appuyez sur entrée pour envoyer', 'envoyer'];

/**
 * A comment box's editor label (aria-label, aria-placeholder or placeholder) starts with one of these
 * (research §2.2 [V, index id 70976423801]). Enter sends in such a box.
 */
export const COMMENT_EDITOR_PREFIXES = [
  'write a comment', 'write a public comment', 'comment as ', 'reply as ', 'reply to ', 'write a reply',
  'écrivez un commentaire', 'écrire un commentaire', 'commenter en tant que ', 'répondre en tant que ', 'répondre à ',
  'écrivez une réponse', 'écrire une réponse',
];

/** Prefixes of a comment label that name the actor ("Comment as Boulangerie Dupont"): the rest is the name. */
export const ACTOR_LABEL_PREFIXES = ['comment as ', 'reply as ', 'commenter en tant que ', 'répondre en tant que '];

/** Of those, the ones that make the box a reply box (surface 'reply'). */
export const REPLY_EDITOR_PREFIXES = ['reply as ', 'reply to ', 'write a reply', 'répondre en tant que ', 'répondre à ', 'écrivez une réponse', 'écrire une réponse'];

/** A chat box's editor label (exact). Enter sends. */
export const CHAT_EDITOR_LABELS = ['message', 'aa', 'écrire un message', 'write a message'];

/** Business Suite's "Post to <Page>" combobox (the rest of the label is the Page's name). */
export const POST_TO_PREFIXES = ['post to ', 'publier sur '];

/** Lowercase, whitespace collapsed, trailing ellipsis dropped: how labels are compared with the tables. */
export function normalizeLabel(label: string | null | undefined): string {
  return (label ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(…|\.\.\.)$/, '')
    .trim()
    .toLowerCase();
}
