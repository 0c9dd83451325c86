import { describe, expect, it } from 'vitest';
import { parseBackgroundRequest, parseContentRequest, parsePauses, CONTENT_SCRIPT_KINDS, type JournalEntryInput } from '../../../utils/messaging/protocol';

const entry: JournalEntryInput = {
  platform: 'x',
  account: '@marie_dupont',
  accountId: 'x:marie_dupont',
  surface: 'post',
  decision: 'confirm',
  outcome: 'cancelled',
  reasons: ['other-account-words'],
  words: ['#BoulangerieDupont'],
};

describe('parseBackgroundRequest', () => {
  it('accepts every well-formed request, rebuilt with known fields only', () => {
    expect(parseBackgroundRequest({ type: 'settings/get', extra: 1 })).toEqual({ type: 'settings/get' });
    expect(parseBackgroundRequest({ type: 'settings/export' })).toEqual({ type: 'settings/export' });
    expect(parseBackgroundRequest({ type: 'journal/list' })).toEqual({ type: 'journal/list' });
    expect(parseBackgroundRequest({ type: 'settings/import', text: '{}' })).toEqual({ type: 'settings/import', text: '{}' });
    expect(parseBackgroundRequest({ type: 'settings/set-guard-enabled', enabled: false })).toEqual({ type: 'settings/set-guard-enabled', enabled: false });
    expect(parseBackgroundRequest({ type: 'journal/record', entry: { ...entry, extra: 'dropped' } })).toEqual({ type: 'journal/record', entry });
    // The draft travels only when the user asked the journal to keep it; the background checks that setting again.
    expect(parseBackgroundRequest({ type: 'journal/record', entry: { ...entry, text: 'the post' } })).toEqual({ type: 'journal/record', entry: { ...entry, text: 'the post' } });
    expect(parseBackgroundRequest({ type: 'journal/record', entry: { ...entry, text: 'x'.repeat(5001) } })).toBeNull();
    expect(parseBackgroundRequest({ type: 'journal/record', entry: { ...entry, text: 42 } })).toBeNull();
  });

  it.each([
    ['not an object', 'settings/get'],
    ['null', null],
    ['an array', [{ type: 'settings/get' }]],
    ['an unknown type', { type: 'settings/set', settings: {} }],
    ['import without text', { type: 'settings/import' }],
    ['import of a non-string', { type: 'settings/import', text: { a: 1 } }],
    ['an oversized import', { type: 'settings/import', text: 'x'.repeat(2 * 1024 * 1024 + 1) }],
    ['a guard switch that is not a boolean', { type: 'settings/set-guard-enabled', enabled: 'no' }],
    ['a journal entry for an unknown platform', { type: 'journal/record', entry: { ...entry, platform: 'myspace' } }],
    ['a journal entry with an unknown reason', { type: 'journal/record', entry: { ...entry, reasons: ['because'] } }],
    ['a journal entry with an unknown outcome', { type: 'journal/record', entry: { ...entry, outcome: 'posted' } }],
    ['a journal entry with too many words', { type: 'journal/record', entry: { ...entry, words: Array(101).fill('w') } }],
    ['a journal entry with a huge account label', { type: 'journal/record', entry: { ...entry, account: 'a'.repeat(201) } }],
    ['a journal entry whose words are not strings', { type: 'journal/record', entry: { ...entry, words: [1] } }],
    ['a journal entry without an entry', { type: 'journal/record' }],
  ])('rejects %s', (_, message) => {
    expect(parseBackgroundRequest(message)).toBeNull();
  });

  it('lets content scripts ask for settings and their own tab\'s intended account, and report journal events, nothing else', () => {
    expect([...CONTENT_SCRIPT_KINDS].sort()).toEqual(['handoff/offer', 'handoff/peek', 'handoff/take', 'journal/record', 'pause/get', 'settings/get', 'tab/get-intended', 'tab/report']);
  });

  it('validates the storage messages: the status, and items set aside named by an integer id', () => {
    expect(parseBackgroundRequest({ type: 'storage/status', extra: 1 })).toEqual({ type: 'storage/status' });
    expect(parseBackgroundRequest({ type: 'settings/dropped-list' })).toEqual({ type: 'settings/dropped-list' });
    expect(parseBackgroundRequest({ type: 'settings/dropped-restore', id: 1700000000000 })).toEqual({ type: 'settings/dropped-restore', id: 1700000000000 });
    expect(parseBackgroundRequest({ type: 'settings/dropped-discard', id: 3, value: {} })).toEqual({ type: 'settings/dropped-discard', id: 3 });
    for (const id of ['3', 1.5, null, undefined, Number.MAX_VALUE]) {
      expect(parseBackgroundRequest({ type: 'settings/dropped-restore', id })).toBeNull();
      expect(parseBackgroundRequest({ type: 'settings/dropped-discard', id })).toBeNull();
    }
    // Content scripts read the settings' health from storage beside the settings; none of these is theirs to send.
    for (const type of ['storage/status', 'settings/dropped-list', 'settings/dropped-restore', 'settings/dropped-discard'] as const) expect(CONTENT_SCRIPT_KINDS.has(type)).toBe(false);
  });

  it('validates the intended-account messages', () => {
    expect(parseBackgroundRequest({ type: 'tab/set-intended', tabId: 4, accountId: 'x:marie_dupont' })).toEqual({ type: 'tab/set-intended', tabId: 4, accountId: 'x:marie_dupont' });
    expect(parseBackgroundRequest({ type: 'tab/set-intended', tabId: 4, accountId: null })).toEqual({ type: 'tab/set-intended', tabId: 4, accountId: null });
    expect(parseBackgroundRequest({ type: 'tab/set-intended', tabId: '4', accountId: null })).toBeNull();
    expect(parseBackgroundRequest({ type: 'tab/set-intended', tabId: 4.5, accountId: null })).toBeNull();
    expect(parseBackgroundRequest({ type: 'tab/set-intended', tabId: 4, accountId: 7 })).toBeNull();
    expect(parseBackgroundRequest({ type: 'tab/get-intended', tabId: 9 })).toEqual({ type: 'tab/get-intended' });
  });
});

