/** A sensitive period: every brand publish asks first with the note, until it ends by itself. */
import { describe, expect, it } from 'vitest';
import type { Account, Settings } from '../../../utils/types';
import { compileRules, evaluate } from '../../../utils/rules/engine';
import { REASON_IDS } from '../../../utils/rules/verdict';
import { parseSensitivePeriod, SENSITIVE_MAX_MS } from '../../../utils/rules/sensitive';

const brand: Account = { id: 'x:b', platform: 'x', handle: 'b', kind: 'brand', protected: false, ownWords: [] };
const personal: Account = { id: 'x:p', platform: 'x', handle: 'p', kind: 'personal', protected: false, ownWords: [] };
const settings: Settings = { schemaVersion: 2, accounts: [brand, personal], wordLists: [], unknownIdentity: 'confirm', guardEnabled: true, language: 'auto', journalKeepText: false, journalCap: 2000, pauseSparesProtected: true };
const period = { until: 10_000, note: 'Deuil national', since: 0 };
const as = (handle: string, now: number) =>
  evaluate(compileRules(settings), { platform: 'x', identity: { platform: 'x', handle, source: 't' }, openedAs: null, draft: 'Bonjour', sensitive: period, now });

describe('sensitive period', () => {
  it('a brand publish asks first with the note; a personal one does not; it ends by itself', () => {
    expect(as('b', 5_000)).toMatchObject({ decision: 'confirm', reasons: [{ id: 'sensitive-period', until: 10_000, note: 'Deuil national' }] });
    expect(as('p', 5_000).decision).toBe('allow');
    expect(as('b', 10_000).decision).toBe('allow');
  });

  it('reads only a well-formed, running period, capped to 31 days from now', () => {
    expect(parseSensitivePeriod({ until: 2_000, note: ' n ', since: 1 }, 1_000)).toEqual({ until: 2_000, note: 'n', since: 1 });
    expect(parseSensitivePeriod({ until: 8.64e15, note: '', since: 1 }, 1_000)?.until).toBe(1_000 + SENSITIVE_MAX_MS);
    expect(parseSensitivePeriod({ until: 500, note: '', since: 1 }, 1_000)).toBeNull();
    expect(parseSensitivePeriod({ until: 2_000, note: 'a\u0000b', since: 1 }, 1_000)).toBeNull();
    expect(parseSensitivePeriod({ until: 2_000, note: 'x'.repeat(201), since: 1 }, 1_000)).toBeNull();
    expect(parseSensitivePeriod(null, 1_000)).toBeNull();
  });

  it('with a takeover alarm too: both reasons, in the order every reason keeps (REASON_IDS)', () => {
    const alarms = { 'x:b': { before: { name: 'Boulangerie Dupont', since: 0 }, now: { name: 'Crypto Giveaway' }, since: 1_000 } };
    const v = evaluate(compileRules(settings), { platform: 'x', identity: { platform: 'x', handle: 'b', source: 't' }, openedAs: null, draft: 'Bonjour', sensitive: period, profileAlarms: alarms, now: 5_000 });
    const ids = v.reasons.map((r) => r.id);
    expect(ids).toEqual(['sensitive-period', 'profile-changed']);
    expect(ids).toEqual(REASON_IDS.filter((r) => ids.includes(r)));
  });
});

