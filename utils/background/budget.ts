/**
 * storage.local has a budget. Chrome allows an extension 10 MiB there without the `unlimitedStorage` permission,
 * counted as the JSON of each value plus its key; Firefox has no fixed cap but a quota from the free disk space.
 * Right Account keeps its own data well inside Chrome's figure, measured the way Chrome measures it:
 *
 *   settings ≤ 1.5 MiB · backups ≤ 2 MiB · journal ≤ 4 MiB · items set aside ≤ 1 MiB · the rest (pauses, health) tiny
 *
 * which leaves about 1.5 MiB of room. A write that fails anyway (the quota, a broken disk) is reported, never
 * swallowed. Pure: the service applies these.
 */
import type { JournalItem } from '../messaging/protocol';

const MIB = 1024 * 1024;

export const STORAGE_BUDGET = {
  /** Chrome's storage.local quota without unlimitedStorage (chrome.storage.local.QUOTA_BYTES). */
  quota: 10 * MIB,
  settings: 1.5 * MIB,
  backups: 2 * MIB,
  journal: 4 * MIB,
  dropped: 1 * MIB,
} as const;

const encoder = new TextEncoder();

/** The bytes `value` takes as Chrome counts them: its JSON in UTF-8 (0 for what JSON leaves out). */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value);
  return text === undefined ? 0 : encoder.encode(text).length;
}

/** Bytes of a JSON array from its items' sizes: brackets, items, commas. */
const arrayBytes = (sizes: number[]) => 2 + sizes.reduce((n, s) => n + s, 0) + Math.max(0, sizes.length - 1);

export interface TrimmedJournal {
  entries: JournalItem[];
  /** How many texts were removed to fit, and how many entries. */
  textsRemoved: number;
  entriesRemoved: number;
}

/**
 * The journal within `max` bytes: first the oldest entries lose their kept text (the longest part, and the one the
 * user can do without), then, if that is not enough, the oldest entries go. The newest entry always stays.
 */
export function trimJournal(entries: JournalItem[], max: number = STORAGE_BUDGET.journal): TrimmedJournal {
  if (jsonBytes(entries) <= max) return { entries, textsRemoved: 0, entriesRemoved: 0 };
  const out = [...entries];
  const sizes = out.map(jsonBytes);
  let total = arrayBytes(sizes);
  let textsRemoved = 0;
  for (let i = 0; i < out.length - 1 && total > max; i++) {
    const item = out[i]!;
    if (!('text' in item) || item.text === undefined) continue;
    const { text: _text, ...rest } = item;
    out[i] = rest;
    const size = jsonBytes(rest);
    total -= sizes[i]! - size;
    sizes[i] = size;
    textsRemoved++;
  }
  let first = 0;
  while (total > max && first < out.length - 1) {
    total -= sizes[first]! + 1;
    first++;
  }
  return { entries: out.slice(first), textsRemoved, entriesRemoved: first };
}

/** The newest items (last in the list) that fit in `max` bytes; the newest one always stays, whatever its size. */
export function keepNewestWithin<T>(items: T[], max: number): T[] {
  if (jsonBytes(items) <= max) return items;
  let total = 2;
  let first = items.length;
  while (first > 0) {
    const size = jsonBytes(items[first - 1]) + (first < items.length ? 1 : 0);
    if (first < items.length && total + size > max) break;
    total += size;
    first--;
  }
  return items.slice(first);
}

/** What a failed write means for the user: storage is full, or the browser could not write (anything else). */
export type StorageWriteError = 'storage-full' | 'write-failed';

/**
 * Chrome: "Resource::kQuotaBytes quota exceeded" (older: "QUOTA_BYTES quota exceeded"); Firefox: "QuotaExceededError:
 * storage.local API call exceeded its quota limitations", also when the disk is full.
 */
export function storageWriteError(error: unknown): StorageWriteError {
  const text = `${(error as { name?: unknown })?.name ?? ''} ${(error as { message?: unknown })?.message ?? error}`;
  return /quota/i.test(text) ? 'storage-full' : 'write-failed';
}
