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
 * Colours for accounts that have none: distinct, each dark enough for white text (contrast ≥ 4.5:1, AA), and none of
 * the hues that mean something else in the product's own UI: red (danger, a block, "cannot tell"), amber and orange
 * (warning, "not one of your accounts"), grey and near-black (paused, off). A unit test checks all of it.
 */
export const ACCOUNT_PALETTE = ['#1d4ed8', '#047857', '#7c3aed', '#0e7490', '#a21caf', '#4d7c0f', '#3730a3', '#115e59'] as const;

/** A label as it is compared: case, accents and spacing do not matter ("Boulangerie  Dupont" = "boulangerie dupont"). */
const sameLabel = (label: string | undefined) =>
  (label ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Whose colour an account wears: its client or group, or its name when it has no group (the same brand has the same
 * name on every platform), else its handle. Never the platform: one client is one colour everywhere.
 */
export function colorKey(account: Pick<Account, 'id' | 'group' | 'name' | 'handle'>): string {
  const group = sameLabel(account.group);
  if (group) return `group:${group}`;
  const name = sameLabel(account.name);
  if (name) return `name:${name}`;
  return `handle:${sameLabel(account.handle) || account.id}`;
}

/**
 * An account's colour: the one the user picked, else a stable one from its client (colorKey), so that the bakery is the
 * same colour on X, Facebook, LinkedIn and Instagram, in the ribbon, the badge, the banner, the popup and the lists.
 */
export function accountColor(account: Pick<Account, 'id' | 'color' | 'group' | 'name' | 'handle'>): string {
  if (account.color) return account.color;
  let hash = 0;
  for (const c of colorKey(account)) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return ACCOUNT_PALETTE[hash % ACCOUNT_PALETTE.length]!;
}

/** The colour of a client among these accounts: one of them picked explicitly, else the one its key gives. */
export function clientColor(account: Pick<Account, 'id' | 'color' | 'group' | 'name' | 'handle'>, accounts: readonly Account[]): string {
  if (account.color) return account.color;
  const key = colorKey(account);
  return accounts.find((a) => a.color && colorKey(a) === key)?.color ?? accountColor(account);
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
