/** What the guard does with a verdict, and the journal entry it leaves: pure. */
import { describe, expect, it } from 'vitest';
import type { Account, Settings } from '../../../utils/types';
import { decide, journalEntry, planFor } from '../../../utils/guard/decide';
import type { PublishGesture } from '../../../utils/platforms/adapter';

const brand: Account = { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont'] };
const personal: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', kind: 'personal', protected: false, ownWords: [] };
const settings: Settings = {
  schemaVersion: 2,
  accounts: [brand, personal],
  wordLists: [],
  unknownIdentity: 'confirm',
  guardEnabled: true,
  language: 'auto',
  journalKeepText: false,
  journalCap: 2000,
  pauseSparesProtected: true,
};
const gesture = { kind: 'click', composer: document.createElement('div'), control: null, surface: 'post' } satisfies PublishGesture;
const as = (handle: string, draft: string) =>
  decide(settings, { platform: 'x', gesture, reading: { identity: { platform: 'x', handle, source: 'test' } }, openedAs: null, intendedAccountId: null, draft });
const NOW = 5_000;

describe('planFor', () => {
  it('passes a harmless publish, holds a risky one, and lets a risky one through as paused while a pause runs', () => {
    expect(planFor(as('marie_dupont', 'bonjour'), settings, null, NOW)).toBe('pass');
    expect(planFor(as('marie_dupont', '#BoulangerieDupont'), settings, null, NOW)).toBe('hold');
    expect(planFor(as('marie_dupont', '#BoulangerieDupont'), settings, NOW + 1, NOW)).toBe('pass-paused');
    // A protected account stays guarded through a pause, when the user asked so.
    expect(planFor(as('boulangerie_dupont', 'bonjour'), settings, NOW + 1, NOW)).toBe('hold');
    expect(planFor(as('boulangerie_dupont', 'bonjour'), { ...settings, pauseSparesProtected: false }, NOW + 1, NOW)).toBe('pass-paused');
  });

  it('a session switched since the page loaded is the "before" of identity-changed', () => {
    const d = decide(settings, {
      platform: 'x',
      gesture,
      reading: { identity: null, problem: 'conflicting-signals', before: { platform: 'x', handle: 'marie_dupont', source: 't' } },
      openedAs: null,
      intendedAccountId: null,
      draft: 'x',
    });
    expect(d.verdict.reasons.map((r) => r.id)).toEqual(['unknown-identity', 'identity-changed']);
  });
});

describe('journalEntry', () => {
  it('names the account and the matched words, never the text unless asked', () => {
    const d = as('marie_dupont', 'Vive #BoulangerieDupont et #BoulangerieDupont');
    expect(journalEntry('x', d, 'cancelled', false)).toEqual({
      platform: 'x',
      account: '@marie_dupont',
      accountId: 'x:marie_dupont',
      surface: 'post',
      decision: 'confirm',
      outcome: 'cancelled',
      reasons: ['other-account-words'],
      words: ['#BoulangerieDupont'],
    });
    expect(journalEntry('x', d, 'cancelled', true).text).toBe('Vive #BoulangerieDupont et #BoulangerieDupont');
  });
});
