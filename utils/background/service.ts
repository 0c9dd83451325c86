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

// ---------- the intended account of each tab ----------
// Kept in storage.session: it survives the worker being stopped, and ends with the browser session or the tab.
const intendedKey = (tabId: number) => `intended:${tabId}`;

async function readIntended(tabId: number): Promise<string | null> {
  const key = intendedKey(tabId);
  const value = (await browser.storage.session.get(key))[key];
  return typeof value === 'string' ? value : null;
}

/** Forgets a closed tab's intended account. */
export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(intendedKey(tabId));
}

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

type Handlers = {
  [K in BackgroundRequest['type']]: (req: Extract<BackgroundRequest, { type: K }>, sender: Browser.runtime.MessageSender) => Promise<BackgroundResponses[K]>;
};

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
  'tab/set-intended': async ({ tabId, accountId }) => {
    if (accountId === null) await forgetTab(tabId);
    else await browser.storage.session.set({ [intendedKey(tabId)]: accountId });
    // The tab's guard decides synchronously, so it keeps its own copy: tell it now.
    // A tab without our content script (another site) has nobody to tell: that is fine.
    await Promise.resolve()
      .then(() => browser.tabs.sendMessage(tabId, { type: 'tab/intended-changed', accountId }))
      .catch(() => undefined);
    return { ok: true as const };
  },
  // A content script may only ask about its own tab: the one it sends from.
  'tab/get-intended': async (_, sender) => ({ accountId: sender.tab?.id === undefined ? null : await readIntended(sender.tab.id) }),
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
  const handler = handlers[request.type] as (r: BackgroundRequest, s: Browser.runtime.MessageSender) => Promise<unknown>;
  return handler(request, sender);
}
