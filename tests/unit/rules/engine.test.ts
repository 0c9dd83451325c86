import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Account, Identity, Settings, WordList } from '../../../utils/types';
import { compileRules, evaluate, matchAccount, sameIdentity } from '../../../utils/rules/engine';
import type { Verdict, VerdictInput } from '../../../utils/rules/verdict';

const bakery: Account = {
  id: 'x:boulangerie_dupont',
  platform: 'x',
  handle: 'boulangerie_dupont',
  name: 'Boulangerie Dupont',
  kind: 'brand',
  protected: true,
  ownWords: ['#BoulangerieDupont', 'pain au levain'],
};
const marie: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: ['mon chat'] };
const cafe: Account = { id: 'x:cafe_martin', platform: 'x', handle: 'cafe_martin', name: 'Café Martin', kind: 'brand', protected: false, ownWords: ['#CafeMartin', 'pain au levain'] };
const fbPage: Account = { id: 'facebook:name:boulangerie dupont', platform: 'facebook', name: 'Boulangerie Dupont', kind: 'brand', protected: false, ownWords: ['#fbonly'] };
const swearing: WordList = { id: 'l1', name: 'Grossièretés', words: ['merde', 'putain', 'wtf'], appliesTo: ['brand'], action: 'confirm' };
const tone: WordList = { id: 'l2', name: 'Personal tone', words: ['my boss', 'lol'], appliesTo: ['brand'], action: 'confirm' };
const rivals: WordList = { id: 'l3', name: 'Concurrents', words: ['boulangerie martin'], appliesTo: ['brand', 'personal'], action: 'block' };

const settings: Settings = {
  schemaVersion: 1,
  accounts: [bakery, marie, cafe, fbPage],
  wordLists: [swearing, tone, rivals],
  unknownIdentity: 'confirm',
  guardEnabled: true,
};

const as = (handle: string, extra: Partial<Identity> = {}): Identity => ({ platform: 'x', handle, source: 'test', ...extra });
const run = (input: Partial<VerdictInput>, s: Settings = settings): Verdict =>
  evaluate(compileRules(s), { platform: 'x', identity: null, openedAs: null, draft: '', ...input });
const summary = (v: Verdict) => ({ decision: v.decision, reasons: v.reasons.map((r) => r.id) });

