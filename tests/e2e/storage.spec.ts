/**
 * Fail loudly, leak nothing, end to end in Chromium and Firefox: storage that cannot be read, and storage that is full.
 *
 * 1. A stored settings record with an account the rules refuse next to valid ones (as an older version could leave
 *    it): the valid accounts still guard, the popup and the options page say that an item was set aside and why, and
 *    the options page restores or discards it.
 * 2. A full storage.local: the journal says it stopped recording (journal page and popup), an import says storage is
 *    full, and once there is room again the journal says what it missed.
 *
 * How storage gets full. Chromium gives an extension 10 MiB of storage.local without `unlimitedStorage` (the JSON of
 * each value plus its key): an extension page fills it to the byte with one incompressible value. Firefox has no such
 * cap: storage.local lives in IndexedDB under the QuotaManager, whose limit follows the free disk space (a group limit
 * of 20% of half the free space, here gigabytes). That is also what a user hits, only later. So in Firefox this
 * scenario runs in a browser of its own started with `dom.quotaManager.temporaryStorage.fixedLimit` at 20 MiB (the pref
 * Mozilla's own storage.local quota tests set), which makes the group limit 10 MiB, as in Chromium. The quota counts
 * the bytes on disk after compression, so the filler is random, and filled in smaller and smaller pieces until even a
 * small write fails; near the limit Firefox sometimes frees a little room after a failed write, so each step that must
 * fail is retried after filling again.
 */
import puppeteer, { type Page as PpPage } from 'puppeteer-core';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { expect, ROOT, test, type Engine, type Site } from './harness';
import { clickBanner, readBanner, setSettings, standardSettings, waitForBanner, type SettingsFile } from './support';
import { FIREFOX } from './ensure-browsers.mjs';

type Api = {
  storage: { local: { get(k: string | string[] | null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string | string[]): Promise<void>; QUOTA_BYTES?: number; getBytesInUse?(k: null): Promise<number> } };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

/** A background request from an extension page, as the pages send it. */
const ask = <R = unknown,>(page: Site, message: unknown) =>
  page.evaluate(async (m) => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
    return (g.browser ?? g.chrome)!.runtime.sendMessage(m);
  }, message) as Promise<R>;

const entry = { platform: 'x', account: '@marie_dupont', accountId: 'x:marie_dupont', surface: 'post', decision: 'allow', outcome: 'allowed', reasons: [], words: [] };
/** Random text: what Firefox's compressed storage cannot shrink. */
const randomWord = (length: number) => Array.from({ length: Math.ceil(length / 10) }, () => Math.random().toString(36).slice(2, 12)).join('').slice(0, length);
/** An entry of about 15 KB that does not compress (as many matched words as a message may carry), so that it needs room. */
const bulkyEntry = () => ({ ...entry, words: Array.from({ length: 100 }, () => randomWord(150)) });
const text = (page: Site, selector: string) => page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);

// ---------- 1. a stored record with an item the rules refuse ----------

