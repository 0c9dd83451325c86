// `npm run screenshots`: pictures of the banner and the extension's pages, in French and English, light and dark,
// taken from the built extension on the demo pages (tests/demo/screenshots/*.png, shown in the README).
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