describe('evaluate', () => {
  it.each<[string, Partial<VerdictInput>, Verdict['decision'], string[]]>([
    ['a harmless post from the right account', { identity: as('cafe_martin'), draft: 'Bon café ce matin' }, 'allow', []],
    ['a personal post from the personal account, swearing included (lists are for brands)', { identity: as('marie_dupont'), draft: 'merde, lol' }, 'allow', []],
    ['a protected account, whatever the text', { identity: as('boulangerie_dupont'), draft: 'Bonjour' }, 'confirm', ['protected-account']],
    ['unknown identity', { identity: null, draft: 'Bonjour' }, 'confirm', ['unknown-identity']],
    ['an account that is not configured', { identity: as('someone_else'), draft: 'Bonjour' }, 'confirm', ['unregistered-identity']],
    ["the brand's hashtag from the personal account", { identity: as('marie_dupont'), draft: 'Vive #BoulangerieDupont' }, 'confirm', ['other-account-words']],
    ["the person's words from a brand", { identity: as('cafe_martin'), draft: 'mon chat est malade' }, 'confirm', ['other-account-words']],
    ['swearing on a brand', { identity: as('cafe_martin'), draft: 'Putain de pluie' }, 'confirm', ['risky-words']],
    ['a block list', { identity: as('marie_dupont'), draft: 'Allez chez Boulangerie Martin' }, 'block', ['risky-words']],
    ['identity switched meanwhile', { identity: as('cafe_martin'), openedAs: as('marie_dupont'), draft: 'Bon café' }, 'confirm', ['identity-changed']],
    ['session switched while the tab shows the old account', { identity: as('cafe_martin', { sessionKey: '2' }), openedAs: as('cafe_martin', { sessionKey: '1' }), draft: 'x' }, 'confirm', ['identity-changed']],
    ['identity lost since the composer opened', { identity: null, openedAs: as('cafe_martin'), draft: 'x' }, 'confirm', ['unknown-identity', 'identity-changed']],
    ['an intended account that differs', { identity: as('cafe_martin'), intendedAccountId: 'x:marie_dupont', draft: 'x' }, 'confirm', ['intended-account']],
    ['the intended account itself', { identity: as('cafe_martin'), intendedAccountId: 'x:cafe_martin', draft: 'x' }, 'allow', []],
    ['an intended account that no longer exists', { identity: as('cafe_martin'), intendedAccountId: 'x:gone', draft: 'x' }, 'allow', []],
    [
      'every reason at once, never only the first',
      { identity: as('boulangerie_dupont'), openedAs: as('marie_dupont'), intendedAccountId: 'x:marie_dupont', draft: 'wtf #CafeMartin chez Boulangerie Martin' },
      'block',
      ['protected-account', 'other-account-words', 'risky-words', 'identity-changed', 'intended-account'],
    ],
  ])('%s', (_, input, decision, reasons) => {
    expect(summary(run(input))).toEqual({ decision, reasons });
  });

  it('does not count words the current account owns too', () => {
    // "pain au levain" belongs to both bakeries: from the café it is the café's own word.
    expect(summary(run({ identity: as('cafe_martin'), draft: 'Notre pain au levain' }))).toEqual({ decision: 'allow', reasons: [] });
  });

  it('names which words and whose, with offsets into the draft', () => {
    const draft = 'Bravo #BoulangerieDupont pour le pain au levain';
    const v = run({ identity: as('marie_dupont'), draft });
    const reason = v.reasons[0];
    expect(reason?.id).toBe('other-account-words');
    if (reason?.id !== 'other-account-words') return;
    expect(reason.owners.map((o) => [o.account.id, o.hits.map((h) => [h.word, draft.slice(h.start, h.end)])])).toEqual([
      ['x:boulangerie_dupont', [['#BoulangerieDupont', '#BoulangerieDupont'], ['pain au levain', 'pain au levain']]],
      ['x:cafe_martin', [['pain au levain', 'pain au levain']]],
    ]);
  });

  it('names the lists and words of risky-words; with no known account every list is checked', () => {
    const v = run({ identity: null, draft: 'lol, my boss said wtf' });
    const risky = v.reasons.find((r) => r.id === 'risky-words');
    expect(risky?.id === 'risky-words' && risky.lists.map((l) => [l.list.name, l.hits.map((h) => h.word)])).toEqual([
      ['Personal tone', ['lol', 'my boss']],
      ['Grossièretés', ['wtf']],
    ]);
  });

  it('unknownIdentity "allow" lets an unidentified harmless post through', () => {
    expect(summary(run({ identity: null, draft: 'Bonjour' }, { ...settings, unknownIdentity: 'allow' }))).toEqual({ decision: 'allow', reasons: [] });
  });

  it('guards nothing on a platform without configured accounts, and nothing when switched off', () => {
    expect(summary(evaluate(compileRules(settings), { platform: 'linkedin', identity: null, openedAs: null, draft: 'merde' }))).toEqual({ decision: 'allow', reasons: [] });
    expect(summary(run({ identity: as('boulangerie_dupont'), draft: 'merde' }, { ...settings, guardEnabled: false }))).toEqual({ decision: 'allow', reasons: [] });
  });

  it("ignores another platform's own words", () => {
    expect(summary(run({ identity: as('cafe_martin'), draft: '#fbonly' }))).toEqual({ decision: 'allow', reasons: [] });
  });

  it('compiles each settings object once', () => {
    expect(compileRules(settings)).toBe(compileRules(settings));
    expect(compileRules({ ...settings })).not.toBe(compileRules(settings));
  });

  it('gives the same verdict whatever the order of accounts and lists (property)', () => {
    const drafts = fc.constantFrom('wtf #CafeMartin', 'mon chat', 'Boulangerie Martin lol', 'pain au levain merde', 'rien');
    const handles = fc.constantFrom('boulangerie_dupont', 'marie_dupont', 'cafe_martin', 'nobody', null);
    fc.assert(
      fc.property(fc.shuffledSubarray(settings.accounts, { minLength: 4 }), fc.shuffledSubarray(settings.wordLists, { minLength: 3 }), drafts, handles, (accounts, lists, draft, handle) => {
        const identity = handle ? as(handle) : null;
        const a = run({ identity, draft });
        const b = run({ identity, draft }, { ...settings, accounts, wordLists: lists });
        const canon = (v: Verdict) =>
          JSON.stringify({
            ...summary(v),
            words: v.reasons.flatMap((r) => (r.id === 'risky-words' ? r.lists.flatMap((l) => l.hits.map((h) => l.list.id + h.word)) : r.id === 'other-account-words' ? r.owners.flatMap((o) => o.hits.map((h) => o.account.id + h.word)) : [])).sort(),
          });
        expect(canon(b)).toBe(canon(a));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any draft or identity', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.option(fc.string(), { nil: undefined }), fc.option(fc.string(), { nil: undefined }), (draft, handle, name) => {
        const v = run({ identity: { platform: 'x', handle, name, source: 'prop' }, draft });
        expect(['allow', 'confirm', 'block']).toContain(v.decision);
      }),
      { numRuns: 500 },
    );
  });
});

describe('matchAccount / sameIdentity', () => {
  it('matches by handle (case, "@"), else by name, never across platforms', () => {
    expect(matchAccount(settings.accounts, as('@Marie_Dupont'))?.id).toBe('x:marie_dupont');
    expect(matchAccount(settings.accounts, { platform: 'x', name: 'café  martin', source: 't' })?.id).toBe('x:cafe_martin');
    expect(matchAccount(settings.accounts, { platform: 'x', handle: 'other', name: 'Marie Dupont', source: 't' })).toBeNull();
    expect(matchAccount(settings.accounts, { platform: 'facebook', name: 'Boulangerie Dupont', source: 't' })?.id).toBe('facebook:name:boulangerie dupont');
  });

  it('compares handles, then names, and always session keys', () => {
    expect(sameIdentity(as('a'), as('A'))).toBe(true);
    expect(sameIdentity(as('a', { sessionKey: '1' }), as('a', { sessionKey: '2' }))).toBe(false);
    expect(sameIdentity(as('a'), as('b'))).toBe(false);
    expect(sameIdentity({ platform: 'x', name: 'Être', source: 't' }, { platform: 'x', name: 'etre', source: 't' })).toBe(true);
  });
});
