/** State of the options page. Every change goes through the background (the only writer of settings). */
import { create } from 'zustand';
import { PLATFORMS, type Platform, type Preferences, type SensitivePeriod, type Settings } from '../types';
import type { BackgroundResponses, BackupSummary, ImportFailure, PolicyStatus, StorageStatus } from '../messaging/protocol';
import type { StoredDroppedItem } from '../settings/dropped';
import { askBackground } from '../messaging/client';
import { isValidHandle, LIMITS } from '../settings/schema';
import { settingsFileObject, type SettingsFileContent } from '../settings/file';
import { findOpenAccounts, type OpenSite } from './open-accounts';

export type ImportStatus =
  | { kind: 'ok'; accounts: number; wordLists: number }
  | { kind: 'error'; errors: ImportFailure[] }
  | { kind: 'unreadable' }
  | null;

export type SaveResult = { ok: true; accounts: number; wordLists: number } | { ok: false; errors: ImportFailure[] };

/** The outcome of a change that either happened or did not, and why (utils/messaging/protocol.ts WriteError). */
export type ChangeOutcome = { ok: true } | { ok: false; error: string };
/** Putting an item set aside back: its reasons if it still does not pass. */
export type RestoreOutcome = { ok: true } | { ok: false; errors: ImportFailure[] };

/** The background did not answer (the page is left from an extension that was updated or reloaded, for instance). */
export const NO_ANSWER = 'no-answer';
const noAnswer = (): ImportFailure => ({ code: NO_ANSWER, path: '' });

interface OptionsState {
  settings: Settings | null;
  importStatus: ImportStatus;
  /** The automatic backups, newest first. */
  backups: BackupSummary[];
  /** Whether the settings can be trusted and the journal records; null until known. */
  storage: StorageStatus | null;
  /** Items of the stored settings that could not be read, kept aside. */
  dropped: StoredDroppedItem[];
  /** The team policy (utils/settings/policy.ts): shown locked beside the user's own settings; null when unknown. */
  policy: PolicyStatus | null;
  /** The accounts the open tabs of the four sites show (first run), null until asked. */
  openSites: OpenSite[] | null;
  load(): Promise<void>;
  /** Asks the open tabs which account they show (the first-run guide's "Add the account I'm on"). */
  findOpenAccounts(): Promise<void>;
  loadBackups(): Promise<void>;
  importFile(file: File): Promise<void>;
  exportFile(): Promise<{ text: string }>;
  /** Saves accounts, word lists and the unknown-identity policy (the background validates them like an import). */
  saveConfiguration(content: SettingsFileContent): Promise<SaveResult>;
  setPreferences(prefs: Partial<Preferences>): Promise<ChangeOutcome>;
  restoreBackup(time: number): Promise<ChangeOutcome>;
  restoreDropped(id: number): Promise<RestoreOutcome>;
  discardDropped(id: number): Promise<ChangeOutcome>;
  /** The sensitive period running, if any. */
  sensitive: SensitivePeriod | null;
  /** Why the last start or end of a sensitive period was not made, or null. */
  sensitiveError: string | null;
  setSensitive(until: number | null, note: string): Promise<void>;
}

