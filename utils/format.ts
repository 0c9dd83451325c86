/** Small pure helpers to show accounts and identities the same way everywhere (banner, popup, journal). */
import type { Account, Identity } from './types';

/** Initials of a display name ("Boulangerie Dupont" → "BD"), for when there is no avatar or it fails to load. */
export const initials = (name: string | undefined) =>
  (name ?? '')
    .split(/\s+/)
    .map((w) => [...w.replace(/^@/, '')][0] ?? '')
    .filter((c) => /\p{L}|\p{N}/u.test(c))
    .slice(0, 2)
    .join('')
    .toUpperCase() || '?';

/**
 * Colours for accounts that have none: distinct, and each dark enough for white text (contrast ≥ 4.5:1, AA).
 * An account without a colour gets a stable one from its id, so it looks the same in the ribbon, badge and lists.
 */
export const ACCOUNT_PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#b45309', '#0e7490', '#be185d', '#4d7c0f'] as const;

export function accountColor(account: Pick<Account, 'id' | 'color'>): string {
  if (account.color) return account.color;
  let hash = 0;
  for (const c of account.id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return ACCOUNT_PALETTE[hash % ACCOUNT_PALETTE.length]!;
}

/** Black or white, whichever reads better on this `#rrggbb` background (WCAG relative luminance). */
export function textColorOn(background: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const v = parseInt(background.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  // Contrast with white is 1.05 / (l + 0.05), with black (l + 0.05) / 0.05: pick the larger.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/**
 * A date and time that reads the same to everyone, in English and French: the month in letters, never "12/1/26"
 * ("4 Dec, 21:18", "Dec 4, 09:18 PM", "4 déc., 21:18"), with the year when it is not the current one.
 */
export function formatWhen(locale: string | undefined, time: number, now = Date.now()): string {
  const date = new Date(time);
  const year = date.getFullYear() === new Date(now).getFullYear() ? {} : { year: 'numeric' as const };
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...year, hour: '2-digit', minute: '2-digit' }).format(date);
}

/**
 * When something ends, as short as it can be read unambiguously: the time alone today ("21:18"), the day of the week
 * and the time within a week ("Sat 08:00", "sam. 08:00"), else the date and time (formatWhen).
 */
export function formatUntil(locale: string | undefined, time: number, now = Date.now()): string {
  const date = new Date(time);
  const today = new Date(now);
  const sameDay = date.toDateString() === today.toDateString();
  if (sameDay) return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
  if (time > now && time - now < 6 * 86_400_000) return new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(date);
  return formatWhen(locale, time, now);
}

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
