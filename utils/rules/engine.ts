/**
 * The one rules engine: settings + identity + draft → allow / confirm / block, with every reason that applies.
 * Pure and synchronous (no DOM, no browser API): the content script runs it inside the intercepted event, tests
 * run it as it is.
 */
import { HANDLE_PATTERNS, listAppliesTo, type Account, type Identity, type ListAction, type Platform, type Settings, type WordList } from '../types';
import type { Reason, Verdict, VerdictInput, WordHit } from './verdict';
import { matcherBuilder, type MatchHit, type Matcher, type MatcherBuilder, type MatcherEntry } from './matcher';
import { normalizeText } from './normalize';
import { sensitiveNow } from './sensitive';
import { guardIsOff } from './switch-off';

export type WordSource =
  | { kind: 'account'; account: Account }
  | { kind: 'list'; list: WordList }
  /** A word the account may use although a risky-word list has it (the user said "don't flag this again"). */
  | { kind: 'exception'; account: Account };

export interface CompiledRules {
  settings: Settings;
  /** One matcher over every account's ownWords and every list's words. */
  matcher: Matcher<WordSource>;
  /** The configured accounts of each platform, in settings order. */
  accountsByPlatform: Map<Platform, Account[]>;
  accountsById: Map<string, Account>;
}

const compiled = new WeakMap<Settings, CompiledRules>();

/** A compilation under way (compileRulesInSteps): the entries, how many the matcher has, and the rest of the rules. */
interface Compilation extends Omit<CompiledRules, 'matcher'> {
  entries: MatcherEntry<WordSource>[];
  next: number;
  builder: MatcherBuilder<WordSource>;
}
const underway = new WeakMap<Settings, Compilation>();

/**
 * Compiles the settings once: the same settings object (the content script's frozen snapshot) gives back the same
 * compiled rules until the settings change. A compilation begun in idle time (compileRulesInSteps) is finished here,
 * from where it was. Never mutates the settings.
 */
export function compileRules(settings: Settings): CompiledRules {
  const cached = compiled.get(settings);
  if (cached) return cached;
  const c = underway.get(settings) ?? begin(settings);
  while (c.next < c.entries.length) c.builder.add(c.entries[c.next++]!);
  return finish(c);
}

/** How many entries go into the matcher between two looks at the clock. */
const SLICE = 256;

/**
 * Compiles the settings in slices, for idle time: each `step` adds entries to the matcher while `hasTime()` says so
 * (at least one slice per step) and answers whether the rules are compiled. A compileRules for the same settings
 * meanwhile finishes the work at once and returns the same rules as a one-go compilation would. 50,000 words take
 * tens of milliseconds: done this way after the snapshot is read, they never land on a first click, nor in one long
 * task.
 */
export function compileRulesInSteps(settings: Settings): { step(hasTime: () => boolean): boolean } {
  return {
    step(hasTime) {
      if (compiled.has(settings)) return true;
      const c = underway.get(settings) ?? begin(settings);
      do {
        const end = Math.min(c.entries.length, c.next + SLICE);
        while (c.next < end) c.builder.add(c.entries[c.next++]!);
      } while (c.next < c.entries.length && hasTime());
      if (c.next < c.entries.length) return false;
      finish(c);
      return true;
    },
  };
}

function finish(c: Compilation): CompiledRules {
  const rules: CompiledRules = { settings: c.settings, matcher: c.builder.matcher(), accountsByPlatform: c.accountsByPlatform, accountsById: c.accountsById };
  compiled.set(c.settings, rules);
  underway.delete(c.settings);
  return rules;
}

function begin(settings: Settings): Compilation {
  const entries: MatcherEntry<WordSource>[] = [];
  const accountsByPlatform = new Map<Platform, Account[]>();
  const accountsById = new Map<string, Account>();
  for (const account of settings.accounts) {
    const tag: WordSource = { kind: 'account', account };
    for (const pattern of account.ownWords) entries.push({ pattern, tag });
    const exception: WordSource = { kind: 'exception', account };
    for (const pattern of account.exceptions ?? []) entries.push({ pattern, tag: exception });
    const same = accountsByPlatform.get(account.platform);
    if (same) same.push(account);
    else accountsByPlatform.set(account.platform, [account]);
    if (!accountsById.has(account.id)) accountsById.set(account.id, account);
  }
  for (const list of settings.wordLists) {
    // A list that is switched off is never checked: leave it out of the matcher altogether.
    if (!list.enabled) continue;
    const tag: WordSource = { kind: 'list', list };
    for (const pattern of list.words) entries.push({ pattern, tag });
  }
  const c: Compilation = { settings, entries, next: 0, builder: matcherBuilder<WordSource>(), accountsByPlatform, accountsById };
  underway.set(settings, c);
  return c;
}

