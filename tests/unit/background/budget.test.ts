/** The storage budget: sizes measured as Chrome counts them, the journal and the backups trimmed oldest first. */
import { describe, expect, it } from 'vitest';
import { jsonBytes, keepNewestWithin, STORAGE_BUDGET, storageWriteError, trimJournal } from '../../../utils/background/budget';
import type { JournalEntry } from '../../../utils/messaging/protocol';

const entry = (time: number, text?: string): JournalEntry => ({
  platform: 'x',
  account: '@marie_dupont',
  accountId: 'x:marie_dupont',
  surface: 'post',
  decision: 'confirm',
  outcome: 'cancelled',
  reasons: ['other-account-words'],
  words: ['pain au levain'],
  time,
  ...(text !== undefined ? { text } : {}),
});

describe('jsonBytes', () => {
  it('counts the JSON in UTF-8 bytes, as Chrome counts storage.local', () => {
    expect(jsonBytes('é')).toBe(4); // "é" is two bytes, plus the quotes
    expect(jsonBytes({ a: [1, 2] })).toBe('{"a":[1,2]}'.length);
    expect(jsonBytes(undefined)).toBe(0);
  });

  it('keeps the budgets inside Chrome\'s 10 MiB with room to spare', () => {
    const { quota, ...parts } = STORAGE_BUDGET;
    expect(Object.values(parts).reduce((n, b) => n + b, 0)).toBeLessThanOrEqual(quota - 1024 * 1024);
  });
});

describe('trimJournal', () => {
  it('leaves a journal within its budget untouched', () => {
    const entries = [entry(1, 'a'), entry(2)];
    expect(trimJournal(entries, 10_000)).toEqual({ entries, textsRemoved: 0, entriesRemoved: 0 });
  });

  it('removes the oldest texts first, keeping every entry while that is enough', () => {
    const entries = [entry(1, 'x'.repeat(5000)), entry(2, 'y'.repeat(5000)), entry(3, 'z'.repeat(5000))];
    const max = jsonBytes(entries) - 4000;
    const trimmed = trimJournal(entries, max);
    expect(trimmed.entries.map((e) => [e.time, 'text' in e ? e.text?.[0] : undefined])).toEqual([[1, undefined], [2, 'y'], [3, 'z']]);
    expect(trimmed).toMatchObject({ textsRemoved: 1, entriesRemoved: 0 });
    expect(jsonBytes(trimmed.entries)).toBeLessThanOrEqual(max);
  });

  it('then removes the oldest entries, but never the newest', () => {
    const entries = Array.from({ length: 100 }, (_, i) => entry(i, i % 2 ? 'texte' : undefined));
    // Room for the last ten without their texts, but the newest's own text (never removed).
    const max = jsonBytes([...entries.slice(-10, -1).map(({ text: _t, ...e }) => e), entries.at(-1)]);
    const trimmed = trimJournal(entries, max);
    expect(jsonBytes(trimmed.entries)).toBeLessThanOrEqual(max);
    expect(trimmed.entries.at(-1)).toEqual(entries.at(-1));
    expect(trimmed.entries.length).toBeGreaterThanOrEqual(10);
    expect(trimmed.entriesRemoved).toBe(100 - trimmed.entries.length);
    expect(trimJournal([entry(1, 'x'.repeat(5000))], 10).entries).toHaveLength(1);
  });

  it('fills 4 MiB with 5,000-character texts and stays under it', () => {
    const entries = Array.from({ length: 1000 }, (_, i) => entry(i, 'é'.repeat(5000)));
    const trimmed = trimJournal(entries);
    expect(jsonBytes(trimmed.entries)).toBeLessThanOrEqual(STORAGE_BUDGET.journal);
    expect(trimmed.entries).toHaveLength(1000);
    expect((trimmed.entries.at(-1) as JournalEntry).text).toHaveLength(5000);
  });
});

describe('keepNewestWithin (backups, items set aside)', () => {
  it('drops the oldest until the rest fits, always keeping the newest', () => {
    const items = [{ n: 'a'.repeat(100) }, { n: 'b'.repeat(100) }, { n: 'c'.repeat(100) }];
    expect(keepNewestWithin(items, 10_000)).toBe(items);
    expect(keepNewestWithin(items, jsonBytes(items.slice(1)))).toEqual(items.slice(1));
    expect(keepNewestWithin(items, jsonBytes(items.slice(1)) - 1)).toEqual(items.slice(2));
    expect(keepNewestWithin(items, 5)).toEqual(items.slice(2));
    expect(keepNewestWithin([], 5)).toEqual([]);
  });
});

describe('storageWriteError', () => {
  it('tells a full storage from any other failure, in Chrome\'s and Firefox\'s words', () => {
    expect(storageWriteError(new Error('Resource::kQuotaBytes quota exceeded'))).toBe('storage-full');
    expect(storageWriteError(new Error('QUOTA_BYTES quota exceeded'))).toBe('storage-full');
    expect(storageWriteError(new Error('QuotaExceededError: storage.local API call exceeded its quota limitations.'))).toBe('storage-full');
    expect(storageWriteError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe('storage-full');
    expect(storageWriteError(new Error('An unexpected error occurred'))).toBe('write-failed');
    expect(storageWriteError('boom')).toBe('write-failed');
  });
});
