/**
 * Where each platform's content scripts run: the only sites the extension may touch (wxt.config.ts, the entrypoints).
 * A module of its own, so that a script that needs only the addresses carries no adapter.
 */
import type { Platform } from '../types';

export const SITE_MATCHES: Record<Platform, string[]> = {
  // mobile.* serve the same web app (mobile layout). Not pro.x.com: X Pro (TweetDeck) is a different application with
  // none of X's hooks.
  x: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  // The site, its web.* alias and Meta Business Suite.
  facebook: ['https://www.facebook.com/*', 'https://web.facebook.com/*', 'https://business.facebook.com/*'],
  // The web app: desktop and mobile layouts share the host.
  instagram: ['https://www.instagram.com/*'],
  // The web app; not the mobile-only or developer hosts.
  linkedin: ['https://www.linkedin.com/*'],
};

/** Is this address one of the sites above (every pattern is an origin followed by `/*`)? */
export const isGuardedSite = (url: string | undefined): boolean =>
  !!url && Object.values(SITE_MATCHES).some((patterns) => patterns.some((pattern) => url.startsWith(pattern.slice(0, -1))));