describe('parseContentRequest', () => {
  it('only knows tab/status, tab/check, tab/skeleton and tab/intended-changed', () => {
    expect(parseContentRequest({ type: 'tab/status' })).toEqual({ type: 'tab/status' });
    expect(parseContentRequest({ type: 'tab/check' })).toEqual({ type: 'tab/check' });
    expect(parseContentRequest({ type: 'tab/skeleton' })).toEqual({ type: 'tab/skeleton' });
    expect(parseContentRequest({ type: 'tab/intended-changed', accountId: 'x:a' })).toEqual({ type: 'tab/intended-changed', accountId: 'x:a' });
    expect(parseContentRequest({ type: 'tab/intended-changed', accountId: { id: 1 } })).toBeNull();
    expect(parseContentRequest({ type: 'settings/get' })).toBeNull();
    expect(parseContentRequest('tab/status')).toBeNull();
  });
});

describe('tab/report', () => {
  const identity = { platform: 'x', handle: 'marie_dupont', name: 'Marie', source: 'account-switcher' } as const;
  it('keeps the reading the badge needs and nothing else (no picture, no session key)', () => {
    expect(
      parseBackgroundRequest({ type: 'tab/report', report: { platform: 'x', identity: { ...identity, avatarUrl: 'https://pbs/x.jpg', sessionKey: '42', extra: 1 } } }),
    ).toEqual({ type: 'tab/report', report: { platform: 'x', identity } });
    expect(parseBackgroundRequest({ type: 'tab/report', report: { platform: 'x', identity: null, problem: 'conflicting-signals' } })).toEqual({
      type: 'tab/report',
      report: { platform: 'x', identity: null, problem: 'conflicting-signals' },
    });
  });

  it.each([
    ['an identity of another platform', { platform: 'x', identity: { ...identity, platform: 'facebook' } }],
    ['a handle that is not a string', { platform: 'x', identity: { ...identity, handle: 42 } }],
    ['an overlong name', { platform: 'x', identity: { ...identity, name: 'n'.repeat(201) } }],
    ['an unknown problem', { platform: 'x', identity: null, problem: 'maybe' }],
    ['no identity field', { platform: 'x' }],
  ])('refuses %s', (_, report) => {
    expect(parseBackgroundRequest({ type: 'tab/report', report })).toBeNull();
  });
});

describe('parsePauses', () => {
  it('never reads a pause that ends later than 4 hours from now, whatever is stored', () => {
    const now = 1_000_000;
    expect(parsePauses({ x: now + 60_000, facebook: 8.64e15, linkedin: 'soon', instagram: Infinity }, now)).toEqual({ x: now + 60_000, facebook: now + 4 * 3600_000 });
    expect(parsePauses([], now)).toBeNull();
  });
});
