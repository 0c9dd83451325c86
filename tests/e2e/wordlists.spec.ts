/**
 * Word lists in the options page, end to end in Chromium and Firefox: switch a brand-only list on for a personal
 * account and see the banner on X; import a .txt list and find it saved; the "Try it" box agrees with the banner.
 */
import { expect, test, type Site } from './harness';
import {
  readBanner,
  setSettings,
  standardSettings,
  waitForBanner,
} from './support';

const SECTION = '[data-section="word-lists"]';
const HOME_FR = { 'https://x.com/home': 'x/home-fr.html' }; // logged in as @marie_dupont (personal)
const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';

/** The standard settings with the swear-word list for brand accounts only, as shipped lists are. */
const brandOnly = () =>
  standardSettings((s) => {
    s.wordLists = [{ id: 'gros-mots', name: 'Grossièretés', words: ['merde', 'putain'], appliesTo: ['brand'], action: 'confirm' }];
  });

async function openLists(site: Site) {
  await site.waitFor((s) => !!document.querySelector(`${s} li[data-list-id]`), SECTION);
}

/** Sets a <select> (Preact listens to `change`). */
const choose = (site: Site, selector: string, value: string) =>
  site.evaluate(
    ({ selector, value }) => {
      const select = document.querySelector<HTMLSelectElement>(selector)!;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );

const storedLists = (site: Site) =>
  site.evaluate(async () => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', { runtime: { sendMessage(m: unknown): Promise<unknown> } } | undefined>;
    const settings = (await (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'settings/get' })) as { wordLists: { id: string; name: string; words: string[]; includeAccounts: string[] }[] };
    return settings.wordLists.map((l) => ({ id: l.id, name: l.name, words: l.words, includeAccounts: l.includeAccounts }));
  });

test('a brand-only list switched on for a personal account stops its post on X', async ({ ext }) => {
  await setSettings(ext, brandOnly());
  const options = await ext.openExtensionPage('options.html');
  await openLists(options);
  const list = `${SECTION} li[data-list-id="gros-mots"]`;

  // "Try it" with the saved settings: Marie may swear.
  await choose(options, '[data-action="tryit-account"]', 'account:x:marie_dupont');
  await options.type('[data-action="tryit-draft"]', 'Quelle merde');
  await options.waitFor(() => document.querySelector('[data-status="tryit-verdict"]')?.getAttribute('data-decision') === 'allow');

  await options.click(`${list} summary`);
  await choose(options, `${list} [data-action="list-account"][data-account-id="x:marie_dupont"]`, 'always');
  await options.click(`${SECTION} [data-action="lists-save"]`);
  await options.waitFor(() => !!document.querySelector('[data-status="lists-saved"]'));
  expect((await storedLists(options)).find((l) => l.id === 'gros-mots')?.includeAccounts).toEqual(['x:marie_dupont']);
  // The box follows the saved settings and words it like the banner.
  await options.waitFor(() => document.querySelector('[data-status="tryit-verdict"]')?.getAttribute('data-decision') === 'confirm');
  const reasons = await options.evaluate(() => [...document.querySelectorAll('[data-list="tryit-reasons"] [data-reason]')].map((r) => r.getAttribute('data-reason')));
  expect(reasons).toEqual(['risky-words']);
  await options.close();

  const site = await ext.newSite(HOME_FR);
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  await site.type(EDITOR, 'Quelle merde ce matin');
  await site.click(POST);
  await waitForBanner(site);
  const banner = await readBanner(site);
  expect(banner?.reasons).toEqual(['risky-words']);
  expect(banner?.text).toContain('Grossièretés');
  expect(banner?.text).toContain('@marie_dupont');
  await site.close();
});

test('a .txt list is imported, saved, and a bad file changes nothing', async ({ ext }) => {
  await setSettings(ext, brandOnly());
  const page = await ext.openExtensionPage('options.html');
  await openLists(page);
  const input = `${SECTION} input[type="file"][data-action="list-import"]`;

  await page.upload(input, 'vide.txt', '\n  \nmot\n');
  await page.waitFor(() => !!document.querySelector('[data-status="list-import-error"]'));
  expect(await page.evaluate(() => document.querySelectorAll('[data-section="word-lists"] li[data-list-id]').length)).toBe(1);

  await page.upload(input, 'Concurrents.txt', '\uFEFFmot\r\nBoulangerie Martin\r\n\r\nboulangerie martin\r\n#MartinPain\r\n');
  await page.waitFor(() => !!document.querySelector('[data-status="list-import-ok"]'));
  const words = await page.evaluate(() => document.querySelector<HTMLTextAreaElement>('[data-section="word-lists"] li[data-list-id="my-list-1"] [data-action="list-words"]')?.value);
  expect(words).toBe('Boulangerie Martin\n#MartinPain\n');
  await page.click(`${SECTION} [data-action="lists-save"]`);
  await page.waitFor(() => !!document.querySelector('[data-status="lists-saved"]'));
  expect(await storedLists(page)).toEqual([
    { id: 'gros-mots', name: 'Grossièretés', words: ['merde', 'putain'], includeAccounts: [] },
    { id: 'my-list-1', name: 'Concurrents', words: ['Boulangerie Martin', '#MartinPain'], includeAccounts: [] },
  ]);
  await page.close();
});
