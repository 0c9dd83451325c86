import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { FACEBOOK_HEALTH } from '@/utils/platforms/facebook/health';
import { runExtras } from '@/utils/guard/extras';

// The third of Facebook's content scripts, once the page is idle: the ribbon, the hand-off chip, the badge's reports
// and the page's health, lent what they need by the guard of facebook-guard.content.ts (utils/guard/extras.ts).
export default defineContentScript({
  matches: SITE_MATCHES.facebook,
  runAt: 'document_idle',
  main() {
    runExtras('facebook', FACEBOOK_HEALTH);
  },
});
