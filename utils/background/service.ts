/**
 * The background's logic: the only code that writes settings and the journal to storage.local.
 * The entrypoint registers `handleMessage` at top level; nothing here is kept in memory between wake-ups
 * that storage does not also hold (an MV3 worker can be stopped at any time).
 */
import { browser, type Browser } from 'wxt/browser';
import { PLATFORMS, type Pauses, type Preferences, type Settings } from '../types';
import {
  CONTENT_SCRIPT_KINDS,
  parseBackgroundRequest,
  parsePauses,
  type TabReport,
  type BackgroundRequest,
  type BackgroundResponses,
  type JournalEntry,
} from '../messaging/protocol';
import { runMigrations } from '../settings/migrations';
import { exportSettingsFile, parseSettingsFile, readSettingsObject, type ParseResult, type SettingsFileContent } from '../settings/file';
import { badgeFor } from './badge';
import { CATALOGS } from '../i18n-browser';
import { STORAGE_KEYS } from '../settings/storage-keys';

/** Automatic backups kept: the settings as they were before each of the last changes. */
export const BACKUPS_KEPT = 10;

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
  return serialized(readSettingsNow);
}

/** loadSettings' body, for tasks already in the write queue (queueing it again there would wait forever). */
async function readSettingsNow(): Promise<Settings> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.settings);
  const raw = stored[STORAGE_KEYS.settings];
  const { settings, status } = runMigrations(raw);
  if (status === 'invalid') await browser.storage.local.set({ [STORAGE_KEYS.invalidSettingsCopy]: raw });
  if (status === 'fresh' || status === 'migrated' || status === 'invalid')
    await browser.storage.local.set({ [STORAGE_KEYS.settings]: settings });
  return settings;
}

interface Backup {
  time: number;
  settings: Settings;
}

async function readBackups(): Promise<Backup[]> {
  const raw = (await browser.storage.local.get(STORAGE_KEYS.backups))[STORAGE_KEYS.backups];
  return Array.isArray(raw) ? (raw as Backup[]).filter((b) => typeof b?.time === 'number' && b.settings) : [];
}

/**
 * Applies a change. With `backup`, the settings as they were are kept first among the last BACKUPS_KEPT versions
 * (for imports, edits and restores: the changes a user may want to undo; not for switches like the language).
 */
async function updateSettings(change: (current: Settings) => Settings, backup = false): Promise<Settings> {
  // Read inside the queued task: two close changes (a preference and an account save) each see the other's result.
  return serialized(async () => {
    const current = await readSettingsNow();
    const next = change(current);
    const writes: Record<string, unknown> = { [STORAGE_KEYS.settings]: next };
    if (backup && JSON.stringify(configuration(current)) !== JSON.stringify(configuration(next))) {
      const backups = await readBackups();
      // Strictly increasing times, so that a backup's time is its id even for two changes in one millisecond.
      const time = Math.max(Date.now(), (backups.at(-1)?.time ?? 0) + 1);
      writes[STORAGE_KEYS.backups] = [...backups, { time, settings: current }].slice(-BACKUPS_KEPT);
    }
    await browser.storage.local.set(writes);
    return next;
  });
}

/** The part of the settings a backup restores: the accounts and rules, not the preferences. */
const configuration = (s: Settings): SettingsFileContent => ({ accounts: s.accounts, wordLists: s.wordLists, unknownIdentity: s.unknownIdentity });

// ---------- pauses ----------

async function readPauses(): Promise<Pauses> {
  const pauses = parsePauses((await browser.storage.local.get(STORAGE_KEYS.pauses))[STORAGE_KEYS.pauses]) ?? {};
  // Ended pauses are of no interest to anyone.
  for (const platform of PLATFORMS) if ((pauses[platform] ?? 0) <= Date.now()) delete pauses[platform];
  return pauses;
}

// ---------- the toolbar badge ----------
// The last report of each tab is kept (storage.session) so that a pause or a settings change can redraw badges.
const reportKey = (tabId: number) => `report:${tabId}`;

