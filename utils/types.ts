/**
 * The domain vocabulary shared by every layer. Types, constants and tiny pure helpers that import nothing,
 * so the pure rules engine may depend on it without depending on settings, storage or the DOM.
 */

export const PLATFORMS = ['x', 'facebook', 'linkedin', 'instagram'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ACCOUNT_KINDS = ['brand', 'personal'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

export type ListAction = 'confirm' | 'block';
export type UnknownIdentityPolicy = 'confirm' | 'allow';

/** A configured account, as stored (ids are derived from platform + handle/name at import). */
export interface Account {
  id: string;
  platform: Platform;
  /** Username without "@" (X, Instagram); profile/page/company identifier (Facebook, LinkedIn), if known. */
  handle?: string;
  /** Display name as the platform shows it; matched when the page shows no handle. */
  name?: string;
  kind: AccountKind;
  /** Always confirm before publishing as this account. */
  protected: boolean;
  /** Words, phrases, #hashtags and @mentions that belong to this account. */
  ownWords: string[];
  /** Words this account may use although a risky-word list has them ("don't flag this again for this account"). */
  exceptions?: string[];
  /** The account's colour (`#rrggbb`) for the ribbon, badge and lists; a stable one is derived when absent. */
  color?: string;
  /** A client or group label, so that the accounts of one client are seen together. */
  group?: string;
  /**
   * For a protected account: how many seconds a routine publish waits, with a countdown and Undo, before it goes out
   * (utils/rules/friction.ts). 0 asks with the full banner instead. Absent: DEFAULT_CONFIRM_DELAY.
   */
  confirmDelay?: number;
}

/** The countdown of a routine publish from a protected account, in seconds (Account.confirmDelay). */
export const DEFAULT_CONFIRM_DELAY = 5;
export const MAX_CONFIRM_DELAY = 30;

export interface WordList {
  id: string;
  name: string;
  words: string[];
  /** The account kinds this list is checked for. */
  appliesTo: AccountKind[];
  action: ListAction;
  /** Switched off lists are kept but never checked. */
  enabled: boolean;
  /** Account ids the list is also checked for, whatever their kind. */
  includeAccounts: string[];
  /** Account ids the list is never checked for, even when their kind is in `appliesTo`. */
  excludeAccounts: string[];
}

/** Does this list apply to this account? (Per account overrides win over the kinds.) */
export function listAppliesTo(list: WordList, account: Account): boolean {
  if (!list.enabled || list.excludeAccounts.includes(account.id)) return false;
  return list.appliesTo.includes(account.kind) || list.includeAccounts.includes(account.id);
}

export const LANGUAGES = ['auto', 'en', 'fr'] as const;
/** `auto` follows the browser's language. */
export type LanguagePreference = (typeof LANGUAGES)[number];

/** The settings the background stores under `settings` in storage.local. */
export interface Settings {
  schemaVersion: number;
  accounts: Account[];
  wordLists: WordList[];
  unknownIdentity: UnknownIdentityPolicy;
  /** The user's on/off switch for the whole guard (popup). */
  guardEnabled: boolean;
  /**
   * While the guard is switched off: when it turns itself back on (ms since epoch). Absent: when the user turns it
   * back on. An end that has passed means on, whether or not it was written back yet; a stored end never counts as
   * later than GUARD_OFF_MAX_MS from now (utils/rules/status.ts).
   */
  guardOffUntil?: number;
  /** The language of the extension's pages, banner and ribbon. */
  language: LanguagePreference;
  /** Store the draft's text in the journal (off by default: the journal keeps no post text). */
  journalKeepText: boolean;
  /** The journal keeps at most this many entries, oldest removed first. */
  journalCap: number;
  /** While the guard is paused on a site, protected accounts are still guarded. */
  pauseSparesProtected: boolean;
}

/** The preferences, the part of the settings that is not in the settings file. */
export const PREFERENCE_KEYS = ['language', 'unknownIdentity', 'journalKeepText', 'journalCap', 'pauseSparesProtected', 'guardEnabled'] as const;
export type Preferences = Pick<Settings, (typeof PREFERENCE_KEYS)[number]>;

/** A sensitive period (utils/rules/sensitive.ts): every brand publish asks first, with this note, until then. */
export interface SensitivePeriod {
  /** ms since epoch. */
  until: number;
  note: string;
  /** When it was set (ms since epoch). */
  since: number;
}

/** When the guard is paused on a platform: ms since epoch, per platform (storage.local `pauses`). */
export type Pauses = Partial<Record<Platform, number>>;

/** Why the identity could not be read. Shown (translated) in the popup and the banner. */
export type DetectionProblem =
  /** None of the platform's identity signals is on the page (logged out, layout changed, another extension replaced the page). */
  | 'no-identity-signal'
  /** Signals disagree (e.g. the DOM shows one account, the session cookie another): trust neither. */
  | 'conflicting-signals';

/**
 * Why every publish on a platform must ask first whatever the rules say: the stored settings cannot be read, or this
 * platform's accounts were set aside as unreadable (utils/settings/health.ts).
 */
export type AskFirstReason = 'settings-unreadable' | 'account-set-aside';

/** Who a publish would go out as, as read from the page at one moment. */
export interface Identity {
  platform: Platform;
  /** Without "@". */
  handle?: string;
  name?: string;
  /**
   * Other identifiers the page shows for the same profile (Facebook: the vanity name beside the numeric id;
   * LinkedIn: a page's vanity beside its company id). An account matches on any of them.
   */
  aliases?: string[];
  avatarUrl?: string;
  /**
   * An opaque per-session key (X: the numeric id in the `twid` cookie) that changes when the browser's
   * session switches account, even while a stale tab still shows the old account in its DOM.
   */
  sessionKey?: string;
  /** Which signal gave it, for the popup and for debugging ("account-switcher", "profile-link", …). */
  source: string;
}

/**
 * What a handle looks like where the platform has usernames, shared by the settings validator and the adapters so
 * that a handle the import accepts is one the page can show. X allows 15 characters for new accounts; 20 leaves
 * room for older and reserved accounts (and the product's own example, boulangerie_dupont, has 18).
 */
export const HANDLE_PATTERNS: Partial<Record<Platform, RegExp>> = {
  x: /^[A-Za-z0-9_]{1,20}$/,
  instagram: /^[A-Za-z0-9._]{1,30}$/,
};

/**
 * Why the reading of a page is weaker than it should be (utils/platforms/health.ts), as the ribbon, badge, popup and
 * journal name it:
 * - 'no-identity-marker': a composer is on the page but none of the platform's identity signals could be read;
 * - 'missing-hooks': on a page with a composer, hooks that every logged-in fixture has match nothing;
 * - 'unrecognized-publish': the user clicked a control labelled like the platform's publish button that no gesture
 *   finder recognised (that publish went out unchecked).
 */
export const HEALTH_CAUSES = ['no-identity-marker', 'missing-hooks', 'unrecognized-publish'] as const;
export type HealthCause = (typeof HEALTH_CAUSES)[number];

/** How well the guard can read the page now. `missing` names signals and hooks (never values or page text). */
export interface PageHealth {
  state: 'ok' | 'degraded';
  causes: HealthCause[];
  missing: string[];
}

export const HEALTH_OK: PageHealth = { state: 'ok', causes: [], missing: [] };