test('a stored record with an account the rules refuse: the valid accounts still guard, the item is set aside, shown, restored or discarded', async ({ ext }) => {
  await setSettings(ext, standardSettings());
  // Seeded straight into storage.local from an extension page, as an older version could have left it: a handle
  // X refuses ("-"), and an account whose stored id no longer matches its handle, next to the two valid accounts.
  const seed = await ext.openExtensionPage('options.html');
  await seed.evaluate(async () => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
    const local = (g.browser ?? g.chrome)!.storage.local;
    const { settings } = (await local.get('settings')) as { settings: { accounts: unknown[] } };
    settings.accounts.splice(1, 0, { id: 'x:cafe-martin', platform: 'x', handle: 'cafe-martin', name: 'Café Martin', kind: 'brand', protected: true, ownWords: [] });
    settings.accounts.push({ id: 'x:renamed', platform: 'x', handle: 'cafe_dupont', name: 'Café Dupont', kind: 'brand', protected: false, ownWords: ['#CafeDupont'] });
    await local.set({ settings });
  });
  await seed.close();

  // The valid accounts still guard: the bakery's words from Marie's personal account ask first.
  const site = await ext.newSite({ 'https://x.com/home': 'x/home-fr.html' }); // @marie_dupont
  await site.goto('https://x.com/home');
  await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
  await site.type('[data-testid="tweetTextarea_0"]', 'Nouveau pain au levain');
  await site.click('[data-testid="tweetButtonInline"]');
  await waitForBanner(site);
  expect((await readBanner(site))?.reasons).toEqual(['other-account-words']);
  await clickBanner(site, 'cancel');

  // The popup says items were set aside.
  const popup = await ext.openExtensionPage('popup.html');
  await popup.waitFor(() => !!document.querySelector('[data-status="settings-salvaged"]'));
  expect(await text(popup, '[data-status="settings-salvaged"]')).toMatch(/2/);
  await popup.close();

  // The options page lists both, with the reason, and keeps the valid accounts in use.
  const options = await ext.openExtensionPage('options.html');
  await options.waitFor(() => document.querySelectorAll('[data-section="dropped"] [data-list="dropped"] li[data-kind="account"]').length === 2);
  const ids = () => options.evaluate(() => [...document.querySelectorAll('[data-list="accounts"] li[data-account-id]')].map((el) => el.getAttribute('data-account-id')));
  expect(await ids()).toEqual(['x:boulangerie_dupont', 'x:marie_dupont']);
  const items = () => options.evaluate(() => [...document.querySelectorAll('[data-list="dropped"] > li')].map((li) => ({ id: li.getAttribute('data-dropped-id')!, text: li.textContent ?? '' })));
  const [refused, renamed] = await items();
  expect(refused!.text).toContain('cafe-martin');
  expect(refused!.text).toContain('accounts[1].handle');
  expect(renamed!.text).toContain('accounts[3].id');

  // Restoring the refused handle goes through the edit's checks, and says why not.
  await options.click(`li[data-dropped-id="${refused!.id}"] [data-action="dropped-restore"]`);
  await options.waitFor((id) => !!document.querySelector(`li[data-dropped-id="${id}"] [data-status="dropped-restore-error"]`), refused!.id);
  expect(await text(options, `li[data-dropped-id="${refused!.id}"] [data-status="dropped-restore-error"]`)).toContain('cafe-martin');
  // The other one passes: it is back among the accounts, where it was.
  await options.click(`li[data-dropped-id="${renamed!.id}"] [data-action="dropped-restore"]`);
  await options.waitFor(() => !!document.querySelector('[data-status="dropped-restored"]') && document.querySelectorAll('[data-list="dropped"] > li').length === 1);
  await options.waitFor(() => document.querySelectorAll('[data-list="accounts"] li[data-account-id]').length === 3);
  expect(await ids()).toEqual(['x:boulangerie_dupont', 'x:marie_dupont', 'x:cafe_dupont']);
  // Discarding asks first, then the section and the notice go.
  await options.click(`li[data-dropped-id="${refused!.id}"] [data-action="dropped-discard"]`);
  await options.click(`li[data-dropped-id="${refused!.id}"] [data-action="dropped-discard-confirm"]`);
  await options.waitFor(() => !document.querySelector('[data-list="dropped"]') && !document.querySelector('[data-status="settings-salvaged"]'));
  const status = await ask<{ settings: { state: string } }>(options, { type: 'storage/status' });
  expect(status.settings.state).toBe('ok');
  await options.close();

  // The restored account guards too: its own words from Marie's account ask first.
  await site.type('[data-testid="tweetTextarea_0"]', ' #CafeDupont');
  await site.click('[data-testid="tweetButtonInline"]');
  await waitForBanner(site);
  // The reason names the account whose words these are.
  expect((await readBanner(site))?.text).toContain('@cafe_dupont');
  await clickBanner(site, 'cancel');
  await site.close();
  await setSettings(ext, standardSettings());
});

// ---------- 2. a full storage ----------

/** Opens an extension page in the browser the scenario runs in. */
type Open = (path: string) => Promise<Site>;

/**
 * Fills storage.local (keys e2eFiller…): in Chromium to the byte, from the quota it states; in Firefox until even small
 * writes fail. Random text, so that Firefox's compression cannot make room.
 */
