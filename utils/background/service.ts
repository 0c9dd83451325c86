/**
 * The background's logic: the only code that writes settings and the journal to storage.local.
 * The entrypoint registers `handleMessage` at top level; nothing here is kept in memory between wake-ups
 * that storage does not also hold (an MV3 worker can be stopped at any time).
 *
 * Failing loudly: every write that fails answers `{ ok: false, error }` to the page that asked (an import or a save:
 * an error in `errors`); a journal entry that cannot be written marks the journal as stopped (`journalHealth`), which
 * the popup and the journal page show. A stored record from a newer version is never written over.
 */
import { browser, type Browser } from 'wxt/browser';
import { PLATFORMS, type Identity, type Pauses, type Preferences, type SensitivePeriod, type Settings } from '../types';
import {
  CONTENT_SCRIPT_KINDS,
  parseBackgroundRequest,
  parsePauses,
  type TabReport,
  type BackgroundRequest,
  type BackgroundResponses,
  type ImportFailure,
  type JournalItem,
  type JournalHealth,
  type PolicyStatus,
  type SettingsOutcome,
  type WriteError,
} from '../messaging/protocol';
import { readStoredSettings, type StoredSettingsReading } from '../settings/migrations';
import { exportSettingsFile, parseSettingsFile, readSettingsObject, type ParseResult, type SettingsFileContent } from '../settings/file';
import { keepDropped, parseDroppedItems, restoreDroppedItem, type StoredDroppedItem } from '../settings/dropped';
import { parseSettingsHealth, settingsHealth, type SettingsHealth } from '../settings/health';
import { isObject } from '../settings/schema';
import { effectiveSettings, pausesWithinPolicy, policyRefusal, policySensitivePeriod, readPolicy, type TeamPolicy } from '../settings/policy';
import { readManagedStorage } from './policy';
import { badgeFor } from './badge';
import { textColorOn } from '../format';
import { endedSwitchOff, guardSwitchEntries, sensitiveSwitchEntry, settledSensitivePeriod, teamSensitivePeriod, withGuardSwitch } from './guard-switch';
import { tokenBucket } from './rate-limit';
import { parseSensitivePeriod } from '../rules/sensitive';
import { acceptProfile, parseProfileAlarms, parseSeenProfiles, watchProfile } from '../rules/takeover';
import { guardStatus } from '../rules/status';
import { offerHandOff, peekHandOff, takeHandOff } from './handoff';
import { jsonBytes, keepNewestWithin, STORAGE_BUDGET, storageWriteError, trimJournal } from './budget';
import { STORAGE_KEYS } from '../settings/storage-keys';
import { buildGuardSnapshot } from './snapshot';
import { parseGuardSnapshot } from '../settings/snapshot';

/** Automatic backups kept: the settings as they were before each of the last changes (within the backups' budget). */
export const BACKUPS_KEPT = 10;

/** A queue: each task starts once the previous one has ended, whatever its outcome. */
function queue() {
  let last: Promise<unknown> = Promise.resolve();
  return <T,>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}

// Writes go through one queue so that two messages arriving together never interleave a read-modify-write.
const serialized = queue();
// The intended accounts have their own: telling a tab waits for its answer, which must not hold up other writes.
const intendedInOrder = queue();

// ---------- failures ----------

/** A write the background refused or the browser failed: the handler answers with its code. */
class WriteFailure extends Error {
  constructor(
    readonly code: WriteError,
    readonly params?: Record<string, number>,
  ) {
    super(code);
  }
}

/** A change refused by validation inside the queue (an item set aside that still does not pass). */
class Refusal extends Error {
  constructor(readonly errors: ImportFailure[]) {
    super('refused');
  }
}

const failureCode = (error: unknown): WriteError => (error instanceof WriteFailure ? error.code : 'write-failed');
const failureAsImportError = (error: unknown): ImportFailure =>
  error instanceof WriteFailure && error.params ? { code: error.code, path: '', params: error.params } : { code: failureCode(error), path: '' };

/** storage.local.set, with a failure turned into a WriteFailure that says whether storage is full. */
async function write(items: Record<string, unknown>): Promise<void> {
  try {
    await browser.storage.local.set(items);
  } catch (error) {
    throw new WriteFailure(storageWriteError(error));
  }
}

// ---------- settings ----------

interface SettingsState {
  settings: Settings;
  reading: StoredSettingsReading;
  dropped: StoredDroppedItem[];
  health: SettingsHealth;
}

/**
 * Reads the stored settings, bringing them to the current schema. A fresh, migrated or salvaged record is written
 * back; what could not be read is kept under settingsDropped; an unreadable record is left where it is (a copy is
 * kept aside too) and a newer one is never touched. The health record and the guard's snapshot follow.
 */
