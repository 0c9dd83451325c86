/** A settings record for tests: the product's defaults with no word list, and what the test gives. */
import type { Settings } from '../../utils/types';
import { defaultSettings } from '../../utils/settings/defaults';

export function testSettings(overrides: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), wordLists: [], ...overrides };
}
