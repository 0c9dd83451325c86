/** The keys of storage.local. Only the background writes them; content scripts and pages may read `settings`. */
export const STORAGE_KEYS = {
  settings: 'settings',
  /** A stored settings record that failed validation, kept aside instead of being destroyed. */
  invalidSettingsCopy: 'settingsInvalidCopy',
  journal: 'journal',
} as const;