const fillStorage = (page: Site) =>
  page.evaluate(async (engine: Engine) => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
    const local = (g.browser ?? g.chrome)!.storage.local;
    const random = (chars: number) => {
      const bytes = new Uint8Array(Math.ceil((chars * 3) / 4) + 3);
      for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
      let out = '';
      for (let i = 0; i < bytes.length; i += 8190) out += btoa(String.fromCharCode(...bytes.subarray(i, i + 8190)));
      return out.slice(0, chars);
    };
    const taken = Object.keys(await local.get(null)).filter((k) => k.startsWith('e2eFiller')).length;
    let n = taken;
    if (engine === 'chromium') {
      // Chromium counts each key plus its value's JSON (a base64 string: its length and two quotes).
      const key = `e2eFiller${n}`;
      const room = local.QUOTA_BYTES! - (await local.getBytesInUse!(null)) - key.length - 2;
      if (room > 0) await local.set({ [key]: random(room) });
      return n + 1;
    }
    for (const size of [1 << 20, 1 << 16, 1 << 12, 1 << 8]) {
      for (let failures = 0; failures < 3; ) {
        try {
          await local.set({ [`e2eFiller${n}`]: random(size) });
          n++;
          failures = 0;
        } catch {
          failures++;
        }
      }
    }
    return n;
  }, page.engine);

const emptyStorage = (page: Site) =>
  page.evaluate(async () => {
    const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
    const local = (g.browser ?? g.chrome)!.storage.local;
    await local.remove(Object.keys(await local.get(null)).filter((k) => k.startsWith('e2eFiller')));
  });

/**
 * Does `attempt` until it fails (it returns true when it succeeded), filling the storage before each try: in Chromium
 * the first try fails; in Firefox a failed write sometimes frees a little room, so a later one may be needed.
 */
async function untilRefused(page: Site, attempt: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 6; i++) {
    await fillStorage(page);
    if (!(await attempt())) return;
  }
  throw new Error('the storage never refused the write');
}

/** A settings file that grows the stored settings by about 20 KB of incompressible words. */
const biggerSettings = (): SettingsFile =>
  standardSettings((s) => {
    const words = Array.from({ length: 100 }, () => randomWord(190));
    s.accounts.push({ platform: 'x', handle: `cafe_${Math.floor(Math.random() * 1e6)}`, kind: 'brand', ownWords: words });
  });

