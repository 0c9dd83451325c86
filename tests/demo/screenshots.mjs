// `npm run screenshots`: pictures of every surface, taken from the built extension on the demo pages, in French and
// English, light and dark (tests/demo/screenshots/*.png, the main ones shown in the README). The language is the
// extension's own preference, so both come from one browser.
//   banner-{mistake,words,block,takeover,sensitive}: the banner's levels (a likely mistake, a risky word, a block),
//     and the two reasons no other tool has; countdown: the light hold of a routine check (the third level); ribbon-{identity,paused,off,unknown,unregistered};
//   badges: the toolbar badge in each state, as the browser was told to draw it (read back from chrome.action);
//   options, account-form, popup, popup-alarm (the takeover alarm), journal.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_SETTINGS, importSettings, launch, ROOT } from './chromium.mjs';

const OUT = join(ROOT, 'tests/demo/screenshots');
const CHROMIUM = process.env.RIGHT_ACCOUNT_CHROMIUM ?? '/usr/bin/chromium';
const EDITOR = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';
// The demo's X pages: the bakery's brand account (protected), Marie's personal one, and a page whose identity cannot
// be read (its markers removed, as after a redesign).
const PAGES = { brand: 'https://x.com/home', marie: 'https://x.com/home?as=marie', unreadable: 'https://x.com/home?as=nobody' };
const ROUTES = { [PAGES.brand]: 'x/home-en.html', [PAGES.marie]: 'x/home-fr.html', [PAGES.unreadable]: 'x/no-signals.html' };
const DRAFTS = {
  // Marie, about to post the bakery's own words: a likely mistake.
  mistake: { page: 'marie', fr: 'Passez demain pour le pain au levain #BoulangerieDupont', en: 'Come by tomorrow for the pain au levain #BoulangerieDupont' },
  // The bakery, a routine post: a countdown by the composer.
  routine: { page: 'brand', fr: 'Fournée de 7 h : croissants tout chauds !', en: 'Fresh croissants out of the oven at 7 am!' },
  // The bakery, with a word from a list that blocks.
  block: { page: 'brand', fr: 'Bien meilleur que la Boulangerie Martin', en: 'Much better than Boulangerie Martin' },
  // The bakery, with a word from a risky list: the full banner.
  words: { page: 'brand', fr: 'Le four est en panne, wtf', en: 'My boss says the oven is broken lol' },
};
/** The demo settings without Marie's X account: her page is then one of no configured account. */
const WITHOUT_MARIE_ON_X = (() => {
  const file = JSON.parse(DEMO_SETTINGS);
  return JSON.stringify({ ...file, accounts: file.accounts.filter((a) => !(a.platform === 'x' && a.handle === 'marie_dupont')) });
})();
mkdirSync(OUT, { recursive: true });

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The union of some elements' boxes, with a margin, within the viewport: a picture of just that part of the page. */
async function clipAround(page, handles, margin = 16) {
  const boxes = (await Promise.all(handles.map((h) => h.boundingBox()))).filter(Boolean);
  const { width, height } = page.viewportSize();
  const x = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
  const y = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
  const right = Math.min(width, Math.max(...boxes.map((b) => b.x + b.width)) + margin);
  const bottom = Math.min(height, Math.max(...boxes.map((b) => b.y + b.height)) + margin);
  return { x, y, width: right - x, height: bottom - y };
}

/** The extension frame of a kind ("banner", "ribbon") that draws `selector`, or null. */
async function uiFrame(page, ui, selector) {
  for (const frame of page.frames().filter((f) => f.url().includes('/in-page.html') && f.url().includes(`ui=${ui}`))) {
    if (await frame.$(selector).catch(() => null)) return frame;
  }
  return null;
}

async function until(what, read, timeoutMs = 8000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`screenshots: no ${what}`);
    await wait(100);
  }
}

