import { describe, expect, it } from 'vitest';
import { exportSettingsFile, jsonErrorPosition, parseSettingsFile } from '../../../utils/settings/file';
import { DEFAULT_WORD_LISTS, defaultSettings } from '../../../utils/settings/defaults';
import { accountId, IMPORT_ERROR_CODES } from '../../../utils/settings/schema';

const base = () => ({
  format: 'right-account-settings',
  version: 1,
  accounts: [
    { platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont', 'pain au levain'] },
    { platform: 'x', handle: '@marie_dupont', name: 'Marie Dupont', kind: 'personal', extra: 'ignored' },
  ],
  wordLists: [{ name: 'Grossièretés', words: ['merde', 'putain', 'wtf'], appliesTo: ['brand'], action: 'confirm' }],
  unknownIdentity: 'confirm',
  somethingNew: { ignored: true },
});
const parse = (v: unknown) => parseSettingsFile(typeof v === 'string' ? v : JSON.stringify(v));
const errors = (v: unknown) => {
  const r = parse(v);
  return r.ok ? [] : r.errors;
};
const edit = (change: (f: ReturnType<typeof base> & Record<string, unknown>) => void) => {
  const f = base() as ReturnType<typeof base> & Record<string, unknown>;
  change(f);
  return f;
};

describe('parseSettingsFile: a valid file', () => {
  it('gives exact accounts, lists and policy, with defaults and ids, ignoring unknown fields', () => {
    expect(parse(base())).toEqual({
      ok: true,
      content: {
        accounts: [
          { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont', 'pain au levain'] },
          { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [] },
        ],
        wordLists: [{ id: 'list-0-grossieretes', name: 'Grossièretés', words: ['merde', 'putain', 'wtf'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] }],
        unknownIdentity: 'confirm',
      },
    });
  });

  it('uses the shipped lists when wordLists is absent, and the defaults of optional fields', () => {
    const r = parse({ format: 'right-account-settings', version: 1, accounts: [{ platform: 'linkedin', name: 'Boulangerie Dupont', kind: 'brand' }], wordLists: undefined });
    expect(r.ok && r.content.wordLists.map((l) => l.id)).toEqual(DEFAULT_WORD_LISTS.map((l) => l.id));
    expect(r.ok && r.content.unknownIdentity).toBe('confirm');
    expect(r.ok && r.content.accounts[0]).toEqual({ id: 'linkedin:name:boulangerie dupont', platform: 'linkedin', name: 'Boulangerie Dupont', kind: 'brand', protected: false, ownWords: [] });
    const lists = parse({ format: 'right-account-settings', version: 1, wordLists: [{ name: 'Rivals', words: ['x'] }] });
    expect(lists.ok && lists.content.wordLists).toEqual([{ id: 'list-0-rivals', name: 'Rivals', words: ['x'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] }]);
  });

  it('accepts 10,000 words and a file of exactly 1 MiB', () => {
    const words = Array.from({ length: 10_000 }, (_, i) => `w${i}`);
    expect(parse(edit((f) => ((f.accounts = []), (f.wordLists = [{ name: 'Big', words, appliesTo: ['brand'], action: 'confirm' }])))).ok).toBe(true);
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    const head = JSON.stringify(base()).slice(0, -1) + ',"pad":"';
    const padded = head + 'a'.repeat(1024 * 1024 - bytes(head) - 2) + '"}';
    expect(bytes(padded)).toBe(1024 * 1024);
    expect(parseSettingsFile(padded).ok).toBe(true);
    expect(parseSettingsFile(padded.replace('"pad":"a', '"pad":"aa')).ok).toBe(false);
  });

  it('round-trips through export', () => {
    const r = parse(base());
    if (!r.ok) throw new Error('valid file refused');
    const settings = { ...defaultSettings(), ...r.content };
    const again = parseSettingsFile(exportSettingsFile(settings));
    expect(again).toEqual(r);
    expect(JSON.parse(exportSettingsFile(settings))).toEqual({
      format: 'right-account-settings',
      version: 1,
      accounts: [
        { platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont', 'pain au levain'] },
        { platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [] },
      ],
      wordLists: [
        {
          id: 'list-0-grossieretes',
          name: 'Grossièretés',
          words: ['merde', 'putain', 'wtf'],
          appliesTo: ['brand'],
          action: 'confirm',
          enabled: true,
          includeAccounts: [],
          excludeAccounts: [],
        },
      ],
      unknownIdentity: 'confirm',
    });
  });
});

describe('parseSettingsFile: more valid files', () => {
  it('reads an English file on every platform, stripping "@" and keeping case in handles', () => {
    const r = parse({
      format: 'right-account-settings',
      version: 1,
      accounts: [
        { platform: 'instagram', handle: '@Dupont.Bakery', kind: 'brand', protected: false, ownWords: ['@dupont.bakery', 'sourdough*'] },
        { platform: 'facebook', name: '  Dupont Bakery ', kind: 'brand', protected: true },
        { platform: 'linkedin', handle: 'dupont-bakery', name: 'Dupont Bakery Ltd', kind: 'brand' },
        { platform: 'x', handle: 'MaryDupont', kind: 'personal', ownWords: ['my boss'] },
      ],
      wordLists: [
        { name: 'Profanity (English)', words: ['fuck*', ' shit* ', 'wtf'], appliesTo: ['brand', 'personal', 'brand'], action: 'block', comment: 'ignored' },
        { name: 'Rivals', words: ['#OtherBakery'], appliesTo: [] },
      ],
      unknownIdentity: 'allow',
    });
    expect(r).toEqual({
      ok: true,
      content: {
        accounts: [
          { id: 'instagram:dupont.bakery', platform: 'instagram', handle: 'Dupont.Bakery', kind: 'brand', protected: false, ownWords: ['@dupont.bakery', 'sourdough*'] },
          { id: 'facebook:name:dupont bakery', platform: 'facebook', name: 'Dupont Bakery', kind: 'brand', protected: true, ownWords: [] },
          { id: 'linkedin:dupont-bakery', platform: 'linkedin', handle: 'dupont-bakery', name: 'Dupont Bakery Ltd', kind: 'brand', protected: false, ownWords: [] },
          { id: 'x:marydupont', platform: 'x', handle: 'MaryDupont', kind: 'personal', protected: false, ownWords: ['my boss'] },
        ],
        wordLists: [
          { id: 'list-0-profanity-english', name: 'Profanity (English)', words: ['fuck*', 'shit*', 'wtf'], appliesTo: ['brand', 'personal'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: [] },
          { id: 'list-1-rivals', name: 'Rivals', words: ['#OtherBakery'], appliesTo: [], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] },
        ],
        unknownIdentity: 'allow',
      },
    });
  });

  it('takes an empty wordLists as "no lists" and a missing accounts as none', () => {
    expect(parse({ format: 'right-account-settings', version: 1, wordLists: [] })).toEqual({ ok: true, content: { accounts: [], wordLists: [], unknownIdentity: 'confirm' } });
  });

  it('accepts the limits themselves: 1,000 accounts, 200 lists, 20-character X and 30-character Instagram handles', () => {
    const accounts = Array.from({ length: 1_000 }, (_, i) => ({ platform: 'x', handle: `a${i}`, kind: 'brand' }));
    const wordLists = Array.from({ length: 200 }, (_, i) => ({ name: `L${i}`, words: ['w'] }));
    expect(parse({ format: 'right-account-settings', version: 1, accounts, wordLists }).ok).toBe(true);
    const handles = [{ platform: 'x', handle: 'a'.repeat(20), kind: 'brand' }, { platform: 'instagram', handle: 'a._'.repeat(10), kind: 'brand' }];
    expect(parse({ format: 'right-account-settings', version: 1, accounts: handles }).ok).toBe(true);
  });

  it('does not count an account with a handle and a page with only its name as the same account', () => {
    const accounts = [{ platform: 'facebook', handle: 'dupont', name: 'Dupont', kind: 'brand' }, { platform: 'facebook', name: 'Dupont', kind: 'brand' }];
    expect(parse({ format: 'right-account-settings', version: 1, accounts }).ok).toBe(true);
  });

  it('returns objects it shares with nobody: changing one result changes neither the next nor the shipped lists', () => {
    const first = parse({ format: 'right-account-settings', version: 1 });
    if (!first.ok) throw new Error('valid file refused');
    first.content.wordLists[0]!.words.push('changed');
    first.content.wordLists[0]!.name = 'changed';
    const second = parse({ format: 'right-account-settings', version: 1 });
    expect(second.ok && second.content.wordLists).toEqual(DEFAULT_WORD_LISTS);
    expect(DEFAULT_WORD_LISTS[0]!.words).not.toContain('changed');
  });

  it('exports pretty v1 JSON that parses back to the same settings, list ids included', () => {
    const settings = { ...defaultSettings(), accounts: [{ id: 'x:a', platform: 'x' as const, handle: 'a', kind: 'brand' as const, protected: false, ownWords: ['w'] }] };
    const text = exportSettingsFile(settings);
    expect(text).toBe(JSON.stringify(JSON.parse(text), null, 2));
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'version', 'accounts', 'wordLists', 'unknownIdentity']);
    const again = parseSettingsFile(text);
    expect(again.ok && again.content.accounts).toEqual(settings.accounts);
    // List ids are written out, so that the shipped lists keep theirs through a round trip.
    expect(again.ok && again.content.wordLists).toEqual(settings.wordLists);
    expect(again.ok && again.content.wordLists[0]!.id).toBe('default-profanity-fr');
  });

  it('exports name-only accounts without a handle and round-trips them', () => {
    const settings = { ...defaultSettings(), wordLists: [], accounts: [{ id: 'facebook:name:dupont', platform: 'facebook' as const, name: 'Dupont', kind: 'brand' as const, protected: true, ownWords: [] }] };
    expect(JSON.parse(exportSettingsFile(settings)).accounts).toEqual([{ platform: 'facebook', name: 'Dupont', kind: 'brand', protected: true, ownWords: [] }]);
    expect(parseSettingsFile(exportSettingsFile(settings))).toEqual({ ok: true, content: { accounts: settings.accounts, wordLists: [], unknownIdentity: 'confirm' } });
  });

  it('ignores a deeply nested unknown field instead of overflowing the stack', () => {
    const depth = 200_000;
    const text = '{"format":"right-account-settings","version":1,"extra":' + '['.repeat(depth) + ']'.repeat(depth) + ',"more":' + '{"a":'.repeat(50_000) + '1' + '}'.repeat(50_000) + '}';
    expect(() => parseSettingsFile(text)).not.toThrow();
    expect(parseSettingsFile(text).ok).toBe(true);
    const hidden = text.replace('"more":{"a":', '"more":{"__proto__":');
    expect(errors(hidden)).toEqual([{ code: 'forbidden-key', path: 'more', params: { key: '__proto__' } }]);
  });
});

describe('parseSettingsFile: errors', () => {
  it('collects at most 20 errors', () => {
    const file = { format: 'right-account-settings', version: 1, accounts: Array.from({ length: 30 }, () => ({ platform: 'x', handle: 'a b', kind: 'brand' })) };
    const list = errors(file);
    expect(list).toHaveLength(20);
    expect(list[19]).toEqual({ code: 'invalid-handle', path: 'accounts[19].handle', params: { found: 'a b' } });
  });

  it('uses only the documented codes', () => {
    expect(IMPORT_ERROR_CODES).toEqual([
      'not-json', 'too-large', 'not-object', 'wrong-format', 'unsupported-version', 'wrong-type', 'invalid-value', 'missing-field',
      'invalid-handle', 'too-long', 'empty-string', 'too-many-words', 'too-many-items', 'duplicate-account', 'duplicate-list',
      'forbidden-key', 'hidden-character',
    ]);
  });

  it('stops at the first of: too large, not JSON, not an object, wrong format, wrong version', () => {
    expect(errors('{"format":"other","version":9,"accounts":"x"}')).toEqual([{ code: 'wrong-format', path: 'format', params: { found: 'other' } }]);
    expect(errors('{"format":"right-account-settings","version":9,"accounts":"x"}')).toEqual([{ code: 'unsupported-version', path: 'version', params: { found: 9 } }]);
  });

  it('turns the parser\'s place into a character offset, in V8 and in Firefox wording', () => {
    expect(jsonErrorPosition(new SyntaxError('Unexpected token } in JSON at position 12'), '')).toBe(12);
    const text = '{\n  "a": 1,\n  x\n}';
    expect(jsonErrorPosition(new SyntaxError('JSON.parse: expected double-quoted property name at line 3 column 3 of the JSON data'), text)).toBe(text.indexOf('x'));
    expect(jsonErrorPosition(new SyntaxError('Unexpected end of JSON input'), '{')).toBeUndefined();
  });
});

describe('parseSettingsFile: every bad input is refused, saying what and where', () => {
  it.each<[string, unknown, { code: string; path: string; params?: Record<string, unknown> }[]]>([
    ['not JSON', '{"format": "right-account-settings",', [{ code: 'not-json', path: '', params: { position: expect.any(Number) } }]],
    ['not an object', '[1, 2]', [{ code: 'not-object', path: '' }]],
    ['the wrong format', edit((f) => (f.format = 'other')), [{ code: 'wrong-format', path: 'format', params: { found: 'other' } }]],
    ['not JSON, without a position from the parser', '', [{ code: 'not-json', path: '' }]],
    ['a JSON string', '"settings"', [{ code: 'not-object', path: '' }]],
    ['JSON null', 'null', [{ code: 'not-object', path: '' }]],
    ['no format', edit((f) => delete (f as Partial<typeof f>).format), [{ code: 'wrong-format', path: 'format', params: { found: 'undefined' } }]],
    ['a format that is an object', edit((f) => ((f as Record<string, unknown>).format = {})), [{ code: 'wrong-format', path: 'format', params: { found: 'object' } }]],
    ['a newer version', edit((f) => (f.version = 2)), [{ code: 'unsupported-version', path: 'version', params: { found: 2 } }]],
    ['a version written as a string', edit((f) => ((f as Record<string, unknown>).version = '1')), [{ code: 'unsupported-version', path: 'version', params: { found: '1' } }]],
    ['no version', edit((f) => delete (f as Partial<typeof f>).version), [{ code: 'unsupported-version', path: 'version', params: { found: 'undefined' } }]],
    ['wordLists that is null', edit((f) => ((f as Record<string, unknown>).wordLists = null)), [{ code: 'wrong-type', path: 'wordLists', params: { expected: 'array', found: 'null' } }]],
    ['a word list that is not an object', edit((f) => ((f.wordLists as unknown[])[0] = ['merde'])), [{ code: 'wrong-type', path: 'wordLists[0]', params: { expected: 'object', found: 'array' } }]],
    ['a missing platform', edit((f) => delete (f.accounts[0] as Record<string, unknown>).platform), [{ code: 'missing-field', path: 'accounts[0].platform' }]],
    ['a platform that is not a string', edit((f) => ((f.accounts[0] as Record<string, unknown>).platform = 1)), [{ code: 'invalid-value', path: 'accounts[0].platform', params: { allowed: 'x, facebook, linkedin, instagram', found: 'number' } }]],
    ['an Instagram account without handle', edit((f) => (f.accounts = [{ platform: 'instagram', name: 'Boulangerie Dupont', kind: 'brand' } as never])), [{ code: 'missing-field', path: 'accounts[0].handle' }]],
    ['an invalid Instagram handle', edit((f) => (f.accounts = [{ platform: 'instagram', handle: 'boulangerie-dupont', kind: 'brand' } as never])), [{ code: 'invalid-handle', path: 'accounts[0].handle', params: { found: 'boulangerie-dupont' } }]],
    ['an X handle longer than X allows', edit((f) => ((f.accounts[1] as Record<string, unknown>).handle = 'a'.repeat(21))), [{ code: 'invalid-handle', path: 'accounts[1].handle', params: { found: 'a'.repeat(21) } }]],
    ['a handle that is only "@"', edit((f) => ((f.accounts[1] as Record<string, unknown>).handle = '@')), [{ code: 'invalid-handle', path: 'accounts[1].handle', params: { found: '' } }]],
    ['a Facebook handle with a space', edit((f) => (f.accounts = [{ platform: 'facebook', handle: 'boulangerie dupont', kind: 'brand' } as never])), [{ code: 'invalid-handle', path: 'accounts[0].handle', params: { found: 'boulangerie dupont' } }]],
    ['a Facebook handle that reads as a name-only id', edit((f) => (f.accounts = [{ platform: 'facebook', name: 'Dupont', kind: 'brand' }, { platform: 'facebook', handle: 'Name:dupont', kind: 'brand' }] as never)), [{ code: 'invalid-handle', path: 'accounts[1].handle', params: { found: 'Name:dupont' } }]],
    ['a LinkedIn handle over 100 characters', edit((f) => (f.accounts = [{ platform: 'linkedin', handle: 'a'.repeat(101), kind: 'brand' } as never])), [{ code: 'too-long', path: 'accounts[0].handle', params: { max: 100 } }]],
    ['a handle that is not a string', edit((f) => ((f.accounts[1] as Record<string, unknown>).handle = 42)), [{ code: 'wrong-type', path: 'accounts[1].handle', params: { expected: 'string', found: 'number' } }]],
    ['an account name over 200 characters', edit((f) => ((f.accounts[0] as Record<string, unknown>).name = 'a'.repeat(201))), [{ code: 'too-long', path: 'accounts[0].name', params: { max: 200 } }]],
    ['an empty account name', edit((f) => ((f.accounts[0] as Record<string, unknown>).name = '')), [{ code: 'empty-string', path: 'accounts[0].name' }]],
    ['ownWords that is not an array', edit((f) => ((f.accounts[0] as Record<string, unknown>).ownWords = '#BoulangerieDupont')), [{ code: 'wrong-type', path: 'accounts[0].ownWords', params: { expected: 'array', found: 'string' } }]],
    ['an own word over 200 characters', edit((f) => ((f.accounts[0] as Record<string, unknown>).ownWords = ['a'.repeat(201)])), [{ code: 'too-long', path: 'accounts[0].ownWords[0]', params: { max: 200 } }]],
    ['a list name over 100 characters', edit((f) => (f.wordLists[0]!.name = 'a'.repeat(101))), [{ code: 'too-long', path: 'wordLists[0].name', params: { max: 100 } }]],
    ['an empty list name', edit((f) => (f.wordLists[0]!.name = ' ')), [{ code: 'empty-string', path: 'wordLists[0].name' }]],
    ['a list without words', edit((f) => delete (f.wordLists[0] as Record<string, unknown>).words), [{ code: 'missing-field', path: 'wordLists[0].words' }]],
    ['appliesTo that is not an array', edit((f) => ((f.wordLists[0] as Record<string, unknown>).appliesTo = 'brand')), [{ code: 'wrong-type', path: 'wordLists[0].appliesTo', params: { expected: 'array', found: 'string' } }]],
    ['a policy that is not a string', edit((f) => ((f as Record<string, unknown>).unknownIdentity = true)), [{ code: 'invalid-value', path: 'unknownIdentity', params: { allowed: 'confirm, allow', found: 'boolean' } }]],
    ['the same Facebook page twice by name', edit((f) => (f.accounts = [{ platform: 'facebook', name: 'Boulangerie Dupont', kind: 'brand' }, { platform: 'facebook', name: 'boulangerie  dupont', kind: 'brand' }] as never)), [{ code: 'duplicate-account', path: 'accounts[1]', params: { first: 0 } }]],
    ['more than 10,000 words across own words and lists', edit((f) => ((f.accounts[1] as Record<string, unknown>).ownWords = Array.from({ length: 5_000 }, (_, i) => `o${i}`), (f.wordLists[0]!.words = Array.from({ length: 4_999 }, (_, i) => `w${i}`)))), [{ code: 'too-many-words', path: '', params: { count: 10_001, max: 10_000 } }]],
    ['more than 200 word lists', edit((f) => (f.wordLists = Array.from({ length: 201 }, (_, i) => ({ name: `L${i}`, words: ['w'], appliesTo: ['brand'], action: 'confirm' })))), [{ code: 'too-many-items', path: 'wordLists', params: { count: 201, max: 200 } }]],
    ['accounts that are not an array', edit((f) => ((f as Record<string, unknown>).accounts = 'x')), [{ code: 'wrong-type', path: 'accounts', params: { expected: 'array', found: 'string' } }]],
    ['an account that is not an object', edit((f) => ((f.accounts as unknown[])[1] = 'marie')), [{ code: 'wrong-type', path: 'accounts[1]', params: { expected: 'object', found: 'string' } }]],
    ['an unknown platform', edit((f) => ((f.accounts[0] as Record<string, unknown>).platform = 'myspace')), [{ code: 'invalid-value', path: 'accounts[0].platform', params: { allowed: 'x, facebook, linkedin, instagram', found: 'myspace' } }]],
    ['a wrongly spelled kind', edit((f) => ((f.accounts[1] as Record<string, unknown>).kind = 'Brand')), [{ code: 'invalid-value', path: 'accounts[1].kind', params: { allowed: 'brand, personal', found: 'Brand' } }]],
    ['a missing kind', edit((f) => delete (f.accounts[1] as Record<string, unknown>).kind), [{ code: 'missing-field', path: 'accounts[1].kind' }]],
    ['an X account without handle', edit((f) => delete (f.accounts[1] as Record<string, unknown>).handle), [{ code: 'missing-field', path: 'accounts[1].handle' }]],
    ['a Facebook page with neither handle nor name', edit((f) => (f.accounts = [{ platform: 'facebook', kind: 'brand' } as never])), [{ code: 'missing-field', path: 'accounts[0].name' }]],
    ['an invalid X handle', edit((f) => ((f.accounts[1] as Record<string, unknown>).handle = 'marie dupont')), [{ code: 'invalid-handle', path: 'accounts[1].handle', params: { found: 'marie dupont' } }]],
    ['an empty handle', edit((f) => ((f.accounts[1] as Record<string, unknown>).handle = '  ')), [{ code: 'empty-string', path: 'accounts[1].handle' }]],
    ['protected that is not a boolean', edit((f) => ((f.accounts[0] as Record<string, unknown>).protected = 'yes')), [{ code: 'wrong-type', path: 'accounts[0].protected', params: { expected: 'boolean', found: 'string' } }]],
    ['a word that is not a string', edit((f) => ((f.accounts[0] as Record<string, unknown>).ownWords = ['ok', 3])), [{ code: 'wrong-type', path: 'accounts[0].ownWords[1]', params: { expected: 'string', found: 'number' } }]],
    ['an empty word', edit((f) => (f.wordLists[0]!.words = ['merde', ''])), [{ code: 'empty-string', path: 'wordLists[0].words[1]' }]],
    ['a word too long', edit((f) => (f.wordLists[0]!.words = ['a'.repeat(201)])), [{ code: 'too-long', path: 'wordLists[0].words[0]', params: { max: 200 } }]],
    ['a list without name', edit((f) => delete (f.wordLists[0] as Record<string, unknown>).name), [{ code: 'missing-field', path: 'wordLists[0].name' }]],
    ['a list action that does not exist', edit((f) => ((f.wordLists[0] as Record<string, unknown>).action = 'delete')), [{ code: 'invalid-value', path: 'wordLists[0].action', params: { allowed: 'confirm, block', found: 'delete' } }]],
    ['a list for an unknown kind', edit((f) => ((f.wordLists[0] as Record<string, unknown>).appliesTo = ['brand', 'robot'])), [{ code: 'invalid-value', path: 'wordLists[0].appliesTo[1]', params: { allowed: 'brand, personal', found: 'robot' } }]],
    ['an unknown policy', edit((f) => (f.unknownIdentity = 'maybe')), [{ code: 'invalid-value', path: 'unknownIdentity', params: { allowed: 'confirm, allow', found: 'maybe' } }]],
    ['the same account twice', edit((f) => f.accounts.push({ platform: 'x', handle: 'Marie_Dupont', kind: 'brand' } as never)), [{ code: 'duplicate-account', path: 'accounts[2]', params: { first: 1 } }]],
    ['more than 10,000 words (2 own words + 9,999)', edit((f) => (f.wordLists[0]!.words = Array.from({ length: 9_999 }, (_, i) => `w${i}`))), [{ code: 'too-many-words', path: '', params: { count: 10_001, max: 10_000 } }]],
    ['more than 1,000 accounts', edit((f) => (f.accounts = Array.from({ length: 1_001 }, (_, i) => ({ platform: 'x', handle: `a${i}`, kind: 'brand' }) as never))), [{ code: 'too-many-items', path: 'accounts', params: { count: 1_001, max: 1_000 } }]],
  ])('%s', (_, file, expected) => {
    expect(errors(file)).toEqual(expected);
  });

  it('refuses a file over 1 MiB before parsing it', () => {
    const text = '{"format":"right-account-settings","version":1,"pad":"' + 'é'.repeat(524_288) + '"}';
    expect(errors(text)).toEqual([{ code: 'too-large', path: '', params: { bytes: new TextEncoder().encode(text).length, max: 1024 * 1024 } }]);
  });

  it('reports several problems at once', () => {
    const file = edit((f) => {
      (f.accounts[0] as Record<string, unknown>).kind = 'Brand';
      (f.accounts[1] as Record<string, unknown>).platform = 'tiktok';
    });
    expect(errors(file).map((e) => e.path)).toEqual(['accounts[0].kind', 'accounts[1].platform']);
  });

  it.each([
    ['at the top level', '{"format":"right-account-settings","version":1,"__proto__":{"polluted":true}}', ''],
    ['inside an account', '{"format":"right-account-settings","version":1,"accounts":[{"platform":"x","handle":"a","kind":"brand","__proto__":{"protected":true}}]}', 'accounts[0]'],
    ['as constructor.prototype', '{"format":"right-account-settings","version":1,"wordLists":[{"name":"n","words":["w"],"constructor":{"prototype":{"x":1}}}]}', 'wordLists[0]'],
    ['deep inside an unknown field', '{"format":"right-account-settings","version":1,"extra":{"a":[{"b":{"prototype":{"polluted":true}}}]}}', 'extra.a[0].b'],
  ])('refuses __proto__-like keys %s, and leaves Object.prototype alone', (_, text, path) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toEqual({ code: 'forbidden-key', path, params: { key: expect.stringMatching(/^(__proto__|constructor|prototype)$/) } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).protected).toBeUndefined();
  });
});

