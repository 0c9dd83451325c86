/**
 * A draft handed off: cancelled because it holds another account's words, it waits for that account's next composer,
 * for 10 minutes at most, in this browser only (storage.session: in memory, gone with the browser). One at a time: a
 * newer one replaces it. It is forgotten once it is taken (pasted or dismissed) or expired; nothing is kept unless the
 * user asked for it (the banner's button) or keeps texts in the journal anyway.
 */
import { browser } from 'wxt/browser';
import type { Platform } from '../types';

export const HANDOFF_TTL_MS = 10 * 60_000;
const KEY = 'handoff';

interface HandOff {
  platform: Platform;
  accountId: string;
  text: string;
  expires: number;
}

async function read(now: number): Promise<HandOff | null> {
  const stored = (await browser.storage.session.get(KEY))[KEY] as HandOff | undefined;
  if (!stored || typeof stored.expires !== 'number' || typeof stored.text !== 'string') return null;
  if (stored.expires <= now) {
    await browser.storage.session.remove(KEY);
    return null;
  }
  return stored;
}

const isFor = (h: HandOff | null, to: { platform: Platform; accountId: string }): h is HandOff => !!h && h.platform === to.platform && h.accountId === to.accountId;

export async function offerHandOff(offer: { platform: Platform; accountId: string; text: string }, now: number): Promise<void> {
  await browser.storage.session.set({ [KEY]: { platform: offer.platform, accountId: offer.accountId, text: offer.text, expires: now + HANDOFF_TTL_MS } satisfies HandOff });
}

export async function peekHandOff(to: { platform: Platform; accountId: string }, now: number): Promise<boolean> {
  return isFor(await read(now), to);
}

export async function takeHandOff(to: { platform: Platform; accountId: string }, now: number): Promise<string | null> {
  const waiting = await read(now);
  if (!isFor(waiting, to)) return null;
  await browser.storage.session.remove(KEY);
  return waiting.text;
}
