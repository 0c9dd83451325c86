/**
 * No silent "off", end to end in Chromium and Firefox: turned off for a time, a risky post goes through untouched and
 * is journaled as "off", the ribbon and the badge say "off"; when the end passes the guard is on again by itself (the
 * next risky post stops on the banner), and the journal says when it came back. The popup's switch asks how long and
 * is driven with the keyboard.
 *
 * A short switch-off goes through the same message the popup sends, with a small end: the background validates it
 * like any other (a time to come, within the longest switch-off).
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import { clickBanner, guardedTab, published, readBanner, readRibbon, ribbonShown, setSettings, settle, standardSettings, waitForBanner } from './support';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';
const RISKY = 'Nouveau pain au levain #BoulangerieDupont'; // the brand's words from the personal account

type Api = {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ platform?: string; guardEnabled?: boolean }> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  action?: { getBadgeText(d: { tabId: number }): Promise<string> };
  browserAction?: { getBadgeText(d: { tabId: number }): Promise<string> };
};
type JournalRow = { kind?: string; outcome?: string; guard?: string; cause?: string; until?: number | null; account?: string; reasons?: string[] };

const send = (page: Site, message: unknown) =>
  page.evaluate(async (message) => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
    return (g.browser ?? g.chrome)!.runtime.sendMessage(message);
  }, message);

const journal = async (page: Site) => ((await send(page, { type: 'journal/list' })) as JournalRow[]) ?? [];

/**
 * Polls an asynchronous question from Node until it answers true (Playwright's waitForFunction takes a promise for a
 * truthy answer, so an async predicate would pass at once).
 */
async function until(question: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await question())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the tab's guard says it is on (true) or off (false): its own reading, with its own clock. */
const waitForGuard = (page: Site, tabId: number, enabled: boolean, timeoutMs = 10_000) =>
  until(
    () =>
      page.evaluate(
        async ({ tabId, enabled }) => {
          const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
          const status = await (g.browser ?? g.chrome)!.tabs.sendMessage(tabId, { type: 'tab/status' });
          return status.guardEnabled === enabled;
        },
        { tabId, enabled },
      ),
    timeoutMs,
  );

const badgeText = (page: Site, tabId: number) =>
  page.evaluate(async (tabId) => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
    const api = (g.browser ?? g.chrome)!;
    return (api.action ?? api.browserAction)!.getBadgeText({ tabId });
  }, tabId);

