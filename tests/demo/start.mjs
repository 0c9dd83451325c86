// `npm start`: opens Chromium with the freshly built extension on local demo pages that imitate X at its real
// hostname (served from tests/fixtures by request routing: no login, no network), with demo accounts imported.
import { importSettings, launch, EXTENSION } from './chromium.mjs';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.RIGHT_ACCOUNT_CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

const PAGES = {
  '/home': 'x/home-fr.html', // logged in as @marie_dupont (personal)
  '/brand': 'x/home-en.html', // logged in as @boulangerie_dupont (protected brand)
  '/compose/post': 'x/modal-over-home-fr.html',
  '/thread': 'x/thread-fr.html',
  '/messages': 'x/dm-drawer-fr.html',
  '/chat': 'x/xchat-en.html',
};

const byHand = `
To try it by hand in your own Chrome or Chromium:
  1. open chrome://extensions and switch on "Developer mode";
  2. "Load unpacked" and choose ${EXTENSION};
  3. open the extension's options (Details → Extension options) and import tests/demo/demo-settings.json
     (or your own file, see "Settings file" in the README);
  4. go to https://x.com and write a post containing #BoulangerieDupont from a personal account.
Firefox: about:debugging → This Firefox → Load Temporary Add-on → .output/firefox-mv2/manifest.json (after npm run build).`;

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(`The extension is built in ${EXTENSION}, but this machine has no display to open a browser on.${byHand}`);
  process.exit(0);
}
if (!CHROMIUM) {
  console.log(`No Chromium found (set RIGHT_ACCOUNT_CHROMIUM=/path/to/chrome).${byHand}`);
  process.exit(0);
}

// Every path of x.com shows one of the demo pages; unknown paths show Home.
const routes = Object.fromEntries(Object.entries(PAGES).map(([path, file]) => [`https://x.com${path}`, file]));
const { context, id } = await launch({ executablePath: CHROMIUM, routes, fallback: 'https://x.com/home', headless: false, viewport: null });
await importSettings(context, id);
const page = await context.newPage();
await page.goto('https://x.com/home');
console.log(`Right Account demo: Chromium is open on a local imitation of X (nothing is sent anywhere).
  https://x.com/home           you are @marie_dupont (personal): write "#BoulangerieDupont" or "merde" and press Post
  https://x.com/brand          you are @boulangerie_dupont (protected brand): every post asks first
  https://x.com/compose/post   the compose modal over Home;  /thread  a thread;  /messages  the DM drawer;  /chat  X Chat
Close the browser window to stop.`);
context.on('close', () => process.exit(0));
