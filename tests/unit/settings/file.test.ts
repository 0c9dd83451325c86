import { describe, expect, it } from 'vitest';
import { exportSettingsFile, parseSettingsFile } from '../../../utils/settings/file';
import { DEFAULT_WORD_LISTS, defaultSettings } from '../../../utils/settings/defaults';
import { accountId } from '../../../utils/settings/schema';

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
        wordLists: [{ id: 'list-0-grossieretes', name: 'Grossièretés', words: ['merde', 'putain', 'wtf'], appliesTo: ['brand'], action: 'confirm' }],
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
    expect(lists.ok && lists.content.wordLists).toEqual([{ id: 'list-0-rivals', name: 'Rivals', words: ['x'], appliesTo: ['brand'], action: 'confirm' }]);
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
      wordLists: [{ name: 'Grossièretés', words: ['merde', 'putain', 'wtf'], appliesTo: ['brand'], action: 'confirm' }],
      unknownIdentity: 'confirm',
    });
  });
});

describe('parseSettingsFile: every bad input is refused, saying what and where', () => {
  it.each<[string, unknown, { code: string; path: string; params?: Record<string, unknown> }[]]>([
    ['not JSON', '{"format": "right-account-settings",', [{ code: 'not-json', path: '', params: { position: expect.any(Number) } }]],
    ['not an object', '[1, 2]', [{ code: 'not-object', path: '' }]],
    ['the wrong format', edit((f) => (f.format = 'other')), [{ code: 'wrong-format', path: 'format', params: { found: 'other' } }]],
    ['a newer version', edit((f) => (f.version = 2)), [{ code: 'unsupported-version', path: 'version', params: { found: '2' } }]],
    ['no version', edit((f) => delete (f as Partial<typeof f>).version), [{ code: 'unsupported-version', path: 'version', params: { found: 'undefined' } }]],
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
  ])('refuses __proto__-like keys %s, and leaves Object.prototype alone', (_, text, path) => {
    const result = parseSettingsFile(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toEqual({ code: 'forbidden-key', path, params: { key: expect.stringMatching(/^(__proto__|constructor)$/) } });
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
