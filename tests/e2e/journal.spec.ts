/**
 * The journal page, end to end in Chromium and Firefox: three publishes on the X fixture (allowed, cancelled,
 * confirmed), then journal.html lists them, filters by outcome, exports the filtered entries as CSV and counts them
 * per week.
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import {
  clickBanner,
  published,
  setSettings,
  settle,
  standardSettings,
  waitForBanner,
} from './support';

const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';

type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> } };

/** A background request from an extension page, as the pages send it. */
const ask = (page: Site, message: unknown) =>
  page.evaluate(async (m) => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
    return (g.browser ?? g.chrome)!.runtime.sendMessage(m);
  }, message);

async function clearJournal(ext: ExtensionBrowser) {
  const page = await ext.openExtensionPage('options.html');
  await ask(page, { type: 'journal/clear' });
  await page.close();
}

/** Sets a <select> or <input> the way a person does, for both drivers. */
const choose = (page: Site, selector: string, value: string) =>
  page.evaluate(
    ({ selector, value }) => {
      const el = document.querySelector<HTMLSelectElement | HTMLInputElement>(selector)!;
      el.focus();
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );

const outcomes = (page: Site) => page.evaluate(() => [...document.querySelectorAll('[data-list="journal-entries"] tr')].map((tr) => tr.getAttribute('data-outcome')));
const weekly = (page: Site) =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-list="weekly-counts"] tr')].map((tr) =>
      Object.fromEntries([...tr.querySelectorAll('[data-count]')].map((td) => [td.getAttribute('data-count'), Number(td.textContent)])),
    ),
  );

test('the journal lists what happened, filters by outcome, account, platform and date, exports CSV and counts per week', async ({ ext }) => {
  await setSettings(ext, standardSettings());
  await clearJournal(ext);

  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html' }); // @marie_dupont, personal
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  // 1. allowed
  await site.type(EDITOR, 'Bonne journée à tous');
  await site.click(POST);
  // 2. cancelled: the brand's words from the personal account
  await site.type(EDITOR, 'Nouveau pain au levain #BoulangerieDupont');
  await site.click(POST);
  await waitForBanner(site);
  await clickBanner(site, 'cancel');
  await settle(site);
  // 3. confirmed: the same draft, published after the banner
  await site.click(POST);
  await waitForBanner(site);
  await clickBanner(site, 'confirm');
  await settle(site);
  expect((await published(site)).map((p) => p.text)).toEqual(['Bonne journée à tous', 'Nouveau pain au levain #BoulangerieDupont']);

  const page = await ext.openExtensionPage('journal.html');
  // The entries are recorded by the background after each publish; the page follows storage changes.
  await page.waitFor(() => document.querySelectorAll('[data-list="journal-entries"] tr').length === 3);
  expect(await outcomes(page)).toEqual(['confirmed', 'cancelled', 'allowed']);
  expect(await page.evaluate(() => !!document.querySelector('[data-status="text-not-kept"] a[href="options.html"]'))).toBe(true);
  // The week also counts the post that went through untouched: how rarely the guard interrupts.
  expect(await weekly(page)).toEqual([{ warnings: 2, cancelled: 1, confirmed: 1, untouched: 1 }]);

  await choose(page, '[data-action="filter-outcome"]', 'cancelled');
  await page.waitFor(() => document.querySelectorAll('[data-list="journal-entries"] tr').length === 1);
  expect(await outcomes(page)).toEqual(['cancelled']);
  expect(await weekly(page)).toEqual([{ warnings: 1, cancelled: 1, confirmed: 0, untouched: 0 }]);

  // Catch the generated file instead of letting the browser save it: its name and the Blob's exact text.
  await page.evaluate(() => {
    const w = window as unknown as { __downloads: { name: string; blob: Blob }[] };
    w.__downloads = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = blobs.get(this.href);
      if (blob) w.__downloads.push({ name: this.download, blob });
    };
  });
  await page.click('[data-action="export-csv"]');
  const download = await page.evaluate(async () => {
    const d = (window as unknown as { __downloads: { name: string; blob: Blob }[] }).__downloads[0]!;
    const bytes = new Uint8Array(await d.blob.arrayBuffer());
    return { name: d.name, type: d.blob.type, bom: [...bytes.slice(0, 3)], text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
  });
  expect(download.name).toMatch(/^right-account-journal-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(download.type).toBe('text/csv;charset=utf-8');
  expect(download.bom).toEqual([0xef, 0xbb, 0xbf]);
  const lines = download.text.split('\r\n');
  expect(lines[0]).toBe('\uFEFF"time","platform","account","surface","decision","outcome","reasons","words","text"');
  expect(lines.slice(2)).toEqual(['']);
  expect(lines[1]).toMatch(/^"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z","x","'@marie_dupont","post","confirm","cancelled","other-account-words","pain au levain; #BoulangerieDupont",""$/);

  // Another account on another platform (as the Instagram guard would record it): filters by account, platform, date.
  await page.evaluate(async () => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', { runtime: { sendMessage(m: unknown): Promise<unknown> } } | undefined>;
    await (g.browser ?? g.chrome)!.runtime.sendMessage({
      type: 'journal/record',
      entry: { platform: 'instagram', account: '@boulangerie.dupont', accountId: 'instagram:boulangerie.dupont', surface: 'comment', decision: 'confirm', outcome: 'confirmed', reasons: ['protected-account'], words: [] },
    });
  });
  await choose(page, '[data-action="filter-outcome"]', '');
  await page.waitFor(() => document.querySelectorAll('[data-list="journal-entries"] tr').length === 4);
  await choose(page, '[data-action="filter-account"]', '@boulangerie.dupont');
  await page.waitFor(() => document.querySelectorAll('[data-list="journal-entries"] tr').length === 1);
  expect(await outcomes(page)).toEqual(['confirmed']);
  await choose(page, '[data-action="filter-account"]', '');
  await choose(page, '[data-action="filter-platform"]', 'x');
  await page.waitFor(() => document.querySelectorAll('[data-list="journal-entries"] tr').length === 3);
  await choose(page, '[data-action="filter-platform"]', '');
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA'); // YYYY-MM-DD, local
  await choose(page, '[data-action="filter-from"]', day(1));
  await page.waitFor(() => document.querySelectorAll('[data-list="journal-entries"] tr').length === 0);
  await choose(page, '[data-action="filter-from"]', day(0));
  await page.waitFor(() => document.querySelectorAll('[data-list="journal-entries"] tr').length === 4);

  await page.close();
  await site.close();
});

test('clearing the journal asks first', async ({ ext }) => {
  await setSettings(ext, standardSettings());
  const page = await ext.openExtensionPage('journal.html');
  await ask(page, { type: 'journal/record', entry: { platform: 'x', account: '@marie_dupont', accountId: 'x:marie_dupont', surface: 'post', decision: 'allow', outcome: 'allowed', reasons: [], words: [] } });
  await page.waitFor(() => document.querySelectorAll('[data-list="journal-entries"] tr').length >= 1);
  await page.click('[data-action="clear-journal"]');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('cancel-clear');
  await page.click('[data-action="cancel-clear"]');
  expect(await outcomes(page)).not.toEqual([]);
  await page.click('[data-action="clear-journal"]');
  await page.click('[data-action="confirm-clear"]');
  await page.waitFor(() => !!document.querySelector('[data-status="cleared"]') && !!document.querySelector('[data-status="empty"]'));
  expect(await ask(page, { type: 'journal/list' })).toEqual([]);
  await page.close();
});
