/**
 * The options page in Chromium and Firefox: importing a settings file (a good one, then bad ones that change nothing),
 * and the accounts form, from the popup's pre-filled link to the ribbon on the site and back through a backup.
 */
import { expect, test, type Site } from './harness';
import {
  clickBanner,
  readBanner,
  ribbonShown,
  setSettings,
  standardSettings,
  waitForBanner,
} from './support';

test('the options page imports a settings file, and a bad file changes nothing', async ({ ext }) => {
  const page = await ext.openExtensionPage('options.html');
  const input = 'input[type="file"][data-action="import-settings"]';
  await page.upload(input, 'settings.json', JSON.stringify(standardSettings()));
  await page.waitFor(() => !!document.querySelector('[data-status="import-ok"]'));
  const accounts = () => page.evaluate(() => [...document.querySelectorAll('[data-list="accounts"] li[data-account-id]')].map((el) => el.getAttribute('data-account-id')));
  expect(await accounts()).toEqual(['x:boulangerie_dupont', 'x:marie_dupont']);

  const bad = standardSettings((s) => {
    s.accounts.push({ platform: 'x', handle: 'cafe_martin', kind: 'Brand' });
  });
  await page.upload(input, 'bad.json', JSON.stringify(bad));
  await page.waitFor(() => !!document.querySelector('[data-status="import-error"]'));
  const message = await page.evaluate(() => document.querySelector('[data-status="import-error"]')?.textContent ?? '');
  expect(message).toContain('accounts[2].kind');
  expect(await accounts()).toEqual(['x:boulangerie_dupont', 'x:marie_dupont']);

  await page.upload(input, 'not-json.json', '{ "format": "right-account-settings", ');
  await page.waitFor(() => document.querySelector('[data-status="import-error"]')?.textContent?.includes('JSON') ?? false);
  expect(await accounts()).toEqual(['x:boulangerie_dupont', 'x:marie_dupont']);
  await page.close();
});

/** Empties a text field with the keyboard, then types into it, as a person would. */
async function replaceText(site: Site, selector: string, text: string) {
  await site.click(selector);
  await site.press('Control+A');
  await site.press('Backspace');
  await site.type(selector, text);
}

test('an account added through the form guards its composer at once, and restoring the backup taken before removes it', async ({ ext }) => {
  // Only the bakery is configured; the popup's "Add the account I'm on now" opens this address for @marie_dupont.
  await setSettings(ext, standardSettings((s) => (s.accounts = s.accounts.filter((a) => a.handle === 'boulangerie_dupont'))));
  const options = await ext.openExtensionPage('options.html?add=1&platform=x&handle=marie_dupont&name=Marie%20Dupont');
  const form = '[data-action="acc-form"][data-mode="add"]';
  await options.waitFor((f) => !!document.querySelector(f), form);
  expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('[data-action="acc-handle"]')?.value)).toBe('marie_dupont');
  expect(await options.evaluate(() => document.querySelector<HTMLInputElement>('[data-action="acc-name"]')?.value)).toBe('Marie Dupont');

  // Validation as you type: the bakery's handle on X is taken.
  await replaceText(options, '[data-action="acc-handle"]', 'boulangerie_dupont');
  await options.waitFor(() => !!document.querySelector('[data-status="acc-error-handle"]'));
  await replaceText(options, '[data-action="acc-handle"]', 'marie_dupont');
  await options.waitFor(() => !document.querySelector('[data-status="acc-error-handle"]'));

  await options.click('[data-action="acc-kind-personal"]');
  // A colour input opens a native picker that automation cannot drive: set its value as the picker would.
  await options.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-action="acc-color"]')!;
    input.value = '#2e7d32';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await options.type('[data-action="acc-words"]', 'mon chat');
  await options.click('[data-action="acc-submit"]');
  await options.waitFor(() => !!document.querySelector('[data-status="acc-saved"]'));
  const ids = () => options.evaluate(() => [...document.querySelectorAll('[data-list="accounts"] li[data-account-id]')].map((el) => el.getAttribute('data-account-id')));
  expect(await ids()).toEqual(['x:boulangerie_dupont', 'x:marie_dupont']);

  // On X, the new account is the one the ribbon names, in its colour; the bakery's words from it ask first.
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html' }); // @marie_dupont
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  await site.focus('[data-testid="tweetTextarea_0"]');
  await ribbonShown(site, 'Marie', { tone: 'personal', color: '#2e7d32' });
  await site.type('[data-testid="tweetTextarea_0"]', 'Nouveau pain au levain');
  await site.click('[data-testid="tweetButtonInline"]');
  await waitForBanner(site);
  expect((await readBanner(site))?.reasons).toEqual(['other-account-words']);
  await clickBanner(site, 'cancel');
  await site.close();

  // The newest backup is the settings as they were before the account was added.
  await options.waitFor(() => document.querySelectorAll('[data-list="backups"] li[data-backup-time]').length > 0);
  await options.click('[data-list="backups"] li[data-backup-time]:first-child [data-action="backup-restore"]');
  await options.waitFor(() => !!document.querySelector('[data-status="backup-confirm"]'));
  await options.click('[data-action="backup-restore-confirm"]');
  await options.waitFor(() => !!document.querySelector('[data-status="backup-restored"]'));
  await options.waitFor(() => document.querySelectorAll('[data-list="accounts"] li[data-account-id]').length === 1);
  expect(await ids()).toEqual(['x:boulangerie_dupont']);
  await options.close();
});
