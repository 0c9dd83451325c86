// `npm start`: opens Chromium with the freshly built extension on local demo pages that imitate X, Facebook, Meta
// Business Suite, Instagram and LinkedIn at their real hostnames (served from tests/fixtures by request routing: no
// login, no network), with the demo accounts of tests/demo/demo-settings.json imported.
import { importSettings, launch, EXTENSION } from './chromium.mjs';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.RIGHT_ACCOUNT_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

/**
 * The demo pages, site by site: the URL to open, the fixture it shows, who you are there and what to try. Pages that
 * share a real path (a site's home) are told apart by a `?demo=` query, which no adapter reads.
 */
const SITES = [
  {
    site: 'X',
    pages: [
      ['https://x.com/home', 'x/home-fr.html', 'you are @marie_dupont (personal): write "#BoulangerieDupont" or "boulangerie martin" and press Post'],
      ['https://x.com/brand', 'x/home-en.html', 'you are @boulangerie_dupont (protected brand): every post asks first; "lol" adds a reason'],
      ['https://x.com/compose/post', 'x/modal-over-home-fr.html', 'the compose modal over Home'],
      ['https://x.com/thread', 'x/thread-fr.html', 'a thread: replies are guarded too'],
      ['https://x.com/messages', 'x/dm-drawer-fr.html', 'the DM drawer (Enter sends)'],
      ['https://x.com/chat', 'x/xchat-en.html', 'X Chat'],
      ['https://x.com/broken', 'x/no-signals.html', 'a page whose identity markers another extension removed: focus the composer, and the ribbon, the badge and the popup say "detection degraded"; in the popup, try "Check this page" and "Report a broken page"'],
    ],
  },
  {
    site: 'Facebook',
    pages: [
      ['https://www.facebook.com/', 'facebook/feed-fr.html', 'you are the person Marie Dupont: comment "pain au levain" under Boulangerie Martin\'s post and press Enter (the Page\'s words); the second comment box is set to "Commenter en tant que Boulangerie Dupont" (protected Page): anything asks first; the chat box (Enter) is guarded too'],
      ['https://www.facebook.com/?demo=create', 'facebook/create-post-fr.html', 'the "Créer une publication" dialog as Marie: write "#BoulangerieDupont", press Publier'],
      ['https://www.facebook.com/?demo=page', 'facebook/feed-as-page-en.html', 'you act as the Page Boulangerie Dupont (protected): a comment as the Page asks first, the box whose picker is on Marie goes straight through'],
      ['https://business.facebook.com/latest/composer?asset_id=61551234567890', 'facebook/business-suite-fr.html', 'Meta Business Suite, "Publier sur Boulangerie Dupont": Publier and Programmer ask first'],
    ],
  },
  {
    site: 'Instagram',
    pages: [
      ['https://www.instagram.com/', 'instagram/home-fr.html', 'you are @marie.dupont (personal): comment "Allez voir #BoulangerieDupont" and press Publier'],
      ['https://www.instagram.com/?demo=brand', 'instagram/home-en.html', 'you are @boulangerie.dupont (protected brand): every comment asks first; "lol" adds a reason'],
      ['https://www.instagram.com/?demo=create', 'instagram/create-caption-en.html', 'the create flow at its caption step, as @boulangerie.dupont: Share asks first'],
      ['https://www.instagram.com/direct/t/340282366841710300949128155678901234567/', 'instagram/direct-fr.html', 'a DM as @marie.dupont: "pain au levain" then Enter'],
    ],
  },
  {
    site: 'LinkedIn',
    pages: [
      ['https://www.linkedin.com/feed/', 'linkedin/feed-fr.html', 'you are the member Marie Dupont, the classic share box open (inside a shadow root): write "pain au levain", press Publier; the comment box under Sophie Leroy\'s post comments as the page Boulangerie Dupont (protected)'],
      ['https://www.linkedin.com/feed/?demo=new', 'linkedin/feed-en.html', 'the newer share box (a native <dialog>, in English) as Marie: "#BoulangerieDupont", then Post'],
      ['https://www.linkedin.com/company/104857600/admin/page-posts/published/?share=true', 'linkedin/page-admin-fr.html', 'the admin view of the page: the share box publishes as Boulangerie Dupont (protected), every post asks first'],
    ],
  },
];
const FALLBACK = {
  'https://x.com': 'https://x.com/home',
  'https://www.facebook.com': 'https://www.facebook.com/',
  'https://business.facebook.com': 'https://business.facebook.com/latest/composer',
  'https://www.instagram.com': 'https://www.instagram.com/',
  'https://www.linkedin.com': 'https://www.linkedin.com/feed/',
};

const byHand = `
To try it by hand in your own Chrome or Chromium:
  1. open chrome://extensions and switch on "Developer mode";
  2. "Load unpacked" and choose ${EXTENSION};
  3. open the extension's options (Details → Extension options) and import tests/demo/demo-settings.json
     (its accounts are the demo's; for your own accounts see "Settings file" in the README);
  4. go to https://x.com, https://www.facebook.com (or https://business.facebook.com), https://www.instagram.com or
     https://www.linkedin.com, logged in with an account of your settings file, and publish a draft containing
     words of another of your accounts (demo file: "#BoulangerieDupont" from a personal account).
Firefox: about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json (after npm run build).`;

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`The extension is built in ${EXTENSION}, but this machine has no display to open a browser on.${byHand}`);
  process.exit(0);
}
if (!CHROMIUM) {
  console.log(`No Chromium found (set RIGHT_ACCOUNT_CHROMIUM=/path/to/chrome).${byHand}`);
  process.exit(0);
}

// Each demo URL shows its fixture (a query-less URL serves every query of its path); any other page of a site shows
// that site's first page.
const routes = {};
for (const { pages } of SITES)
  for (const [url, file] of pages) {
    const { origin, pathname, search } = new URL(url);
    routes[search.startsWith('?demo=') ? url : origin + pathname] = file;
  }
const { context, id } = await launch({ executablePath: CHROMIUM, routes, fallback: FALLBACK, headless: false, viewport: null });
await importSettings(context, id);
for (const { pages } of SITES) await (await context.newPage()).goto(pages[0][0]);

const list = SITES.map(({ site, pages }) => `${site}\n${pages.map(([url, , what]) => `  ${url}\n      ${what}`).join('\n')}`).join('\n');
console.log(`Right Account demo: Chromium is open on local imitations of X, Facebook, Instagram and LinkedIn, one tab each
(nothing is sent anywhere). Banners name the account and every reason; Cancel keeps the draft, confirm publishes once.
${list}
Open one page of a site at a time: each page sets its own session cookies, and a tab whose account changed meanwhile
warns "identity-changed", as it would after a switch in another tab.
Close the browser window to stop.`);
context.on('close', () => process.exit(0));
