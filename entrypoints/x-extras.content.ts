import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { X_HEALTH } from '@/utils/platforms/x/health';
import { runExtras } from '@/utils/guard/extras';

// The third of X's content scripts, once the page is idle: the ribbon, the hand-off chip, the badge's reports
// and the page's health, lent what they need by the guard of x-guard.content.ts (utils/guard/extras.ts).
export default defineContentScript({
  matches: SITE_MATCHES.x,
  runAt: 'document_idle',
  main() {
    runExtras('x', X_HEALTH);
  },
});
