/** The one status of a tab's guard, which the ribbon, the badge, the popup and the tab's report all read. */
import { describe, expect, it } from 'vitest';
import type { Account, Settings } from '../../../utils/types';
import { guardStatus, pausedFor, pauseSpares } from '../../../utils/rules/status';
import { testSettings } from '../test-settings';

const brand: Account = { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', kind: 'brand', protected: true, ownWords: [] };
const personal: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', kind: 'personal', protected: false, ownWords: [] };
const settings: Settings = testSettings({ schemaVersion: 2, accounts: [brand, personal] });
const as = (handle: string) => ({ identity: { platform: 'x' as const, handle, source: 'test' } });
const NOW = 1_000_000;

describe('guardStatus', () => {
  it('says whether the guard is loading, off, has nothing to guard here, or is on', () => {
    expect(guardStatus(undefined, 'x', as('marie_dupont'), null, NOW).guard).toBe('loading');
    expect(guardStatus({ ...settings, guardEnabled: false }, 'x', as('marie_dupont'), null, NOW).guard).toBe('off');
    // Off wins over "nothing to guard": the user's switch is the first thing to say.
    expect(guardStatus({ ...settings, guardEnabled: false }, 'facebook', { identity: null }, null, NOW).guard).toBe('off');
    expect(guardStatus(settings, 'facebook', { identity: null }, null, NOW).guard).toBe('unconfigured');
    expect(guardStatus(settings, 'x', as('marie_dupont'), null, NOW).guard).toBe('on');
  });

  it('says who a publish goes out as: one of the accounts, someone not configured, or unknown (with why)', () => {
    expect(guardStatus(settings, 'x', as('Marie_Dupont'), null, NOW)).toMatchObject({ who: 'account', account: personal, problem: null });
    expect(guardStatus(settings, 'x', as('someone'), null, NOW)).toMatchObject({ who: 'unregistered', account: null });
    expect(guardStatus(settings, 'x', { identity: null, problem: 'conflicting-signals' }, null, NOW)).toMatchObject({ who: 'unknown', problem: 'conflicting-signals' });
    expect(guardStatus(settings, 'x', { identity: null }, null, NOW).problem).toBe('no-identity-signal');
    expect(guardStatus(settings, 'x', as('marie_dupont'), null, NOW).accounts).toEqual([brand, personal]);
  });

  it('a running pause lets publishes through, except for protected accounts when the pause spares them', () => {
    const until = NOW + 60_000;
    expect(guardStatus(settings, 'x', as('marie_dupont'), until, NOW)).toMatchObject({ pausedUntil: until, paused: true });
    expect(guardStatus(settings, 'x', as('boulangerie_dupont'), until, NOW)).toMatchObject({ pausedUntil: until, paused: false });
    expect(guardStatus({ ...settings, pauseSparesProtected: false }, 'x', as('boulangerie_dupont'), until, NOW).paused).toBe(true);
    // Unknown and unregistered identities are never spared.
    expect(guardStatus(settings, 'x', { identity: null }, until, NOW).paused).toBe(true);
    // An ended pause is no pause.
    expect(guardStatus(settings, 'x', as('marie_dupont'), NOW, NOW)).toMatchObject({ pausedUntil: null, paused: false });
  });

  it('pauseSpares and pausedFor are the one rule the guard applies to a verdict', () => {
    expect(pauseSpares(settings, brand)).toBe(true);
    expect(pauseSpares(settings, personal)).toBe(false);
    expect(pauseSpares(settings, null)).toBe(false);
    expect(pausedFor(settings, brand, NOW + 1, NOW)).toBe(false);
    expect(pausedFor(settings, personal, NOW + 1, NOW)).toBe(true);
    expect(pausedFor(settings, personal, null, NOW)).toBe(false);
  });
});