async function fullStorageScenario(open: Open): Promise<void> {
  const options = await open('options.html');
  expect(await ask<{ ok: boolean }>(options, { type: 'settings/import', text: JSON.stringify(standardSettings()) })).toMatchObject({ ok: true });
  expect(await ask(options, { type: 'journal/clear' })).toEqual({ ok: true });
  expect(await ask(options, { type: 'journal/record', entry })).toEqual({ ok: true });
  try {
    // A guarded attempt the journal cannot write: the background answers why, and marks the journal as stopped.
    let refusal: { ok: boolean; error?: string } = { ok: true };
    await untilRefused(options, async () => (refusal = await ask(options, { type: 'journal/record', entry: bulkyEntry() })).ok);
    expect(refusal).toEqual({ ok: false, error: expect.stringMatching(/^(storage-full|write-failed)$/) });
    const reason = refusal.error === 'storage-full' ? /storage for Right Account is full|stockage du navigateur pour Right Account est plein/ : /could not write|n’a pas pu écrire/;

    // The journal page and the popup say it stopped recording, and why.
    const journal = await open('journal.html');
    await journal.waitFor(() => !!document.querySelector('[data-status="journal-stopped"]'));
    expect(await text(journal, '[data-status="journal-stopped"]')).toMatch(reason);
    const popup = await open('popup.html');
    await popup.waitFor(() => !!document.querySelector('[data-status="journal-stopped"]'));
    expect(await text(popup, '[data-status="journal-stopped"]')).toMatch(reason);
    await popup.close();

    // An import that cannot be written ends in import-error, saying why; the settings stay as they were.
    const input = 'input[type="file"][data-action="import-settings"]';
    await untilRefused(options, async () => {
      await options.evaluate(() => document.querySelector('[data-status^="import-"]')?.remove());
      await options.upload(input, 'settings.json', JSON.stringify(biggerSettings()));
      await options.waitFor(() => !!document.querySelector('[data-status="import-ok"], [data-status="import-error"]'), undefined, 15_000);
      return options.evaluate(() => !!document.querySelector('[data-status="import-ok"]'));
    });
    expect(await text(options, '[data-status="import-error"]')).toMatch(/full|could not write|plein|n’a pas pu écrire/);

    // Room again: the next entry is recorded, and the journal page says what it missed meanwhile. (Firefox frees the
    // room of large values some time after they are removed, and refuses writes that need it meanwhile, with "An
    // unexpected error occurred": each such attempt is one more missed, until one records.)
    await emptyStorage(options);
    let recorded = false;
    // Up to a minute and a half: on a loaded machine Firefox takes its time to give the room back.
    for (let i = 0; i < 90 && !recorded; i++) {
      recorded = (await ask<{ ok: boolean }>(options, { type: 'journal/record', entry })).ok;
      if (!recorded) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(recorded).toBe(true);
    await journal.waitFor(() => !!document.querySelector('[data-status="journal-gap"]') && !document.querySelector('[data-status="journal-stopped"]'));
    expect(await text(journal, '[data-status="journal-gap"]')).toMatch(/\d+ (attempt|tentative)/);
    await journal.close();
  } finally {
    await emptyStorage(options);
    await ask(options, { type: 'journal/clear' });
    await ask(options, { type: 'settings/import', text: JSON.stringify(standardSettings()) });
    await options.close();
  }
}

// Firefox, with the QuotaManager limited as described at the top of this file. Only extension pages are needed.
const GECKO_ID = 'right-account@right-account.app';
const FIREFOX_UUID = 'd6b54a5e-3c51-4f0f-8a8e-6c1f0e2a7b43';

function puppeteerPage(page: PpPage): Site {
  const unused = async () => {
    throw new Error('not needed in this scenario');
  };
  return {
    engine: 'firefox',
    goto: unused,
    startLoading: unused,
    click: (selector) => page.click(selector),
    type: unused,
    focus: unused,
    press: unused,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 5000) => void (await page.waitForFunction(fn as never, { timeout, polling: 50 }, arg)),
    upload: async (selector, name, content) => {
      const file = join(mkdtempSync(join(tmpdir(), 'right-account-upload-')), name);
      writeFileSync(file, content);
      const input = await page.waitForSelector(selector);
      await (input as import('puppeteer-core').ElementHandle<HTMLInputElement>).uploadFile(file);
    },
    frames: unused,
    close: () => page.close(),
  };
}

async function firefoxWithQuota(): Promise<{ open: Open; close(): Promise<void> }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // KiB: a global limit of 20 MiB gives each group (our extension) 10 MiB, Chromium's figure.
      'dom.quotaManager.temporaryStorage.fixedLimit': 20 * 1024,
    },
  });
  await browser.installExtension(join(ROOT, '.output/firefox-mv2'));
  const open: Open = async (path) => {
    const page = await browser.newPage();
    // As in the harness: a plain goto never resolves on moz-extension:// pages over BiDi.
    const url = `moz-extension://${FIREFOX_UUID}/${path}`;
    const pagePath = `/${path}`;
    const ready = (expected: string) => location.pathname === expected && document.readyState === 'complete' && !!document.getElementById('app')?.firstChild;
    const navigate = () => void page.goto(url, { waitUntil: [] as never }).catch(() => undefined);
    navigate();
    for (let attempt = 0; ; attempt++) {
      try {
        await page.waitForFunction(ready, { timeout: 5_000, polling: 50 }, pagePath);
        return puppeteerPage(page);
      } catch (error) {
        // A wait cut short by the navigation itself: wait again; navigate again only if the page is not there, since
        // a second navigation to a page already loaded would replace it under the scenario's feet.
        if (attempt >= 4) throw error;
        await new Promise((r) => setTimeout(r, 100));
        if (new URL(page.url()).pathname !== pagePath) navigate();
      }
    }
  };
  return { open, close: () => browser.close() };
}

test('a full storage: the journal says it stopped recording and since when, an import says storage is full, and the journal says what it missed', async ({ ext }) => {
  test.setTimeout(90_000);
  if (ext.engine === 'chromium') return fullStorageScenario((path) => ext.openExtensionPage(path));
  const firefox = await firefoxWithQuota();
  try {
    await fullStorageScenario(firefox.open);
  } finally {
    await firefox.close();
  }
});