describe('accountId', () => {
  it('is deterministic and case-insensitive', () => {
    expect(accountId('x', 'Marie_Dupont')).toBe('x:marie_dupont');
    expect(accountId('facebook', undefined, '  Boulangerie   DUPONT ')).toBe('facebook:name:boulangerie dupont');
  });
});

describe('parseSettingsFile: fields added after the first release', () => {
  const file = (account: object, list: object = {}) =>
    JSON.stringify({
      format: 'right-account-settings',
      version: 1,
      accounts: [{ platform: 'x', handle: 'dupont', kind: 'brand', ...account }],
      wordLists: [{ name: 'Gros', words: ['merde'], ...list }],
    });

  it('reads colour, group, list id, enabled and per-account switches', () => {
    const r = parseSettingsFile(file({ color: '#A1B2C3', group: ' Client A ' }, { id: 'my-list', enabled: false, includeAccounts: ['x:dupont', 'x:dupont'], excludeAccounts: ['x:other'] }));
    expect(r.ok && r.content.accounts[0]).toEqual({ id: 'x:dupont', platform: 'x', handle: 'dupont', kind: 'brand', protected: false, ownWords: [], color: '#a1b2c3', group: 'Client A' });
    expect(r.ok && r.content.wordLists[0]).toEqual({ id: 'my-list', name: 'Gros', words: ['merde'], appliesTo: ['brand'], action: 'confirm', enabled: false, includeAccounts: ['x:dupont'], excludeAccounts: ['x:other'] });
  });

  it('refuses a bad colour, list id, switch or duplicate list id, saying where', () => {
    const errs = (text: string) => (parseSettingsFile(text) as { errors: unknown[] }).errors;
    expect(errs(file({ color: 'red' }))).toEqual([{ code: 'invalid-value', path: 'accounts[0].color', params: { allowed: '#rrggbb', found: 'red' } }]);
    expect(errs(file({ group: 7 }))).toEqual([{ code: 'wrong-type', path: 'accounts[0].group', params: { expected: 'string', found: 'number' } }]);
    expect(errs(file({}, { id: 'Not An Id' }))).toEqual([{ code: 'invalid-value', path: 'wordLists[0].id', params: { allowed: 'a-z 0-9 -', found: 'Not An Id' } }]);
    expect(errs(file({}, { enabled: 'yes' }))).toEqual([{ code: 'wrong-type', path: 'wordLists[0].enabled', params: { expected: 'boolean', found: 'string' } }]);
    expect(errs(file({}, { includeAccounts: 'x:dupont' }))).toEqual([{ code: 'wrong-type', path: 'wordLists[0].includeAccounts', params: { expected: 'array', found: 'string' } }]);
    const twice = JSON.stringify({ format: 'right-account-settings', version: 1, wordLists: [{ id: 'a', name: 'A', words: ['x'] }, { id: 'a', name: 'B', words: ['y'] }] });
    expect(errs(twice)).toEqual([{ code: 'duplicate-list', path: 'wordLists[1].id', params: { first: 0 } }]);
  });
});
