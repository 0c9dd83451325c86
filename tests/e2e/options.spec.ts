/** Importing settings through the options page, in Chromium and Firefox: a good file, then a bad one that changes nothing. */
import { expect, test } from './harness';
import { standardSettings } from './support';

test('the options page imports a settings file, and a bad file changes nothing', async ({ ext }) => {
  const page = await ext.openExtensionPage('options.html');
  const input = 'input[type="file"][data-action="import-settings"]';
  await page.upload(input, 'settings.json', JSON.stringify(standardSettings()));
  await page.waitFor(() => !!document.querySelector('[data-status="import-ok"]'));
  const accounts = () => page.evaluate(() => [...document.querySelectorAll('[data-account-id]')].map((el) => el.getAttribute('data-account-id')));
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
