/**
 * Two things no anchor has, in Chromium and Firefox: a sensitive period (every brand publish asks first with the note,
 * until it ends by itself; its start and end are journaled) and the takeover alarm (a protected account that shows
 * another name than before: the popup says so, the next publish asks first with the reason profile-changed, until the
 * user says the change is theirs).
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import { ask, clickBanner, fullBanner, published, readBanner, setSettings, settle, standardSettings, waitForBanner, waitForGuard } from './support';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';

async function home(ext: ExtensionBrowser, fixture: string): Promise<Site> {
  const site = await ext.newSite({ 'https://x.com/home': fixture });
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  return site;
}

/**
 * What the background remembers of the accounts' names lives beyond one test (the browser is shared by a worker's
 * tests): each scenario starts and ends with none, as a fresh install would.
 */
async function forgetProfiles(ext: ExtensionBrowser): Promise<void> {
  const page = await ext.openExtensionPage('options.html');
  await page.evaluate(async () => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', { storage: { local: { remove(keys: string[]): Promise<void> } } } | undefined>;
    await (g.browser ?? g.chrome)!.storage.local.remove(['seenProfiles', 'profileAlarms']);
  });
  await page.close();
}

test('a sensitive period: every brand post asks first with the note; the personal account is not asked; it ends by itself', async ({ ext }) => {
  await setSettings(ext, fullBanner(standardSettings()));
  // Started as the popup does, for a few seconds.
  expect(await ask(ext, { type: 'sensitive/set', until: Date.now() + 4000, note: 'Deuil national' })).toMatchObject({ ok: true });
  const brand = await home(ext, 'x/home-en.html'); // @boulangerie_dupont (brand)
  await brand.type(EDITOR, 'Bonne journée');
  await brand.click(POST);
  await waitForBanner(brand);
  const banner = await readBanner(brand);
  expect(banner?.reasons).toEqual(['protected-account', 'sensitive-period']);
  expect(banner?.text).toContain('Deuil national');
  await clickBanner(brand, 'cancel');
  await brand.close();

  const personal = await home(ext, 'x/home-fr.html'); // @marie_dupont (personal)
  await personal.type(EDITOR, 'Bonne journée');
  await personal.click(POST);
  expect(await published(personal)).toEqual([{ surface: 'post', text: 'Bonne journée', handle: 'marie_dupont', via: 'click' }]);
  await personal.close();

  // Once its time is over, the brand's routine post only meets its own protection.
  await new Promise((r) => setTimeout(r, 4000));
  const later = await home(ext, 'x/home-en.html');
  await later.type(EDITOR, 'Bonne soirée');
  await later.click(POST);
  await waitForBanner(later);
  expect((await readBanner(later))?.reasons).toEqual(['protected-account']);
  await later.close();

  // Journaled: begun with its note, by the user; over at its end, by itself.
  const periods = (await ask<{ kind?: string; period?: string; cause?: string; note?: string }[]>(ext, { type: 'journal/list' })).filter((e) => e.kind === 'sensitive-period');
  expect(periods.slice(-2).map(({ period, cause, note }) => [period, cause, note])).toEqual([
    ['on', 'user', 'Deuil national'],
    ['off', 'ended', ''],
  ]);
});

test("the takeover alarm: the brand's name changes on the site; the popup says so, the next post asks first, until the change is accepted", async ({ ext }) => {
  await setSettings(ext, fullBanner(standardSettings()));
  await forgetProfiles(ext);
  const site = await home(ext, 'x/home-en.html'); // @boulangerie_dupont, "Boulangerie Dupont 🥖"
  await waitForGuard(ext, 'x');
  await site.focus(EDITOR); // a report: the name is remembered
  await site.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  // The site now shows another display name for the same account.
  await site.evaluate(() => {
    const switcher = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]')!;
    // The innermost element that holds the name (its emoji is an image beside the text).
    const name = [...switcher.querySelectorAll('span')].find((el) => /Boulangerie/.test(el.textContent ?? '') && !el.querySelector('span'));
    name!.textContent = 'Crypto Giveaway';
  });
  await expect
    .poll(async () => Object.keys(await ask<Record<string, unknown>>(ext, { type: 'profiles/alarms' })), { timeout: 8000, intervals: [500] })
    .toEqual(['x:boulangerie_dupont']);

  // The popup (opened as a tab here: a real popup sits over the site, so the site is used with the popup closed).
  let popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor(() => !!document.querySelector('[data-list="profile-alarms"] li[data-account-id="x:boulangerie_dupont"]'));
  expect(await popup.evaluate(() => document.querySelector('[data-list="profile-alarms"]')?.textContent)).toContain('Crypto Giveaway');
  await popup.close();

  await site.type(EDITOR, 'Offre spéciale');
  await site.click(POST);
  await waitForBanner(site);
  const banner = await readBanner(site);
  expect(banner?.reasons).toEqual(['protected-account', 'profile-changed']);
  expect(banner?.text).toContain('Crypto Giveaway');
  await clickBanner(site, 'cancel');
  await settle(site);
  expect(await published(site)).toEqual([]);

  // The change was the user's: the alarm ends, and the next post meets only the brand's protection.
  popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor(() => !!document.querySelector('[data-action="accept-profile"]'));
  await popup.click('[data-action="accept-profile"]');
  await popup.waitFor(() => !document.querySelector('[data-list="profile-alarms"]'));
  await popup.close();
  await site.click(POST);
  await waitForBanner(site);
  expect((await readBanner(site))?.reasons).toEqual(['protected-account']);
  await clickBanner(site, 'cancel');
  await site.close();
  await forgetProfiles(ext);
});
