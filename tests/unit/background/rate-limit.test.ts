/** A tab's journal writes are rate-limited: a burst, then a steady rate; each tab on its own. */
import { describe, expect, it } from 'vitest';
import { tokenBucket } from '../../../utils/background/rate-limit';

describe('tokenBucket', () => {
  it('allows a burst, then refuses, then allows again at the steady rate', () => {
    const limit = tokenBucket(3, 60); // one a second after the burst
    expect([1, 2, 3, 4].map(() => limit.take(7, 0))).toEqual([true, true, true, false]);
    expect(limit.take(7, 500)).toBe(false);
    expect(limit.take(7, 1000)).toBe(true);
    expect(limit.take(7, 1000)).toBe(false);
    // Another tab has its own bucket; a forgotten tab starts afresh.
    expect(limit.take(8, 1000)).toBe(true);
    limit.forget(7);
    expect(limit.take(7, 1000)).toBe(true);
  });

  it('never saves up more than the burst', () => {
    const limit = tokenBucket(2, 60);
    expect([1, 2, 3].map(() => limit.take(1, 10 * 60_000))).toEqual([true, true, false]);
  });
});

describe("the background rate-limits each tab's journal writes", () => {
  it('a flood from one tab is refused past the burst; another tab and the extension pages still write', async () => {
    const { fakeBrowser } = await import('wxt/testing');
    const { browser } = await import('wxt/browser');
    const { handleMessage } = await import('../../../utils/background/service');
    fakeBrowser.reset();
    const entry = { platform: 'x', account: '@a', accountId: null, surface: 'post', decision: 'allow', outcome: 'allowed', reasons: [], words: [] };
    const fromTab = (id: number) => ({ id: fakeBrowser.runtime.id, url: 'https://x.com/home', tab: { id } as never });
    const answers = [];
    for (let i = 0; i < 25; i++) answers.push(await handleMessage({ type: 'journal/record', entry }, fromTab(1)));
    expect(answers.filter((a) => (a as { ok: boolean }).ok)).toHaveLength(20);
    expect(answers.at(-1)).toEqual({ ok: false, error: 'rate-limited' });
    expect(await handleMessage({ type: 'journal/record', entry }, fromTab(2))).toEqual({ ok: true });
    // An extension page, even open in a tab (the journal page, the options page), is not limited.
    const page = { id: fakeBrowser.runtime.id, url: browser.runtime.getURL('/') + 'options.html', tab: { id: 1 } as never };
    for (let i = 0; i < 25; i++) expect(await handleMessage({ type: 'journal/record', entry }, page)).toEqual({ ok: true });
    expect(((await browser.storage.local.get('journal')).journal as unknown[]).length).toBe(46);
  });
});