/** A display name as compared: folded (case, accents, NFKC), whitespace collapsed. */
export const nameKey = (name: string | undefined) => (name ? normalizeText(name).replace(/\s+/g, ' ').trim() : '');
/** A handle as compared: without a leading "@", lower case. */
const handleKey = (handle: string | undefined) => (handle ? handle.trim().replace(/^@/, '').toLowerCase() : '');

/** Every identifier an identity is known by: its handle, then the aliases the page shows for the same profile. */
const handlesOf = (identity: Identity) => [identity.handle, ...(identity.aliases ?? [])].map(handleKey).filter(Boolean);

const NUMERIC = /^\d+$/;
/**
 * Can these two identifiers say "not the same profile"? On Facebook and LinkedIn a profile or page has a numeric id
 * and a vanity name, and a page may show either: a numeric id and a vanity name are not comparable, and only the
 * name can tell. On X and Instagram a handle is the username, always comparable.
 */
const comparable = (platform: Identity['platform'], a: string, b: string) =>
  HANDLE_PATTERNS[platform] !== undefined || NUMERIC.test(a) === NUMERIC.test(b);

/**
 * How an account's handle relates to an identity's identifiers: 'same' (one of them is the account's), 'other' (a
 * comparable identifier differs: another profile), or 'unknown' (nothing comparable on one side).
 */
function handleRelation(platform: Identity['platform'], accountHandle: string, handles: readonly string[]): 'same' | 'other' | 'unknown' {
  if (!accountHandle || handles.length === 0) return 'unknown';
  if (handles.includes(accountHandle)) return 'same';
  return handles.some((h) => comparable(platform, h, accountHandle)) ? 'other' : 'unknown';
}

/** Does the reading name this account by its handle, or by an alias the page shows for it (not only by a display name)? */
export const sameHandle = (identity: Identity, account: Account): boolean => handleRelation(identity.platform, handleKey(account.handle), handlesOf(identity)) === 'same';

/**
 * The configured account this identity is, if any, among accounts of the identity's platform: by handle when both
 * have a comparable one (a different handle never matches, whatever the name), else by display name. A handle
 * match wins over a name match; between several equal candidates (two pages with the same name), a protected
 * account wins, then the smallest id, so that the order of the accounts never changes the answer.
 */
export function matchAccount(accounts: readonly Account[], identity: Identity): Account | null {
  const handles = handlesOf(identity);
  const name = nameKey(identity.name);
  let best: Account | null = null;
  let bestByHandle = false;
  for (const account of accounts) {
    if (account.platform !== identity.platform) continue;
    const relation = handleRelation(identity.platform, handleKey(account.handle), handles);
    let byHandle: boolean;
    if (relation === 'other') continue;
    if (relation === 'same') byHandle = true;
    else if (name && nameKey(account.name) === name) byHandle = false;
    else continue;
    if (!best || (byHandle && !bestByHandle) || (byHandle === bestByHandle && preferred(account, best))) {
      best = account;
      bestByHandle = byHandle;
    }
  }
  return best;
}

const preferred = (a: Account, b: Account) => (a.protected !== b.protected ? a.protected : a.id < b.id);

/**
 * Whether two readings are the same account: same platform; the same handle when both have one, else the same
 * name when both have one; and, when both have a session key, the same key (a changed key means the browser's
 * session switched account even if a stale tab still shows the old handle). Two readings with nothing to compare
 * (a handle on one side, only a name on the other) count as the same: there is no sign of a change.
 */
export function sameIdentity(a: Identity, b: Identity): boolean {
  if (a.platform !== b.platform) return false;
  if (a.sessionKey && b.sessionKey && a.sessionKey !== b.sessionKey) return false;
  const ha = handlesOf(a);
  const hb = handlesOf(b);
  if (ha.some((h) => hb.includes(h))) return true;
  if (ha.some((h) => hb.some((k) => comparable(a.platform, h, k)))) return false;
  const na = nameKey(a.name);
  const nb = nameKey(b.name);
  if (na && nb) return na === nb;
  return true;
}

const byPlace = (a: WordHit, b: WordHit) => a.start - b.start || a.end - b.end || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0);

/** Groups hits by owner, one hit per word and place, groups ordered by first hit then id (not by settings order). */
function group<K extends { id: string }>(hits: Map<K, WordHit[]>): { key: K; hits: WordHit[] }[] {
  const groups: { key: K; hits: WordHit[] }[] = [];
  for (const [key, list] of hits) {
    list.sort(byPlace);
    const unique = list.filter((h, i) => i === 0 || byPlace(h, list[i - 1]!) !== 0);
    groups.push({ key, hits: unique });
  }
  return groups.sort((a, b) => byPlace(a.hits[0]!, b.hits[0]!) || (a.key.id < b.key.id ? -1 : a.key.id > b.key.id ? 1 : 0));
}

