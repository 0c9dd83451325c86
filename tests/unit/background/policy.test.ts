/** The background and the team policy: read from the managed storage, kept for the content scripts, enforced. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { handleMessage, refreshPolicy } from '../../../utils/background/service';
import type { JournalEntryInput, PolicyStatus } from '../../../utils/messaging/protocol';
import { parseGuardSnapshot } from '../../../utils/settings/snapshot';
import { parseSensitivePeriod } from '../../../utils/rules/sensitive';
import { LIMITS } from '../../../utils/settings/schema';
import type { Settings } from '../../../utils/types';

const page = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/') + 'options.html' };
const tab = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 3 } as never };
const stored = async (key: string) => (await browser.storage.local.get(key))[key];
const ask = <T,>(message: unknown, sender: typeof page = page) => handleMessage(message, sender) as Promise<T>;

const userFile = JSON.stringify({
  format: 'right-account-settings',
  version: 1,
  accounts: [
    { platform: 'x', handle: 'acme', name: 'Acme (mine)', kind: 'personal' },
    { platform: 'x', handle: 'marie_dupont', kind: 'personal' },
  ],
  wordLists: [{ id: 'mine', name: 'Mine', words: ['lol'] }],
});
const policy = {
  accounts: [
    { platform: 'x', handle: 'acme', name: 'Acme', kind: 'brand', protected: true, ownWords: ['#acme'] },
    { platform: 'x', handle: 'not a handle', kind: 'brand' },
  ],
  wordLists: [{ id: 'competitors', name: 'Competitors', words: ['globex'], action: 'block', appliesTo: ['brand', 'personal'] }],
  allowTurnOff: false,
  maxPauseMinutes: 10,
  unknownIdentity: 'confirm',
  journalText: 'never',
};
const entry: JournalEntryInput = { platform: 'x', account: '@marie_dupont', accountId: 'x:marie_dupont', surface: 'post', decision: 'confirm', outcome: 'confirmed', reasons: [], words: [], text: 'hello' };

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the team policy in the background', () => {
  it('no policy: nothing stored, nothing refused', async () => {
    expect(await ask<PolicyStatus>({ type: 'policy/get' })).toEqual({ policy: null, problems: [], ignored: 0 });
    expect(await stored('policy')).toBeUndefined();
    expect(await ask({ type: 'settings/set-guard-enabled', enabled: false })).toMatchObject({ ok: true });
  });

  it('keeps what the managed storage holds for the content scripts, reports the items ignored, and never writes them into the user settings, their file or their backups', async () => {
    await ask({ type: 'settings/import', text: userFile });
    await fakeBrowser.storage.managed.set(policy);
    const status = await ask<PolicyStatus>({ type: 'policy/get' });
    expect(status.policy!.accounts.map((a) => a.id)).toEqual(['x:acme']);
    expect(status.problems).toEqual([{ code: 'invalid-handle', path: 'accounts[1].handle', params: { found: 'not a handle' } }]);
    expect(await stored('policy')).toEqual(policy);

    // What the content scripts decide on, the guard's snapshot: the policy's account wins, its list comes first.
    const user = (await stored('settings')) as Settings;
    expect(user.accounts.map((a) => a.name)).toEqual(['Acme (mine)', undefined]);
    const effective = parseGuardSnapshot(await stored('guardSnapshot'))!.settings;
    expect(effective.accounts.map((a) => `${a.id} ${a.kind}`)).toEqual(['x:acme brand', 'x:marie_dupont personal']);
    expect(effective.wordLists.map((l) => l.id)).toEqual(['policy-competitors', 'mine']);

    // The user's own items only, everywhere the user's settings go.
    expect((await ask<Settings>({ type: 'settings/get' })).wordLists.map((l) => l.id)).toEqual(['mine']);
    const { text } = await ask<{ text: string }>({ type: 'settings/export' });
    expect(JSON.parse(text).accounts.map((a: { kind: string }) => a.kind)).toEqual(['personal', 'personal']);
    expect(JSON.parse(text).wordLists.map((l: { id: string }) => l.id)).toEqual(['mine']);
    await ask({ type: 'settings/set-preferences', prefs: { language: 'fr' } });
    await ask({ type: 'settings/import', text: userFile.replace('Mine', 'Mine again') });
    const backups = (await stored('backups')) as { settings: Settings }[];
    expect(backups.length).toBeGreaterThan(0);
    expect(backups.flatMap((b) => b.settings.wordLists.map((l) => l.id)).filter((id) => id.startsWith('policy-'))).toEqual([]);
    expect(backups.flatMap((b) => b.settings.accounts.map((a) => a.kind))).not.toContain('brand');
    expect(JSON.stringify(await stored('settings'))).not.toContain('competitors');
  });

  it('refuses, with why, what the policy decides: the switch, a locked preference, a pause too long or any pause', async () => {
    await fakeBrowser.storage.managed.set(policy);
    await refreshPolicy();
    expect(await ask({ type: 'settings/set-guard-enabled', enabled: false })).toEqual({ ok: false, error: 'policy-locked' });
    expect(await ask({ type: 'settings/set-guard-enabled', enabled: true })).toMatchObject({ ok: true });
    expect(await ask({ type: 'settings/set-preferences', prefs: { unknownIdentity: 'allow' } })).toEqual({ ok: false, error: 'policy-locked' });
    expect(await ask({ type: 'settings/set-preferences', prefs: { journalKeepText: true } })).toEqual({ ok: false, error: 'policy-locked' });
    expect(await ask({ type: 'settings/set-preferences', prefs: { language: 'fr', journalCap: 500 } })).toMatchObject({ ok: true });
    expect(await ask({ type: 'pause/set', platform: 'x', minutes: 15 })).toEqual({ ok: false, error: 'pause-too-long' });
    expect(await ask({ type: 'pause/set', platform: 'x', minutes: 10 })).toMatchObject({ ok: true });
    expect(await ask({ type: 'pause/set', platform: 'x', minutes: null })).toMatchObject({ ok: true });
    await fakeBrowser.storage.managed.set({ allowPause: false });
    await refreshPolicy();
    expect(await ask({ type: 'pause/set', platform: 'x', minutes: 1 })).toEqual({ ok: false, error: 'policy-locked' });
    // The user's own stored switch was never changed by the policy.
    expect(((await stored('settings')) as Settings).guardEnabled).toBe(true);
  });

  it('a policy that arrives cuts running pauses to its limit and erases the journal texts when it says never', async () => {
    await ask({ type: 'settings/set-preferences', prefs: { journalKeepText: true } });
    await ask({ type: 'journal/record', entry }, tab);
    expect(((await stored('journal')) as { text?: string }[])[0]!.text).toBe('hello');
    await ask({ type: 'pause/set', platform: 'x', minutes: 60 });
    await ask({ type: 'pause/set', platform: 'facebook', minutes: 5 });
    const before = (await stored('pauses')) as Record<string, number>;

    await fakeBrowser.storage.managed.set({ maxPauseMinutes: 10, journalText: 'never' });
    const now = Date.now();
    await refreshPolicy();
    const pauses = (await stored('pauses')) as Record<string, number>;
    expect(pauses.x).toBeLessThanOrEqual(now + 10 * 60_000 + 1000);
    expect(pauses.x).toBeGreaterThanOrEqual(now + 10 * 60_000 - 1000);
    expect(pauses.facebook).toBe(before.facebook);
    expect(((await stored('journal')) as { text?: string }[])[0]!.text).toBeUndefined();

    // New entries keep no text either, although the user's own preference still says so.
    await ask({ type: 'journal/record', entry }, tab);
    expect(((await stored('journal')) as { text?: string }[]).map((e) => e.text)).toEqual([undefined, undefined]);
    expect(((await stored('settings')) as Settings).journalKeepText).toBe(true);

    await fakeBrowser.storage.managed.set({ allowPause: false });
    await refreshPolicy();
    expect(await stored('pauses')).toEqual({});
  });

  it('a sensitive period set by the policy is in force for the guard, cannot be ended by the member, and goes with the policy; each journaled', async () => {
    const until = new Date(Date.now() + 3 * 24 * 3600_000).toISOString();
    // A member's own period is replaced by the team's.
    expect(await ask({ type: 'sensitive/set', until: Date.now() + 3600_000, note: 'le mien' })).toMatchObject({ ok: true });
    await fakeBrowser.storage.managed.set({ sensitivePeriod: { until, note: 'Crise en cours' } });
    await refreshPolicy();
    // Where the guard reads it (utils/guard/settings-source.ts), as any period.
    expect(parseSensitivePeriod(await stored('sensitivePeriod'), Date.now())).toMatchObject({ until: Date.parse(until), note: 'Crise en cours' });
    expect(await ask({ type: 'sensitive/get' })).toMatchObject({ until: Date.parse(until), note: 'Crise en cours' });
    expect(await ask({ type: 'sensitive/set', until: null, note: '' })).toEqual({ ok: false, error: 'policy-locked' });
    expect(await ask({ type: 'sensitive/set', until: Date.now() + 3600_000, note: 'autre' })).toEqual({ ok: false, error: 'policy-locked' });
    // Read again with nothing changed: nothing written, nothing journaled again.
    await refreshPolicy();
    const switches = async () => ((await stored('journal')) as { kind?: string; period?: string; cause?: string }[]).filter((e) => e.kind === 'sensitive-period').map((e) => `${e.period} ${e.cause}`);
    expect(await switches()).toEqual(['on user', 'on policy']);
    // The policy lifts it: journaled as the policy's doing; the member's own, which still runs, is in force again, and
    // the member may end or change it.
    await fakeBrowser.storage.managed.remove('sensitivePeriod');
    await refreshPolicy();
    expect(parseSensitivePeriod(await stored('sensitivePeriod'), Date.now())).toMatchObject({ note: 'le mien' });
    expect(await ask({ type: 'sensitive/get' })).toMatchObject({ note: 'le mien' });
    expect(await switches()).toEqual(['on user', 'on policy', 'off policy', 'on user']);
    expect(await ask({ type: 'sensitive/set', until: null, note: '' })).toMatchObject({ ok: true });
    expect(parseSensitivePeriod(await stored('sensitivePeriod'), Date.now())).toBeNull();
  });

  it("a new team period over one that ended unseen: the end, the member's own again, then the team's new one, each journaled, and the member's own still waits", async () => {
    const mine = { until: Date.now() + 3600_000, note: 'le mien', since: Date.now() - 3600_000 };
    const teamEnd = Date.now() - 60_000;
    await browser.storage.local.set({ sensitivePeriod: { until: teamEnd, note: 'Crise', since: teamEnd - 3600_000, setBy: 'policy', replaced: mine } });
    const until = new Date(Date.now() + 2 * 3600_000).toISOString();
    await fakeBrowser.storage.managed.set({ sensitivePeriod: { until, note: 'Encore' } });
    await refreshPolicy();
    const entries = ((await stored('journal')) as { kind?: string; period?: string; cause?: string; time?: number }[]).filter((e) => e.kind === 'sensitive-period');
    expect(entries.map((e) => `${e.period} ${e.cause}${e.time === teamEnd ? ' at-team-end' : ''}`)).toEqual(['off ended at-team-end', 'on user at-team-end', 'on policy']);
    expect(await stored('sensitivePeriod')).toMatchObject({ note: 'Encore', setBy: 'policy', replaced: mine });
  });

  it('a policy removed is no longer in force; one that cannot be read leaves the last one in force', async () => {
    await fakeBrowser.storage.managed.set(policy);
    await refreshPolicy();
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValueOnce(new Error('IO error'));
    const failed = await ask<PolicyStatus>({ type: 'policy/get' });
    expect(failed.error).toBe('read-failed');
    expect(failed.policy!.allowTurnOff).toBe(false);
    expect(await stored('policy')).toEqual(policy);

    // Firefox, when no policy exists at all.
    vi.spyOn(browser.storage.managed, 'get').mockRejectedValueOnce(new Error('Managed storage manifest not found'));
    expect(await ask<PolicyStatus>({ type: 'policy/get' })).toEqual({ policy: null, problems: [], ignored: 0 });
    // Written as null (Firefox and Chrome keep it; this fake browser deletes it).
    expect((await stored('policy')) ?? null).toBeNull();
    expect(await ask({ type: 'settings/set-guard-enabled', enabled: false })).toMatchObject({ ok: true });
  });

  it('a policy too large to read is ignored whole and reported, and not stored', async () => {
    await fakeBrowser.storage.managed.set({ wordLists: [{ name: 'big', words: ['a'.repeat(LIMITS.fileBytes)] }] });
    const status = await ask<PolicyStatus>({ type: 'policy/get' });
    expect(status.policy).toBeNull();
    expect(status.problems[0]!.code).toBe('too-large');
    expect(await stored('policy')).toBeUndefined();
  });

  it('the takeover alarm watches the accounts the policy protects too', async () => {
    await ask({ type: 'settings/import', text: userFile }); // Acme is the user's personal account, unprotected
    await ask({ type: 'settings/set-preferences', prefs: { language: 'en' } }); // the badge's words, without the browser's i18n
    await fakeBrowser.storage.managed.set(policy); // the policy makes it a protected brand
    await refreshPolicy();
    const report = (name: string) => ({ type: 'tab/report', report: { platform: 'x', identity: { platform: 'x', handle: 'acme', name, source: 'account-switcher' } } });
    await ask(report('Acme'), tab);
    await ask(report('Crypto Giveaway'), tab);
    expect(await ask({ type: 'profiles/alarms' })).toMatchObject({ 'x:acme': { before: { name: 'Acme' }, now: { name: 'Crypto Giveaway' } } });
  });

  it('only extension pages may ask for the policy', () => {
    expect(handleMessage({ type: 'policy/get' }, tab)).toBeUndefined();
  });
});
