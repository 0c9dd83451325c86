/**
 * One small driver interface over two automation libraries, so that every scenario runs unchanged in Chromium
 * (Playwright) and Firefox (puppeteer-core over WebDriver BiDi). Sites are served at their real hostnames from
 * tests/fixtures through request routing: nothing reaches the network.
 */
import { test as base } from '@playwright/test';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, FIREFOX } from './ensure-browsers.mjs';
import { fixtureResponse, HELD_SCRIPT, SITE_HOSTS } from '../fixtures/router.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CHROME_EXTENSION = join(ROOT, '.output/chrome-mv3');
const FIREFOX_EXTENSION = join(ROOT, '.output/firefox-mv2');
const GECKO_ID = 'right-account@right-account.app';
const FIREFOX_UUID = '5b0e3a52-1f0c-4d1e-9a43-2c7c8f7d9e01';

export type Engine = 'chromium' | 'firefox';

/** URL → fixture file (relative to tests/fixtures). Scripts under /__fixture__/ are served from tests/fixtures too. */
export type Routes = Record<string, string>;

export interface Site {
  engine: Engine;
  goto(url: string): Promise<void>;
  /** Starts loading `url` and returns at once: the page may still be parsing (with a `+held` route, until released). */
  startLoading(url: string): Promise<void>;
  /** A trusted click (real mouse events); selectors pierce open shadow roots. */
  click(selector: string): Promise<void>;
  /** Clicks into the element, then types with real key events. */
  type(selector: string, text: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Key combination such as "Control+Enter", "Enter", "Shift+Enter". */
  press(combo: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  /** Sets a file on an <input type=file>. */
  upload(selector: string, name: string, content: string): Promise<void>;
  /**
   * Our in-page frames of one kind (the banner, the ribbon: extension pages in closed shadow roots), reached the way
   * any automation reaches them: through the browser's frame tree, never through the page's DOM.
   */
  frames(ui: 'banner' | 'ribbon' | 'chip'): Promise<InPageFrame[]>;
  close(): Promise<void>;
}

export interface InPageFrame {
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A trusted click, inside the frame. */
  click(selector: string): Promise<void>;
}

const isInPage = (url: string, ui: string) => url.includes('/in-page.html') && url.includes(`ui=${ui}`);

export interface ExtensionBrowser {
  engine: Engine;
  /** A page on a site, served by `routes`. */
  newSite(routes: Routes): Promise<Site>;
  /** An extension page (options.html, popup.html). */
  openExtensionPage(path: string): Promise<Site>;
  /** Reloads the extension, as an update does, while the site tabs stay open; resolves once it is back. */
  reloadExtension(): Promise<void>;
  /** A tab the extension opened itself (e.g. the options page from the banner), once its URL contains `part`. */
  waitForTab(part: string, timeoutMs?: number): Promise<Site>;
  close(): Promise<void>;
}

/** Retries `probe` until it succeeds: the extension is back once its pages answer again. */
async function untilBack(probe: () => Promise<unknown>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await probe();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * The script a `+held` route ends its page with (tests/fixtures/router.mjs) is answered only once released: until then
 * the page is parsed up to it, and no further (no DOMContentLoaded). One at a time, across both browsers.
 */
const heldBack = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
let heldScript = heldBack();
export function releaseHeldScript(): void {
  heldScript.resolve();
  heldScript = heldBack();
}
const isHeldScript = (url: string) => new URL(url).pathname === HELD_SCRIPT;

// ---------- Chromium through Playwright ----------

function playwrightSite(page: PwPage): Site {
  return {
    engine: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    startLoading: async (url) => void (await page.goto(url, { waitUntil: 'commit' })),
    click: (selector) => page.locator(selector).click(),
    type: async (selector, text) => {
      await page.locator(selector).click();
      await page.keyboard.type(text);
    },
    focus: (selector) => page.locator(selector).focus(),
    press: (combo) => page.keyboard.press(combo),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // Polled from Node: Playwright's waitForFunction takes the promise of an async predicate for a truthy answer and
    // returns at once, so a wait on the extension's messages would not wait at all in Chromium.
    waitFor: async (fn, arg, timeout = 5000) => {
      const deadline = Date.now() + timeout;
      while (!(await page.evaluate(fn as never, arg))) {
        if (Date.now() > deadline) throw new Error(`waitFor: timed out after ${timeout} ms`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    upload: (selector, name, content) =>
      page.locator(selector).setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) }),
    frames: async (ui) =>
      page
        .frames()
        .filter((f) => isInPage(f.url(), ui))
        .map((f) => ({ evaluate: (fn, arg) => f.evaluate(fn as never, arg) as never, click: (selector) => f.locator(selector).click() })),
    close: () => page.close(),
  };
}

/** `extension`: another build of the extension (the team policy's scenario loads one with a fixed id). */
export async function launchChromium({ extension = CHROME_EXTENSION }: { extension?: string } = {}): Promise<ExtensionBrowser> {
  // The build this browser loads, for the rest of this function.
  const CHROME_EXTENSION = extension;
  const profile = mkdtempSync(join(tmpdir(), 'right-account-chromium-'));
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${CHROME_EXTENSION}`,
      `--load-extension=${CHROME_EXTENSION}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // For reloadExtension: CDP's Extensions domain, on a port of our own.
      '--enable-unsafe-extension-debugging',
      '--remote-debugging-port=0',
    ],
  });
  // Chromium says nothing when it refuses an unpacked extension (a bad manifest or locale key): name that here rather
  // than leave a bare fixture timeout.
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
      throw new Error(`Chromium did not load the extension at ${CHROME_EXTENSION}: its manifest or a locale file is refused`);
    }));
  const extensionId = worker.url().split('/')[2]!;
  let routes: Routes = {};
  // Only web requests: the extension's own pages (chrome-extension://) must load as they are.
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    if (!SITE_HOSTS.test(url)) return route.abort();
    if (isHeldScript(url)) return heldScript.promise.then(() => route.fulfill(fixtureResponse(url, routes)));
    return route.fulfill(fixtureResponse(url, routes));
  });
  return {
    engine: 'chromium',
    async newSite(r) {
      routes = r;
      return playwrightSite(await context.newPage());
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return playwrightSite(page);
    },
    async waitForTab(part, timeoutMs = 5000) {
      const open = context.pages().find((p) => p.url().includes(part));
      const page = open ?? (await context.waitForEvent('page', { predicate: (p) => p.url().includes(part), timeout: timeoutMs }).catch(async () => {
        // A page whose URL was set after it opened.
        const late = context.pages().find((p) => p.url().includes(part));
        if (!late) throw new Error(`no tab at ${part}`);
        return late;
      }));
      await page.waitForLoadState();
      await page.waitForFunction(() => !!document.getElementById('app')?.firstChild, undefined, { timeout: timeoutMs });
      return playwrightSite(page);
    },
    async reloadExtension() {
      // Loading the same unpacked folder again is what an update does: the extension restarts (onInstalled, reason
      // "update") while the site tabs keep their old content scripts. (runtime.reload() of a command-line extension
      // never comes back in this Chromium.)
      const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      try {
        const session = await cdp.newBrowserCDPSession();
        await session.send('Extensions.loadUnpacked' as never, { path: CHROME_EXTENSION } as never);
      } finally {
        await cdp.close().catch(() => undefined);
      }
      await untilBack(async () => {
        const probe = await context.newPage();
        try {
          await probe.goto(`chrome-extension://${extensionId}/options.html`, { timeout: 2_000 });
          await probe.waitForFunction(() => !!document.getElementById('app')?.firstChild, undefined, { timeout: 2_000 });
        } finally {
          await probe.close();
        }
      });
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------- Firefox through puppeteer-core over WebDriver BiDi ----------

async function pressCombo(page: PpPage, combo: string) {
  const keys = combo.split('+') as Parameters<PpPage['keyboard']['press']>[0][];
  const key = keys.pop()!;
  for (const k of keys) await page.keyboard.down(k);
  await page.keyboard.press(key);
  for (const k of keys.reverse()) await page.keyboard.up(k);
}

/**
 * Playwright's CSS pierces open shadow roots on its own; for puppeteer the page resolves the selector itself: each
 * space-separated part is matched among the descendants of the previous matches, shadow roots included.
 */
function splitParts(selector: string): string[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quote = '';
  for (const ch of selector.trim()) {
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    if (ch === ' ' && !quote && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

async function deepElement(page: PpPage, selector: string) {
  const handle = await page.waitForFunction(
    (parts: string[]) => {
      const all = (root: ParentNode, sel: string): Element[] => {
        const found = [...root.querySelectorAll(sel)];
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...all(el.shadowRoot, sel));
        return found;
      };
      let scope: ParentNode[] = [document];
      for (const part of parts) {
        scope = scope.flatMap((root) => [...all(root, part), ...(root instanceof Element && root.shadowRoot ? all(root.shadowRoot, part) : [])]);
      }
      return scope[0] ?? null;
    },
    { timeout: 5000, polling: 50 },
    splitParts(selector),
  );
  const element = handle.asElement();
  if (!element) throw new Error(`no element for ${selector}`);
  return element as import('puppeteer-core').ElementHandle<Element>;
}

function puppeteerSite(page: PpPage): Site {
  return {
    engine: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    // BiDi: navigate without waiting for any load event; the caller waits for what it needs.
    startLoading: async (url) => void page.goto(url, { waitUntil: [] as never }).catch(() => undefined),
    click: async (selector) => (await deepElement(page, selector)).click(),
    type: async (selector, text) => {
      await (await deepElement(page, selector)).click();
      await page.keyboard.type(text);
    },
    focus: async (selector) => (await deepElement(page, selector)).focus(),
    press: (combo) => pressCombo(page, combo),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 5000) => void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
    upload: async (selector, name, content) => {
      const dir = mkdtempSync(join(tmpdir(), 'right-account-upload-'));
      const file = join(dir, name);
      writeFileSync(file, content);
      const input = (await deepElement(page, selector)) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
      await input.uploadFile(file);
    },
    frames: async (ui) => {
      // Over BiDi, a frame our content script created reports "about:blank" as its URL: ask the frame where it is.
      const ours: InPageFrame[] = [];
      for (const f of page.frames()) {
        const href = await f.evaluate(() => location.href).catch(() => '');
        if (!isInPage(href, ui)) continue;
        ours.push({
          evaluate: (fn, arg) => f.evaluate(fn as never, arg) as never,
          click: async (selector) => {
            const element = await f.waitForSelector(selector, { timeout: 5000 });
            if (!element) throw new Error(`no ${selector} in the ${ui} frame`);
            await element.click();
          },
        });
      }
      return ours;
    },
    close: () => page.close(),
  };
}

/** `env`: the browser's environment (the team policy's scenario gives it a HOME of its own, for a managed-storage manifest). */
export async function launchFirefox({ env }: { env?: Record<string, string> } = {}): Promise<ExtensionBrowser> {
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    ...(env ? { env: { ...process.env, ...env } } : {}),
    args: ['-remote-allow-system-access'],
    // A fixed internal UUID gives the extension's pages a known moz-extension:// origin.
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  await browser.installExtension(FIREFOX_EXTENSION);
  const ext: ExtensionBrowser = {
    engine: 'firefox',
    async newSite(routes) {
      const page = await browser.newPage();
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const url = request.url();
        if (!SITE_HOSTS.test(url)) return void request.abort();
        const response = fixtureResponse(url, routes);
        // BiDi wants one header entry per cookie, not values joined by newlines.
        const cookies = response.headers['set-cookie']?.split('\n');
        const respond = () => void request.respond({ ...response, headers: cookies ? { 'set-cookie': cookies } : {} });
        if (isHeldScript(url)) void heldScript.promise.then(respond);
        else respond();
      });
      return puppeteerSite(page);
    },
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = `moz-extension://${FIREFOX_UUID}/${path}`;
      // A plain goto never resolves on moz-extension:// pages over BiDi: navigate, then wait for the app. A wait that
      // starts on about:blank is cut short by the navigation itself, and while the new document replaces the old one
      // BiDi may fail an evaluation outright ("right-hand side of 'in' should be an object"): keep waiting until a
      // deadline, and navigate again if the page is still not there.
      let navigations = 0;
      const navigate = () => {
        navigations++;
        void page.goto(url, { waitUntil: [] as never }).catch(() => undefined);
      };
      // By path: a page may drop its query once read (the options page does, for "add this account").
      const pagePath = `/${path.split('?')[0]}`;
      const ready = (expected: string) =>
        location.protocol === 'moz-extension:' && location.pathname === expected && document.readyState === 'complete' && !!document.getElementById('app')?.firstChild;
      navigate();
      const deadline = Date.now() + 20_000;
      for (;;) {
        try {
          await page.waitForFunction(ready, { timeout: Math.max(1_000, Math.min(5_000, deadline - Date.now())), polling: 50 }, pagePath);
          break;
        } catch (error) {
          if (Date.now() > deadline || !/Waiting failed|context|navigat|Protocol error/i.test(String(error))) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
          if (new URL(page.url()).pathname !== pagePath) navigate();
        }
      }
      // Navigated twice (the page's URL over BiDi can lag behind its document): the second may still land after the
      // first was ready and replace the page under a test's next evaluation. Ready only once a marked document outlives
      // that second navigation.
      if (navigations > 1)
        for (;;) {
          await page.evaluate(() => void ((window as unknown as { __harnessDocument?: boolean }).__harnessDocument = true)).catch(() => undefined);
          await new Promise((resolve) => setTimeout(resolve, 1_500));
          const kept = await page.evaluate(() => !!(window as unknown as { __harnessDocument?: boolean }).__harnessDocument).catch(() => false);
          if (kept) break;
          if (Date.now() > deadline) throw new Error(`${path} did not settle`);
          await page.waitForFunction(ready, { timeout: 5_000, polling: 50 }, pagePath).catch(() => undefined);
        }
      return puppeteerSite(page);
    },
    async waitForTab(part, timeoutMs = 5000) {
      // Over BiDi, an extension page may report "about:blank" as its URL at first: ask each page where it is.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        for (const page of await browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (!href.includes(part)) continue;
          await page.waitForFunction(() => document.readyState === 'complete' && !!document.getElementById('app')?.firstChild, { timeout: timeoutMs, polling: 50 });
          return puppeteerSite(page);
        }
        if (Date.now() > deadline) throw new Error(`no tab at ${part}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async reloadExtension() {
      const page = await ext.openExtensionPage('options.html');
      await page.evaluate(() => void (globalThis as unknown as { browser: { runtime: { reload(): void } } }).browser.runtime.reload()).catch(() => undefined);
      await page.close().catch(() => undefined);
      await untilBack(async () => (await ext.openExtensionPage('options.html')).close());
    },
    close: () => browser.close(),
  };
  return ext;
}

// ---------- the Playwright test fixture ----------

export const test = base.extend<{ ext: ExtensionBrowser }, { extWorker: ExtensionBrowser }>({
  extWorker: [
    async ({}, use, workerInfo) => {
      const engine = (workerInfo.project.metadata as { engine: Engine }).engine;
      const ext = engine === 'firefox' ? await launchFirefox() : await launchChromium();
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({ extWorker }, use) => use(extWorker),
});

export { expect } from '@playwright/test';
