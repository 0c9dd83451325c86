/**
 * From the banner to the right place, in Chromium and Firefox: copy the draft and cancel; hand the draft to the account
 * whose words it holds (its next composer offers to paste it); "don't flag this again for this account" opens the
 * options with the exception to review, and after saving the same draft goes through.
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import { ask, bannerFrame, clickBanner, fullBanner, published, readBanner, setSettings, settle, standardSettings, waitForBanner } from './support';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';

async function home(ext: ExtensionBrowser, fixture: string): Promise<Site> {
  const site = await ext.newSite({ 'https://x.com/home': fixture });
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  return site;
}

async function clickInBanner(site: Site, action: string) {
  const frame = await bannerFrame(site);
  if (!frame) throw new Error('no banner');
  await frame.click(`[data-action="${action}"]`);
}

const editorText = (site: Site) => site.evaluate(() => document.querySelector('[data-testid="tweetTextarea_0"]')?.textContent ?? '');

test("copy the draft and cancel: nothing is published, the draft stays", async ({ ext }) => {
  await setSettings(ext, standardSettings());
  const site = await home(ext, 'x/home-fr.html'); // @marie_dupont
  await site.type(EDITOR, 'Vive le #BoulangerieDupont');
  await site.click(POST);
  await waitForBanner(site);
  await clickInBanner(site, 'copy-cancel');
  await settle(site);
  expect(await readBanner(site)).toBeNull();
  expect(await published(site)).toEqual([]);
  expect(await editorText(site)).toBe('Vive le #BoulangerieDupont');
  await site.close();
});

test("a draft with the brand's words, handed off: the brand's next composer offers it, and paste puts it there", async ({ ext }) => {
  await setSettings(ext, fullBanner(standardSettings()));
  const personal = await home(ext, 'x/home-fr.html'); // @marie_dupont
  await personal.type(EDITOR, 'Vive le #BoulangerieDupont');
  await personal.click(POST);
  await waitForBanner(personal);
  await clickInBanner(personal, 'hand-off');
  await settle(personal);
  expect(await published(personal)).toEqual([]);
  // Kept in the personal tab too: handing off never loses the draft.
  expect(await editorText(personal)).toBe('Vive le #BoulangerieDupont');
  await personal.close();

  const brand = await home(ext, 'x/home-en.html'); // @boulangerie_dupont
  await brand.focus(EDITOR);
  let chip: Awaited<ReturnType<Site['frames']>>[number] | undefined;
  await expect
    .poll(async () => {
      for (const frame of await brand.frames('chip')) if (await frame.evaluate(() => !!document.querySelector('[data-action="paste-handoff"]')).catch(() => false)) chip = frame;
      return !!chip;
    }, { timeout: 5000 })
    .toBe(true);
  expect(await chip!.evaluate(() => document.querySelector('[data-action="paste-handoff"]')?.textContent)).toContain('@boulangerie_dupont');
  await chip!.click('[data-action="paste-handoff"]');
  await expect.poll(() => editorText(brand), { timeout: 5000 }).toBe('Vive le #BoulangerieDupont');
  await brand.close();

  // Taken once: the next composer of the brand offers nothing.
  const again = await home(ext, 'x/home-en.html');
  await again.focus(EDITOR);
  await again.evaluate(() => new Promise((r) => setTimeout(r, 800)));
  const offered = await Promise.all((await again.frames('chip')).map((f) => f.evaluate(() => !!document.querySelector('[data-action="paste-handoff"]')).catch(() => false)));
  expect(offered.includes(true)).toBe(false);
  // And the background keeps nothing more (a chip still loading would not show above).
  expect(await ask(ext, { type: 'handoff/peek', platform: 'x', accountId: 'x:boulangerie_dupont' })).toEqual({ available: false });
  await again.close();
});

test("don't flag this again for this account: the options show the exception to review; saved, the same draft goes through", async ({ ext }) => {
  await setSettings(ext, fullBanner(standardSettings()));
  const site = await home(ext, 'x/home-en.html'); // @boulangerie_dupont, protected (full banner)
  await site.type(EDITOR, 'Quelle journée, putain');
  await site.click(POST);
  await waitForBanner(site);
  expect((await readBanner(site))?.reasons).toEqual(['protected-account', 'risky-words']);
  await clickInBanner(site, 'allow-words');
  const options = await ext.waitForTab('options.html');
  await options.waitFor(() => !!document.querySelector('[data-status="acc-exception-prefilled"]'));
  expect(await options.evaluate(() => (document.querySelector('[data-action="acc-exceptions"]') as HTMLTextAreaElement).value)).toBe('putain');
  await options.click('[data-action="acc-submit"]');
  await options.waitFor(() => !document.querySelector('[data-action="acc-form"]'));
  await options.close();

  await settle(site);
  expect(await published(site)).toEqual([]);
  await site.click(POST);
  await waitForBanner(site);
  // Only the protection of the brand is left: the list no longer flags that word for it.
  expect((await readBanner(site))?.reasons).toEqual(['protected-account']);
  await clickBanner(site, 'confirm');
  await settle(site);
  expect((await published(site)).map((p) => p.text)).toEqual(['Quelle journée, putain']);
  await site.close();
});