export function loadSettings(): Promise<Settings> {
  return serialized(readSettingsNow).then((state) => state.settings);
}

/** loadSettings' body, for tasks already in the write queue (queueing it again there would wait forever). */
async function readSettingsNow(): Promise<SettingsState> {
  const keys = [STORAGE_KEYS.settings, STORAGE_KEYS.settingsDropped, STORAGE_KEYS.settingsHealth, STORAGE_KEYS.legacyInvalidCopy];
  const stored = await browser.storage.local.get(keys);
  const raw = stored[STORAGE_KEYS.settings];
  let reading = readStoredSettings(raw);
  const now = Date.now();
  // A switch-off whose end passed is on again (every reader already treats it so): written back, and journaled at its
  // end, so that the journal says when the guard came back. Never for a newer version's record.
  const ended = reading.status === 'newer' || reading.failClosed ? null : endedSwitchOff(reading.settings, now);
  if (ended) reading = { ...reading, settings: ended.settings };
  const kept = parseDroppedItems(stored[STORAGE_KEYS.settingsDropped]);
  let dropped = kept;
  const legacy = stored[STORAGE_KEYS.legacyInvalidCopy];
  if (legacy !== undefined) dropped = keepDropped(dropped, [{ kind: 'record', path: '', value: legacy, problems: readStoredSettings(legacy).dropped.flatMap((d) => d.problems) }], now);
  // A newer record's unreadable items are the newer version's business: they stay in its record, untouched.
  if (reading.status === 'salvaged' || reading.status === 'invalid') dropped = keepDropped(dropped, reading.dropped, now, reading.storedVersion);
  if (dropped !== kept) dropped = keepNewestWithin(dropped, STORAGE_BUDGET.dropped);
  const previous = parseSettingsHealth(stored[STORAGE_KEYS.settingsHealth]);
  const health = settingsHealth(reading, dropped, now, previous);

  const changes: Record<string, unknown> = {};
  if (reading.status === 'fresh' || reading.status === 'migrated' || reading.status === 'salvaged' || ended) changes[STORAGE_KEYS.settings] = reading.settings;
  if (ended?.entry) changes[STORAGE_KEYS.journal] = await journalWith([ended.entry], reading.settings);
  if (dropped !== kept) changes[STORAGE_KEYS.settingsDropped] = dropped;
  if (JSON.stringify(health) !== JSON.stringify(previous)) changes[STORAGE_KEYS.settingsHealth] = health;
  if (Object.keys(changes).length) {
    // What the guard decides on follows the record and its health, in the same call.
    const snapshot = buildGuardSnapshot(reading.settings, health, await readStoredPolicy());
    try {
      // One call: the cleaned record and the items taken out of it land together, or neither does.
      await browser.storage.local.set({ ...changes, [STORAGE_KEYS.guardSnapshot]: snapshot });
      if (legacy !== undefined) await browser.storage.local.remove(STORAGE_KEYS.legacyInvalidCopy);
    } catch {
      // Nothing is lost: the stored record still holds every item, and the next read tries again. The guard must not
      // go on with a snapshot this reading contradicts meanwhile: it gets this one alone, or none (then it asks first).
      await writeGuardSnapshot(snapshot);
    }
  }
  return { settings: reading.settings, reading, dropped, health };
}

/**
 * Writes the guard's snapshot alone. If even that fails, the old one is removed (a removal needs no room): a content
 * script that finds none asks before every publish (utils/guard/settings-source.ts), rather than deciding on settings
 * that are no longer the stored ones. Never throws.
 */
async function writeGuardSnapshot(snapshot: unknown): Promise<boolean> {
  try {
    await browser.storage.local.set({ [STORAGE_KEYS.guardSnapshot]: snapshot });
    return true;
  } catch {
    await browser.storage.local.remove(STORAGE_KEYS.guardSnapshot).catch(() => undefined);
    return false;
  }
}

/**
 * At each start of the background (an install or an update among them): the stored snapshot is the one this version
 * builds from the stored settings, health and policy, or it is written again. It may be missing (the first start of a
 * version that has one), of another format (a downgrade), or stale (an older version changed the settings, a write
 * failed). Resolves with whether it had to be written; never throws.
 */
export function ensureGuardSnapshot(): Promise<boolean> {
  return serialized(async () => {
    const state = await readSettingsNow();
    const snapshot = buildGuardSnapshot(state.settings, state.health, await readStoredPolicy());
    const stored = (await browser.storage.local.get(STORAGE_KEYS.guardSnapshot))[STORAGE_KEYS.guardSnapshot];
    if (JSON.stringify(stored) === JSON.stringify(snapshot)) return false;
    return writeGuardSnapshot(snapshot);
  }).catch(() => false);
}

