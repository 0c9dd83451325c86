/** Export to a team policy: each format carries the same values, and they read back with no problem. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_ID_PLACEHOLDER, GECKO_ID, policyFile, policyValues, POLICY_FILE_FORMATS, type PolicyLimits } from '../../../utils/settings/policy-file';
import { readPolicy } from '../../../utils/settings/policy';
import { defaultSettings, defaultWordLists } from '../../../utils/settings/defaults';
import type { Settings } from '../../../utils/types';

const settings = (): Settings => {
  const shipped = defaultWordLists();
  shipped[1]!.words.push('frak');
  shipped[2]!.enabled = false;
  return {
    ...defaultSettings(),
    unknownIdentity: 'allow',
    pauseSparesProtected: false,
    accounts: [
      { id: 'x:acme', platform: 'x', handle: 'acme', name: 'Acme', kind: 'brand', protected: true, ownWords: ['#acme'], color: '#112233', group: 'Acme', confirmDelay: 3 },
      { id: 'facebook:name:acme shop', platform: 'facebook', name: 'Acme Shop', kind: 'brand', protected: false, ownWords: [] },
    ],
    wordLists: [
      ...shipped,
      { id: 'list-9-competitors', name: 'Competitors', words: ['globex'], appliesTo: ['brand', 'personal'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: ['x:acme'] },
    ],
  };
};
const limits: PolicyLimits = { allowTurnOff: false, allowPause: true, maxPauseMinutes: 10, neverKeepText: true };

describe('policy export', () => {
  it('the values: every account, the lists that are on and not as shipped, the preferences and limits', () => {
    const values = policyValues(settings(), limits);
    expect((values.accounts as { handle?: string; name?: string }[]).map((a) => a.handle ?? a.name)).toEqual(['acme', 'Acme Shop']);
    expect((values.wordLists as { id: string }[]).map((l) => l.id)).toEqual(['default-profanity-en', 'list-9-competitors']);
    expect(values).toMatchObject({ unknownIdentity: 'allow', pauseSparesProtected: false, allowTurnOff: false, allowPause: true, maxPauseMinutes: 10, journalText: 'never' });
    expect(policyValues(settings(), { allowTurnOff: true, allowPause: false, maxPauseMinutes: 10, neverKeepText: false })).toMatchObject({ allowTurnOff: true, allowPause: false, journalText: 'user' });
    expect(policyValues(settings(), { allowTurnOff: true, allowPause: false, maxPauseMinutes: 10, neverKeepText: false }).maxPauseMinutes).toBeUndefined();
  });

  it('reads back through the policy reader with no problem, the same in every format', () => {
    const values = policyValues(settings(), limits);
    const direct = readPolicy(values);
    expect(direct.problems).toEqual([]);
    expect(direct.policy!.accounts.map((a) => a.id)).toEqual(['x:acme', 'facebook:name:acme shop']);
    expect(direct.policy!.accounts[0]).toEqual(settings().accounts[0]);
    expect(direct.policy!.wordLists.map((l) => l.id)).toEqual(['policy-default-profanity-en', 'policy-list-9-competitors']);

    const unwrap: Record<(typeof POLICY_FILE_FORMATS)[number], (file: any) => unknown> = {
      'chrome-json': (f) => f['3rdparty'].extensions.abcdefghijklmnopabcdefghijklmnop,
      'admin-console': (f) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, (v as { Value: unknown }).Value])),
      values: (f) => f,
      'firefox-policies': (f) => f.policies['3rdparty'].Extensions[GECKO_ID],
      'firefox-manifest': (f) => (expect(f).toMatchObject({ name: GECKO_ID, type: 'storage' }), f.data),
    };
    for (const format of POLICY_FILE_FORMATS) {
      const file = policyFile(values, format, 'abcdefghijklmnopabcdefghijklmnop');
      expect(readPolicy(unwrap[format](JSON.parse(file.text))), format).toEqual(direct);
    }
    expect(policyFile(values, 'firefox-manifest', null).name).toBe(`${GECKO_ID}.json`);
    expect(policyFile(values, 'firefox-policies', null).name).toBe('policies.json');
  });

  it('names a placeholder where the Chrome id is not known', () => {
    expect(policyFile({}, 'chrome-json', null).text).toContain(CHROME_ID_PLACEHOLDER);
  });

  it('uses the gecko id of the Firefox manifest', () => {
    expect(readFileSync(resolve(__dirname, '../../../wxt.config.ts'), 'utf8')).toContain(`id: '${GECKO_ID}'`);
  });
});