test('turned off for a short time: a post goes through journaled "off", the ribbon and badge say off; then it guards again by itself', async ({ ext }) => {
  test.setTimeout(60_000);
  await setSettings(ext, standardSettings());
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html' }); // @marie_dupont, personal
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  let { page, tabId } = await guardedTab(ext, 'x', { clearJournal: true });
  const reopen = async () => (page = await ext.openExtensionPage('options.html'));

  // Off for a minute first (so that nothing ends while the post is made), through the popup's own message.
  expect(await send(page, { type: 'settings/set-guard-enabled', enabled: false, until: Date.now() + 60_000 })).toMatchObject({ ok: true });
  await waitForGuard(page, tabId, false);
  await until(async () => (await badgeText(page, tabId)) === 'OFF');
  await page.close();

  await site.focus(EDITOR);
  const ribbon = await ribbonShown(site, 'Marie Dupont');
  expect(ribbon.off).toBe(true);
  expect(ribbon.paused).toBe(false);
  expect(ribbon.text).toMatch(/guard off: nothing is checked|protection désactivée : rien n’est vérifié/);
  await site.type(EDITOR, RISKY);
  await site.click(POST);
  await settle(site);
  expect(await readBanner(site)).toBeNull();
  expect(await published(site)).toEqual([{ surface: 'post', text: RISKY, handle: 'marie_dupont', via: 'click' }]);
  await reopen();
  await until(async () => (await journal(page)).some((r) => r.outcome === 'off'));
  const offEntry = (await journal(page)).find((r) => r.outcome === 'off')!;
  // Who and that it was off; no reason (the guard did not look) and no text (the journal keeps none by default).
  expect(offEntry).toMatchObject({ account: '@marie_dupont', reasons: [] });
  expect(offEntry).not.toHaveProperty('text');

  // Now a short end: the same message, a small value, validated like the others.
  const end = Date.now() + 2500;
  expect(await send(page, { type: 'settings/set-guard-enabled', enabled: false, until: end })).toMatchObject({ ok: true });
  // The tab's guard is on again once the end passes, by its own clock (nothing has to be written for that).
  await waitForGuard(page, tabId, true, 15_000);
  expect(Date.now()).toBeGreaterThanOrEqual(end);
  await page.close();
  await site.type(EDITOR, RISKY);
  await site.click(POST);
  await waitForBanner(site);
  expect((await readBanner(site))?.reasons).toEqual(['other-account-words']);
  await clickBanner(site, 'cancel');
  await settle(site);
  expect(await published(site)).toHaveLength(1);
  expect((await readRibbon(site))?.off ?? false).toBe(false);

  await reopen();
  // The background wrote the end back, with an entry dated at the end, and the badge no longer says off.
  await until(async () => (await journal(page)).some((r) => r.kind === 'guard-switch' && r.cause === 'ended'));
  const switches = (await journal(page)).filter((r) => r.kind === 'guard-switch');
  expect(switches.map((r) => [r.guard, r.cause])).toEqual([
    ['off', 'user'],
    ['off', 'user'],
    ['on', 'ended'],
  ]);
  expect(switches[1]!.until).toBe(end);
  expect(await badgeText(page, tabId)).not.toBe('OFF');
  await page.close();
  await site.close();
});

test('the popup asks how long, with the keyboard, says the state once, and turns the guard back on', async ({ ext }) => {
  await setSettings(ext, standardSettings());
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-en.html' });
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  const { page, tabId } = await guardedTab(ext, 'x', { clearJournal: true });
  await page.close();

  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitFor(() => !!document.querySelector('[data-status="state-active"]'));
  expect(await popup.evaluate(() => document.querySelectorAll('[data-status^="state-"]').length)).toBe(1);
  await popup.focus('[data-action="guard-off"]');
  await popup.press('Enter');
  await popup.waitFor(() => document.activeElement?.getAttribute('data-action') === 'guard-off-hour');
  // Escape closes the choices and gives the focus back; Enter again, then Tab to "Until I turn it back on".
  await popup.press('Escape');
  await popup.waitFor(() => document.activeElement?.getAttribute('data-action') === 'guard-off' && !document.querySelector('[data-status="guard-off-choices"]'));
  await popup.press('Enter');
  await popup.waitFor(() => document.activeElement?.getAttribute('data-action') === 'guard-off-hour');
  await popup.press('Enter');
  await popup.waitFor(() => !!document.querySelector('[data-status="state-off"]'));
  const text = await popup.evaluate(() => document.querySelector('[data-status="state-off"]')!.textContent ?? '');
  expect(text).toMatch(/^(Guard off until|Protection désactivée jusqu’à) .*\d{2}.*: rien n’est vérifié$|^Guard off until .*\d{2}.*: nothing is checked$/);
  const rows = (await popup.evaluate(async () => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
    return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'journal/list' });
  })) as JournalRow[];
  const off = rows.find((r) => r.kind === 'guard-switch')!;
  expect(off.guard).toBe('off');
  expect((off.until ?? 0) - Date.now()).toBeGreaterThan(55 * 60_000);
  await popup.waitFor(() => !!document.querySelector('[data-list="recent-journal"] li[data-outcome="guard-off"]'));
  await popup.focus('[data-action="guard-on"]');
  await popup.press('Enter');
  await popup.waitFor(() => !!document.querySelector('[data-status="state-active"]') && !!document.querySelector('[data-list="recent-journal"] li[data-outcome="guard-on"]'));
  await popup.close();
  await site.close();
});