function push<K>(map: Map<K, WordHit[]>, key: K, hit: WordHit) {
  const list = map.get(key);
  if (list) list.push(hit);
  else map.set(key, [hit]);
}

/**
 * The hits (sorted by start) that lie inside a hit of one kind of the matched account's words: inside its own words,
 * they are its own text ("pain au levain" it owns contains "levain" another account owns); inside its exceptions,
 * they are words it may use although a list has them.
 */
function spansOf(hits: readonly MatchHit<WordSource>[], account: Account | null, kind: 'account' | 'exception'): (h: MatchHit<WordSource>) => boolean {
  if (!account) return () => false;
  const own = hits.filter((h) => h.tag.kind === kind && h.tag.account === account);
  if (!own.length) return () => false;
  let next = 0;
  let maxEnd = -1;
  // Called in increasing start order: the furthest end among own hits starting at or before h tells containment.
  return (h) => {
    while (next < own.length && own[next]!.start <= h.start) maxEnd = Math.max(maxEnd, own[next++]!.end);
    return maxEnd >= h.end;
  };
}

/**
 * The verdict for one publish. Pure and synchronous; every reason that applies, in REASON_IDS order.
 * `account` is the configured account the identity matched (also when the guard is off).
 */
export function evaluate(rules: CompiledRules, input: VerdictInput): Verdict {
  const { settings } = rules;
  const accounts = rules.accountsByPlatform.get(input.platform) ?? [];
  const { identity } = input;
  const account = identity && accounts.length ? matchAccount(accounts, identity) : null;
  // Switched off (a switch-off whose end has passed is on again): nothing is checked, whatever else holds.
  if (guardIsOff(settings, input.now ?? Date.now())) return { decision: 'allow', reasons: [], account };
  // Settings that cannot be trusted here ask first, whatever the rules say (its reason comes first, in REASON_IDS order).
  const reasons: Reason[] = input.askFirst ? [{ id: input.askFirst }] : [];
  // Nothing configured on this platform: nothing to protect, no banner, unless the settings cannot be trusted.
  if (accounts.length === 0) return { decision: reasons.length ? 'confirm' : 'allow', reasons, account };

  if (account?.protected) reasons.push({ id: 'protected-account', account });
  if (!identity && settings.unknownIdentity === 'confirm') reasons.push({ id: 'unknown-identity' });
  if (identity && !account) reasons.push({ id: 'unregistered-identity', identity });

  const hits = rules.matcher.find(input.draft);
  const owners = new Map<Account, WordHit[]>();
  const lists = new Map<WordList, WordHit[]>();
  const isOwn = spansOf(hits, account, 'account');
  const isExcepted = spansOf(hits, account, 'exception');
  for (const h of hits) {
    const source = h.tag;
    if (source.kind === 'exception') continue;
    if (source.kind === 'account' && (source.account === account || source.account.platform !== input.platform)) continue;
    // Words the matched account owns are its own, even if another account or a list has them too.
    if (isOwn(h)) continue;
    // Words the user said this account may use, whatever a list says.
    if (source.kind === 'list' && isExcepted(h)) continue;
    const hit: WordHit = { word: h.pattern, start: h.start, end: h.end };
    if (source.kind === 'account') push(owners, source.account, hit);
    // With no matched account we cannot tell which lists apply: check them all (the banner is showing anyway).
    else if (!account || listAppliesTo(source.list, account)) push(lists, source.list, hit);
  }
  if (owners.size) {
    reasons.push({ id: 'other-account-words', owners: group(owners).map((g) => ({ account: g.key, hits: g.hits })) });
  }
  if (lists.size) {
    const hitLists = group(lists).map((g) => ({ list: g.key, hits: g.hits }));
    const action: ListAction = hitLists.some((l) => l.list.action === 'block') ? 'block' : 'confirm';
    reasons.push({ id: 'risky-words', action, lists: hitLists });
  }

  const before = input.openedAs;
  if (before && (!identity || !sameIdentity(before, identity))) reasons.push({ id: 'identity-changed', before, now: identity });

  if (input.intendedAccountId) {
    const intended = rules.accountsById.get(input.intendedAccountId);
    if (intended && intended.id !== account?.id) reasons.push({ id: 'intended-account', intended, actual: account });
  }

  if (account?.kind === 'brand' && input.now !== undefined && sensitiveNow(input.sensitive, input.now))
    reasons.push({ id: 'sensitive-period', until: input.sensitive.until, note: input.sensitive.note });

  const alarm = account && input.profileAlarms?.[account.id];
  if (account && alarm) reasons.push({ id: 'profile-changed', account, before: alarm.before.name, now: alarm.now.name, since: alarm.since });

  // Pushed in REASON_IDS order above.
  const blocked = reasons.some((r) => r.id === 'risky-words' && r.action === 'block');
  return { decision: blocked ? 'block' : reasons.length ? 'confirm' : 'allow', reasons, account };
}
