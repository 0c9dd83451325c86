import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACCOUNT_KINDS, PLATFORMS, type Account, type Identity, type Settings, type WordList } from '../../../utils/types';
import { compileRules, compileRulesInSteps, evaluate, matchAccount, sameIdentity } from '../../../utils/rules/engine';
import { REASON_IDS, type Reason, type Verdict, type VerdictInput } from '../../../utils/rules/verdict';

// ---------- Realistic settings: a French bakery and its owner on X, an English café on X and LinkedIn ----------

const bakery: Account = {
  id: 'x:boulangerie_dupont',
  platform: 'x',
  handle: 'boulangerie_dupont',
  name: 'Boulangerie Dupont',
  kind: 'brand',
  protected: true,
  ownWords: ['#BoulangerieDupont', 'pain au levain'],
};
const marie: Account = {
  id: 'x:marie_dupont',
  platform: 'x',
  handle: 'marie_dupont',
  name: 'Marie Dupont',
  kind: 'personal',
  protected: false,
  ownWords: ['mon chat', '@marie_dupont', 'mes vacances*'],
};
const cafe: Account = {
  id: 'x:oakcafe',
  platform: 'x',
  handle: 'OakCafe',
  name: 'The Oak Café',
  kind: 'brand',
  protected: false,
  ownWords: ['#OakCafe', 'flat white', 'pain au levain'],
};
const linkedinCafe: Account = {
  id: 'linkedin:name:the oak cafe',
  platform: 'linkedin',
  name: 'The Oak Café',
  kind: 'brand',
  protected: false,
  ownWords: ['#hiring', 'flat white'],
};
const swearingFr: WordList = { id: 'grossieretes', name: 'Grossièretés', words: ['merde', 'putain', 'wtf'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] };
const swearingEn: WordList = { id: 'swearing', name: 'Swearing', words: ['fuck*', 'shit', 'bloody hell'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] };
const personalTone: WordList = { id: 'ton-perso', name: 'Ton perso', words: ['mon boss', 'lol', 'mdr'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] };
const rivals: WordList = { id: 'concurrents', name: 'Concurrents', words: ['boulangerie martin', '@paul_boulangerie'], appliesTo: ['brand', 'personal'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: [] };

const settings: Settings = Object.freeze({
  schemaVersion: 1,
  accounts: [bakery, marie, cafe, linkedinCafe],
  wordLists: [swearingFr, swearingEn, personalTone, rivals],
  unknownIdentity: 'confirm',
  guardEnabled: true,
  language: 'auto',
  journalKeepText: false,
  journalCap: 2000,
  pauseSparesProtected: true,
});

const x = (handle: string, extra: Partial<Identity> = {}): Identity => ({ platform: 'x', handle, source: 'test', ...extra });
const run = (input: Partial<VerdictInput>, s: Settings = settings): Verdict =>
  evaluate(compileRules(s), { platform: 'x', identity: null, openedAs: null, draft: '', ...input });

/** A verdict in a form that shows everything a test cares about: which words, whose, where. */
function describeVerdict(v: Verdict, draft: string) {
  const words = (hits: { word: string; start: number; end: number }[]) => hits.map((h) => `${h.word}=${draft.slice(h.start, h.end)}@${h.start}`);
  return {
    decision: v.decision,
    account: v.account?.id ?? null,
    reasons: v.reasons.map((r: Reason) => {
      switch (r.id) {
        case 'protected-account':
          return `${r.id} ${r.account.id}`;
        case 'unknown-identity':
          return r.id;
        case 'unregistered-identity':
          return `${r.id} ${r.identity.handle ?? r.identity.name}`;
        case 'other-account-words':
          return [r.id, ...r.owners.map((o) => [o.account.id, ...words(o.hits)].join(' '))].join(' | ');
        case 'risky-words':
          return [`${r.id} ${r.action}`, ...r.lists.map((l) => [l.list.id, ...words(l.hits)].join(' '))].join(' | ');
        case 'identity-changed':
          return `${r.id} ${r.before.handle ?? r.before.name} -> ${r.now ? (r.now.handle ?? r.now.name) : 'null'}`;
        case 'intended-account':
          return `${r.id} ${r.intended.id} actual ${r.actual?.id ?? 'null'}`;
      }
    }),
  };
}
const check = (input: Partial<VerdictInput>, s: Settings = settings) => describeVerdict(run(input, s), input.draft ?? '');

describe('evaluate: one reason at a time', () => {
  it.each<[string, Partial<VerdictInput>, ReturnType<typeof describeVerdict>]>([
    ['a harmless post from the right account', { identity: x('oakcafe'), draft: 'A flat white and a croissant, anyone? #OakCafe' }, { decision: 'allow', account: 'x:oakcafe', reasons: [] }],
    ['a personal post from the personal account, swearing included (the lists are for brands)', { identity: x('marie_dupont'), draft: 'Putain, mon chat a encore vomi lol' }, { decision: 'allow', account: 'x:marie_dupont', reasons: [] }],
    ['a protected account, whatever the text', { identity: x('boulangerie_dupont'), draft: 'Bonjour à tous !' }, { decision: 'confirm', account: 'x:boulangerie_dupont', reasons: ['protected-account x:boulangerie_dupont'] }],
    ['a protected account with its own words', { identity: x('boulangerie_dupont'), draft: 'Notre pain au levain #BoulangerieDupont' }, { decision: 'confirm', account: 'x:boulangerie_dupont', reasons: ['protected-account x:boulangerie_dupont'] }],
    ['unknown identity', { identity: null, draft: 'Bonjour' }, { decision: 'confirm', account: null, reasons: ['unknown-identity'] }],
    ['an account that is not configured', { identity: x('someone_else'), draft: 'Bonjour' }, { decision: 'confirm', account: null, reasons: ['unregistered-identity someone_else'] }],
    [
      "the brand's hashtag and phrase from the personal account",
      { identity: x('marie_dupont'), draft: 'Vive #BoulangerieDupont et son pain au levain' },
      {
        decision: 'confirm',
        account: 'x:marie_dupont',
        reasons: ['other-account-words | x:boulangerie_dupont #BoulangerieDupont=#BoulangerieDupont@5 pain au levain=pain au levain@31 | x:oakcafe pain au levain=pain au levain@31'],
      },
    ],
    [
      "the person's words from a brand",
      { identity: x('oakcafe'), draft: 'Mes vacances avec mon chat 🐈' },
      { decision: 'confirm', account: 'x:oakcafe', reasons: ['other-account-words | x:marie_dupont mes vacances*=Mes vacances@0 mon chat=mon chat@18'] },
    ],
    [
      'swearing on a brand, French and English, wildcard and phrase',
      { identity: x('oakcafe'), draft: 'Putain, fucking rain. Bloody\nhell! wtf' },
      {
        decision: 'confirm',
        account: 'x:oakcafe',
        reasons: ['risky-words confirm | grossieretes putain=Putain@0 wtf=wtf@35 | swearing fuck*=fucking@8 bloody hell=Bloody\nhell@22'],
      },
    ],
    [
      'a block list applies to personal accounts too',
      { identity: x('marie_dupont'), draft: 'Allez plutôt chez Boulangerie Martin' },
      { decision: 'block', account: 'x:marie_dupont', reasons: ['risky-words block | concurrents boulangerie martin=Boulangerie Martin@18'] },
    ],
    [
      'identity switched while composing',
      { identity: x('oakcafe'), openedAs: x('marie_dupont'), draft: 'Bon café' },
      { decision: 'confirm', account: 'x:oakcafe', reasons: ['identity-changed marie_dupont -> oakcafe'] },
    ],
    [
      'the session switched account while the tab still shows the old one',
      { identity: x('oakcafe', { sessionKey: '222' }), openedAs: x('oakcafe', { sessionKey: '111' }), draft: 'Bon café' },
      { decision: 'confirm', account: 'x:oakcafe', reasons: ['identity-changed oakcafe -> oakcafe'] },
    ],
    [
      'identity lost since the composer opened, unknown identity allowed',
      { identity: null, openedAs: x('oakcafe'), draft: 'Bon café' },
      { decision: 'confirm', account: null, reasons: ['identity-changed oakcafe -> null'] },
    ],
    [
      'an intended account that differs',
      { identity: x('oakcafe'), intendedAccountId: 'x:marie_dupont', draft: 'Bon café' },
      { decision: 'confirm', account: 'x:oakcafe', reasons: ['intended-account x:marie_dupont actual x:oakcafe'] },
    ],
  ])('%s', (_, input, expected) => {
    const s = _.includes('unknown identity allowed') ? { ...settings, unknownIdentity: 'allow' as const } : settings;
    expect(check(input, s)).toEqual(expected);
  });
});

describe('evaluate: nothing to say', () => {
  it.each<[string, Partial<VerdictInput>]>([
    ['the same identity as when the composer opened, written differently', { identity: x('@OAKCAFE', { sessionKey: '1' }), openedAs: x('oakcafe', { sessionKey: '1' }) }],
    ['the intended account itself', { identity: x('oakcafe'), intendedAccountId: 'x:oakcafe' }],
    ['an intended account that no longer exists', { identity: x('oakcafe'), intendedAccountId: 'x:gone' }],
    ['an empty intended account', { identity: x('oakcafe'), intendedAccountId: '' }],
    ['words that only look like configured ones', { identity: x('oakcafe'), draft: 'merdeux, lollipop, shitake, conte, wtfbbq, #hiring (LinkedIn only)' }],
    ["the current account's words that another account owns too", { identity: x('oakcafe'), draft: 'Our pain au levain is back' }],
    ['an empty draft', { identity: x('oakcafe'), draft: '' }],
  ])('%s', (_, input) => {
    expect(check({ draft: 'A flat white', ...input })).toEqual({ decision: 'allow', account: 'x:oakcafe', reasons: [] });
  });

  it('unknownIdentity "allow" lets an unidentified harmless post through, but still checks every list', () => {
    const s = { ...settings, unknownIdentity: 'allow' as const };
    expect(check({ identity: null, draft: 'Bonjour' }, s)).toEqual({ decision: 'allow', account: null, reasons: [] });
    expect(check({ identity: null, draft: 'mdr' }, s)).toEqual({ decision: 'confirm', account: null, reasons: ['risky-words confirm | ton-perso mdr=mdr@0'] });
  });

  it('guards nothing on a platform without configured accounts', () => {
    const v = evaluate(compileRules(settings), { platform: 'facebook', identity: null, openedAs: { platform: 'facebook', name: 'X', source: 't' }, draft: 'merde #BoulangerieDupont' });
    expect(v).toEqual({ decision: 'allow', reasons: [], account: null });
  });

  it('guards nothing when switched off, but still names the account', () => {
    const v = run({ identity: x('boulangerie_dupont'), openedAs: x('marie_dupont'), draft: 'merde, Boulangerie Martin' }, { ...settings, guardEnabled: false });
    expect(v).toEqual({ decision: 'allow', reasons: [], account: bakery });
  });

  it("ignores another platform's own words", () => {
    // #hiring belongs to the LinkedIn café only; on X nobody owns it.
    expect(check({ identity: x('marie_dupont'), draft: 'We are #hiring' })).toEqual({ decision: 'allow', account: 'x:marie_dupont', reasons: [] });
  });
});

describe('evaluate: reasons together', () => {
  it('reports every reason at once, in REASON_IDS order, never only the first', () => {
    const draft = 'wtf, chez Boulangerie Martin, un flat white avec mon chat #OakCafe';
    expect(check({ identity: x('boulangerie_dupont'), openedAs: x('marie_dupont'), intendedAccountId: 'x:marie_dupont', draft })).toEqual({
      decision: 'block',
      account: 'x:boulangerie_dupont',
      reasons: [
        'protected-account x:boulangerie_dupont',
        'other-account-words | x:oakcafe flat white=flat white@33 #OakCafe=#OakCafe@58 | x:marie_dupont mon chat=mon chat@49',
        'risky-words block | grossieretes wtf=wtf@0 | concurrents boulangerie martin=Boulangerie Martin@10',
        'identity-changed marie_dupont -> boulangerie_dupont',
        'intended-account x:marie_dupont actual x:boulangerie_dupont',
      ],
    });
  });

  it('an unknown identity: every account is "another account", every list applies', () => {
    const draft = 'lol #BoulangerieDupont mon chat, fucking Boulangerie Martin';
    expect(check({ identity: null, openedAs: x('marie_dupont'), intendedAccountId: 'x:boulangerie_dupont', draft })).toEqual({
      decision: 'block',
      account: null,
      reasons: [
        'unknown-identity',
        'other-account-words | x:boulangerie_dupont #BoulangerieDupont=#BoulangerieDupont@4 | x:marie_dupont mon chat=mon chat@23',
        'risky-words block | ton-perso lol=lol@0 | swearing fuck*=fucking@33 | concurrents boulangerie martin=Boulangerie Martin@41',
        'identity-changed marie_dupont -> null',
        'intended-account x:boulangerie_dupont actual null',
      ],
    });
  });

  it('an unregistered identity: every account is "another account", every list applies', () => {
    const draft = 'pain au levain, MERDE';
    expect(check({ identity: x('paul_boulangerie'), draft })).toEqual({
      decision: 'confirm',
      account: null,
      reasons: [
        'unregistered-identity paul_boulangerie',
        'other-account-words | x:boulangerie_dupont pain au levain=pain au levain@0 | x:oakcafe pain au levain=pain au levain@0',
        'risky-words confirm | grossieretes merde=MERDE@16',
      ],
    });
  });

  it('a protected brand with risky words to confirm, and a switched session', () => {
    const draft = 'Merde, le four est en panne';
    expect(check({ identity: x('boulangerie_dupont', { sessionKey: '2' }), openedAs: x('boulangerie_dupont', { sessionKey: '1' }), draft })).toEqual({
      decision: 'confirm',
      account: 'x:boulangerie_dupont',
      reasons: ['protected-account x:boulangerie_dupont', 'risky-words confirm | grossieretes merde=Merde@0', 'identity-changed boulangerie_dupont -> boulangerie_dupont'],
    });
  });

  it('gives the whole reason objects, with offsets into the draft for highlighting', () => {
    const draft = '🥖 Vive #BoulangerieDupont !';
    const v = run({ identity: x('marie_dupont'), draft });
    expect(v).toEqual({
      decision: 'confirm',
      account: marie,
      reasons: [{ id: 'other-account-words', owners: [{ account: bakery, hits: [{ word: '#BoulangerieDupont', start: 8, end: 26 }] }] }],
    });
    expect(draft.slice(8, 26)).toBe('#BoulangerieDupont');
  });
});

describe('evaluate: text as people paste it', () => {
  it.each([
    ['zero-width space', '\u200B'],
    ['soft hyphen', '\u00AD'],
    ['word joiner', '\u2060'],
  ])("a %s inside a word does not hide another account's phrase, and the highlight covers it", (_, invisible) => {
    const draft = `Notre pain au le${invisible}vain !`;
    expect(check({ identity: x('marie_dupont'), draft })).toEqual({
      decision: 'confirm',
      account: 'x:marie_dupont',
      reasons: [`other-account-words | x:boulangerie_dupont pain au levain=pain au le${invisible}vain@6 | x:oakcafe pain au levain=pain au le${invisible}vain@6`],
    });
  });

  it('a risky word with an invisible character inside still asks, on a list or in the draft', () => {
    const lists: Settings = { ...settings, wordLists: [{ ...swearingFr, words: ['mer\u200Dde'] }] };
    expect(check({ identity: x('oakcafe'), draft: 'Quelle merde' }, lists).reasons).toEqual(['risky-words confirm | grossieretes mer\u200Dde=merde@7']);
    expect(check({ identity: x('oakcafe'), draft: 'Quelle mer\u00ADde' }).reasons).toEqual(['risky-words confirm | grossieretes merde=mer\u00ADde@7']);
  });

  it('emoji and symbols on a list: an emoji matches wherever it stands, "C++" is not every "C"', () => {
    const emoji: WordList = { ...swearingEn, id: 'emoji', name: 'Emoji', words: ['🖕', '💩', 'C++', 'C#', '❤\uFE0F'] };
    const s: Settings = { ...settings, wordLists: [emoji] };
    expect(check({ identity: x('oakcafe'), draft: 'lol🖕 et 💩' }, s).reasons).toEqual(['risky-words confirm | emoji 🖕=🖕@3 💩=💩@9']);
    expect(check({ identity: x('oakcafe'), draft: 'Plan C, vitamine C, C + 1' }, s)).toEqual({ decision: 'allow', account: 'x:oakcafe', reasons: [] });
    expect(check({ identity: x('oakcafe'), draft: 'On recrute en C++ et C# ❤' }, s).reasons).toEqual(['risky-words confirm | emoji C++=C++@14 C#=C#@21 ❤\uFE0F=❤@24']);
  });
});

describe('evaluate: own words', () => {
  const levain: Account = { id: 'x:levain', platform: 'x', handle: 'levain', kind: 'brand', protected: false, ownWords: ['levain', 'merde alors'] };
  const withLevain: Settings = { ...settings, accounts: [...settings.accounts, levain] };

  it("does not count another account's word inside the current account's own phrase", () => {
    // "levain" belongs to @levain, but from the bakery it is part of the bakery's own "pain au levain".
    expect(check({ identity: x('oakcafe'), draft: 'pain au levain' }, withLevain)).toEqual({ decision: 'allow', account: 'x:oakcafe', reasons: [] });
    expect(check({ identity: x('oakcafe'), draft: 'levain' }, withLevain)).toEqual({
      decision: 'confirm',
      account: 'x:oakcafe',
      reasons: ['other-account-words | x:levain levain=levain@0'],
    });
  });

  it("counts another account's longer phrase that contains the current account's word", () => {
    expect(check({ identity: x('levain'), draft: 'pain au levain' }, withLevain)).toEqual({
      decision: 'confirm',
      account: 'x:levain',
      reasons: ['other-account-words | x:boulangerie_dupont pain au levain=pain au levain@0 | x:oakcafe pain au levain=pain au levain@0'],
    });
  });

  it("does not count a listed word that is the current account's own word", () => {
    expect(check({ identity: x('levain'), draft: 'merde alors, merde' }, withLevain)).toEqual({
      decision: 'confirm',
      account: 'x:levain',
      reasons: ['risky-words confirm | grossieretes merde=merde@13'],
    });
  });

  it('reports a word once per owner and place even when configured twice', () => {
    const twice: Settings = { ...settings, wordLists: [{ ...swearingFr, words: ['merde', 'MERDE', 'merde*'] }] };
    expect(check({ identity: x('oakcafe'), draft: 'merde' }, twice)).toEqual({
      decision: 'confirm',
      account: 'x:oakcafe',
      reasons: ['risky-words confirm | grossieretes MERDE=merde@0 merde=merde@0 merde*=merde@0'],
    });
    const dup: Settings = { ...settings, wordLists: [{ ...swearingFr, words: ['merde', 'merde'] }] };
    expect(check({ identity: x('oakcafe'), draft: 'merde' }, dup).reasons).toEqual(['risky-words confirm | grossieretes merde=merde@0']);
  });
});

describe('compileRules', () => {
  it('compiles each settings object once', () => {
    expect(compileRules(settings)).toBe(compileRules(settings));
    expect(compileRules({ ...settings })).not.toBe(compileRules(settings));
  });

  it('works on deeply frozen settings and does not change them', () => {
    const frozen = structuredClone(settings) as Settings;
    const deepFreeze = (o: object) => {
      Object.freeze(o);
      for (const v of Object.values(o)) if (v && typeof v === 'object' && !Object.isFrozen(v)) deepFreeze(v as object);
    };
    deepFreeze(frozen);
    const before = JSON.stringify(frozen);
    expect(check({ identity: x('marie_dupont'), draft: 'wtf' }, frozen)).toEqual({ decision: 'allow', account: 'x:marie_dupont', reasons: [] });
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe('compileRulesInSteps (idle time)', () => {
  // Enough words for many slices: accounts' own words, exceptions and lists, in settings order.
  const big = (): Settings => ({
    ...settings,
    accounts: settings.accounts.map((a, i) => ({ ...a, ownWords: [...a.ownWords, ...Array.from({ length: 300 }, (_, k) => `own${i}x${k}`)], exceptions: i === 0 ? ['merde'] : undefined })),
    wordLists: settings.wordLists.map((l, i) => ({ ...l, words: [...l.words, ...Array.from({ length: 700 }, (_, k) => `list${i}x${k}*`)] })),
  });
  const draft = 'own1x299 et #BoulangerieDupont, list2x5ter, merde, mon boss, boulangerie martin own0x3';
  const verdictOf = (s: Settings) => describeVerdict(evaluate(compileRules(s), { platform: 'x', identity: x('boulangerie_dupont'), openedAs: null, draft }), draft);

  it('slice by slice gives the same rules as one go, and then compileRules has nothing left to do', () => {
    const stepped = big();
    const job = compileRulesInSteps(stepped);
    let steps = 1;
    while (!job.step(() => false)) steps++;
    expect(steps).toBeGreaterThan(10);
    expect(compileRulesInSteps(stepped).step(() => false)).toBe(true);
    const once = big();
    expect(compileRules(stepped).matcher.size).toBe(compileRules(once).matcher.size);
    expect(verdictOf(stepped)).toEqual(verdictOf(once));
    expect(verdictOf(stepped).reasons.length).toBeGreaterThan(1);
  });

  it('a publish before the idle work is done finishes it from where it was, once', () => {
    const s = big();
    const job = compileRulesInSteps(s);
    expect(job.step(() => false)).toBe(false);
    expect(job.step(() => false)).toBe(false);
    const rules = compileRules(s);
    expect(compileRules(s)).toBe(rules);
    expect(job.step(() => false)).toBe(true);
    expect(rules.matcher.size).toBe(compileRules(big()).matcher.size);
    expect(verdictOf(s)).toEqual(verdictOf(big()));
  });

  it('as long as there is time, one step does it all', () => {
    const s = big();
    expect(compileRulesInSteps(s).step(() => true)).toBe(true);
  });
});

describe('evaluate: properties', () => {
  it('gives the same verdict whatever the order of accounts, lists and words (property)', () => {
    const drafts = fc.constantFrom(
      'wtf #OakCafe',
      'mon chat et mes vacances',
      'Boulangerie Martin lol',
      'pain au levain merde',
      'flat white, fucking shit',
      'rien à signaler',
      '#BoulangerieDupont @marie_dupont @paul_boulangerie',
    );
    const identities = fc.constantFrom<Identity | null>(x('boulangerie_dupont'), x('marie_dupont'), x('OakCafe'), x('nobody'), { platform: 'x', name: 'the oak cafe', source: 't' }, null);
    const shuffledWords = (lists: WordList[]) => fc.tuple(...lists.map((l) => fc.shuffledSubarray(l.words, { minLength: l.words.length, maxLength: l.words.length }).map((words) => ({ ...l, words }))));
    fc.assert(
      fc.property(
        fc.shuffledSubarray(settings.accounts, { minLength: 4, maxLength: 4 }),
        fc.shuffledSubarray(settings.wordLists, { minLength: 4, maxLength: 4 }).chain(shuffledWords),
        drafts,
        identities,
        identities,
        fc.constantFrom(undefined, 'x:marie_dupont', 'x:oakcafe'),
        (accounts, lists, draft, identity, openedAs, intendedAccountId) => {
          const a = run({ identity, openedAs, intendedAccountId, draft });
          const b = run({ identity, openedAs, intendedAccountId, draft }, { ...settings, accounts, wordLists: lists });
          // The lists in b are copies with shuffled words: compare them by id.
          const canon = (v: Verdict) =>
            JSON.stringify(v, (k, val: unknown) => (k === 'list' && val && typeof val === 'object' && 'id' in val ? (val as WordList).id : val));
          expect(canon(b)).toBe(canon(a));
        },
      ),
      { numRuns: 500 },
    );
  });

  const word = fc.oneof(
    fc.constantFrom('merde', 'wtf', '#tag', '@moi', 'pain au levain', 'fuck*', '*', '', ' ', '#', 'ｗｔｆ', 'e\u0301te\u0301', '🥖'),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
  );
  const platform = fc.constantFrom(...PLATFORMS);
  const optString = fc.option(fc.oneof(fc.constantFrom('moi', '@Moi', 'Moi Même', ''), fc.string({ maxLength: 8 })), { nil: undefined });
  const account = fc.record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    platform,
    handle: optString,
    name: optString,
    kind: fc.constantFrom(...ACCOUNT_KINDS),
    protected: fc.boolean(),
    ownWords: fc.array(word, { maxLength: 5 }),
  }) as fc.Arbitrary<Account>;
  const list = fc.record({
    id: fc.constantFrom('l1', 'l2', 'l3'),
    name: fc.string({ maxLength: 6 }),
    words: fc.array(word, { maxLength: 6 }),
    appliesTo: fc.subarray([...ACCOUNT_KINDS]),
    action: fc.constantFrom('confirm' as const, 'block' as const),
    enabled: fc.boolean(),
    includeAccounts: fc.subarray(['x:a', 'x:b', 'facebook:name:a']),
    excludeAccounts: fc.subarray(['x:a', 'x:b']),
  });
  const arbSettings: fc.Arbitrary<Settings> = fc.record({
    schemaVersion: fc.nat(),
    accounts: fc.array(account, { maxLength: 5 }),
    wordLists: fc.array(list, { maxLength: 3 }),
    unknownIdentity: fc.constantFrom('confirm' as const, 'allow' as const),
    guardEnabled: fc.boolean(),
    language: fc.constantFrom('auto' as const, 'en' as const, 'fr' as const),
    journalKeepText: fc.boolean(),
    journalCap: fc.constant(2000),
    pauseSparesProtected: fc.boolean(),
  });
  const identity = fc.option(
    fc.record({ platform, handle: optString, name: optString, sessionKey: fc.option(fc.constantFrom('1', '2'), { nil: undefined }), source: fc.constant('prop') }),
    { nil: null },
  ) as fc.Arbitrary<Identity | null>;
  const draft = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.array(word, { maxLength: 8 }).map((w) => w.join(' ')));

  it('never throws, and every verdict is well formed, on any settings the types allow (property)', () => {
    fc.assert(
      fc.property(arbSettings, platform, identity, identity, fc.option(fc.constantFrom('a', 'b', 'z', ''), { nil: undefined }), draft, (s, p, id, opened, intended, d) => {
        const v = evaluate(compileRules(s), { platform: p, identity: id, openedAs: opened, intendedAccountId: intended, draft: d });
        const ids = v.reasons.map((r) => r.id);
        // In REASON_IDS order, each at most once.
        expect(ids).toEqual(REASON_IDS.filter((r) => ids.includes(r)));
        expect(v.decision).toBe(v.reasons.some((r) => r.id === 'risky-words' && r.action === 'block') ? 'block' : ids.length ? 'confirm' : 'allow');
        if (v.account) {
          expect(s.accounts).toContain(v.account);
          expect(v.account.platform).toBe(p);
        }
        const onPlatform = s.accounts.some((a) => a.platform === p);
        if (!s.guardEnabled || !onPlatform) expect(ids).toEqual([]);
        for (const r of v.reasons) {
          const groups = r.id === 'other-account-words' ? r.owners.map((o) => o.hits) : r.id === 'risky-words' ? r.lists.map((l) => l.hits) : [];
          for (const hits of groups) {
            expect(hits.length).toBeGreaterThan(0);
            for (const h of hits) {
              expect(h.start).toBeGreaterThanOrEqual(0);
              expect(h.end).toBeLessThanOrEqual(d.length);
              expect(h.end).toBeGreaterThan(h.start);
            }
          }
          if (r.id === 'other-account-words') for (const o of r.owners) expect(o.account === v.account || o.account.platform !== p).toBe(false);
        }
      }),
      { numRuns: 1500 },
    );
  });
});

describe('matchAccount', () => {
  const name = (n: string, platform: Identity['platform'] = 'x'): Identity => ({ platform, name: n, source: 't' });
  it.each<[string, Identity, string | null]>([
    ['by handle', x('marie_dupont'), 'x:marie_dupont'],
    ['by handle, any case, with a leading @', x('@Marie_Dupont'), 'x:marie_dupont'],
    ['by handle when the account has a mixed-case handle', x('oakcafe'), 'x:oakcafe'],
    ['by name when the identity has no handle, folded and whitespace-collapsed', name('  the  OAK cafe '), 'x:oakcafe'],
    ['never by name when both handles differ', { platform: 'x', handle: 'imposter', name: 'Marie Dupont', source: 't' }, null],
    ['by name on a platform without handles', name('The Oak Café', 'linkedin'), 'linkedin:name:the oak cafe'],
    ['never across platforms', { platform: 'instagram', handle: 'marie_dupont', source: 't' }, null],
    ['not with nothing to compare', { platform: 'x', source: 't' }, null],
    ['not with an empty handle and no name', x(''), null],
  ])('%s', (_, identity, expected) => {
    expect(matchAccount(settings.accounts, identity)?.id ?? null).toBe(expected);
  });

  it('prefers a handle match to a name match, and a protected account among equal names, whatever the order', () => {
    const byName: Account = { id: 'x:name:marie', platform: 'x', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [] };
    const twin: Account = { ...byName, id: 'x:name:marie2', protected: true };
    const identity: Identity = { platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', source: 't' };
    expect(matchAccount([byName, marie], identity)).toBe(marie);
    expect(matchAccount([marie, byName], identity)).toBe(marie);
    const nameOnly: Identity = { platform: 'x', name: 'marie dupont', source: 't' };
    expect(matchAccount([byName, twin], nameOnly)).toBe(twin);
    expect(matchAccount([twin, byName], nameOnly)).toBe(twin);
  });
});

describe('matchAccount: numeric ids and vanity names (Facebook, LinkedIn)', () => {
  const page: Account = { id: 'linkedin:boulangerie-dupont', platform: 'linkedin', handle: 'boulangerie-dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: [] };
  const person: Account = { id: 'facebook:marie.dupont.75', platform: 'facebook', handle: 'marie.dupont.75', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [] };
  const byId: Account = { id: 'facebook:61551234567890', platform: 'facebook', handle: '61551234567890', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: [] };
  const accounts = [page, person, byId];
  const id = (platform: Identity['platform'], handle: string, more: Partial<Identity> = {}): Identity => ({ platform, handle, source: 't', ...more });
  it.each<[string, Identity, string | null]>([
    ['a page saved by vanity, seen by its numeric id: matched by name', id('linkedin', '104857600', { name: 'Boulangerie Dupont' }), 'linkedin:boulangerie-dupont'],
    ['a numeric id and a vanity, with another name: no match', id('linkedin', '104857600', { name: 'Boulangerie Martin' }), null],
    ['a person saved by vanity, seen by numeric id with that vanity as alias', id('facebook', '100089000000001', { aliases: ['marie.dupont.75'] }), 'facebook:marie.dupont.75'],
    ['an account saved by numeric id, seen by id: by handle, whatever the name', id('facebook', '61551234567890', { name: 'Autre nom' }), 'facebook:61551234567890'],
    ['two different numeric ids never match, even with the same name', id('facebook', '61550000000000', { name: 'Boulangerie Dupont' }), null],
    ['two different vanity names never match, even with the same name', id('facebook', 'marie.dupont.76', { name: 'Marie Dupont' }), null],
    ['on X a handle is always comparable: digits and letters differ', { platform: 'x', handle: '12345', name: 'Marie Dupont', source: 't' }, null],
  ])('%s', (_, identity, expected) => {
    expect(matchAccount(accounts, identity)?.id ?? null).toBe(expected);
  });

  it.each<[string, Identity, Identity, boolean]>([
    ['an id and its alias on the other side', id('facebook', '100089000000001', { aliases: ['marie.dupont.75'] }), id('facebook', 'marie.dupont.75'), true],
    ['an id and a vanity, same name: no sign of a change', id('linkedin', '104857600', { name: 'Boulangerie Dupont' }), id('linkedin', 'boulangerie-dupont', { name: 'Boulangerie Dupont' }), true],
    ['an id and a vanity, other names: changed', id('linkedin', '104857600', { name: 'Boulangerie Dupont' }), id('linkedin', 'marie-dupont', { name: 'Marie Dupont' }), false],
    ['two numeric ids: changed', id('facebook', '1'), id('facebook', '2'), false],
  ])('sameIdentity: %s', (_, a, b, expected) => {
    expect(sameIdentity(a, b)).toBe(expected);
    expect(sameIdentity(b, a)).toBe(expected);
  });
});

describe('sameIdentity', () => {
  it.each<[string, Identity, Identity, boolean]>([
    ['same handle, any case and "@"', x('Marie'), x('@marie'), true],
    ['different handles', x('a'), x('b'), false],
    ['different handles, same name', x('a', { name: 'Marie' }), x('b', { name: 'Marie' }), false],
    ['same handle, different session keys', x('a', { sessionKey: '1' }), x('a', { sessionKey: '2' }), false],
    ['same handle, same session key', x('a', { sessionKey: '1' }), x('a', { sessionKey: '1' }), true],
    ['same handle, one session key', x('a', { sessionKey: '1' }), x('a'), true],
    ['same name folded', { platform: 'x', name: 'Être  Là', source: 't' }, { platform: 'x', name: 'etre la', source: 't' }, true],
    ['different names', { platform: 'x', name: 'Marie', source: 't' }, { platform: 'x', name: 'Paul', source: 't' }, false],
    ['same name, different session keys', { platform: 'x', name: 'Marie', sessionKey: '1', source: 't' }, { platform: 'x', name: 'Marie', sessionKey: '2', source: 't' }, false],
    ['handle on one side, name on the other: no sign of a change', x('a'), { platform: 'x', name: 'A', source: 't' }, true],
    ['different platforms', x('a'), { platform: 'instagram', handle: 'a', source: 't' }, false],
  ])('%s', (_, a, b, expected) => {
    expect(sameIdentity(a, b)).toBe(expected);
    expect(sameIdentity(b, a)).toBe(expected);
  });
});

describe('evaluate: lists switched off, per account, per kind', () => {
  const withLists = (change: (l: WordList) => WordList) => ({ ...settings, wordLists: settings.wordLists.map(change) });
  const draft = 'oh merde';

  it('a list switched off is never checked, for any account', () => {
    const off = withLists((l) => (l.id === 'grossieretes' ? { ...l, enabled: false } : l));
    expect(check({ identity: x('boulangerie_dupont'), draft }, off).reasons).not.toContainEqual(expect.stringContaining('grossieretes'));
    expect(check({ identity: x('boulangerie_dupont'), draft }).reasons).toContainEqual(expect.stringContaining('risky-words confirm | grossieretes'));
  });

  it('a list can be switched on for one account whose kind it does not cover', () => {
    const forMarie = withLists((l) => (l.id === 'grossieretes' ? { ...l, includeAccounts: [marie.id] } : l));
    expect(check({ identity: x('marie_dupont'), draft }).decision).toBe('allow');
    expect(check({ identity: x('marie_dupont'), draft }, forMarie).reasons).toEqual(['risky-words confirm | grossieretes merde=merde@3']);
  });

  it('a list can be switched off for one account whose kind it covers', () => {
    const notBakery = withLists((l) => (l.id === 'grossieretes' ? { ...l, excludeAccounts: [bakery.id] } : l));
    expect(check({ identity: x('boulangerie_dupont'), draft }, notBakery).reasons).not.toContainEqual(expect.stringContaining('grossieretes'));
  });
});

describe("an account's exceptions (don't flag this again for this account)", () => {
  it('a word the account may use is not flagged by a list for it; other accounts and other words still are', () => {
    const brand: Account = { id: 'x:b', platform: 'x', handle: 'b', kind: 'brand', protected: false, ownWords: [], exceptions: ['merde'] };
    const other: Account = { id: 'x:o', platform: 'x', handle: 'o', kind: 'brand', protected: false, ownWords: [] };
    const list: WordList = { id: 'l', name: 'Gros mots', words: ['merde', 'putain'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] };
    const settings: Settings = { schemaVersion: 2, accounts: [brand, other], wordLists: [list], unknownIdentity: 'confirm', guardEnabled: true, language: 'auto', journalKeepText: false, journalCap: 2000, pauseSparesProtected: true };
    const rules = compileRules(settings);
    const as = (handle: string, draft: string) => evaluate(rules, { platform: 'x', identity: { platform: 'x', handle, source: 't' }, openedAs: null, draft });
    expect(as('b', 'Oh merde alors').decision).toBe('allow');
    expect(as('b', 'Oh MERDE alors').decision).toBe('allow');
    expect(as('b', 'putain').reasons.map((r) => r.id)).toEqual(['risky-words']);
    expect(as('o', 'Oh merde alors').reasons.map((r) => r.id)).toEqual(['risky-words']);
  });
});