export const useOptionsStore = create<OptionsState>((set, get) => ({
  settings: null,
  importStatus: null,
  backups: [],
  storage: null,
  dropped: [],
  sensitive: null,
  sensitiveError: null,
  async setSensitive(until, note) {
    set({ sensitiveError: null });
    const result = await askBackground({ type: 'sensitive/set', until, note }).catch(() => undefined);
    if (result?.ok) set({ sensitive: result.period });
    else set({ sensitiveError: result ? result.error : NO_ANSWER });
  },
  policy: null,
  openSites: null,
  async findOpenAccounts() {
    set({ openSites: await findOpenAccounts().catch(() => []) });
  },
  async load() {
    const [settings, storage, dropped, policy, sensitive] = await Promise.all([
      askBackground({ type: 'settings/get' }),
      // What a newer part of the background may not answer must not leave the page blank.
      askBackground({ type: 'storage/status' }).catch(() => null),
      askBackground({ type: 'settings/dropped-list' }).catch(() => null),
      askBackground({ type: 'policy/get' }).catch(() => null),
      askBackground({ type: 'sensitive/get' }).catch(() => null),
    ]);
    set({ settings, storage: storage ?? null, dropped: Array.isArray(dropped) ? dropped : [], policy: policy ?? null, sensitive: sensitive ?? null });
    await get().loadBackups();
  },
  async loadBackups() {
    const backups = await askBackground({ type: 'backups/list' });
    set({ backups: Array.isArray(backups) ? [...backups].sort((a, b) => b.time - a.time) : [] });
  },
  async importFile(file) {
    // Every way out ends in import-ok or import-error: never in silence.
    if (file.size > LIMITS.fileBytes) {
      // Checked before reading: a huge file is refused without being loaded into the page.
      set({ importStatus: { kind: 'error', errors: [{ code: 'too-large', path: '', params: { bytes: file.size, max: LIMITS.fileBytes } }] } });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      set({ importStatus: { kind: 'unreadable' } });
      return;
    }
    let result: BackgroundResponses['settings/import'] | undefined;
    try {
      result = await askBackground({ type: 'settings/import', text });
    } catch {
      result = undefined;
    }
    // The new settings first, then the message: "imported" never shows beside the old accounts.
    await get().load().catch(() => undefined);
    if (!result) set({ importStatus: { kind: 'error', errors: [noAnswer()] } });
    else set({ importStatus: result.ok ? { kind: 'ok', accounts: result.accounts, wordLists: result.wordLists } : { kind: 'error', errors: result.errors } });
  },
  exportFile: () => askBackground({ type: 'settings/export' }),
  async saveConfiguration(content) {
    const result = await askBackground({ type: 'settings/save', file: settingsFileObject(content) }).catch(() => undefined);
    if (!result) return { ok: false, errors: [noAnswer()] };
    if (result.ok) await get().load();
    return result;
  },
  async setPreferences(prefs) {
    const result = await askBackground({ type: 'settings/set-preferences', prefs }).catch(() => undefined);
    if (!result) return { ok: false, error: NO_ANSWER };
    if (!result.ok) return result;
    set({ settings: result.settings });
    return { ok: true };
  },
  async restoreBackup(time) {
    const result = await askBackground({ type: 'backups/restore', time }).catch(() => undefined);
    if (!result) return { ok: false, error: NO_ANSWER };
    if (result.ok) await get().load();
    return result;
  },
  async restoreDropped(id) {
    const result = await askBackground({ type: 'settings/dropped-restore', id }).catch(() => undefined);
    if (!result) return { ok: false, errors: [noAnswer()] };
    if (result.ok) await get().load();
    return result;
  },
  async discardDropped(id) {
    const result = await askBackground({ type: 'settings/dropped-discard', id }).catch(() => undefined);
    if (!result) return { ok: false, error: NO_ANSWER };
    if (result.ok) await get().load();
    return result;
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
/** "Don't flag this again for this account" (the banner): the account and the words to allow it, for review. */
export interface ExceptionPrefill {
  accountId: string;
  words: string[];
}

/**
 * Reads `?except=<account id>&words=<JSON list>`. Untrusted like the rest of the address: only short strings, no
 * control character, at most 20 words of the settings' own length; anything else gives nothing.
 */
export function readExceptionPrefill(search: string): ExceptionPrefill | null {
  const params = new URLSearchParams(search);
  const accountId = params.get('except') ?? '';
  if (!accountId || accountId.length > 200 || /\p{Cc}/u.test(accountId)) return null;
  let words: unknown;
  try {
    words = JSON.parse(params.get('words') ?? '');
  } catch {
    return null;
  }
  if (!Array.isArray(words) || words.length === 0 || words.length > 20) return null;
  const clean = words.filter((w): w is string => typeof w === 'string').map((w) => w.trim()).filter((w) => w && w.length <= LIMITS.word && !/\p{Cc}/u.test(w));
  return clean.length === words.length ? { accountId, words: clean } : null;
}

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
