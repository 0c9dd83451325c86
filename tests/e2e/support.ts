/** Scenario helpers shared by the end-to-end specs: settings, the banner as the page sees it, what was published. */
import type { ExtensionBrowser, Site } from './harness';

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

/** The banner as the automation hooks expose it, or null when there is none. */
export function readBanner(site: Site): Promise<BannerView | null> {
  return site.evaluate(() => {
    const host = document.querySelector('[data-right-account="banner"]');
    const root = host?.shadowRoot;
    if (!root) return null;
    const dialog = root.querySelector('[role="alertdialog"]');
    return {
      reasons: [...root.querySelectorAll('[data-reason]')].map((el) => el.getAttribute('data-reason') ?? ''),
      hasConfirm: !!root.querySelector('[data-action="confirm"]'),
      text: (dialog?.textContent ?? '').replace(/\s+/g, ' '),
      role: dialog?.getAttribute('role') ?? null,
      focused: (root.activeElement as HTMLElement | null)?.getAttribute('data-action') ?? null,
    };
  });
}

export const waitForBanner = (site: Site) =>
  site.waitFor(() => !!document.querySelector('[data-right-account="banner"]')?.shadowRoot?.querySelector('[role="alertdialog"]'));

export const BANNER_CANCEL = '[data-right-account="banner"] [data-action="cancel"]';
export const BANNER_CONFIRM = '[data-right-account="banner"] [data-action="confirm"]';

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