async function drawBadge(tabId: number, report: TabReport): Promise<void> {
  const [settings, pauses] = [await loadSettings(), await readPauses()];
  const badge = badgeFor(report, settings, pauses, Date.now());
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

/** Redraws every tab's badge from its last report (after a pause or a settings change). */
async function redrawBadges(): Promise<void> {
  const all = await browser.storage.session.get(null);
  await Promise.all(
    Object.entries(all)
      .filter(([key]) => key.startsWith('report:'))
      .map(([key, report]) => drawBadge(Number(key.slice('report:'.length)), report as TabReport)),
  );
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

/** Forgets a closed tab's intended account and last report. */
export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove([intendedKey(tabId), reportKey(tabId)]);
}

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

async function applyFile(parsed: ParseResult): Promise<BackgroundResponses['settings/import']> {
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { accounts, wordLists, unknownIdentity } = parsed.content;
  await updateSettings((s) => ({ ...s, accounts, wordLists, unknownIdentity }), true);
  // Colours and accounts may have changed: badges follow.
  await redrawBadges();
  return { ok: true, accounts: accounts.length, wordLists: wordLists.length };
}

type Handlers = {
  [K in BackgroundRequest['type']]: (req: Extract<BackgroundRequest, { type: K }>, sender: Browser.runtime.MessageSender) => Promise<BackgroundResponses[K]>;
};

/**
 * Applies preferences, then what they mean for what is already stored: the journal forgets post texts when the user
 * turns keeping them off and is cut to a lowered cap at once (not at the next entry); badges show the new state
 * (guard switched off, language).
 */
async function setPreferences(prefs: Partial<Preferences>): Promise<Settings> {
  const settings = await updateSettings((s) => ({ ...s, ...prefs }));
  await serialized(async () => {
    const journal = await readJournal();
    const kept = (settings.journalKeepText ? journal : journal.map(({ text: _text, ...entry }) => entry)).slice(-settings.journalCap);
    if (kept.length !== journal.length || (!settings.journalKeepText && journal.some((e) => e.text !== undefined)))
      await browser.storage.local.set({ [STORAGE_KEYS.journal]: kept });
  });
  await redrawBadges();
  return settings;
}

const handlers: Handlers = {
  'settings/get': () => loadSettings(),
  'settings/export': async () => ({ text: exportSettingsFile(await loadSettings()) }),
  'settings/set-guard-enabled': ({ enabled }) => setPreferences({ guardEnabled: enabled }),
  // Validate everything first: a rejected file or edit must leave the stored settings exactly as they were.
  'settings/import': ({ text }) => applyFile(parseSettingsFile(text)),
  'settings/save': ({ file }) => applyFile(readSettingsObject(file)),
  'settings/set-preferences': ({ prefs }) => setPreferences(prefs),
  'backups/list': async () =>
    (await readBackups()).map((b) => ({ time: b.time, accounts: b.settings.accounts.length, wordLists: b.settings.wordLists.length })),
  'backups/restore': async ({ time }) => {
    const backup = (await readBackups()).find((b) => b.time === time);
    // A stored backup is checked (and brought to the current schema) like any stored record before it is used.
    const restored = backup ? runMigrations(backup.settings) : null;
    if (!restored || (restored.status !== 'current' && restored.status !== 'migrated')) return { ok: false };
    await updateSettings((s) => ({ ...s, ...configuration(restored.settings) }), true);
    return { ok: true };
  },
  'journal/record': ({ entry }) =>
    loadSettings().then((settings) =>
      serialized(async () => {
        const journal = await readJournal();
        // The text is kept only if the user asked for it, whatever the sender put in the message.
        const { text, ...rest } = entry;
        journal.push({ ...rest, ...(settings.journalKeepText && text ? { text } : {}), time: Date.now() });
        await browser.storage.local.set({ [STORAGE_KEYS.journal]: journal.slice(-settings.journalCap) });
        return { ok: true as const };
      }),
    ),
  'journal/list': () => readJournal(),
  'journal/clear': () =>
    serialized(async () => {
      await browser.storage.local.set({ [STORAGE_KEYS.journal]: [] });
      return { ok: true as const };
    }),
  'pause/get': () => readPauses(),
  'pause/set': async ({ platform, minutes }) => {
    const pauses = await serialized(async () => {
      const next = await readPauses();
      if (minutes === null) delete next[platform];
      else next[platform] = Date.now() + minutes * 60_000;
      await browser.storage.local.set({ [STORAGE_KEYS.pauses]: next });
      return next;
    });
    // Content scripts see the change through storage.onChanged; badges are ours to redraw.
    await redrawBadges();
    return pauses;
  },
  'tab/report': async ({ report }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: true as const };
    await browser.storage.session.set({ [reportKey(tabId)]: report });
    await drawBadge(tabId, report);
    return { ok: true as const };
  },
  'tab/set-intended': async ({ tabId, accountId }) => {
    // Only the intended account goes: the tab's last report still draws its badge.
    if (accountId === null) await browser.storage.session.remove(intendedKey(tabId));
    else await browser.storage.session.set({ [intendedKey(tabId)]: accountId });
    // The tab's guard decides synchronously, so it keeps its own copy: tell it now.
    // A tab without our content script (another site) has nobody to tell: that is fine.
    await Promise.resolve()
      .then(() => browser.tabs.sendMessage(tabId, { type: 'tab/intended-changed', accountId }))
      .catch(() => undefined);
    return { ok: true as const };
  },
  'i18n/catalog': async ({ language }) => CATALOGS[language],
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
