/**
 * Export to a team policy: the current accounts and word lists, with the limits a team lead chooses, in the files an
 * administrator deploys (README, "Deploying to a team"). Every format carries the same values, which read back through
 * utils/settings/policy.ts with no problem. Pure.
 */
import type { Settings, WordList } from '../types';
import { DEFAULT_WORD_LISTS } from './defaults';
import { settingsFileObject } from './file';
import { POLICY_MAX_PAUSE_MINUTES } from './policy';

/** Firefox's id of the extension (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'right-account@right-account.app';
/** Written where the Chrome or Edge id is not known (an export from Firefox): the administrator puts the id there. */
export const CHROME_ID_PLACEHOLDER = 'EXTENSION-ID-FROM-THE-STORE';

/**
 * - chrome-json: a file for Chrome, Chromium or Edge on Linux (/etc/opt/chrome/policies/managed/, …), `3rdparty`;
 * - admin-console: Google Admin console, "Policy for extensions": each key as `{ "Value": … }`;
 * - values: the values alone (Windows registry or GPO, macOS profiles, Microsoft Intune, any other tool);
 * - firefox-policies: Firefox's policies.json, `3rdparty` / `Extensions`;
 * - firefox-manifest: a Firefox managed-storage manifest.
 */
export const POLICY_FILE_FORMATS = ['chrome-json', 'admin-console', 'values', 'firefox-policies', 'firefox-manifest'] as const;
export type PolicyFileFormat = (typeof POLICY_FILE_FORMATS)[number];

/** What the team lead decides for the team on top of the accounts and lists. */
export interface PolicyLimits {
  /** Members may switch the guard off. */
  allowTurnOff: boolean;
  /** Members may pause the guard, for at most `maxPauseMinutes` (1 to 240) when given. */
  allowPause: boolean;
  maxPauseMinutes?: number;
  /** The journal never keeps post texts. */
  neverKeepText: boolean;
}

/** A shipped list left exactly as shipped: every member has it already. */
function asShipped(list: WordList): boolean {
  const shipped = DEFAULT_WORD_LISTS.find((l) => l.id === list.id);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
  return (
    !!shipped &&
    shipped.name === list.name &&
    shipped.action === list.action &&
    same(shipped.words, list.words) &&
    same(shipped.appliesTo, list.appliesTo) &&
    same(shipped.includeAccounts, list.includeAccounts) &&
    same(shipped.excludeAccounts, list.excludeAccounts)
  );
}

/**
 * The policy values for these settings: every account; the word lists that are on and are not a shipped list left as
 * shipped; the unknown-identity policy and whether protected accounts stay guarded during a pause, as set here; the
 * limits.
 */
export function policyValues(settings: Pick<Settings, 'accounts' | 'wordLists' | 'unknownIdentity' | 'pauseSparesProtected'>, limits: PolicyLimits): Record<string, unknown> {
  const file = settingsFileObject({ accounts: settings.accounts, wordLists: settings.wordLists.filter((l) => l.enabled && !asShipped(l)), unknownIdentity: settings.unknownIdentity });
  const max = limits.maxPauseMinutes;
  return {
    accounts: file.accounts,
    wordLists: file.wordLists,
    unknownIdentity: settings.unknownIdentity,
    pauseSparesProtected: settings.pauseSparesProtected,
    allowTurnOff: limits.allowTurnOff,
    allowPause: limits.allowPause,
    ...(limits.allowPause && max !== undefined && Number.isInteger(max) && max >= 1 && max <= POLICY_MAX_PAUSE_MINUTES ? { maxPauseMinutes: max } : {}),
    journalText: limits.neverKeepText ? 'never' : 'user',
  };
}

export interface PolicyFile {
  name: string;
  text: string;
}

/** The file of one format. `chromeId`: the extension's id in Chrome or Edge (its store gives it), when known. */
export function policyFile(values: Record<string, unknown>, format: PolicyFileFormat, chromeId: string | null): PolicyFile {
  const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
  switch (format) {
    case 'chrome-json':
      return { name: 'right-account-policy.json', text: json({ '3rdparty': { extensions: { [chromeId ?? CHROME_ID_PLACEHOLDER]: values } } }) };
    case 'admin-console':
      return { name: 'right-account-admin-console.json', text: json(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, { Value: v }]))) };
    case 'values':
      return { name: 'right-account-policy-values.json', text: json(values) };
    case 'firefox-policies':
      return { name: 'policies.json', text: json({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: values } } } }) };
    case 'firefox-manifest':
      return { name: `${GECKO_ID}.json`, text: json({ name: GECKO_ID, description: 'Right Account team policy', type: 'storage', data: values }) };
  }
}
