/**
 * The options page's first run, end to end in Chromium and Firefox: with no account and no file, the account an open
 * X tab shows is offered; adding it takes the keyboard alone, and the guide gives way to the list.
 */
import { expect, test } from './harness';
import { setSettings, standardSettings } from './support';

test('with no account, the options page offers the account an open tab shows, and adds it with the keyboard', async ({ ext }) => {
  await setSettings(ext, standardSettings((s) => (s.accounts = [])));
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html' }); // @marie_dupont
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));

  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => !!document.querySelector('[data-status="first-run"] [data-action="first-add-open"][data-platform="x"]'), undefined, 10_000);
  const states = await options.evaluate(() => [...document.querySelectorAll('[data-list="open-sites"] li')].map((li) => `${li.getAttribute('data-platform')}:${li.getAttribute('data-state')}`));
  expect(states).toEqual(['x:detected', 'facebook:not-open', 'linkedin:not-open', 'instagram:not-open']);
  expect(await options.evaluate(() => document.querySelector('[data-action="first-add-open"]')!.getAttribute('data-handle'))).toBe('marie_dupont');

  await options.focus('[data-action="first-add-open"]');
  await options.press('Enter');
  await options.waitFor(() => document.activeElement?.getAttribute('data-action') === 'acc-name');
  expect(await options.evaluate(() => (document.querySelector('[data-action="acc-handle"]') as HTMLInputElement).value)).toBe('marie_dupont');
  // Enter in a field submits the form.
  await options.press('Enter');
  await options.waitFor(() => !!document.querySelector('li[data-account-id="x:marie_dupont"]'));
  expect(await options.evaluate(() => !!document.querySelector('[data-status="first-run"]'))).toBe(false);
  await options.close();
  await site.close();
});
