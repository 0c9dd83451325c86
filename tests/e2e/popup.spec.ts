/**
 * The popup's pause and resume, end to end in Chromium and Firefox.
 *
 * Automation cannot open a browser-action popup over a site tab, and popup.html opened as a tab would describe
 * itself (the active tab). So the popup is opened as a tab with `?tab=<id>` naming the X tab: the popup honours that
 * parameter only when it is itself in a tab (tabs.getCurrent() is defined), never as a real popup. That way the test
 * clicks the popup's own buttons and reads its own markup, instead of sending pause/set behind its back.
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import {
  clickBanner,
  published,
  tabIdOf,
  readBanner,
  setSettings,
  settle,
  standardSettings,
  waitForBanner,
} from './support';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';
const RISKY = 'Nouveau pain au levain #BoulangerieDupont'; // the brand's words from the personal account

type Api = {
  tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ platform?: string; pausedUntil?: number | null }> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

/** Waits until the tab's content script knows whether it is paused (it learns it from storage.onChanged). */
const waitForPaused = (popup: Site, tabId: number, paused: boolean) =>
  popup.waitFor(
    async ({ tabId, paused }) => {
      const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
      const status = await (g.browser ?? g.chrome)!.tabs.sendMessage(tabId, { type: 'tab/status' });
      return (status.pausedUntil != null) === paused;
    },
    { tabId, paused },
  );

const journal = (popup: Site) =>
  popup.evaluate(async () => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
    return (await (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'journal/list' })) as { outcome: string; account: string }[];
  });

test('pause for 15 minutes from the popup: a risky post goes through, journaled as paused; resume brings the banner back', async ({ ext }) => {
  await setSettings(ext, standardSettings());
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html' }); // @marie_dupont, personal
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  const tabId = await tabIdOf(ext, 'x', { clearJournal: true });

  // The popup is closed while the site is used: the site's tab is then the visible one again (a hidden tab's
  // animation frames are throttled, which makes real clicks slow).
  const openPopup = () => ext.openExtensionPage(`popup.html?tab=${tabId}`);
  let popup = await openPopup();
  await popup.waitFor(() => !!document.querySelector('[data-status="state-active"]'));
  expect(await popup.evaluate(() => document.querySelector('[data-status="identity"]')?.textContent)).toContain('@marie_dupont');
  expect(await popup.evaluate(() => document.querySelector('[data-status="pause-spares-protected"]')?.textContent)).toContain('@boulangerie_dupont');

  await popup.click('[data-action="pause"]');
  await popup.waitFor(() => !!document.querySelector('[data-status="state-paused"]') && !!document.querySelector('[data-action="resume"]'));
  const until = await popup.evaluate(() => document.querySelector('[data-status="state-paused"]')?.textContent ?? '');
  expect(until).toMatch(/X.*\d{1,2}[:.h]\d{2}/);
  await waitForPaused(popup, tabId, true);
  await popup.close();

  await site.type(EDITOR, RISKY);
  await site.click(POST);
  await settle(site);
  expect(await readBanner(site)).toBeNull();
  expect(await published(site)).toEqual([{ surface: 'post', text: RISKY, handle: 'marie_dupont', via: 'click' }]);

  popup = await openPopup();
  await popup.waitFor(() => !!document.querySelector('[data-status="state-paused"]'));
  await popup.waitFor(() => !!document.querySelector('[data-list="recent-journal"] li[data-outcome="paused"]'));
  expect((await journal(popup)).map((e) => [e.outcome, e.account])).toEqual([['paused', '@marie_dupont']]);
  await popup.click('[data-action="resume"]');
  await popup.waitFor(() => !!document.querySelector('[data-status="state-active"]') && !!document.querySelector('[data-action="pause"]'));
  await waitForPaused(popup, tabId, false);
  await popup.close();

  await site.type(EDITOR, RISKY);
  await site.click(POST);
  await waitForBanner(site);
  expect((await readBanner(site))?.reasons).toEqual(['other-account-words']);
  await clickBanner(site, 'cancel');
  await settle(site);
  expect(await published(site)).toHaveLength(1);

  await site.close();
});

test('the popup offers to add a detected account that is not configured', async ({ ext }) => {
  // Only the brand is configured: @marie_dupont is detected but not one of the accounts.
  await setSettings(ext, standardSettings((s) => (s.accounts = s.accounts.filter((a) => a.handle === 'boulangerie_dupont'))));
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html' });
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  const tabId = await tabIdOf(ext, 'x', { clearJournal: true });
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitFor(() => !!document.querySelector('[data-status="unregistered"]'));
  // Catch the tab the button opens (the options page's own handling of it is the options' scenario).
  await popup.evaluate(() => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', { tabs: { create(p: { url: string }): Promise<unknown> } } | undefined>;
    const tabs = (g.browser ?? g.chrome)!.tabs;
    (window as unknown as { __created: string[] }).__created = [];
    tabs.create = async ({ url }) => void (window as unknown as { __created: string[] }).__created.push(url);
  });
  await popup.click('[data-action="add-account"]');
  await popup.waitFor(() => (window as unknown as { __created: string[] }).__created.length === 1);
  const url = await popup.evaluate(() => (window as unknown as { __created: string[] }).__created[0]!);
  expect(url).toMatch(/^(chrome|moz)-extension:\/\/[^/]+\/options\.html\?add=1&platform=x&handle=marie_dupont&name=Marie%20Dupont$/);
  await popup.close();
  await site.close();
});

test('the intended account picked in the popup warns on a post from another account, until it is cleared', async ({ ext }) => {
  await setSettings(ext, standardSettings());
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html' }); // @marie_dupont, personal
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  const tabId = await tabIdOf(ext, 'x', { clearJournal: true });
  // A <select> opens a native list that automation cannot drive: choose the option as that list would.
  const choose = async (accountId: string) => {
    const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitFor(() => !!document.querySelector('[data-action="set-intended"]'));
    await popup.evaluate((id) => {
      const select = document.querySelector<HTMLSelectElement>('[data-action="set-intended"]')!;
      select.value = id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }, accountId);
    // The tab's guard learns it from the background: wait until it says so before posting.
    await popup.waitFor(
      async ({ tabId, accountId }) => {
        const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
        const status = (await (g.browser ?? g.chrome)!.tabs.sendMessage(tabId, { type: 'tab/status' })) as { intendedAccountId?: string | null };
        return (status.intendedAccountId ?? '') === accountId;
      },
      { tabId, accountId },
    );
    if (accountId) await popup.waitFor(() => !!document.querySelector('[data-status="intended-mismatch"]'));
    await popup.close();
  };
  const HARMLESS = 'Bonne journée à tous';

  await choose('x:boulangerie_dupont');
  await site.type(EDITOR, HARMLESS);
  await site.click(POST);
  await waitForBanner(site);
  const banner = await readBanner(site);
  expect(banner?.reasons).toEqual(['intended-account']);
  expect(banner?.text).toContain('@boulangerie_dupont');
  await clickBanner(site, 'cancel');
  await settle(site);
  expect(await published(site)).toEqual([]);

  await choose('');
  await site.click(POST);
  await settle(site);
  expect(await readBanner(site)).toBeNull();
  expect(await published(site)).toEqual([{ surface: 'post', text: HARMLESS, handle: 'marie_dupont', via: 'click' }]);
  await site.close();
});
