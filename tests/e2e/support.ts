/** Scenario helpers shared by the end-to-end specs: settings, the banner as the page sees it, what was published. */
import type { ExtensionBrowser, InPageFrame, Site } from './harness';

export interface SettingsFile {
  format: 'right-account-settings';
  version: 1;
  accounts: Record<string, unknown>[];
  wordLists?: Record<string, unknown>[];
  unknownIdentity?: 'confirm' | 'allow';
}

/** The settings most scenarios run with: one protected brand, one personal account, a confirm list and a block list. */
export function standardSettings(change: (s: SettingsFile) => void = () => undefined): SettingsFile {
  const file: SettingsFile = {
    format: 'right-account-settings',
    version: 1,
    accounts: [
      {
        platform: 'x',
        handle: 'boulangerie_dupont',
        name: 'Boulangerie Dupont',
        kind: 'brand',
        protected: true,
        ownWords: ['#BoulangerieDupont', 'pain au levain'],
      },
      { platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', ownWords: ['mon chat'] },
    ],
    wordLists: [
      { name: 'Grossièretés', words: ['merde', 'putain', 'wtf'], appliesTo: ['brand', 'personal'], action: 'confirm' },
      { name: 'Concurrents', words: ['boulangerie martin'], appliesTo: ['brand', 'personal'], action: 'block' },
    ],
    unknownIdentity: 'confirm',
  };
  change(file);
  return file;
}

/** The same settings, with every protected account's countdown at 0: the full banner asks (for scenarios about interception). */
export function fullBanner<T extends { accounts: Record<string, unknown>[] }>(file: T): T {
  return { ...file, accounts: file.accounts.map((a) => (a.protected ? { ...a, confirmDelay: 0 } : a)) };
}

/**
 * Replaces the extension's settings through the same message the options page sends (the background validates
 * it like any import). The options-page UI itself is exercised by its own scenario.
 */
export async function setSettings(ext: ExtensionBrowser, file: SettingsFile): Promise<void> {
  const page = await ext.openExtensionPage('options.html');
  const result = await page.evaluate(async (text) => {
    // Firefox exposes `browser`, Chromium `chrome`; both return a promise in these extension pages.
    const g = globalThis as unknown as Record<'browser' | 'chrome', { runtime: { sendMessage(m: unknown): Promise<unknown> } } | undefined>;
    return (g.browser ?? g.chrome)!.runtime.sendMessage({ type: 'settings/import', text });
  }, JSON.stringify(file));
  await page.close();
  if (!(result as { ok: boolean }).ok) throw new Error(`settings rejected: ${JSON.stringify(result)}`);
}

/**
 * Sets the intended account of the tab whose content script reports `platform`, through the message the popup's
 * picker sends (the popup itself cannot be opened on a site tab by automation). Returns that tab's status after.
 */
export async function setIntended(ext: ExtensionBrowser, platform: string, accountId: string | null): Promise<unknown> {
  const page = await ext.openExtensionPage('options.html');
  const status = await page.evaluate(
    async ({ platform, accountId }) => {
      type Api = {
        tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ platform?: string }> };
        runtime: { sendMessage(m: unknown): Promise<unknown> };
      };
      const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
      const api = (g.browser ?? g.chrome)!;
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const answer = await api.tabs.sendMessage(tab.id, { type: 'tab/status' }).catch(() => null);
        if (answer?.platform !== platform) continue;
        await api.runtime.sendMessage({ type: 'tab/set-intended', tabId: tab.id, accountId });
        return api.tabs.sendMessage(tab.id, { type: 'tab/status' });
      }
      return null;
    },
    { platform, accountId },
  );
  await page.close();
  if (!status) throw new Error(`no ${platform} tab answered`);
  return status;
}

/** Waits until a tab of `platform` has a guard that answers the extension (a content script that is not cut off). */
export async function waitForGuard(ext: ExtensionBrowser, platform: string, timeoutMs = 15_000): Promise<void> {
  const page = await ext.openExtensionPage('options.html');
  try {
    await page.waitFor(
      async (platform) => {
        type Api = { tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ platform?: string } | undefined> } };
        const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
        const api = (g.browser ?? g.chrome)!;
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          const answer = await api.tabs.sendMessage(tab.id, { type: 'tab/status' }).catch(() => null);
          if (answer?.platform === platform) return true;
        }
        return false;
      },
      platform,
      timeoutMs,
    );
  } finally {
    await page.close();
  }
}

export interface BannerView {
  reasons: string[];
  hasConfirm: boolean;
  text: string;
  role: string | null;
  focused: string | null;
}

/** The banner's frame that shows a banner now (there is one frame per layer: the page, a modal dialog), or null. */
export async function bannerFrame(site: Site): Promise<InPageFrame | null> {
  for (const frame of await site.frames('banner')) {
    const showing = await frame.evaluate(() => !!document.querySelector('[role="alertdialog"]')).catch(() => false);
    if (showing) return frame;
  }
  return null;
}

