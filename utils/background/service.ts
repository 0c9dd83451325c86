/**
 * The background's logic: the only code that writes settings and the journal to storage.local.
 * The entrypoint registers `handleMessage` at top level; nothing here is kept in memory between wake-ups
 * that storage does not also hold (an MV3 worker can be stopped at any time).
 */
import { browser, type Browser } from 'wxt/browser';
import type { Settings } from '../types';
import {
  CONTENT_SCRIPT_KINDS,
  parseBackgroundRequest,
  type BackgroundRequest,
  type BackgroundResponses,
  type JournalEntry,
} from '../messaging/protocol';
import { runMigrations } from '../settings/migrations';
import { exportSettingsFile, parseSettingsFile } from '../settings/file';
import { STORAGE_KEYS } from '../settings/storage-keys';

/** Oldest entries are dropped beyond this many. */
export const JOURNAL_CAP = 2000;

// Writes go through one queue so that two messages arriving together never interleave a read-modify-write.
let writes: Promise<unknown> = Promise.resolve();
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = writes.then(task, task);
  writes = run.catch(() => undefined);
  return run;
}

/**
 * Reads the stored settings, bringing them to the current schema. A migrated or fresh record is written back;
 * an invalid one is kept aside (never silently destroyed); one from a newer version is left untouched.
 */
export function loadSettings(): Promise<Settings> {
  return serialized(async () => {
    const stored = await browser.storage.local.get(STORAGE_KEYS.settings);
    const raw = stored[STORAGE_KEYS.settings];
    const { settings, status } = runMigrations(raw);
    if (status === 'invalid') await browser.storage.local.set({ [STORAGE_KEYS.invalidSettingsCopy]: raw });
    if (status === 'fresh' || status === 'migrated' || status === 'invalid')
      await browser.storage.local.set({ [STORAGE_KEYS.settings]: settings });
    return settings;
  });
}

async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const current = await loadSettings();
  return serialized(async () => {
    const next = change(current);
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: next });
    return next;
  });
}

async function readJournal(): Promise<JournalEntry[]> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.journal);
  const journal = stored[STORAGE_KEYS.journal];
  return Array.isArray(journal) ? (journal as JournalEntry[]) : [];
}

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

type Handlers = { [K in BackgroundRequest['type']]: (req: Extract<BackgroundRequest, { type: K }>) => Promise<BackgroundResponses[K]> };

const handlers: Handlers = {
  'settings/get': () => loadSettings(),
  'settings/export': async () => ({ text: exportSettingsFile(await loadSettings()) }),
  'settings/set-guard-enabled': ({ enabled }) => updateSettings((s) => ({ ...s, guardEnabled: enabled })),
  'settings/import': async ({ text }) => {
    // Validate everything first: a rejected file must leave the stored settings exactly as they were.
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    const { accounts, wordLists, unknownIdentity } = parsed.content;
    await updateSettings((s) => ({ ...s, accounts, wordLists, unknownIdentity }));
    return { ok: true, accounts: accounts.length, wordLists: wordLists.length };
  },
  'journal/record': ({ entry }) =>
    serialized(async () => {
      const journal = await readJournal();
      journal.push({ ...entry, time: Date.now() });
      await browser.storage.local.set({ [STORAGE_KEYS.journal]: journal.slice(-JOURNAL_CAP) });
      return { ok: true as const };
    }),
  'journal/list': () => readJournal(),
};

/**
 * Validates and answers one message. Returns undefined (no answer) for anything malformed, unknown, or sent
 * by a content script that asks for more than it may.
 */
export function handleMessage(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  const request = parseBackgroundRequest(message);
  if (!request) return undefined;
  if (!isExtensionPage(sender) && !CONTENT_SCRIPT_KINDS.has(request.type)) return undefined;
  const handler = handlers[request.type] as (r: BackgroundRequest) => Promise<unknown>;
  return handler(request);
}
