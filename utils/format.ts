/** Small pure helpers to show accounts and identities the same way everywhere (banner, popup, journal). */
import type { Account, Identity } from './types';

/** "@handle" when there is a handle, else the display name, else null. */
export function accountLabel(who: Pick<Account | Identity, 'handle' | 'name'> | null | undefined): string | null {
  if (!who) return null;
  if (who.handle) return `@${who.handle}`;
  return who.name?.trim() || null;
}

export interface ExcerptPart {
  text: string;
  highlighted: boolean;
}

/**
 * A window of at most `max` characters of the draft, starting a little before the first highlighted range, cut
 * into plain and highlighted parts. Ranges are [start, end) offsets into `draft`; overlapping ones are merged.
 */
export function excerpt(draft: string, ranges: { start: number; end: number }[], max = 280): ExcerptPart[] {
  const sorted = [...ranges].filter((r) => r.end > r.start).sort((a, b) => a.start - b.start);
  const first = sorted[0]?.start ?? 0;
  let from = draft.length <= max ? 0 : Math.max(0, Math.min(first - 40, draft.length - max));
  // Never cut a surrogate pair in two.
  if (from > 0 && /[\uDC00-\uDFFF]/.test(draft[from] ?? '')) from -= 1;
  const to = Math.min(draft.length, from + max);
  const parts: ExcerptPart[] = [];
  if (from > 0) parts.push({ text: '…', highlighted: false });
  let cursor = from;
  for (const r of sorted) {
    const start = Math.max(r.start, cursor);
    const end = Math.min(r.end, to);
    if (end <= start) continue;
    if (start > cursor) parts.push({ text: draft.slice(cursor, start), highlighted: false });
    parts.push({ text: draft.slice(start, end), highlighted: true });
    cursor = end;
  }
  if (cursor < to) parts.push({ text: draft.slice(cursor, to), highlighted: false });
  if (to < draft.length) parts.push({ text: '…', highlighted: false });
  return parts;
}
