/** A settings record for tests: nothing configured but what the test gives (the product's defaults otherwise). */
import type { Settings } from '../../utils/types';

export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    schemaVersion: 1,
    accounts: [],
    wordLists: [],
    unknownIdentity: 'confirm',
    guardEnabled: true,
    language: 'auto',
    journalKeepText: false,
    journalCap: 2000,
    pauseSparesProtected: true,
    ...overrides,
  };
}
