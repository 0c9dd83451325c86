/** The takeover alarm: a protected account that shows another name than before raises an alarm, until the user accepts it. */
import { describe, expect, it } from 'vitest';
import type { Account, Identity, Settings } from '../../../utils/types';
import { acceptProfile, parseProfileAlarms, watchProfile } from '../../../utils/rules/takeover';
import { compileRules, evaluate } from '../../../utils/rules/engine';

const brand: Account = { id: 'x:b', platform: 'x', handle: 'b', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: [] };
const as = (name: string): Identity => ({ platform: 'x', handle: 'b', name, source: 't' });

describe('watchProfile', () => {
  it('remembers the first name, ignores the same one (case, spaces), raises an alarm on another', () => {
    const first = watchProfile({}, {}, brand, as('Boulangerie Dupont 🥖'), 1)!;
    expect(first.seen['x:b']).toEqual({ name: 'Boulangerie Dupont 🥖', handle: 'b', since: 1 });
    expect(first.alarms).toEqual({});
    expect(watchProfile(first.seen, first.alarms, brand, as('boulangerie  DUPONT 🥖'), 2)).toBeNull();
    const hacked = watchProfile(first.seen, first.alarms, brand, as('Crypto Giveaway'), 3)!;
    expect(hacked.alarms['x:b']).toEqual({ before: { name: 'Boulangerie Dupont 🥖', handle: 'b', since: 1 }, now: { name: 'Crypto Giveaway', handle: 'b' }, since: 3 });
    // Seen again: nothing new; another name still: the alarm keeps when it started.
    expect(watchProfile(hacked.seen, hacked.alarms, brand, as('Crypto Giveaway'), 4)).toBeNull();
    expect(watchProfile(hacked.seen, hacked.alarms, brand, as('Free BTC'), 5)!.alarms['x:b']!.since).toBe(3);
  });

  it('only for protected accounts, and only when the page shows a name', () => {
    expect(watchProfile({}, {}, { ...brand, protected: false }, as('X'), 1)).toBeNull();
    expect(watchProfile({}, {}, brand, { platform: 'x', handle: 'b', source: 't' }, 1)).toBeNull();
  });

  it('accepting the change remembers the new name and ends the alarm', () => {
    const first = watchProfile({}, {}, brand, as('Boulangerie Dupont'), 1)!;
    const hacked = watchProfile(first.seen, first.alarms, brand, as('Nouveau nom'), 2)!;
    const accepted = acceptProfile(hacked.seen, hacked.alarms, 'x:b', 3);
    expect(accepted.alarms).toEqual({});
    expect(accepted.seen['x:b']?.name).toBe('Nouveau nom');
    expect(watchProfile(accepted.seen, accepted.alarms, brand, as('Nouveau nom'), 4)).toBeNull();
  });

  it('reads stored alarms field by field', () => {
    expect(parseProfileAlarms({ 'x:b': { before: { name: 'A', since: 1 }, now: { name: 'B' }, since: 2 }, bad: { now: {} }, worse: 3 })).toEqual({ 'x:b': { before: { name: 'A', since: 1 }, now: { name: 'B' }, since: 2 } });
    expect(parseProfileAlarms('x')).toEqual({});
  });
});

describe('the engine asks first for an account whose name changed', () => {
  it('with the reason profile-changed, before anything else', () => {
    const settings: Settings = { schemaVersion: 2, accounts: [brand], wordLists: [], unknownIdentity: 'confirm', guardEnabled: true, language: 'auto', journalKeepText: false, journalCap: 2000, pauseSparesProtected: true };
    const verdict = evaluate(compileRules(settings), {
      platform: 'x',
      identity: as('Crypto Giveaway'),
      openedAs: null,
      draft: 'Bonjour',
      profileAlarms: { 'x:b': { before: { name: 'Boulangerie Dupont' }, now: { name: 'Crypto Giveaway' }, since: 9 } },
    });
    expect(verdict.reasons.map((r) => r.id)).toEqual(['protected-account', 'profile-changed']);
    expect(verdict.reasons[1]).toMatchObject({ before: 'Boulangerie Dupont', now: 'Crypto Giveaway', since: 9 });
  });
});
