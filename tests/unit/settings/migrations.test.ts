import { describe, expect, it, vi } from 'vitest';
import { MIGRATIONS, runMigrations, type Migration } from '../../../utils/settings/migrations';
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

  it('treats a broken record as invalid, never as data', () => {
    expect(runMigrations({ schemaVersion: 1, accounts: 'oops' }).status).toBe('invalid');
    expect(runMigrations({ ...stored(), accounts: [{ id: 'x:wrong', platform: 'x', handle: 'marie_dupont', kind: 'personal', protected: false, ownWords: [] }] }).status).toBe('invalid');
    expect(runMigrations('settings').status).toBe('invalid');
  });

  it('does not read a record written by a newer version', () => {
    expect(runMigrations({ ...stored(), schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toEqual({ settings: defaultSettings(), status: 'newer' });
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
