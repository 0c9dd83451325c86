/** The keys of storage.local. Only the background writes them; content scripts and pages may read `settings`. */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** A stored settings record that failed validation, kept aside instead of being destroyed. */
  invalidSettingsCopy: 'settingsInvalidCopy',
  journal: 'journal',
  /** The last settings versions before each import, edit or restore (see BACKUPS_KEPT). */
  backups: 'backups',
  /** Platform → end of the pause (ms since epoch). Read by content scripts too. */
  pauses: 'pauses',
} as const;
