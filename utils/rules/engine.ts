/**
 * The one rules engine: settings + identity + draft → allow / confirm / block, with every reason that applies.
 * Pure and synchronous (no DOM, no browser API): the content script runs it inside the intercepted event, tests
 * run it as it is.
 */
import type { Account, Identity, Platform, Settings, WordList } from '../types';
import { REASON_IDS, type Reason, type Verdict, type VerdictInput, type WordHit } from './verdict';
import { compileMatcher, type Matcher } from './matcher';
import { normalizeText } from './normalize';

type WordSource = { kind: 'account'; account: Account } | { kind: 'list'; list: WordList };

export interface CompiledRules {
  settings: Settings;
  /** One matcher over every account's ownWords and every list's words. */
  matcher: Matcher<WordSource>;
  accountsByPlatform: Map<Platform, Account[]>;
}

const compiled = new WeakMap<Settings, CompiledRules>();

/** Compiles the settings once; the same settings object gives back the same compiled rules. */
export function compileRules(settings: Settings): CompiledRules {
  const cached = compiled.get(settings);
  if (cached) return cached;
  const entries: { pattern: string; tag: WordSource }[] = [];
  const accountsByPlatform = new Map<Platform, Account[]>();
  for (const account of settings.accounts) {
    const tag: WordSource = { kind: 'account', account };
    for (const pattern of account.ownWords) entries.push({ pattern, tag });
    accountsByPlatform.set(account.platform, [...(accountsByPlatform.get(account.platform) ?? []), account]);
  }
  for (const list of settings.wordLists) {
    const tag: WordSource = { kind: 'list', list };
    for (const pattern of list.words) entries.push({ pattern, tag });
  }
  const rules: CompiledRules = { settings, matcher: compileMatcher(entries), accountsByPlatform };
  compiled.set(settings, rules);
  return rules;
}

const sameName = (a: string, b: string) => normalizeText(a).replace(/\s+/g, ' ').trim() === normalizeText(b).replace(/\s+/g, ' ').trim();
const bareHandle = (h: string) => h.replace(/^@/, '').toLowerCase();

/** The configured account this identity is, if any: by handle when both have one, else by display name. */
export function matchAccount(accounts: readonly Account[], identity: Identity): Account | null {
  for (const account of accounts) {
    if (account.platform !== identity.platform) continue;
    if (account.handle && identity.handle) {
      if (bareHandle(account.handle) === bareHandle(identity.handle)) return account;
    } else if (account.name && identity.name && sameName(account.name, identity.name)) {
      return account;
    }
  }
  return null;
}

/** Whether two readings are the same account (a different session key means the session switched account). */
export function sameIdentity(a: Identity, b: Identity): boolean {
  if (a.platform !== b.platform) return false;
  if (a.sessionKey && b.sessionKey && a.sessionKey !== b.sessionKey) return false;
  if (a.handle && b.handle) return bareHandle(a.handle) === bareHandle(b.handle);
  if (a.name && b.name) return sameName(a.name, b.name);
  return true;
}

const ALLOW: Omit<Verdict, 'account'> = { decision: 'allow', reasons: [] };

export function evaluate(rules: CompiledRules, input: VerdictInput): Verdict {
  const { settings } = rules;
  const accounts = rules.accountsByPlatform.get(input.platform) ?? [];
  // Nothing configured on this platform (or the guard switched off): nothing to protect, no banner.
  if (!settings.guardEnabled || accounts.length === 0) return { ...ALLOW, account: null };

  const { identity } = input;
  const account = identity ? matchAccount(accounts, identity) : null;
  const reasons: Reason[] = [];

  if (account?.protected) reasons.push({ id: 'protected-account', account });
  if (!identity && settings.unknownIdentity === 'confirm') reasons.push({ id: 'unknown-identity' });
  if (identity && !account) reasons.push({ id: 'unregistered-identity', identity });

  const hits = rules.matcher.find(input.draft);
  const owners = new Map<Account, WordHit[]>();
  const lists = new Map<WordList, WordHit[]>();
  // Words the current account owns are its own, even if another account lists them too.
  const ownByCurrent = new Set<string>();
  if (account) for (const h of hits) if (h.tag.kind === 'account' && h.tag.account === account) ownByCurrent.add(`${h.start}:${h.end}`);
  for (const h of hits) {
    const hit: WordHit = { word: h.pattern, start: h.start, end: h.end };
    const source = h.tag;
    if (source.kind === 'account') {
      if (source.account === account || source.account.platform !== input.platform) continue;
      if (ownByCurrent.has(`${h.start}:${h.end}`)) continue;
      owners.set(source.account, [...(owners.get(source.account) ?? []), hit]);
    } else if (!account || source.list.appliesTo.includes(account.kind)) {
      // With no known account we cannot tell which lists apply: check them all (the banner is showing anyway).
      lists.set(source.list, [...(lists.get(source.list) ?? []), hit]);
    }
  }
  if (owners.size)
    reasons.push({ id: 'other-account-words', owners: [...owners].map(([owner, h]) => ({ account: owner, hits: h })) });
  if (lists.size) {
    const hitLists = [...lists].map(([list, h]) => ({ list, hits: h }));
    const action = hitLists.some((l) => l.list.action === 'block') ? 'block' : 'confirm';
    reasons.push({ id: 'risky-words', action, lists: hitLists });
  }

  const before = input.openedAs;
  if (before && (!identity || !sameIdentity(before, identity))) reasons.push({ id: 'identity-changed', before, now: identity });

  if (input.intendedAccountId) {
    const intended = settings.accounts.find((a) => a.id === input.intendedAccountId);
    if (intended && intended.id !== account?.id) reasons.push({ id: 'intended-account', intended, actual: account });
  }

  reasons.sort((a, b) => REASON_IDS.indexOf(a.id) - REASON_IDS.indexOf(b.id));
  const blocked = reasons.some((r) => r.id === 'risky-words' && r.action === 'block');
  return { decision: blocked ? 'block' : reasons.length ? 'confirm' : 'allow', reasons, account };
}
