/**
 * The keys of storage.local. Only the background writes them; pages may read `settings`, content scripts read
 * `guardSnapshot` and the small keys marked so.
 */
export const STORAGE_KEYS = {
  settings: 'settings',
  /**
   * Items of the stored settings that could not be read, kept aside with their reason instead of being lost
   * (utils/settings/dropped.ts). The options page lists them through `settings/dropped-list`.
   */
  settingsDropped: 'settingsDropped',
  /**
   * How far the stored settings can be trusted (utils/settings/health.ts): ok, salvaged, unreadable, newer, and where
   * the guard must ask first (the guard reads it through `guardSnapshot`).
   */
  settingsHealth: 'settingsHealth',
  /**
   * What the content scripts decide on (utils/settings/snapshot.ts): the effective settings, read and merged with the
   * team policy by the background, with where every publish must ask first. Written with every change of `settings`,
   * `settingsHealth` or `policy`, and checked at each start of the background.
   */
  guardSnapshot: 'guardSnapshot',
  /** Where versions before the salvage kept an unreadable record; moved into settingsDropped at the next read. */
  legacyInvalidCopy: 'settingsInvalidCopy',
  journal: 'journal',
  /**
   * The journal stopped recording (JournalHealth in utils/messaging/protocol.ts). Kept in storage.session instead when
   * storage.local is too full to take even that.
   */
  journalHealth: 'journalHealth',
  /** The last settings versions before each import, edit or restore (see BACKUPS_KEPT). */
  backups: 'backups',
  /** Platform → end of the pause (ms since epoch). Read by content scripts too. */
  pauses: 'pauses',
  /** A sensitive period: until when every brand publish asks first, and why (utils/rules/sensitive.ts). Read by content scripts too. */
  sensitivePeriod: 'sensitivePeriod',
  /** Each protected account's display name as last seen on its site (utils/rules/takeover.ts). */
  seenProfiles: 'seenProfiles',
  /** The takeover alarms raised: protected accounts whose display name changed. Read by content scripts too. */
  profileAlarms: 'profileAlarms',
  /**
   * The team policy as the background last read it from the managed storage (utils/background/policy.ts), or null:
   * pages read it beside `settings` and merge it with utils/settings/policy.ts; content scripts get it merged in
   * `guardSnapshot`. Never part of the user's settings, their backups or their file.
   */
  policy: 'policy',
} as const;
