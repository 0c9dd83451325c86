// `npm run screenshots`: pictures of the banner and the extension's pages, in French and English, light and dark,
// taken from the built extension on the demo pages (tests/demo/screenshots/*.png, shown in the README).
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureResponse, SITE_HOSTS } from '../fixtures/router.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const OUT = join(ROOT, 'tests/demo/screenshots');
const CHROMIUM = process.env.RIGHT_ACCOUNT_CHROMIUM ?? '/usr/bin/chromium';
const settings = readFileSync(join(ROOT, 'tests/demo/demo-settings.json'), 'utf8');
const drafts = {
  fr: { page: 'x/home-fr.html', text: 'Merde, le four est en panne ! Passez demain pour le pain au levain #BoulangerieDupont' },
  en: { page: 'x/home-en.html', text: 'My boss says the oven is broken lol' },
};
mkdirSync(OUT, { recursive: true });

for (const lang of ['fr', 'en']) {
  for (const scheme of ['light', 'dark']) {
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'right-account-shots-')), {
      executablePath: CHROMIUM,
      headless: true,
      colorScheme: scheme,
      locale: lang,
      viewport: { width: 1280, height: 800 },
      args: [`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, '--no-sandbox', `--lang=${lang}`, '--disable-gpu'],
    });
    const routes = { 'https://x.com/home': drafts[lang].page };
    await context.route(/^https?:\/\//, (r) => (SITE_HOSTS.test(r.request().url()) ? r.fulfill(fixtureResponse(r.request().url(), routes)) : r.abort()));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = worker.url().split('/')[2];
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await options.evaluate((text) => chrome.runtime.sendMessage({ type: 'settings/import', text }), settings);
    await options.reload();
    await options.waitForSelector('[data-account-id]');
    await options.screenshot({ path: join(OUT, `options-${lang}-${scheme}.png`), fullPage: true });
    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type(drafts[lang].text);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await page.waitForSelector('[data-right-account="banner"]');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, `banner-${lang}-${scheme}.png`) });
    await context.close();
    console.log(`${lang} ${scheme}: done`);
  }
}
console.log(`Screenshots in ${OUT}`);
