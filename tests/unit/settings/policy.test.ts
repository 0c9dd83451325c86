/** The team policy: read item by item with the import's rules, then merged over the user's settings. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  effectiveSettings,
  lockedPreferences,
  maxPauseMinutes,
  pausesWithinPolicy,
  policyOverrides,
  policyRefusal,
  policySensitivePeriod,
  POLICY_KEYS,
  POLICY_MAX_PAUSE_MINUTES,
  readPolicy,
  type TeamPolicy,
} from '../../../utils/settings/policy';
import { defaultSettings } from '../../../utils/settings/defaults';
import { MESSAGE_LIMITS } from '../../../utils/messaging/protocol';
import { LIMITS } from '../../../utils/settings/schema';
import type { Account, Settings, WordList } from '../../../utils/types';

const account = (handle: string, extra: Partial<Account> = {}): Account => ({ id: `x:${handle}`, platform: 'x', handle, kind: 'brand', protected: false, ownWords: [], ...extra });
const list = (id: string, words: string[], extra: Partial<WordList> = {}): WordList => ({
  id,
  name: id,
  words,
  appliesTo: ['brand'],
  action: 'confirm',
  enabled: true,
  includeAccounts: [],
  excludeAccounts: [],
  ...extra,
});
const user = (change: Partial<Settings> = {}): Settings => ({ ...defaultSettings(), wordLists: [list('mine', ['lol'])], accounts: [account('acme', { kind: 'personal', group: 'Mine' }), account('marie')], ...change });
const policyOf = (p: Partial<TeamPolicy>): TeamPolicy => ({ accounts: [], wordLists: [], ...p });

describe('readPolicy', () => {
  it('no managed storage, or an empty one, is no policy', () => {
    expect(readPolicy(undefined)).toEqual({ policy: null, problems: [], ignored: 0 });
    expect(readPolicy(null).policy).toBeNull();
    expect(readPolicy({}).policy).toBeNull();
  });

  it('reads accounts and lists with the import rules: ids derived, list ids namespaced', () => {
    const { policy, problems } = readPolicy({
      accounts: [{ platform: 'x', handle: '@Acme_HQ', name: 'Acme', kind: 'brand', protected: true, group: 'Acme', color: '#AA0000', ownWords: ['#acme'] }],
      wordLists: [
        { id: 'competitors', name: 'Competitors', words: ['globex'], action: 'block', appliesTo: ['brand', 'personal'] },
        { name: 'Sans id', words: ['x'] },
      ],
    });
    expect(problems).toEqual([]);
    expect(policy!.accounts).toEqual([{ id: 'x:acme_hq', platform: 'x', handle: 'Acme_HQ', name: 'Acme', kind: 'brand', protected: true, ownWords: ['#acme'], color: '#aa0000', group: 'Acme' }]);
    expect(policy!.wordLists.map((l) => [l.id, l.action, l.appliesTo])).toEqual([
      ['policy-competitors', 'block', ['brand', 'personal']],
      ['policy-list-1-sans-id', 'confirm', ['brand']],
    ]);
  });

  it('an invalid item is ignored and reported, with its path; the others stay', () => {
    const { policy, problems, ignored } = readPolicy({
      accounts: [
        { platform: 'x', handle: 'good', kind: 'brand' },
        { platform: 'x', handle: 'not a handle', kind: 'brand' },
        { platform: 'x', handle: 'good2', kind: 'Brand' },
        { platform: 'x', handle: 'GOOD', kind: 'personal' },
      ],
      wordLists: [{ id: 'ok', name: 'Ok', words: ['a'] }, { id: 'Bad Id', name: 'Bad', words: ['b'] }, { id: 'ok', name: 'Again', words: ['c'] }, 'nope'],
    });
    expect(policy!.accounts.map((a) => a.id)).toEqual(['x:good']);
    expect(policy!.wordLists.map((l) => l.id)).toEqual(['policy-ok']);
    expect(ignored).toBe(6);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'accounts[1].handle invalid-handle',
      'accounts[2].kind invalid-value',
      'accounts[3] duplicate-account',
      'wordLists[1].id invalid-value',
      'wordLists[2].id duplicate-list',
      'wordLists[3] wrong-type',
    ]);
  });

  it('preferences and limits: each valid one kept, each invalid one ignored and reported', () => {
    const good = readPolicy({ unknownIdentity: 'allow', allowTurnOff: false, allowPause: true, maxPauseMinutes: 10, pauseSparesProtected: true, journalText: 'never' });
    expect(good.policy).toEqual({ accounts: [], wordLists: [], unknownIdentity: 'allow', allowTurnOff: false, allowPause: true, maxPauseMinutes: 10, pauseSparesProtected: true, journalText: 'never' });
    const bad = readPolicy({ unknownIdentity: 'maybe', allowTurnOff: 'no', maxPauseMinutes: 0, journalText: 'always', pauseSparesProtected: true });
    expect(bad.policy).toEqual({ accounts: [], wordLists: [], pauseSparesProtected: true });
    expect(bad.problems.map((p) => p.path)).toEqual(['unknownIdentity', 'allowTurnOff', 'maxPauseMinutes', 'journalText']);
    expect(readPolicy({ maxPauseMinutes: 241 }).problems[0]).toMatchObject({ code: 'invalid-value', params: { allowed: '1-240', found: 241 } });
    expect(readPolicy({ maxPauseMinutes: 2.5 }).policy!.maxPauseMinutes).toBeUndefined();
  });

  it('unknown keys (a typo) and forbidden keys are reported, and nothing else is lost', () => {
    const raw = JSON.parse('{"wordlists": [], "__proto__": {"x": 1}, "accounts": [{"platform": "x", "handle": "a", "kind": "brand", "constructor": 1}, {"platform": "x", "handle": "b", "kind": "brand"}]}');
    const { policy, problems } = readPolicy(raw);
    expect(policy!.accounts.map((a) => a.id)).toEqual(['x:b']);
    expect(problems).toEqual([
      { code: 'unknown-key', path: 'wordlists', params: { key: 'wordlists' } },
      { code: 'forbidden-key', path: '', params: { key: '__proto__' } },
      { code: 'forbidden-key', path: 'accounts[0]', params: { key: 'constructor' } },
    ]);
  });

  it('the wrong shape: not an object, accounts not a list, too large, too many items or words', () => {
    expect(readPolicy('accounts').problems).toEqual([{ code: 'not-object', path: '' }]);
    expect(readPolicy([]).policy).toBeNull();
    const notList = readPolicy({ accounts: { platform: 'x' }, allowPause: false });
    expect(notList.policy).toEqual({ accounts: [], wordLists: [], allowPause: false });
    expect(notList.problems).toEqual([{ code: 'wrong-type', path: 'accounts', params: { expected: 'array', found: 'object' } }]);
    const huge = readPolicy({ wordLists: [{ name: 'big', words: [Array.from({ length: LIMITS.fileBytes }, () => 'a').join('')] }] });
    expect(huge.policy).toBeNull();
    expect(huge.problems[0]!.code).toBe('too-large');
    const many = readPolicy({ accounts: Array.from({ length: LIMITS.accounts + 2 }, (_, i) => ({ platform: 'x', handle: `a${i}`, kind: 'brand' })) });
    expect(many.policy!.accounts).toHaveLength(LIMITS.accounts);
    expect(many.problems[0]).toMatchObject({ code: 'too-many-items', path: 'accounts' });
    const words = readPolicy({
      wordLists: [
        { id: 'one', name: 'One', words: Array.from({ length: LIMITS.totalWords }, (_, i) => `w${i}`) },
        { id: 'two', name: 'Two', words: ['more'] },
      ],
    });
    expect(words.policy!.wordLists.map((l) => l.id)).toEqual(['policy-one']);
    expect(words.problems[0]).toMatchObject({ code: 'too-many-words', path: 'wordLists[1]' });
    // An account's exceptions count as its words do, as an import counts them.
    const half = LIMITS.totalWords / 2;
    const exceptions = readPolicy({
      accounts: [
        { platform: 'x', handle: 'one', kind: 'brand', ownWords: Array.from({ length: half }, (_, i) => `o${i}`), exceptions: Array.from({ length: half }, (_, i) => `e${i}`) },
        { platform: 'x', handle: 'two', kind: 'brand', exceptions: ['more'] },
      ],
    });
    expect(exceptions.policy!.accounts.map((a) => a.handle)).toEqual(['one']);
    expect(exceptions.problems[0]).toMatchObject({ code: 'too-many-words', path: 'accounts[1]' });
  });

  it('reports at most 50 problems, and counts every item ignored', () => {
    const { problems, ignored } = readPolicy({ accounts: Array.from({ length: 80 }, () => ({ platform: 'x' })) });
    expect(problems.length).toBe(50);
    expect(ignored).toBe(80);
  });

  it('never throws, whatever the managed storage holds', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const raw of [cyclic, 1, 'x', true, [1], { accounts: [null, 1, 'a', [], {}] }, { wordLists: [{ words: null }] }]) expect(() => readPolicy(raw)).not.toThrow();
  });

  it('a sensitive period for the team: until a date (ISO 8601) with a note; a bad one is ignored and reported', () => {
    const until = '2026-12-24T18:00:00Z';
    expect(readPolicy({ sensitivePeriod: { until, note: '  Crise : tout passe par la cellule  ' } }).policy!.sensitivePeriod).toEqual({ until: Date.parse(until), note: 'Crise : tout passe par la cellule' });
    expect(readPolicy({ sensitivePeriod: { until } }).policy!.sensitivePeriod).toEqual({ until: Date.parse(until), note: '' });
    const bad = [{ sensitivePeriod: 'yes' }, { sensitivePeriod: { until: 'tomorrow' } }, { sensitivePeriod: { until: 1766599200000 } }, { sensitivePeriod: { until, note: 'x'.repeat(201) } }, { sensitivePeriod: { until, note: 'a\u0000b' } }];
    expect(bad.map((raw) => readPolicy(raw).problems.map((p) => p.path))).toEqual([['sensitivePeriod'], ['sensitivePeriod.until'], ['sensitivePeriod.until'], ['sensitivePeriod.note'], ['sensitivePeriod.note']]);
    expect(bad.every((raw) => readPolicy(raw).policy!.sensitivePeriod === undefined)).toBe(true);
    // In force until its date only.
    const policy = readPolicy({ sensitivePeriod: { until } }).policy;
    expect(policySensitivePeriod(policy, Date.parse(until) - 1)).toEqual({ until: Date.parse(until), note: '' });
    expect(policySensitivePeriod(policy, Date.parse(until))).toBeNull();
    expect(policySensitivePeriod(null, 0)).toBeNull();
  });

  it("the README's complete example reads with no problem", () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### A complete example'));
    const example = JSON.parse(/```json\n([\s\S]*?)```/.exec(section)![1]!);
    const { policy, problems } = readPolicy(example);
    expect(problems).toEqual([]);
    expect(policy!.accounts.map((a) => a.id)).toEqual(['x:boulangerie_dupont', 'instagram:boulangerie.dupont', 'facebook:name:boulangerie dupont']);
    expect(policy!.wordLists.map((l) => l.id)).toEqual(['policy-concurrents', 'policy-ton-marque']);
  });

  it('its pause limit is the popup message limit', () => {
    expect(POLICY_MAX_PAUSE_MINUTES).toBe(MESSAGE_LIMITS.pauseMinutes);
    expect(POLICY_KEYS).toContain('accounts');
  });
});

describe('effectiveSettings: the merge rules', () => {
  it('no policy: the user settings, untouched', () => {
    const mine = user();
    expect(effectiveSettings(mine, null)).toBe(mine);
  });

  it('policy accounts come first and win over the user account with the same id; the user keeps the others', () => {
    const theirs = account('acme', { kind: 'brand', protected: true, group: 'Acme' });
    const merged = effectiveSettings(user(), policyOf({ accounts: [theirs, account('globex')] }));
    expect(merged.accounts.map((a) => a.id)).toEqual(['x:acme', 'x:globex', 'x:marie']);
    expect(merged.accounts[0]).toBe(theirs);
  });

  it('policy lists are added beside the user lists; a user list with a policy id gives way', () => {
    const merged = effectiveSettings(user({ wordLists: [list('mine', ['lol']), list('policy-competitors', ['mine too'])] }), policyOf({ wordLists: [list('policy-competitors', ['globex'], { action: 'block' })] }));
    expect(merged.wordLists.map((l) => [l.id, l.words])).toEqual([
      ['policy-competitors', ['globex']],
      ['mine', ['lol']],
    ]);
  });

  it('policy preferences override the user: unknown identity, protected accounts and pauses, texts never kept, guard kept on', () => {
    const mine = user({ unknownIdentity: 'allow', pauseSparesProtected: false, journalKeepText: true, guardEnabled: false, language: 'fr', journalCap: 500 });
    const merged = effectiveSettings(mine, policyOf({ unknownIdentity: 'confirm', pauseSparesProtected: true, journalText: 'never', allowTurnOff: false }));
    expect(merged).toMatchObject({ unknownIdentity: 'confirm', pauseSparesProtected: true, journalKeepText: false, guardEnabled: true, language: 'fr', journalCap: 500 });
    // What the policy leaves open stays the user's.
    const open = effectiveSettings(mine, policyOf({ journalText: 'user', allowTurnOff: true }));
    expect(open).toMatchObject({ unknownIdentity: 'allow', pauseSparesProtected: false, journalKeepText: true, guardEnabled: false });
  });

  it('never changes the user settings it is given', () => {
    const mine = user();
    const before = JSON.stringify(mine);
    effectiveSettings(mine, policyOf({ accounts: [account('acme')], wordLists: [list('policy-a', ['a'])], allowTurnOff: false }));
    expect(JSON.stringify(mine)).toBe(before);
  });

  it('policyOverrides names the user items a policy item replaces', () => {
    const overrides = policyOverrides(user(), policyOf({ accounts: [account('acme')], wordLists: [list('mine', [])] }));
    expect(overrides.accounts.map((a) => a.id)).toEqual(['x:acme']);
    expect(overrides.wordLists.map((l) => l.id)).toEqual(['mine']);
    expect(policyOverrides(user(), null)).toEqual({ accounts: [], wordLists: [] });
  });
});

describe('limits', () => {
  it('locked preferences follow what the policy sets', () => {
    expect([...lockedPreferences(null)]).toEqual([]);
    expect([...lockedPreferences(policyOf({ unknownIdentity: 'allow', pauseSparesProtected: false, journalText: 'never', allowTurnOff: false }))].sort()).toEqual(['guardEnabled', 'journalKeepText', 'pauseSparesProtected', 'unknownIdentity']);
    expect([...lockedPreferences(policyOf({ journalText: 'user', allowTurnOff: true }))]).toEqual([]);
  });

  it('the longest pause: none when pausing is not allowed, the policy maximum, else the popup limit', () => {
    expect(maxPauseMinutes(null)).toBe(240);
    expect(maxPauseMinutes(policyOf({}))).toBe(240);
    expect(maxPauseMinutes(policyOf({ maxPauseMinutes: 10 }))).toBe(10);
    expect(maxPauseMinutes(policyOf({ allowPause: false, maxPauseMinutes: 10 }))).toBe(0);
  });

  it('refuses what the policy decides, and says which refusal', () => {
    const strict = policyOf({ allowTurnOff: false, journalText: 'never', unknownIdentity: 'confirm', pauseSparesProtected: true, maxPauseMinutes: 10 });
    expect(policyRefusal(strict, { prefs: { guardEnabled: false } })).toBe('policy-locked');
    expect(policyRefusal(strict, { prefs: { guardEnabled: true } })).toBeNull();
    expect(policyRefusal(strict, { prefs: { journalKeepText: true } })).toBe('policy-locked');
    expect(policyRefusal(strict, { prefs: { journalKeepText: false } })).toBeNull();
    expect(policyRefusal(strict, { prefs: { unknownIdentity: 'allow' } })).toBe('policy-locked');
    expect(policyRefusal(strict, { prefs: { unknownIdentity: 'confirm' } })).toBeNull();
    expect(policyRefusal(strict, { prefs: { pauseSparesProtected: false } })).toBe('policy-locked');
    expect(policyRefusal(strict, { pauseMinutes: 15 })).toBe('pause-too-long');
    expect(policyRefusal(strict, { pauseMinutes: 10 })).toBeNull();
    expect(policyRefusal(strict, { pauseMinutes: null })).toBeNull();
    expect(policyRefusal(policyOf({ allowPause: false }), { pauseMinutes: 1 })).toBe('policy-locked');
    expect(policyRefusal(null, { prefs: { guardEnabled: false } })).toBeNull();
    expect(policyRefusal(policyOf({}), { pauseMinutes: 240 })).toBeNull();
  });

  it('pauses started before the policy end within it, or end now when pausing is not allowed', () => {
    const now = 1_000_000;
    const pauses = { x: now + 60 * 60_000, facebook: now + 5 * 60_000 };
    expect(pausesWithinPolicy(pauses, null, now)).toBe(pauses);
    expect(pausesWithinPolicy(pauses, policyOf({ maxPauseMinutes: 10 }), now)).toEqual({ x: now + 10 * 60_000, facebook: now + 5 * 60_000 });
    expect(pausesWithinPolicy(pauses, policyOf({ allowPause: false }), now)).toEqual({});
  });
});
