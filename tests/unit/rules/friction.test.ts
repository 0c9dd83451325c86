/** Friction in proportion to risk: which stop a verdict deserves. */
import { describe, expect, it } from 'vitest';
import type { Account, Settings } from '../../../utils/types';
import { compileRules, evaluate } from '../../../utils/rules/engine';
import { clearlyIs, confirmDelay, frictionLevel, leadReason } from '../../../utils/rules/friction';

const brand: Account = { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont'] };
const personal: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [] };
const settings: Settings = {
  schemaVersion: 2,
  accounts: [brand, personal],
  wordLists: [
    { id: 'swears', name: 'Swears', words: ['putain'], appliesTo: ['brand', 'personal'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] },
    { id: 'rivals', name: 'Rivals', words: ['martin'], appliesTo: ['brand', 'personal'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: [] },
  ],
  unknownIdentity: 'confirm',
  guardEnabled: true,
  language: 'auto',
  journalKeepText: false,
  journalCap: 2000,
  pauseSparesProtected: true,
};
const byHandle = (handle: string) => ({ platform: 'x' as const, handle, source: 'test' });
const verdict = (identity: ReturnType<typeof byHandle> | { platform: 'x'; name: string; source: string } | null, draft: string, intendedAccountId: string | null = null) =>
  evaluate(compileRules(settings), { platform: 'x', identity, openedAs: null, intendedAccountId, draft });
const level = (identity: Parameters<typeof verdict>[0], draft: string, extra: { degraded?: boolean; intended?: string | null } = {}) =>
  frictionLevel(verdict(identity, draft, extra.intended ?? null), { identity, degraded: !!extra.degraded, intendedAccountId: extra.intended ?? null });

describe('frictionLevel', () => {
  it('a routine publish of a protected account, clearly on that account, is a check', () => {
    expect(level(byHandle('boulangerie_dupont'), 'Bonne journée')).toBe('check');
    // …or in a tab meant for it, even when the page shows only the name.
    expect(level({ platform: 'x', name: 'Boulangerie Dupont', source: 't' }, 'Bonne journée', { intended: 'x:boulangerie_dupont' })).toBe('check');
  });

  it('is a likely mistake when the page is not clearly that account, or the reading is degraded', () => {
    expect(level({ platform: 'x', name: 'Boulangerie Dupont', source: 't' }, 'Bonne journée')).toBe('mistake');
    expect(level(byHandle('boulangerie_dupont'), 'Bonne journée', { degraded: true })).toBe('mistake');
  });

  it('is a likely mistake whenever anything else is risky', () => {
    expect(level(byHandle('marie_dupont'), 'Vive #BoulangerieDupont')).toBe('mistake');
    expect(level(byHandle('boulangerie_dupont'), 'putain')).toBe('mistake');
    expect(level(null, 'Bonjour')).toBe('mistake');
    expect(level(byHandle('someone'), 'Bonjour')).toBe('mistake');
    expect(level(byHandle('marie_dupont'), 'Bonjour', { intended: 'x:boulangerie_dupont' })).toBe('mistake');
  });

  it('a block is a block', () => {
    expect(level(byHandle('boulangerie_dupont'), 'chez Martin')).toBe('block');
  });
});

describe('the helpers', () => {
  it('clearlyIs compares handles and aliases, never names', () => {
    expect(clearlyIs(byHandle('Boulangerie_Dupont'), brand)).toBe(true);
    expect(clearlyIs({ platform: 'x', handle: '123', aliases: ['boulangerie_dupont'], source: 't' }, brand)).toBe(true);
    expect(clearlyIs({ platform: 'x', name: 'Boulangerie Dupont', source: 't' }, brand)).toBe(false);
    expect(clearlyIs(null, brand)).toBe(false);
  });

  it('confirmDelay: the default, the account own, clamped to whole seconds in 0..30', () => {
    expect(confirmDelay(brand)).toBe(5);
    expect(confirmDelay({ ...brand, confirmDelay: 0 })).toBe(0);
    expect(confirmDelay({ ...brand, confirmDelay: 99 })).toBe(30);
    expect(confirmDelay(null)).toBe(5);
  });

  it('leadReason speaks of the likeliest mistake first', () => {
    expect(leadReason(verdict(byHandle('marie_dupont'), 'putain #BoulangerieDupont', 'x:boulangerie_dupont').reasons)?.id).toBe('other-account-words');
    expect(leadReason(verdict(byHandle('boulangerie_dupont'), 'putain').reasons)?.id).toBe('risky-words');
    expect(leadReason([])).toBeNull();
  });
});