for (const lang of ['fr', 'en']) {
  for (const scheme of ['light', 'dark']) {
    const shot = (name) => join(OUT, `${name}-${lang}-${scheme}.png`);
    const { context, id } = await launch({
      executablePath: CHROMIUM,
      routes: ROUTES,
      colorScheme: scheme,
      locale: lang,
      viewport: { width: 1280, height: 800 },
      args: [`--lang=${lang}`],
    });
    const options = await importSettings(context, id);
    const send = (message) => options.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const setUp = async (text = DEMO_SETTINGS) => {
      const result = await options.evaluate((t) => chrome.runtime.sendMessage({ type: 'settings/import', text: t }), text);
      if (!result?.ok) throw new Error(`settings refused: ${JSON.stringify(result)}`);
      await send({ type: 'settings/set-preferences', prefs: { language: lang } });
    };
    await setUp();
    await options.reload();
    await options.waitForSelector('[data-account-id]');
    await options.screenshot({ path: shot('options'), fullPage: true });
    await options.click('[data-action="acc-add"]');
    const form = await options.waitForSelector('[data-action="acc-form"]');
    await options.fill('[data-action="acc-name"]', lang === 'fr' ? 'Boulangerie Dupont' : 'Dupont Bakery');
    await form.screenshot({ path: shot('account-form') });
    await options.click('[data-action="acc-cancel"]');

    // The tab whose guard says it is on X, its badge as the browser was told to draw it, and the popup over it.
    const xTab = () =>
      options.evaluate(async () => {
        for (const tab of await chrome.tabs.query({})) {
          const status = await chrome.tabs.sendMessage(tab.id, { type: 'tab/status' }).catch(() => null);
          if (status?.platform === 'x') return tab.id;
        }
        return null;
      });
    const badges = [];
    const readBadge = async (label) => {
      await wait(300); // the background redraws the badge when the tab reports
      const tabId = await xTab();
      const badge = await options.evaluate(async (tabId) => {
        const [text, color, title] = await Promise.all([
          chrome.action.getBadgeText({ tabId }),
          chrome.action.getBadgeBackgroundColor({ tabId }),
          chrome.action.getTitle({ tabId }),
        ]);
        return { text, color: `rgb(${color.slice(0, 3).join(',')})`, title };
      }, tabId);
      badges.push({ label, ...badge });
    };
    const popupShot = async (name) => {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(`chrome-extension://${id}/popup.html?tab=${await xTab()}`);
      await wait(500);
      await popup.screenshot({ path: shot(name), fullPage: true });
      return popup;
    };

    /** A fresh X page of the demo, its composer focused, the ribbon in place. */
    const open = async (which) => {
      const page = await context.newPage();
      await page.goto(PAGES[which]);
      await page.locator(EDITOR).click();
      await page.waitForSelector('[data-right-account="ribbon"]');
      await wait(600); // the ribbon fades in
      return page;
    };
    const ribbonShot = async (page, name, label) => {
      const host = await page.$('[data-right-account="ribbon"]');
      await page.screenshot({ path: shot(name), clip: await clipAround(page, [host, await page.$(EDITOR)]) });
      if (label) await readBadge(label);
    };
    /** Types a draft and clicks Post: the banner (or countdown) shows; returns its frame and element. */
    const publish = async (page, draft, selector) => {
      await page.bringToFront(); // a tab in the background draws no frames: its guard's reports wait
      await page.locator(EDITOR).click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type(draft);
      await page.locator(POST).click();
      const frame = await until(selector, () => uiFrame(page, 'banner', selector));
      await wait(250); // the banner's entrance
      return frame;
    };
    const bannerShot = async (page, name) => {
      const frame = await until('banner', () => uiFrame(page, 'banner', '[role="alertdialog"]'));
      console.log(`  ${name}: level ${await frame.getAttribute('[role="alertdialog"]', 'data-level')}`);
      await page.screenshot({ path: shot(name) });
      await frame.click('[data-action="cancel"]');
      await wait(200);
    };

    // The levels, from the bakery's account first.
    const brand = await open('brand');
    await ribbonShot(brand, 'ribbon', 'brand');
    const countdown = await publish(brand, DRAFTS.routine[lang], '[data-right-account="countdown"]');
    await brand.screenshot({ path: shot('countdown'), clip: await clipAround(brand, [await countdown.frameElement(), await brand.$(EDITOR)]) });
    await countdown.click('[data-action="undo"]');
    await publish(brand, DRAFTS.block[lang], '[role="alertdialog"]');
    await bannerShot(brand, 'banner-block');
    await publish(brand, DRAFTS.words[lang], '[role="alertdialog"]');
    await bannerShot(brand, 'banner-words');

    // A sensitive period: the bakery's routine post asks first, with the note.
    await send({ type: 'sensitive/set', until: Date.now() + 2 * 3600_000, note: lang === 'fr' ? 'Deuil national : aucune promotion' : 'National mourning: no promotions' });
    await publish(brand, DRAFTS.routine[lang], '[role="alertdialog"]');
    await bannerShot(brand, 'banner-sensitive');
    await send({ type: 'sensitive/set', until: null, note: '' });

    // The takeover alarm: the site now shows another name for the bakery's account.
    await brand.bringToFront();
    await brand.evaluate(() => {
      const switcher = document.querySelector('[data-testid="SideNav_AccountSwitcher_Button"]');
      const name = [...switcher.querySelectorAll('span')].find((el) => /Boulangerie/.test(el.textContent ?? '') && !el.querySelector('span'));
      name.textContent = 'Crypto Giveaway';
    });
    await brand.locator(EDITOR).blur();
    await brand.locator(EDITOR).click();
    await until('takeover alarm', async () => Object.keys(await send({ type: 'profiles/alarms' })).length > 0);
    await readBadge('alarm');
    const alarmPopup = await popupShot('popup-alarm');
    await publish(brand, DRAFTS.routine[lang], '[role="alertdialog"]');
    await bannerShot(brand, 'banner-takeover');
    await alarmPopup.click('[data-action="accept-profile"]');
    await alarmPopup.close();
    // The page keeps the bakery's real name on its next load: forget both names, as a fresh install would.
    await options.evaluate(() => chrome.storage.local.remove(['seenProfiles', 'profileAlarms']));
    await brand.close();

    // Marie's own page. The site's cookie then names her for every X tab (as when one browser holds both accounts):
    // forgotten before the bakery's pages open again, so that they do not read two people at once.
    const marie = await open('marie');
    await readBadge('personal');
    await publish(marie, DRAFTS.mistake[lang], '[role="alertdialog"]');
    await bannerShot(marie, 'banner-mistake');
    await marie.close();
    await context.clearCookies();

    // The ribbon's other states.
    // A pause spares the protected bakery (the default): it shows on Marie's account.
    await send({ type: 'pause/set', platform: 'x', minutes: 30 });
    await ribbonShot(await open('marie'), 'ribbon-paused', 'paused');
    await send({ type: 'pause/set', platform: 'x', minutes: null });
    for (const page of context.pages().filter((p) => p.url().startsWith('https://'))) await page.close();
    await context.clearCookies();
    await send({ type: 'settings/set-guard-enabled', enabled: false, until: Date.now() + 3600_000 });
    await ribbonShot(await open('brand'), 'ribbon-off', 'off');
    await send({ type: 'settings/set-guard-enabled', enabled: true });
    for (const page of context.pages().filter((p) => p.url().startsWith('https://'))) await page.close();
    await ribbonShot(await open('unreadable'), 'ribbon-unknown', 'unknown');
    for (const page of context.pages().filter((p) => p.url().startsWith('https://'))) await page.close();
    await setUp(WITHOUT_MARIE_ON_X);
    await ribbonShot(await open('marie'), 'ribbon-unregistered', 'unregistered');
    for (const page of context.pages().filter((p) => p.url().startsWith('https://'))) await page.close();
    await context.clearCookies();
    await setUp();

    // The popup over the bakery's tab, and the journal of all the above.
    await open('brand');
    (await popupShot('popup')).close();
    const journal = await context.newPage();
    await journal.goto(`chrome-extension://${id}/journal.html`);
    await wait(500);
    await journal.screenshot({ path: shot('journal'), fullPage: true });

    // The badges, drawn as the toolbar draws them, each with its tooltip.
    const sheet = await context.newPage();
    await sheet.setViewportSize({ width: 900, height: 100 });
    await sheet.setContent(
      `<!doctype html><meta name="color-scheme" content="${scheme}"><style>
        body { font: 13px system-ui, sans-serif; margin: 16px; background: ${scheme === 'dark' ? '#202124' : '#f1f3f4'}; color: ${scheme === 'dark' ? '#e8eaed' : '#202124'}; }
        ul { list-style: none; padding: 0; margin: 0; display: grid; gap: 10px; }
        li { display: flex; align-items: center; gap: 12px; }
        .icon { position: relative; width: 32px; height: 32px; border-radius: 6px; background: ${scheme === 'dark' ? '#3c4043' : '#dadce0'}; flex: none; }
        .badge { position: absolute; right: -6px; bottom: -4px; min-width: 14px; padding: 0 3px; height: 15px; border-radius: 3px; color: #fff; font: 700 10px/15px system-ui, sans-serif; text-align: center; }
        .label { width: 110px; font-weight: 600; } .title { opacity: .85; }
      </style><ul></ul>`,
    );
    await sheet.evaluate((rows) => {
      const list = document.querySelector('ul');
      for (const { label, text, color, title } of rows) {
        const li = document.createElement('li');
        const icon = li.appendChild(document.createElement('span'));
        icon.className = 'icon';
        const badge = icon.appendChild(document.createElement('span'));
        badge.className = 'badge';
        badge.textContent = text;
        badge.style.background = color;
        if (!text) badge.hidden = true;
        for (const [cls, value] of [['label', label], ['title', title]]) {
          const span = li.appendChild(document.createElement('span'));
          span.className = cls;
          span.textContent = value;
        }
        list.append(li);
      }
    }, badges);
    await sheet.locator('ul').screenshot({ path: shot('badges') });
    await context.close();
    console.log(`${lang} ${scheme}: done (${badges.map((b) => `${b.label} ${b.text}`).join(', ')})`);
  }
}
console.log(`Screenshots in ${OUT}`);
