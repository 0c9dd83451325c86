// `npm run screenshots`: pictures of the banner, the ribbon and the extension's pages (options, popup, journal), in
// French and English, light and dark, taken from the built extension on the demo pages (tests/demo/screenshots/*.png,
// the main ones shown in the README). The language is the extension's own preference, so both come from one browser.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { importSettings, launch, ROOT } from './chromium.mjs';

const OUT = join(ROOT, 'tests/demo/screenshots');
const CHROMIUM = process.env.RIGHT_ACCOUNT_CHROMIUM ?? '/usr/bin/chromium';
const drafts = {
  fr: { page: 'x/home-fr.html', text: 'Merde, le four est en panne ! Passez demain pour le pain au levain #BoulangerieDupont' },
  en: { page: 'x/home-en.html', text: 'My boss says the oven is broken lol' },
};
mkdirSync(OUT, { recursive: true });

for (const lang of ['fr', 'en']) {
  for (const scheme of ['light', 'dark']) {
    const { context, id } = await launch({
      executablePath: CHROMIUM,
      routes: { 'https://x.com/home': drafts[lang].page },
      colorScheme: scheme,
      locale: lang,
      viewport: { width: 1280, height: 800 },
      args: [`--lang=${lang}`],
    });
    const options = await importSettings(context, id);
    const send = (message) => options.evaluate((m) => chrome.runtime.sendMessage(m), message);
    await send({ type: 'settings/set-preferences', prefs: { language: lang } });
    await options.reload();
    await options.waitForSelector('[data-account-id]');
    await options.screenshot({ path: join(OUT, `options-${lang}-${scheme}.png`), fullPage: true });

    const page = await context.newPage();
    await page.goto('https://x.com/home');
    await page.locator('[data-testid="tweetTextarea_0"]').click();
    await page.waitForSelector('[data-right-account="ribbon"]');
    await page.waitForTimeout(600); // the ribbon fades in
    await page.screenshot({ path: join(OUT, `ribbon-${lang}-${scheme}.png`), clip: { x: 0, y: 0, width: 1280, height: 400 } });
    await page.keyboard.type(drafts[lang].text);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await page.waitForSelector('[data-right-account="banner"]');
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(OUT, `banner-${lang}-${scheme}.png`) });
    // The banner is an extension frame in a closed shadow root: reached through the browser's frame tree.
    const bannerFrame = page.frames().find((f) => f.url().includes('/in-page.html') && f.url().includes('ui=banner'));
    await bannerFrame.locator('[data-action="cancel"]').click();

    // The popup, opened as a tab that names the X tab (what the toolbar popup shows over it).
    // The tab whose guard says it is on X (tabs.query cannot filter by URL without the "tabs" permission, which the
    // extension does not ask for).
    const tabId = await options.evaluate(async () => {
      for (const tab of await chrome.tabs.query({})) {
        const status = await chrome.tabs.sendMessage(tab.id, { type: 'tab/status' }).catch(() => null);
        if (status?.platform === 'x') return tab.id;
      }
      return null;
    });
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: join(OUT, `popup-${lang}-${scheme}.png`), fullPage: true });

    const journal = await context.newPage();
    await journal.goto(`chrome-extension://${id}/journal.html`);
    await journal.waitForTimeout(500);
    await journal.screenshot({ path: join(OUT, `journal-${lang}-${scheme}.png`), fullPage: true });
    await context.close();
    console.log(`${lang} ${scheme}: done`);
  }
}
console.log(`Screenshots in ${OUT}`);
