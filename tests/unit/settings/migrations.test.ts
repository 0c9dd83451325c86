import { describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, readStoredSettings, runMigrations, type Migration } from '../../../utils/settings/migrations';
import { defaultSettings } from '../../../utils/settings/defaults';
import { CURRENT_SCHEMA_VERSION } from '../../../utils/settings/schema';

const stored = () => ({
  ...defaultSettings(),
  accounts: [{ id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', kind: 'personal', protected: false, ownWords: [] }],
});

describe('runMigrations with the real table', () => {
  it('starts fresh from nothing', () => {
    expect(runMigrations(undefined)).toEqual({ settings: defaultSettings(), status: 'fresh' });
  });

  it('keeps a valid current record as it is', () => {
    expect(runMigrations(stored())).toEqual({ settings: stored(), status: 'current' });
  });

  it('treats a record without an account list as invalid, never as data; one bad account is only set aside', () => {
    expect(runMigrations({ schemaVersion: 1, accounts: 'oops' }).status).toBe('invalid');
    // Salvaged since the stored record stopped being all or nothing (tests/unit/settings/salvage.test.ts).
    expect(runMigrations({ ...stored(), accounts: [{ id: 'x:wrong', platform: 'x', handle: 'marie_dupont', kind: 'personal', protected: false, ownWords: [] }] }).status).toBe('salvaged');
    expect(runMigrations('settings').status).toBe('invalid');
  });

  it('checks every field of a stored record with the file\'s rules', () => {
    const bad = (change: (r: Record<string, unknown>) => void) => {
      const r = stored() as unknown as Record<string, unknown>;
      change(r);
      return runMigrations(r).status;
    };
    // An item that fails is set aside and the rest kept ('salvaged'); which item, and why: salvage.test.ts.
    expect(bad((r) => delete r.guardEnabled)).toBe('salvaged');
    expect(bad((r) => (r.guardEnabled = 'yes'))).toBe('salvaged');
    expect(bad((r) => (r.unknownIdentity = 'maybe'))).toBe('salvaged');
    expect(bad((r) => delete r.wordLists)).toBe('salvaged');
    expect(bad((r) => ((r.wordLists as { id?: string }[])[1]!.id = 'default-profanity-fr'))).toBe('salvaged');
    expect(bad((r) => delete (r.wordLists as { id?: string }[])[0]!.id)).toBe('salvaged');
    expect(bad((r) => ((r.accounts as unknown[]).push({ id: 'x:marie_dupont', platform: 'x', handle: 'Marie_Dupont', kind: 'brand', protected: false, ownWords: [] })))).toBe('salvaged');
    expect(bad((r) => ((r.accounts as { handle: string }[])[0]!.handle = 'marie dupont'))).toBe('salvaged');
    expect(bad((r) => delete r.accounts)).toBe('invalid');
    expect(bad((r) => (r.schemaVersion = 1.5))).toBe('invalid');
    expect(bad((r) => (r.schemaVersion = '1'))).toBe('invalid');
    expect(bad(() => undefined)).toBe('current');
  });

  it('never throws, even on a record structuredClone cannot copy or a very deep one', () => {
    let deep: Record<string, unknown> = {};
    const root = { ...stored(), schemaVersion: 0, deep };
    for (let i = 0; i < 200_000; i++) deep = deep.a = {};
    // Too deep to copy: the record comes out invalid (or migrated, given a bigger stack), never as an exception.
    expect(() => runMigrations(root, { 1: (r) => r }, 1)).not.toThrow();
    expect(runMigrations({ ...stored(), schemaVersion: 0, f: () => 1 }, { 1: (r) => r }, 1).status).toBe('invalid');
    expect(runMigrations({ ...stored(), extra: root }).status).toBe('current');
  });

  it('returns a record that shares no object with what storage gave', () => {
    const raw = stored();
    const { settings } = runMigrations(raw);
    settings.accounts[0]!.ownWords.push('changed');
    settings.wordLists[0]!.words.push('changed');
    expect(raw).toEqual(stored());
  });

  it('reads what it can of a record written by a newer version, and says it is newer', () => {
    // Until the salvage, a newer record gave the defaults: no account, so every publish went through unchecked.
    expect(runMigrations({ ...stored(), schemaVersion: CURRENT_SCHEMA_VERSION + 1, somethingNew: true })).toEqual({ settings: stored(), status: 'newer' });
  });

  it('has a step for every version up to the current one', () => {
    for (let v = 2; v <= CURRENT_SCHEMA_VERSION; v++) expect(MIGRATIONS[v], `migration ${v}`).toBeTypeOf('function');
  });
});

describe('the migration mechanism, on a synthetic v1 → v2 → v3 chain', () => {
  // v2 renames `guardEnabled` to `guardOn`; v3 renames it back: the chain must end where v3 expects.
  const chain = (): Record<number, Migration> => ({
    2: vi.fn(({ guardEnabled, ...rest }) => ({ ...rest, guardOn: guardEnabled })),
    3: vi.fn(({ guardOn, ...rest }) => ({ ...rest, guardEnabled: guardOn })),
  });

  it('runs the steps in version order, whatever the order of the table', () => {
    const order: number[] = [];
    const steps: Record<number, Migration> = {
      3: (r) => (order.push(3), r),
      2: (r) => (order.push(2), r),
    };
    expect(runMigrations({ ...stored(), schemaVersion: 1 }, steps, 3)).toEqual({ settings: { ...stored(), schemaVersion: 3 }, status: 'migrated' });
    expect(order).toEqual([2, 3]);
  });

  it('refuses a chain with a step missing in the middle', () => {
    const steps: Record<number, Migration> = { ...chain(), 4: (r) => r };
    delete steps[3];
    expect(runMigrations({ ...stored(), schemaVersion: 1 }, steps, 4)).toEqual({ settings: defaultSettings(), status: 'invalid' });
  });

  it('validates what the last step produced', () => {
    const broken: Record<number, Migration> = { 2: ({ accounts, ...rest }) => ({ ...rest, acounts: accounts }) };
    expect(runMigrations({ ...stored(), schemaVersion: 1 }, broken, 2).status).toBe('invalid');
  });

  it('runs each step once, in order, and stamps each version', () => {
    const steps = chain();
    const result = runMigrations({ ...stored(), schemaVersion: 1, guardEnabled: false }, steps, 3);
    expect(result.status).toBe('migrated');
    expect(result.settings).toEqual({ ...stored(), schemaVersion: 3, guardEnabled: false });
    expect(steps[2]).toHaveBeenCalledTimes(1);
    expect(steps[3]).toHaveBeenCalledTimes(1);
    expect((steps[3] as ReturnType<typeof vi.fn>).mock.calls[0]![0]).toMatchObject({ schemaVersion: 2, guardOn: false });
  });

  it('starts from the stored version, skipping steps already applied', () => {
    const steps = chain();
    const { guardEnabled, ...v2 } = { ...stored(), schemaVersion: 2 };
    expect(runMigrations({ ...v2, guardOn: guardEnabled }, steps, 3).status).toBe('migrated');
    expect(steps[2]).not.toHaveBeenCalled();
  });

  it('a missing or throwing step makes the record invalid, not half-migrated', () => {
    expect(runMigrations({ ...stored(), schemaVersion: 1 }, { 3: chain()[3]! }, 3).status).toBe('invalid');
    expect(runMigrations({ ...stored(), schemaVersion: 1 }, { 2: () => { throw new Error('bad'); }, 3: chain()[3]! }, 3).status).toBe('invalid');
  });

  it('never changes the record it was given', () => {
    const raw = { ...stored(), schemaVersion: 1 };
    const copy = structuredClone(raw);
    runMigrations(raw, chain(), 3);
    expect(raw).toEqual(copy);
  });
});

describe('migration 2: list switches and preferences', () => {
  const v1 = {
    schemaVersion: 1,
    accounts: [{ id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', kind: 'personal', protected: false, ownWords: [] }],
    wordLists: [{ id: 'list-0-gros', name: 'Gros', words: ['merde'], appliesTo: ['brand'], action: 'block' }],
    unknownIdentity: 'allow',
    guardEnabled: false,
  };

  it('keeps what v1 had and adds the new fields with their defaults', () => {
    expect(runMigrations(v1)).toEqual({
      status: 'migrated',
      settings: {
        schemaVersion: 2,
        accounts: v1.accounts,
        wordLists: [{ ...v1.wordLists[0], enabled: true, includeAccounts: [], excludeAccounts: [] }],
        unknownIdentity: 'allow',
        guardEnabled: false,
        language: 'auto',
        journalKeepText: false,
        journalCap: 2000,
        pauseSparesProtected: true,
      },
    });
  });

  it('migrates a v1 record with a broken list whole, setting only that list aside', () => {
    const read = readStoredSettings({ ...v1, wordLists: ['oops', v1.wordLists[0]] });
    expect(read.status).toBe('salvaged');
    expect(read.settings.wordLists).toEqual([{ ...v1.wordLists[0], enabled: true, includeAccounts: [], excludeAccounts: [] }]);
    expect(read.settings.accounts).toEqual(v1.accounts);
    expect(read.dropped).toEqual([{ kind: 'wordList', path: 'wordLists[0]', value: 'oops', problems: [{ code: 'wrong-type', path: 'wordLists[0]', params: { expected: 'object', found: 'string' } }] }]);
  });

  it('a v2 record missing a preference takes its default and says so', () => {
    const { journalCap: _, ...missing } = runMigrations(v1).settings;
    const read = readStoredSettings(missing);
    expect(read.status).toBe('salvaged');
    expect(read.settings.journalCap).toBe(2000);
    expect(read.dropped).toEqual([{ kind: 'preference', path: 'journalCap', problems: [{ code: 'missing-field', path: 'journalCap' }] }]);
  });
});
