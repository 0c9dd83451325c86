/** Where the content scripts run, and the same answer for a tab's address (utils/platforms/sites.ts). */
import { describe, expect, it } from 'vitest';
import { isGuardedSite } from '../../../utils/platforms/sites';

describe('isGuardedSite', () => {
  it('the four sites as the content scripts match them, and nothing else', () => {
    for (const url of ['https://x.com/home', 'https://mobile.twitter.com/i/flow', 'https://www.facebook.com/', 'https://business.facebook.com/latest', 'https://www.instagram.com/p/1/', 'https://www.linkedin.com/feed/'])
      expect(isGuardedSite(url), url).toBe(true);
    for (const url of ['https://pro.x.com/', 'https://m.facebook.com/', 'https://linkedin.com/feed/', 'http://x.com/home', 'https://x.com.evil.example/', 'https://example.com/', undefined])
      expect(isGuardedSite(url), String(url)).toBe(false);
  });
});