/** The banner as the automation hooks expose it, read inside its frame, or null when there is none. */
export async function readBanner(site: Site): Promise<BannerView | null> {
  const frame = await bannerFrame(site);
  if (!frame) return null;
  return frame.evaluate(() => {
    const dialog = document.querySelector('[role="alertdialog"]');
    if (!dialog) return null;
    return {
      reasons: [...document.querySelectorAll('[data-reason]')].map((el) => el.getAttribute('data-reason') ?? ''),
      hasConfirm: !!document.querySelector('[data-action="confirm"]'),
      text: (dialog.textContent ?? '').replace(/\s+/g, ' '),
      role: dialog.getAttribute('role'),
      focused: document.hasFocus() ? ((document.activeElement as HTMLElement | null)?.getAttribute('data-action') ?? null) : null,
    };
  });
}

/** Waits until a banner shows (its frame is in the page's frame tree and draws an alertdialog). */
export async function waitForBanner(site: Site, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await readBanner(site))) {
    if (Date.now() > deadline) throw new Error('no banner');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** How many banners show now (one per frame that draws an alertdialog): there is never more than one. */
export async function shownBanners(site: Site): Promise<number> {
  let count = 0;
  for (const frame of await site.frames('banner'))
    if (await frame.evaluate(() => !!document.querySelector('[role="alertdialog"]')).catch(() => false)) count++;
  return count;
}

/** Waits until no banner shows. */
export async function bannerGone(site: Site, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await readBanner(site)) {
    if (Date.now() > deadline) throw new Error('the banner is still shown');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface CountdownView {
  status: string;
  text: string;
  reasons: string[];
}

/** The countdown of a routine check, read inside the banner's frame, or null when none shows. */
export async function readCountdown(site: Site): Promise<CountdownView | null> {
  for (const frame of await site.frames('banner')) {
    const view = await frame
      .evaluate(() => {
        const el = document.querySelector('[data-right-account="countdown"]');
        if (!el) return null;
        return {
          status: el.querySelector('[role="status"]')?.textContent ?? '',
          text: (el.textContent ?? '').replace(/\s+/g, ' '),
          reasons: [...el.querySelectorAll('[data-reason]')].map((r) => r.getAttribute('data-reason') ?? ''),
        };
      })
      .catch(() => null);
    if (view) return view;
  }
  return null;
}

export async function waitForCountdown(site: Site, timeoutMs = 5000): Promise<CountdownView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const view = await readCountdown(site);
    if (view) return view;
    if (Date.now() > deadline) throw new Error('no countdown');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A trusted click on the countdown's Undo, inside its frame. */
export async function clickUndo(site: Site): Promise<void> {
  for (const frame of await site.frames('banner')) {
    if (await frame.evaluate(() => !!document.querySelector('[data-right-account="countdown"]')).catch(() => false)) return frame.click('[data-action="undo"]');
  }
  throw new Error('no countdown to undo');
}

/** A trusted click on one of the banner's buttons, inside its frame. */
export async function clickBanner(site: Site, action: 'cancel' | 'confirm'): Promise<void> {
  const frame = await bannerFrame(site);
  if (!frame) throw new Error('no banner to click');
  await frame.click(`[data-action="${action}"]`);
}

export interface RibbonRead {
  text: string;
  tone: string | null;
  color: string | null;
  paused: boolean;
  /** The guard is switched off (data-off): said apart from a pause. */
  off: boolean;
  /** The site's theme the ribbon follows (data-theme), null when it follows the system's. */
  theme: string | null;
  /** The width of the ribbon's frame in the page (the most room it may take). */
  frameWidth: number;
  inStatusRegion: boolean;
  /** The band's box in the page's viewport (its frame's place, plus the band's place in the frame). */
  top: number;
  bottom: number;
  left: number;
}

/** The ribbon shown now, read inside its frame and placed in the page, or null when none is shown. */
export async function readRibbon(site: Site): Promise<RibbonRead | null> {
  for (const frame of await site.frames('ribbon')) {
    const band = await frame
      .evaluate(async () => {
        const el = document.querySelector<HTMLElement>('.ribbon');
        if (!el) return null;
        // The band slides into place as it fades in: measure where it comes to rest.
        await Promise.all(el.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
        const rect = el.getBoundingClientRect();
        return {
          text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
          tone: el.getAttribute('data-tone'),
          color: el.getAttribute('data-color'),
          paused: el.getAttribute('data-paused') === 'true',
          off: el.getAttribute('data-off') === 'true',
          theme: el.getAttribute('data-theme'),
          inStatusRegion: el.closest('[role="status"]') !== null,
          top: rect.top,
          bottom: rect.bottom,
          left: rect.left,
        };
      })
      .catch(() => null);
    if (!band) continue;
    // The host of a shown frame: the page sees only our element and its box.
    const host = await site.evaluate(() => {
      const shown = [...document.querySelectorAll<HTMLElement>('[data-right-account="ribbon"]')].find((h) => h.getBoundingClientRect().width > 0 && getComputedStyle(h).visibility === 'visible');
      const rect = shown?.getBoundingClientRect();
      return rect ? { top: rect.top, left: rect.left, width: rect.width } : null;
    });
    if (!host) continue;
    return { ...band, frameWidth: Math.round(host.width), top: Math.round(host.top + band.top), bottom: Math.round(host.top + band.bottom), left: Math.round(host.left + band.left) };
  }
  return null;
}

/** Waits until the ribbon shows a text containing `text` (and, if given, a tone and a colour). */
export async function ribbonShown(site: Site, text: string, want: { tone?: string; color?: string } = {}, timeoutMs = 5000): Promise<RibbonRead> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ribbon = await readRibbon(site);
    if (ribbon && ribbon.text.includes(text) && (!want.tone || ribbon.tone === want.tone) && (!want.color || ribbon.color === want.color)) return ribbon;
    if (Date.now() > deadline) throw new Error(`no ribbon with "${text}" (last: ${JSON.stringify(ribbon)})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until no ribbon is shown. */
export async function ribbonHidden(site: Site, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (await readRibbon(site)) {
    if (Date.now() > deadline) throw new Error('the ribbon is still shown');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The top and left of an element of the page's, in the viewport. */
export const boxOf = (site: Site, selector: string) =>
  site.evaluate((sel) => {
    const rect = document.querySelector(sel)?.getBoundingClientRect();
    return { top: Math.round(rect?.top ?? -1), left: Math.round(rect?.left ?? -1) };
  }, selector);

export interface Published {
  surface: string;
  text: string;
  handle: string | null;
  via: string;
}

/** What the simulated site recorded as published (its own page-side record). */
export const published = (site: Site) =>
  site.evaluate(() => ((window as unknown as { __published?: unknown[] }).__published ?? []) as Published[]);

/** Lets pending tasks run so that a wrongly replayed or duplicated publish would have time to show up. */
export const settle = (site: Site) => site.evaluate(() => new Promise((r) => setTimeout(r, 150)));

/**
 * An extension page to talk to the background from, and the id of the tab whose content script reports `platform`
 * (asked of every tab: `tabs.query` cannot filter by URL without the "tabs" permission, which the extension does not
 * ask for). `clearJournal` empties the journal first. The caller closes the page before it uses the site again: the
 * site's tab is then the visible one (a hidden tab's frames are throttled).
 */
export async function guardedTab(ext: ExtensionBrowser, platform: string, { clearJournal = false } = {}): Promise<{ page: Site; tabId: number }> {
  type Api = {
    tabs: { query(q: object): Promise<{ id?: number }[]>; sendMessage(id: number, m: unknown): Promise<{ platform?: string } | undefined> };
    runtime: { sendMessage(m: unknown): Promise<unknown> };
  };
  const page = await ext.openExtensionPage('options.html');
  const tabId = await page.evaluate(
    async ({ platform, clearJournal }) => {
      const g = globalThis as unknown as Record<'browser' | 'chrome', Api | undefined>;
      const api = (g.browser ?? g.chrome)!;
      if (clearJournal) await api.runtime.sendMessage({ type: 'journal/clear' });
      for (const tab of await api.tabs.query({})) {
        if (tab.id === undefined) continue;
        const answer = await api.tabs.sendMessage(tab.id, { type: 'tab/status' }).catch(() => null);
        if (answer?.platform === platform) return tab.id;
      }
      return null;
    },
    { platform, clearJournal },
  );
  if (tabId === null) {
    await page.close();
    throw new Error(`no ${platform} tab answered`);
  }
  return { page, tabId };
}

/** guardedTab's id alone (its page closed). */
export async function tabIdOf(ext: ExtensionBrowser, platform: string, options: { clearJournal?: boolean } = {}): Promise<number> {
  const { page, tabId } = await guardedTab(ext, platform, options);
  await page.close();
  return tabId;
}

/** Sends a message as an extension page does (the popup, the options page). */
export async function ask<T>(ext: ExtensionBrowser, message: unknown): Promise<T> {
  const page = await ext.openExtensionPage('options.html');
  try {
    return (await page.evaluate((m) => {
      const g = globalThis as unknown as Record<'browser' | 'chrome', { runtime: { sendMessage(m: unknown): Promise<unknown> } } | undefined>;
      return (g.browser ?? g.chrome)!.runtime.sendMessage(m);
    }, message)) as T;
  } finally {
    await page.close();
  }
}
