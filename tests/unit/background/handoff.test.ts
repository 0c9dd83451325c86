/** A draft handed off waits for one account, 10 minutes at most, and is forgotten once taken. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { HANDOFF_TTL_MS, offerHandOff, peekHandOff, takeHandOff } from '../../../utils/background/handoff';
import { handleMessage } from '../../../utils/background/service';

const brand = { platform: 'x' as const, accountId: 'x:boulangerie_dupont' };
beforeEach(() => fakeBrowser.reset());

describe('hand-off', () => {
  it('waits for that account only, is taken once, then forgotten', async () => {
    await offerHandOff({ ...brand, text: 'Vive le #BoulangerieDupont' }, 1000);
    expect(await peekHandOff({ platform: 'x', accountId: 'x:marie_dupont' }, 2000)).toBe(false);
    expect(await peekHandOff({ platform: 'instagram', accountId: brand.accountId }, 2000)).toBe(false);
    expect(await peekHandOff(brand, 2000)).toBe(true);
    expect(await takeHandOff({ platform: 'x', accountId: 'x:marie_dupont' }, 2000)).toBeNull();
    expect(await takeHandOff(brand, 2000)).toBe('Vive le #BoulangerieDupont');
    expect(await takeHandOff(brand, 2000)).toBeNull();
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it('expires after 10 minutes, and is then removed', async () => {
    await offerHandOff({ ...brand, text: 'x' }, 0);
    expect(await peekHandOff(brand, HANDOFF_TTL_MS - 1)).toBe(true);
    expect(await peekHandOff(brand, HANDOFF_TTL_MS)).toBe(false);
    expect(await browser.storage.session.get(null)).toEqual({});
  });

  it('through the messages a content script may send, validated', async () => {
    const tab = { id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id: 3 } as never };
    expect(await handleMessage({ type: 'handoff/offer', ...brand, text: 'Bonjour' }, tab)).toEqual({ ok: true });
    expect(await handleMessage({ type: 'handoff/peek', ...brand }, tab)).toEqual({ available: true });
    expect(await handleMessage({ type: 'handoff/take', ...brand }, tab)).toEqual({ text: 'Bonjour' });
    expect(handleMessage({ type: 'handoff/offer', ...brand, text: '' }, tab)).toBeUndefined();
    expect(handleMessage({ type: 'handoff/offer', ...brand, text: 'x'.repeat(5001) }, tab)).toBeUndefined();
    expect(handleMessage({ type: 'handoff/peek', platform: 'myspace', accountId: 'a' }, tab)).toBeUndefined();
  });
});
