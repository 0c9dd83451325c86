/**
 * For the options page's first run: the account each open tab of the four sites shows, asked of its content script
 * (`tab/status`), so that a newcomer can add "the account I'm on" without leaving the page. Tabs of other sites do not
 * answer; nothing is asked of the sites themselves.
 */
import { browser } from 'wxt/browser';
import { PLATFORMS, type Platform } from '../types';
import { askTab } from '../messaging/client';

/** What one site's open tabs show: the identities read there (none when logged out or unreadable). */
export interface OpenSite {
  platform: Platform;
  /** As the tab reads them; `aliases`: the other identifiers the page shows for the same profile. */
  identities: { handle?: string; name?: string; aliases?: string[] }[];
}

/** One entry per platform with an open tab that answered, in the platforms' order; identities without duplicates. */
export async function findOpenAccounts(): Promise<OpenSite[]> {
  const tabs = await browser.tabs.query({});
  const answers = await Promise.all(tabs.map((tab) => (tab.id === undefined ? null : askTab(tab.id, { type: 'tab/status' }).catch(() => null))));
  const sites = new Map<Platform, OpenSite>();
  for (const status of answers) {
    if (!status || !(PLATFORMS as readonly string[]).includes(status.platform)) continue;
    const site = sites.get(status.platform) ?? { platform: status.platform, identities: [] };
    sites.set(status.platform, site);
    const identity = status.identity;
    if (!identity || (!identity.handle && !identity.name?.trim())) continue;
    const seen = site.identities.some((i) => (i.handle ?? '').toLowerCase() === (identity.handle ?? '').toLowerCase() && (i.name ?? '') === (identity.name ?? ''));
    if (!seen)
      site.identities.push({
        ...(identity.handle ? { handle: identity.handle } : {}),
        ...(identity.name?.trim() ? { name: identity.name.trim() } : {}),
        ...(identity.aliases?.length ? { aliases: identity.aliases } : {}),
      });
  }
  return PLATFORMS.flatMap((p) => (sites.has(p) ? [sites.get(p)!] : []));
}
