/** The guard's snapshot: built by the background from what it read, checked by the content script before use. */
import { describe, expect, it } from 'vitest';
import { buildGuardSnapshot } from '../../../utils/background/snapshot';
import { askFirstReason, GUARD_SNAPSHOT_FORMAT, parseGuardSnapshot, unreadableSnapshotSettings } from '../../../utils/settings/snapshot';
import { defaultSettings } from '../../../utils/settings/defaults';
import { readPolicy } from '../../../utils/settings/policy';
import type { Account, Settings } from '../../../utils/types';

const marie: Account = { id: 'x:marie', platform: 'x', handle: 'marie', name: 'Marie', kind: 'personal', protected: false, ownWords: ['#marie'], group: 'Dupont', color: '#123456' };
const user: Settings = { ...defaultSettings(), accounts: [marie] };
const ok = { failClosed: false, setAsidePlatforms: [] };

describe('guard snapshot', () => {
  it('round trip: stored as JSON and read back, it is the effective settings, without the lists switched off', () => {
    const lists = user.wordLists.map((l, i) => (i === 0 ? { ...l, enabled: false } : l));
    const built = buildGuardSnapshot({ ...user, wordLists: lists }, ok, null);
    const read = parseGuardSnapshot(JSON.parse(JSON.stringify(built)));
    expect(read).toEqual(built);
    expect(read!.format).toBe(GUARD_SNAPSHOT_FORMAT);
    expect(read!.settings.accounts).toEqual([marie]);
    expect(read!.settings.wordLists).toEqual(lists.slice(1));
    expect(askFirstReason(read, 'x')).toBeNull();
  });

  it('merges the team policy: its accounts first, its locks in force', () => {
    const { policy } = readPolicy({ accounts: [{ platform: 'x', handle: 'acme', kind: 'brand', protected: true }], allowTurnOff: false });
    const built = buildGuardSnapshot({ ...user, guardEnabled: false }, ok, policy);
    expect(built.settings.accounts.map((a) => a.id)).toEqual(['x:acme', 'x:marie']);
    expect(built.settings.guardEnabled).toBe(true);
    expect(parseGuardSnapshot(JSON.parse(JSON.stringify(built)))).toEqual(built);
  });

  it('carries where the guard must ask first: everywhere for an unreadable record, on the platforms of accounts set aside', () => {
    expect(askFirstReason(parseGuardSnapshot(buildGuardSnapshot(user, { failClosed: true, setAsidePlatforms: ['x'] }, null)), 'facebook')).toBe('settings-unreadable');
    const aside = parseGuardSnapshot(buildGuardSnapshot(user, { failClosed: false, setAsidePlatforms: ['linkedin'] }, null));
    expect(askFirstReason(aside, 'linkedin')).toBe('account-set-aside');
    expect(askFirstReason(aside, 'x')).toBeNull();
  });

  it('another format, a missing key or a wrong shape is no snapshot (the guard then asks first)', () => {
    const built = JSON.parse(JSON.stringify(buildGuardSnapshot(user, ok, null)));
    expect(parseGuardSnapshot(undefined)).toBeNull();
    expect(parseGuardSnapshot(null)).toBeNull();
    expect(parseGuardSnapshot({ ...built, format: GUARD_SNAPSHOT_FORMAT + 1 })).toBeNull();
    expect(parseGuardSnapshot({ ...built, format: undefined })).toBeNull();
    const { failClosed: _f, ...noFailClosed } = built;
    expect(parseGuardSnapshot(noFailClosed)).toBeNull();
    expect(parseGuardSnapshot({ ...built, setAsidePlatforms: ['myspace'] })).toBeNull();
    const withSettings = (s: object) => ({ ...built, settings: { ...built.settings, ...s } });
    expect(parseGuardSnapshot(withSettings({ accounts: [{ ...marie, ownWords: 'x' }] }))).toBeNull();
    expect(parseGuardSnapshot(withSettings({ accounts: [{ ...marie, platform: 'myspace' }] }))).toBeNull();
    expect(parseGuardSnapshot(withSettings({ wordLists: [{ ...user.wordLists[0], words: [1] }] }))).toBeNull();
    expect(parseGuardSnapshot(withSettings({ wordLists: [{ ...user.wordLists[0], action: 'shout' }] }))).toBeNull();
    expect(parseGuardSnapshot(withSettings({ guardEnabled: 'yes' }))).toBeNull();
    expect(parseGuardSnapshot(withSettings({ unknownIdentity: 'maybe' }))).toBeNull();
    expect(parseGuardSnapshot(withSettings({ language: 'de' }))).toBeNull();
    expect(parseGuardSnapshot(withSettings({ guardOffUntil: 'soon' }))).toBeNull();
  });

  it('what the guard holds without one: nothing configured and nothing shipped, switched on, asking on an unknown identity', () => {
    const s = unreadableSnapshotSettings();
    expect(s).toMatchObject({ accounts: [], wordLists: [], guardEnabled: true, unknownIdentity: 'confirm' });
  });
});