interface Backup {
  time: number;
  settings: Settings;
}

async function readBackups(): Promise<Backup[]> {
  const raw = (await browser.storage.local.get(STORAGE_KEYS.backups))[STORAGE_KEYS.backups];
  return Array.isArray(raw) ? (raw as Backup[]).filter((b) => typeof b?.time === 'number' && b.settings) : [];
}

interface UpdateOptions {
  /** Keep the settings as they were among the backups (imports, edits, restores; not switches like the language). */
  backup?: boolean;
  /**
   * The change sets the whole configuration (an import, a save, a restore): it may replace an unreadable record (a copy
   * of which is kept aside). A preference alone may not: it would turn "asks before every publish" into "allows all".
   */
  replaces?: boolean;
  /** Other keys written in the same call as the settings, from the state read and the next settings. */
  alsoWrite?: (state: SettingsState, next: Settings) => Promise<Record<string, unknown>>;
}

/**
 * Applies a change. Refuses (WriteFailure) to write over a newer record, over an unreadable one unless the change
 * replaces the configuration, and past the settings' budget; a failed write is a WriteFailure too.
 */
async function updateSettings(change: (current: Settings, state: SettingsState) => Settings, options: UpdateOptions = {}): Promise<Settings> {
  // Read inside the queued task: two close changes (a preference and an account save) each see the other's result.
  return serialized(async () => {
    const state = await readSettingsNow();
    const { settings: current, reading } = state;
    if (reading.status === 'newer') throw new WriteFailure('newer-version');
    if (reading.failClosed && !options.replaces) throw new WriteFailure('settings-unreadable');
    const next = change(current, state);
    const bytes = jsonBytes(next);
    if (bytes > STORAGE_BUDGET.settings) throw new WriteFailure('settings-too-large', { bytes, max: STORAGE_BUDGET.settings });
    const changes: Record<string, unknown> = { [STORAGE_KEYS.settings]: next, ...(await options.alsoWrite?.(state, next)) };
    // The guard's snapshot lands with the record (the health of a record just validated, with the items still aside).
    const droppedAfter = (changes[STORAGE_KEYS.settingsDropped] as StoredDroppedItem[] | undefined) ?? state.dropped;
    // With the record, always: if the read that set these items aside could not store them, this write is the one that
    // replaces the record they came from, and must not leave them only in memory.
    changes[STORAGE_KEYS.settingsDropped] = droppedAfter;
    const healthAfter = settingsHealth({ settings: next, status: 'current', dropped: [], failClosed: false }, droppedAfter, Date.now(), state.health);
    // The health record follows the new record in the same write (a record that was unreadable is readable now).
    if (JSON.stringify(healthAfter) !== JSON.stringify(state.health)) changes[STORAGE_KEYS.settingsHealth] = healthAfter;
    changes[STORAGE_KEYS.guardSnapshot] = buildGuardSnapshot(next, healthAfter, await readStoredPolicy());
    // An unreadable record has nothing to back up (it is kept aside whole); the defaults read in its place neither.
    if (options.backup && !reading.failClosed && JSON.stringify(configuration(current)) !== JSON.stringify(configuration(next))) {
      const backups = await readBackups();
      // Strictly increasing times, so that a backup's time is its id even for two changes in one millisecond.
      const time = Math.max(Date.now(), (backups.at(-1)?.time ?? 0) + 1);
      changes[STORAGE_KEYS.backups] = keepNewestWithin([...backups, { time, settings: current }].slice(-BACKUPS_KEPT), STORAGE_BUDGET.backups);
    }
    await write(changes);
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

/**
 * The settings the guard decides on (the user's merged with the policy) and their health, for the badge and the takeover
 * watch, which run at each tab report: read from the guard's snapshot, already validated and merged, rather than by
 * reading the whole record again (with 300 accounts and 50,000 words, that is the costly part). Without a snapshot of
 * this format or a health record, read the slow way.
 */
async function readGuardView(): Promise<{ settings: Settings; health: SettingsHealth | null }> {
  const stored = await browser.storage.local.get([STORAGE_KEYS.guardSnapshot, STORAGE_KEYS.settingsHealth]);
  const snapshot = parseGuardSnapshot(stored[STORAGE_KEYS.guardSnapshot]);
  const health = parseSettingsHealth(stored[STORAGE_KEYS.settingsHealth]);
  if (snapshot && health) return { settings: snapshot.settings, health };
  const state = await serialized(readSettingsNow);
  return { settings: effectiveSettings(state.settings, await readStoredPolicy()), health: state.health };
}

async function drawBadge(tabId: number, report: TabReport): Promise<void> {
  const { settings, health } = await readGuardView();
  const pauses = await readPauses();
  const { alarms } = await readProfiles();
  const badge = badgeFor(report, settings, pauses, Date.now(), health, alarms);
  // MV3 has `action`; Firefox's MV2 build has `browserAction`.
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  await Promise.all([
    action.setBadgeText({ tabId, text: badge.text }),
    action.setBadgeBackgroundColor({ tabId, color: badge.color }),
    // The text in black or white, whichever reads on that colour (browsers that cannot set it choose their own).
    action.setBadgeTextColor?.({ tabId, color: textColorOn(badge.color) }),
    action.setTitle({ tabId, title: badge.title }),
  ]).catch(() => undefined); // the tab may have closed meanwhile
}

async function readProfiles() {
  const stored = await browser.storage.local.get([STORAGE_KEYS.seenProfiles, STORAGE_KEYS.profileAlarms]);
  return { seen: parseSeenProfiles(stored[STORAGE_KEYS.seenProfiles]), alarms: parseProfileAlarms(stored[STORAGE_KEYS.profileAlarms]) };
}

/** A tab shows one of the protected accounts: remember its name, or raise the takeover alarm if it changed. */
async function watchProfiles(report: TabReport): Promise<void> {
  if (!report.identity) return;
  // The accounts the guard protects: the user's and the team policy's, as the badge reads them.
  const { settings } = await readGuardView();
  const account = guardStatus(settings, report.platform, report, null, Date.now()).account;
  if (!account?.protected) return;
  await serialized(async () => {
    const { seen, alarms } = await readProfiles();
    const next = watchProfile(seen, alarms, account, report.identity as Identity, Date.now());
    if (next) await write({ [STORAGE_KEYS.seenProfiles]: next.seen, [STORAGE_KEYS.profileAlarms]: next.alarms });
  }).catch(() => undefined); // never in the way of the badge: the next report tries again
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

// ---------- the team policy ----------
// The managed storage is read at each start of the background, when it changes (Chrome, Edge) and whenever a page asks
// (`policy/get`); what was read is kept under `policy` for the content scripts. The user's own settings never hold it.

/** The policy in force: the one stored, read with the same checks as every reader's. */
async function readStoredPolicy(): Promise<TeamPolicy | null> {
  return readPolicy((await browser.storage.local.get(STORAGE_KEYS.policy))[STORAGE_KEYS.policy]).policy;
}

/**
 * Reads the managed storage again and puts what it says in force: the policy stored for the content scripts, pauses
 * cut to what it allows, post texts erased from the journal when it says "never". A policy that cannot be read leaves
 * the last one in force; one too large to read is ignored whole. Never throws.
 */
export async function refreshPolicy(): Promise<PolicyStatus> {
  const read = await readManagedStorage().catch((error: unknown) => ({ ok: false as const, error: String(error) }));
  let changed = false;
  let status: PolicyStatus;
  try {
    status = await serialized(async () => {
      const stored = await browser.storage.local.get([STORAGE_KEYS.policy, STORAGE_KEYS.pauses, STORAGE_KEYS.journal, STORAGE_KEYS.sensitivePeriod]);
      if (!read.ok) return { ...readPolicy(stored[STORAGE_KEYS.policy]), error: 'read-failed' };
      const reading = readPolicy(read.raw);
      const changes: Record<string, unknown> = {};
      const keep = reading.policy ? read.raw : null;
      if (JSON.stringify(keep) !== JSON.stringify(stored[STORAGE_KEYS.policy] ?? null)) {
        changes[STORAGE_KEYS.policy] = keep;
        // The guard's snapshot merges the policy: it changes with it, in the same call.
        const state = await readSettingsNow();
        changes[STORAGE_KEYS.guardSnapshot] = buildGuardSnapshot(state.settings, state.health, reading.policy);
      }
      const pauses = parsePauses(stored[STORAGE_KEYS.pauses]) ?? {};
      const within = pausesWithinPolicy(pauses, reading.policy, Date.now());
      if (within !== pauses && JSON.stringify(within) !== JSON.stringify(pauses)) changes[STORAGE_KEYS.pauses] = within;
      const journal = stored[STORAGE_KEYS.journal];
      if (reading.policy?.journalText === 'never' && Array.isArray(journal) && (journal as JournalItem[]).some((e) => 'text' in e && e.text !== undefined))
        changes[STORAGE_KEYS.journal] = (journal as JournalItem[]).map((e) => ('text' in e ? (({ text: _text, ...entry }) => entry)(e) : e));
      // The team's sensitive period is kept in force where the guard reads the user's (the same key, marked as the
      // policy's): set, changed or lifted with the policy, and journaled so.
      const now = Date.now();
      const settled = settledSensitivePeriod(stored[STORAGE_KEYS.sensitivePeriod], now);
      const team = teamSensitivePeriod(settled.record, reading.policy, now);
      const switches = [...settled.entries, ...(team?.entries ?? [])];
      if (switches.length) {
        changes[STORAGE_KEYS.sensitivePeriod] = team ? team.period : settled.record;
        changes[STORAGE_KEYS.journal] = await journalWith(switches, (await readSettingsNow()).settings, changes[STORAGE_KEYS.journal] as JournalItem[] | undefined);
      }
      if (Object.keys(changes).length) {
        try {
          // One call: the policy (and the guard's snapshot), the pauses it cuts and the texts it erases land together.
          await write(changes);
          changed = true;
        } catch (error) {
          return { ...reading, error: failureCode(error) };
        }
      }
      return reading;
    });
  } catch {
    status = { policy: null, problems: [], ignored: 0, error: 'read-failed' };
  }
  // Accounts, colours and the switch may have changed: badges follow.
  if (changed) await redrawBadges().catch(() => undefined);
  return status;
}

/** Preferences and the guard's switch, unless the policy decides them (the page says why). */
async function setPreferencesWithinPolicy(prefs: Partial<Preferences>, guardOffUntil: number | null = null): Promise<SettingsOutcome> {
  const refusal = policyRefusal(await readStoredPolicy(), { prefs });
  if (refusal) return { ok: false, error: refusal };
  return setPreferences(prefs, guardOffUntil);
}

// ---------- the journal ----------

async function readJournal(): Promise<JournalItem[]> {
  const stored = await browser.storage.local.get(STORAGE_KEYS.journal);
  const journal = stored[STORAGE_KEYS.journal];
  return Array.isArray(journal) ? (journal as JournalItem[]) : [];
}

/**
 * The journal (the stored one, or `base` when a write under way changes it already) with these entries added, within
 * the user's cap and the byte budget (oldest texts, then entries, go).
 */
async function journalWith(added: JournalItem[], settings: Settings, base?: JournalItem[]): Promise<JournalItem[]> {
  return trimJournal([...(base ?? (await readJournal())), ...added].slice(-settings.journalCap), STORAGE_BUDGET.journal).entries;
}

/**
 * The sensitive period running now, or null. One whose end passed is written back as over (or as the member's own it
 * replaced), with its journal entries dated at its end (every reader already reads it so): so the journal says when it
 * ended, whenever the background next looks (at its start, or when the popup, options or journal page asks).
 */
export function settleSensitivePeriod(): Promise<SensitivePeriod | null> {
  return serialized(async () => {
    const now = Date.now();
    const raw = (await browser.storage.local.get(STORAGE_KEYS.sensitivePeriod))[STORAGE_KEYS.sensitivePeriod];
    const settled = settledSensitivePeriod(raw, now);
    if (settled.entries.length) {
      try {
        await write({ [STORAGE_KEYS.sensitivePeriod]: settled.record, [STORAGE_KEYS.journal]: await journalWith(settled.entries, (await readSettingsNow()).settings) });
      } catch {
        // Nothing is lost: the record stays as it was, read the same by every reader, and the next look tries again.
      }
    }
    // Null once over, or the member's own period that the team's replaced (every reader reads the record so).
    return parseSensitivePeriod(raw, now);
  });
}

function parseJournalHealth(v: unknown): JournalHealth | null {
  if (!isObject(v) || typeof v.stoppedAt !== 'number' || !Number.isSafeInteger(v.missed)) return null;
  if (v.error !== 'storage-full' && v.error !== 'write-failed') return null;
  if (v.resumedAt !== undefined && typeof v.resumedAt !== 'number') return null;
  return { stoppedAt: v.stoppedAt, error: v.error, missed: v.missed as number, ...(v.resumedAt !== undefined ? { resumedAt: v.resumedAt as number } : {}) };
}

/**
 * Whether the journal stopped recording. storage.local holds it; when storage.local was too full to take even that,
 * storage.session does (it has a quota of its own, and lasts until the browser closes).
 */
async function readJournalHealth(): Promise<JournalHealth | null> {
  const key = STORAGE_KEYS.journalHealth;
  const local = parseJournalHealth((await browser.storage.local.get(key))[key]);
  const session = parseJournalHealth((await browser.storage.session.get(key).catch((): Record<string, unknown> => ({})))[key]);
  if (local && session) return session.stoppedAt >= local.stoppedAt && (session.resumedAt === undefined || local.resumedAt !== undefined) ? session : local;
  return local ?? session;
}

async function writeJournalHealth(health: JournalHealth | null): Promise<void> {
  const key = STORAGE_KEYS.journalHealth;
  if (!health) {
    await browser.storage.local.remove(key).catch(() => undefined);
    await browser.storage.session.remove(key).catch(() => undefined);
    return;
  }
  try {
    await browser.storage.local.set({ [key]: health });
    await browser.storage.session.remove(key).catch(() => undefined);
  } catch {
    await browser.storage.session.set({ [key]: health }).catch(() => undefined);
  }
}

/** A journal entry could not be written: the journal is marked stopped (since the first failure), counting losses. */
async function journalStopped(error: WriteError): Promise<void> {
  const current = await readJournalHealth();
  const open = current && current.resumedAt === undefined ? current : null;
  const cause = error === 'storage-full' ? 'storage-full' : 'write-failed';
  await writeJournalHealth(open ? { ...open, error: cause, missed: open.missed + 1 } : { stoppedAt: Date.now(), error: cause, missed: 1 });
}

/** An entry was written again: a stop that was still open is closed (the journal page keeps saying what was lost). */
async function journalRecords(): Promise<void> {
  const current = await readJournalHealth();
  if (current && current.resumedAt === undefined) await writeJournalHealth({ ...current, resumedAt: Date.now() });
}

// ---------- the intended account of each tab ----------
// Kept in storage.session: it survives the worker being stopped, and ends with the browser session or the tab.
const intendedKey = (tabId: number) => `intended:${tabId}`;

async function readIntended(tabId: number): Promise<string | null> {
  const key = intendedKey(tabId);
  const value = (await browser.storage.session.get(key))[key];
  return typeof value === 'string' ? value : null;
}

/** Each tab's journal writes (utils/background/rate-limit.ts). In memory: a worker that restarts only allows more. */
const journalWrites = tokenBucket();

/** Forgets a closed tab's intended account and last report. */
export function forgetTab(tabId: number): Promise<void> {
  journalWrites.forget(tabId);
  return browser.storage.session.remove([intendedKey(tabId), reportKey(tabId)]);
}

function isExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
}

async function applyFile(parsed: ParseResult): Promise<BackgroundResponses['settings/import']> {
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { accounts, wordLists, unknownIdentity } = parsed.content;
  try {
    await updateSettings((s) => ({ ...s, accounts, wordLists, unknownIdentity }), { backup: true, replaces: true });
  } catch (error) {
    return { ok: false, errors: [failureAsImportError(error)] };
  }
  // Colours and accounts may have changed: badges follow.
  await redrawBadges();
  return { ok: true, accounts: accounts.length, wordLists: wordLists.length };
}

type Handlers = {
  [K in BackgroundRequest['type']]: (req: Extract<BackgroundRequest, { type: K }>, sender: Browser.runtime.MessageSender) => Promise<BackgroundResponses[K]>;
};

/**
 * Applies preferences, and what they mean for what is already stored, in the same write: the journal forgets post
 * texts when the user turns keeping them off and is cut to a lowered cap at once (not at the next entry). If that
 * write fails, neither happens: "keep texts" never shows off while the texts are still there. Badges follow.
 */
async function setPreferences(prefs: Partial<Preferences>, guardOffUntil: number | null = null): Promise<SettingsOutcome> {
  let settings: Settings;
  try {
    const now = Date.now();
    settings = await updateSettings(
      (s) => {
        const next = { ...s, ...prefs };
        // The guard's switch: with its end when it goes off for a time, without one otherwise.
        return prefs.guardEnabled === undefined ? next : withGuardSwitch(next, prefs.guardEnabled, guardOffUntil, now);
      },
      {
        alsoWrite: async (state, next) => {
          // Switching the guard off or on is journaled in the same write: never a silent "off".
          const switches = guardSwitchEntries(state.settings, next, now);
          const journal = switches.length ? await journalWith(switches, next) : await readJournal();
          const kept = (next.journalKeepText ? journal : journal.map((e) => ('text' in e ? (({ text: _text, ...entry }) => entry)(e) : e))).slice(-next.journalCap);
          const changed = switches.length > 0 || kept.length !== journal.length || (!next.journalKeepText && journal.some((e) => 'text' in e && e.text !== undefined));
          return changed ? { [STORAGE_KEYS.journal]: kept } : {};
        },
      },
    );
  } catch (error) {
    return { ok: false, error: failureCode(error) };
  }
  await redrawBadges();
  return { ok: true, settings };
}

const handlers: Handlers = {
  'settings/get': () => loadSettings(),
  'settings/export': async () => ({ text: exportSettingsFile(await loadSettings()) }),
  'settings/set-guard-enabled': ({ enabled, until }) => setPreferencesWithinPolicy({ guardEnabled: enabled }, until ?? null),
  // Validate everything first: a rejected file or edit must leave the stored settings exactly as they were.
  'settings/import': ({ text }) => applyFile(parseSettingsFile(text)),
  'settings/save': ({ file }) => applyFile(readSettingsObject(file)),
  'settings/set-preferences': ({ prefs }) => setPreferencesWithinPolicy(prefs),
  'backups/list': async () =>
    (await readBackups()).map((b) => ({ time: b.time, accounts: b.settings.accounts.length, wordLists: b.settings.wordLists.length })),
  'backups/restore': async ({ time }) => {
    const backup = (await readBackups()).find((b) => b.time === time);
    if (!backup) return { ok: false, error: 'not-found' };
    // A stored backup is checked (and brought to the current schema) like any stored record before it is used, and
    // restored only whole: a backup that lost items on the way would be a silent loss of its own.
    const restored = readStoredSettings(backup.settings);
    if (restored.status !== 'current' && restored.status !== 'migrated') return { ok: false, error: 'unreadable-backup' };
    try {
      await updateSettings((s) => ({ ...s, ...configuration(restored.settings) }), { backup: true, replaces: true });
    } catch (error) {
      return { ok: false, error: failureCode(error) };
    }
    await redrawBadges();
    return { ok: true };
  },
  'journal/record': async ({ entry }, sender) => {
    // A tab speaks for a page we do not control: its writes are rate-limited, so that a flood cannot push the user's
    // real entries out of the journal (extension pages are not limited).
    const tabId = sender.tab?.id;
    if (tabId !== undefined && !isExtensionPage(sender) && !journalWrites.take(tabId, Date.now())) return { ok: false as const, error: 'rate-limited' as const };
    const policy = await readStoredPolicy();
    return loadSettings().then((user) =>
      serialized(async () => {
        const settings = effectiveSettings(user, policy);
        // The text is kept only if the user asked for it and the policy allows it, whatever the sender put in the message.
        const { text, ...rest } = entry;
        const entries = await journalWith([{ ...rest, ...(settings.journalKeepText && text ? { text } : {}), time: Date.now() }], settings);
        try {
          await write({ [STORAGE_KEYS.journal]: entries });
        } catch (error) {
          // The guard that sent it does not wait for an answer: the journal itself says it stopped recording.
          await journalStopped(failureCode(error));
          return { ok: false as const, error: failureCode(error) };
        }
        await journalRecords();
        return { ok: true as const };
      }),
    );
  },
  'journal/list': async () => {
    await settleSensitivePeriod();
    return readJournal();
  },
  'journal/clear': () =>
    serialized(async () => {
      try {
        await write({ [STORAGE_KEYS.journal]: [] });
      } catch (error) {
        return { ok: false as const, error: failureCode(error) };
      }
      // An empty journal has nothing missing any more; if recording fails again, the next entry says so.
      await writeJournalHealth(null);
      return { ok: true as const };
    }),
  'pause/get': () => readPauses(),
  'sensitive/get': () => settleSensitivePeriod(),
  'sensitive/set': async ({ until, note }) => {
    const now = Date.now();
    // The team's period is the policy's to end or change.
    if (policySensitivePeriod(await readStoredPolicy(), now)) return { ok: false as const, error: 'policy-locked' as const };
    const period = until === null ? null : parseSensitivePeriod({ until, note, since: now }, now);
    if (until !== null && !period) return { ok: false as const, error: 'invalid' as const };
    try {
      await serialized(async () => {
        const settled = settledSensitivePeriod((await browser.storage.local.get(STORAGE_KEYS.sensitivePeriod))[STORAGE_KEYS.sensitivePeriod], now);
        const entry = sensitiveSwitchEntry(parseSensitivePeriod(settled.record, now), period, now);
        const entries = [...settled.entries, ...(entry ? [entry] : [])];
        // The period and its journal entries in one write: a period never begins or ends unrecorded.
        const journal = entries.length ? { [STORAGE_KEYS.journal]: await journalWith(entries, (await readSettingsNow()).settings) } : {};
        await write({ [STORAGE_KEYS.sensitivePeriod]: period, ...journal });
      });
    } catch (error) {
      return { ok: false as const, error: failureCode(error) };
    }
    return { ok: true as const, period };
  },
  'pause/set': async ({ platform, minutes }) => {
    const refusal = policyRefusal(await readStoredPolicy(), { pauseMinutes: minutes });
    if (refusal) return { ok: false, error: refusal };
    let pauses: Pauses;
    try {
      pauses = await serialized(async () => {
        const next = await readPauses();
        if (minutes === null) delete next[platform];
        else next[platform] = Date.now() + minutes * 60_000;
        await write({ [STORAGE_KEYS.pauses]: next });
        return next;
      });
    } catch (error) {
      return { ok: false, error: failureCode(error) };
    }
    // Content scripts see the change through storage.onChanged; badges are ours to redraw.
    await redrawBadges();
    return { ok: true, pauses };
  },
  'tab/report': async ({ report }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return { ok: true as const };
    await browser.storage.session.set({ [reportKey(tabId)]: report });
    await watchProfiles(report);
    await drawBadge(tabId, report);
    return { ok: true as const };
  },
  'profiles/alarms': async () => parseProfileAlarms((await browser.storage.local.get(STORAGE_KEYS.profileAlarms))[STORAGE_KEYS.profileAlarms]),
  'profiles/accept': async ({ accountId }) => {
    try {
      await serialized(async () => {
        const { seen, alarms } = await readProfiles();
        const next = acceptProfile(seen, alarms, accountId, Date.now());
        await write({ [STORAGE_KEYS.seenProfiles]: next.seen, [STORAGE_KEYS.profileAlarms]: next.alarms });
      });
    } catch (error) {
      return { ok: false as const, error: failureCode(error) };
    }
    await redrawBadges();
    return { ok: true as const };
  },
  // In the write queue: two choices made in a row are stored and told to the tab in the order they were made, so the
  // tab's copy never ends on the earlier one.
  'tab/set-intended': ({ tabId, accountId }) =>
    intendedInOrder(async () => {
      // Only the intended account goes: the tab's last report still draws its badge.
      try {
        if (accountId === null) await browser.storage.session.remove(intendedKey(tabId));
        else await browser.storage.session.set({ [intendedKey(tabId)]: accountId });
      } catch (error) {
        return { ok: false as const, error: storageWriteError(error) };
      }
      // The tab's guard decides synchronously, so it keeps its own copy: tell it now.
      // A tab without our content script (another site) has nobody to tell: that is fine.
      await Promise.resolve()
        .then(() => browser.tabs.sendMessage(tabId, { type: 'tab/intended-changed', accountId }))
        .catch(() => undefined);
      return { ok: true as const };
    }),
  'handoff/offer': async (request) => {
    await offerHandOff(request, Date.now());
    return { ok: true as const };
  },
  'handoff/peek': async (request) => ({ available: await peekHandOff(request, Date.now()) }),
  'handoff/take': async (request) => ({ text: await takeHandOff(request, Date.now()) }),
  // A content script may only ask about its own tab: the one it sends from.
  'tab/get-intended': async (_, sender) => ({ accountId: sender.tab?.id === undefined ? null : await readIntended(sender.tab.id) }),
  'storage/status': async () => ({ settings: (await serialized(readSettingsNow)).health, journal: await readJournalHealth() }),
  'settings/dropped-list': async () => (await serialized(readSettingsNow)).dropped,
  'settings/dropped-restore': async ({ id }) => {
    try {
      await updateSettings(
        (current, state) => {
          const item = state.dropped.find((i) => i.id === id);
          if (!item) throw new Refusal([{ code: 'not-found', path: '' }]);
          const restored = restoreDroppedItem(item, current);
          if (!restored.ok) throw new Refusal(restored.errors);
          return restored.settings;
        },
        // Putting one item back is an edit of the configuration: it may replace an unreadable record, and is backed up.
        { backup: true, replaces: true, alsoWrite: async (state) => ({ [STORAGE_KEYS.settingsDropped]: state.dropped.filter((i) => i.id !== id) }) },
      );
    } catch (error) {
      return { ok: false, errors: error instanceof Refusal ? error.errors : [failureAsImportError(error)] };
    }
    await redrawBadges();
    return { ok: true };
  },
  'policy/get': () => refreshPolicy(),
  'settings/dropped-discard': async ({ id }) => {
    try {
      await serialized(async () => {
        const { dropped, reading } = await readSettingsNow();
        const item = dropped.find((i) => i.id === id);
        if (!item) return;
        const changes: Record<string, unknown> = { [STORAGE_KEYS.settingsDropped]: dropped.filter((i) => i.id !== id) };
        await write(changes);
        // Discarding the unreadable record that is still in place means starting again from the defaults: otherwise
        // the next read would keep it aside again, and the guard would go on asking before every publish.
        const inPlace = reading.dropped.find((d) => d.kind === 'record');
        if (item.kind === 'record' && reading.status === 'invalid' && JSON.stringify(item.value) === JSON.stringify(inPlace?.value))
          await browser.storage.local.remove(STORAGE_KEYS.settings);
        await readSettingsNow();
      });
    } catch (error) {
      return { ok: false, error: failureCode(error) };
    }
    await redrawBadges();
    return { ok: true };
  },
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
