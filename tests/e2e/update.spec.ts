/**
 * An update or reload of the extension while a site tab stays open: the tab is guarded again without being reloaded.
 * A risky publish there shows the banner and Confirm publishes once; a harmless one goes through at once.
 */
import { expect, releaseHeldScript, test } from './harness';
import {
  clickBanner,
  published,
  readBanner,
  setSettings,
  settle,
  shownBanners,
  standardSettings,
  waitForBanner,
  waitForGuard,
} from './support';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';

test('after the extension reloads, an open X tab is guarded again: risky asks and publishes once, harmless goes through', async ({ ext }) => {
  await setSettings(ext, standardSettings());
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html' });
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  await waitForGuard(ext, 'x');

  await ext.reloadExtension();
  // The tab was not reloaded: a guard that answers the new extension is a fresh copy of the content script.
  await waitForGuard(ext, 'x');

  await site.type(EDITOR, 'Vive le #BoulangerieDupont');
  await site.click(POST);
  await waitForBanner(site);
  expect((await readBanner(site))?.reasons).toEqual(['other-account-words']);
  // One banner: the old copy stepped aside and stopped nothing.
  expect(await shownBanners(site)).toBe(1);
  await clickBanner(site, 'confirm');
  await settle(site);
  expect(await published(site)).toEqual([{ surface: 'post', text: 'Vive le #BoulangerieDupont', handle: 'marie_dupont', via: 'click' }]);

  await site.evaluate(() => {
    const editor = document.querySelector('[data-testid="tweetTextarea_0"]')!;
    editor.textContent = '';
  });
  await site.type(EDITOR, 'Bonne journée');
  await site.click(POST);
  expect((await published(site)).map((p) => p.text)).toEqual(['Vive le #BoulangerieDupont', 'Bonne journée']);
  expect(await readBanner(site)).toBeNull();
  await site.close();
});

test('an update while a publish made during the page\'s parsing is held: it is not sent, the page says so, and sending again is guarded by the new copy', async ({ ext }) => {
  // Firefox takes the old copy's world down with the extension: nothing of it runs to say anything (README, "Updates").
  test.skip(ext.engine === 'firefox', 'Chromium keeps running the old copy, which can still speak; Firefox unloads it');
  await setSettings(ext, standardSettings());
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html+held' });
  try {
    await site.startLoading('https://x.com/home');
    await site.waitFor(() => Array.isArray((window as unknown as { __published?: unknown[] }).__published) && document.readyState === 'loading');
    await site.type(EDITOR, 'Vive le #BoulangerieDupont');
    await site.click(POST);
    await ext.reloadExtension();
    await site.waitFor(() => !!document.querySelector('div[data-right-account="notice"]'));
    expect(await site.evaluate(() => document.readyState)).toBe('loading');
    releaseHeldScript();
    await waitForGuard(ext, 'x');
    expect(await published(site)).toEqual([]);
    // The draft is still there; sent again, the fresh copy guards it.
    await site.click(POST);
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['other-account-words']);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Vive le #BoulangerieDupont', handle: 'marie_dupont', via: 'click' }]);
  } finally {
    releaseHeldScript();
    await site.close();
  }
});
