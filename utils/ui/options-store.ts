/** State of the options page. Every change goes through the background (the only writer of settings). */
import { create } from 'zustand';
import { PLATFORMS, type Platform, type Preferences, type Settings } from '../types';
import type { BackupSummary, ImportFailure } from '../messaging/protocol';
import { askBackground } from '../messaging/client';
import { isValidHandle, LIMITS } from '../settings/schema';
import { settingsFileObject, type SettingsFileContent } from '../settings/file';

export type ImportStatus =
  | { kind: 'ok'; accounts: number; wordLists: number }
  | { kind: 'error'; errors: ImportFailure[] }
  | { kind: 'unreadable' }
  | null;

export type SaveResult = { ok: true; accounts: number; wordLists: number } | { ok: false; errors: ImportFailure[] };

interface OptionsState {
  settings: Settings | null;
  importStatus: ImportStatus;
  /** The automatic backups, newest first. */
  backups: BackupSummary[];
  load(): Promise<void>;
  loadBackups(): Promise<void>;
  importFile(file: File): Promise<void>;
  exportFile(): Promise<{ text: string }>;
  /** Saves accounts, word lists and the unknown-identity policy (the background validates them like an import). */
  saveConfiguration(content: SettingsFileContent): Promise<SaveResult>;
  setPreferences(prefs: Partial<Preferences>): Promise<boolean>;
  restoreBackup(time: number): Promise<boolean>;
}

export const useOptionsStore = create<OptionsState>((set, get) => ({
  settings: null,
  importStatus: null,
  backups: [],
  async load() {
    set({ settings: await askBackground({ type: 'settings/get' }) });
    await get().loadBackups();
  },
  async loadBackups() {
    const backups = await askBackground({ type: 'backups/list' });
    set({ backups: Array.isArray(backups) ? [...backups].sort((a, b) => b.time - a.time) : [] });
  },
  async importFile(file) {
    let text: string;
    try {
      text = await file.text();
    } catch {
      set({ importStatus: { kind: 'unreadable' } });
      return;
    }
    const result = await askBackground({ type: 'settings/import', text });
    // The new settings first, then the message: "imported" never shows beside the old accounts.
    await get().load();
    set({ importStatus: result.ok ? { kind: 'ok', accounts: result.accounts, wordLists: result.wordLists } : { kind: 'error', errors: result.errors } });
  },
  exportFile: () => askBackground({ type: 'settings/export' }),
  async saveConfiguration(content) {
    const result = await askBackground({ type: 'settings/save', file: settingsFileObject(content) });
    if (result.ok) await get().load();
    return result;
  },
  async setPreferences(prefs) {
    try {
      const settings = await askBackground({ type: 'settings/set-preferences', prefs });
      if (!settings) return false;
      set({ settings });
      return true;
    } catch {
      return false;
    }
  },
  async restoreBackup(time) {
    const { ok } = await askBackground({ type: 'backups/restore', time });
    if (ok) await get().load();
    return ok;
  },
}));

/** What "Add the account I'm on now" (the popup) asks the options page to pre-fill. */
export interface AccountPrefill {
  platform: Platform;
  handle?: string;
  name?: string;
}

/**
 * Reads `?add=1&platform=…&handle=…&name=…`. Nothing in it is trusted: an unknown platform gives nothing, a handle
 * that is not one of that platform is dropped, a name is trimmed, stripped of control characters and bounded.
 */
export function readAddPrefill(search: string): AccountPrefill | null {
  const params = new URLSearchParams(search);
  if (params.get('add') !== '1') return null;
  const platform = params.get('platform');
  if (!platform || !(PLATFORMS as readonly string[]).includes(platform)) return null;
  const p = platform as Platform;
  const prefill: AccountPrefill = { platform: p };
  const handle = (params.get('handle') ?? '').trim().replace(/^@/, '');
  // The settings' own rule, and nothing that looks like markup or control characters: the link is untrusted.
  if (handle && handle.length <= LIMITS.handle && isValidHandle(p, handle) && !/[\p{Cc}<>"']/u.test(handle)) prefill.handle = handle;
  const name = (params.get('name') ?? '').replace(/\p{Cc}/gu, ' ').replace(/\s+/g, ' ').trim();
  if (name && name.length <= LIMITS.name) prefill.name = name;
  return prefill;
}
