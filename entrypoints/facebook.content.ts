import { defineContentScript } from 'wxt/utils/define-content-script';
import { createFacebookAdapter, FACEBOOK_MATCHES } from '@/utils/platforms/facebook/adapter';
import { FACEBOOK_HEALTH } from '@/utils/platforms/facebook/health';
import { runGuard } from '@/utils/guard/run';

export default defineContentScript({
  matches: FACEBOOK_MATCHES,
  // Listeners must be on window, in the capture phase, before Facebook's own code registers anything.
  runAt: 'document_start',
  main() {
    runGuard(createFacebookAdapter(), FACEBOOK_HEALTH);
  },
});
