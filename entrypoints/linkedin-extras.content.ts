import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { LINKEDIN_HEALTH } from '@/utils/platforms/linkedin/health';
import { runExtras } from '@/utils/guard/extras';

// The third of LinkedIn's content scripts, once the page is idle: the ribbon, the hand-off chip, the badge's reports
// and the page's health, lent what they need by the guard of linkedin-guard.content.ts (utils/guard/extras.ts).
export default defineContentScript({
  matches: SITE_MATCHES.linkedin,
  runAt: 'document_idle',
  main() {
    runExtras('linkedin', LINKEDIN_HEALTH);
  },
});
