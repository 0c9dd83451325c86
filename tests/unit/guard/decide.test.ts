/** What the guard does with a verdict, and the journal entry it leaves: pure. */
import { describe, expect, it } from 'vitest';
import type { Account, Settings } from '../../../utils/types';
import { decide, journalEntry, planFor } from '../../../utils/guard/decide';
import type { PublishGesture } from '../../../utils/platforms/adapter';
import { testSettings } from '../test-settings';

const brand: Account = { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont'] };
const personal: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', kind: 'personal', protected: false, ownWords: [] };
const settings: Settings = testSettings({ schemaVersion: 2, accounts: [brand, personal] });
const gesture = { kind: 'click', composer: document.createElement('div'), control: null, surface: 'post' } satisfies PublishGesture;
const input = (handle: string, draft: string) => ({ platform: 'x' as const, gesture, reading: { identity: { platform: 'x' as const, handle, source: 'test' } }, openedAs: null, intendedAccountId: null, draft });
const swears = { id: 'swears', name: 'Swears', words: ['putain'], appliesTo: ['brand' as const], action: 'confirm' as const, enabled: true, includeAccounts: [], excludeAccounts: [] };
const as = (handle: string, draft: string, s: Settings = { ...settings, wordLists: [swears] }) => decide(s, input(handle, draft));
const NOW = 5_000;

describe('planFor', () => {
  it('passes a harmless publish, asks about a risky one, and lets a risky one through as paused while a pause runs', () => {
    expect(planFor(as('marie_dupont', 'bonjour'), settings, null, NOW)).toBe('pass');
    expect(planFor(as('marie_dupont', '#BoulangerieDupont'), settings, null, NOW)).toBe('ask');
    expect(planFor(as('marie_dupont', '#BoulangerieDupont'), settings, NOW + 1, NOW)).toBe('pass-paused');
    // A protected account stays guarded through a pause, when the user asked so.
    expect(planFor(as('boulangerie_dupont', 'bonjour'), settings, NOW + 1, NOW)).toBe('count-down');
    expect(planFor(as('boulangerie_dupont', 'bonjour'), { ...settings, pauseSparesProtected: false }, NOW + 1, NOW)).toBe('pass-paused');
  });

  it('a routine publish of a protected account counts down; with a delay of 0, or anything else risky, it asks', () => {
    expect(planFor(as('boulangerie_dupont', 'bonjour'), settings, null, NOW)).toBe('count-down');
    const noDelay = { ...settings, accounts: [{ ...brand, confirmDelay: 0 }, personal] };
    expect(planFor(decide(noDelay, input('boulangerie_dupont', 'bonjour')), noDelay, null, NOW)).toBe('ask');
    expect(planFor(as('boulangerie_dupont', 'bonjour putain'), { ...settings, wordLists: [swears] }, null, NOW)).toBe('ask');
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

describe('settings that cannot be trusted', () => {
  it('ask first whatever the rules say, with that reason first; a block stays a block; a guard switched off is off', () => {
    const d = decide(settings, { ...input('marie_dupont', 'bonjour'), askFirst: 'settings-unreadable' });
    expect(d.verdict.decision).toBe('confirm');
    expect(d.verdict.reasons.map((r) => r.id)).toEqual(['settings-unreadable']);
    expect(d.level).toBe('mistake');
    expect(planFor(d, settings, null, NOW)).toBe('ask');
    const risky = decide(settings, { ...input('marie_dupont', '#BoulangerieDupont'), askFirst: 'account-set-aside' });
    expect(risky.verdict.reasons.map((r) => r.id)).toEqual(['account-set-aside', 'other-account-words']);
    const off = { ...settings, guardEnabled: false };
    expect(decide(off, { ...input('marie_dupont', 'bonjour'), askFirst: 'settings-unreadable' }).verdict.decision).toBe('allow');
  });
});
