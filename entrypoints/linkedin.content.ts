import { defineContentScript } from 'wxt/utils/define-content-script';
import { createLinkedInAdapter, LINKEDIN_MATCHES } from '@/utils/platforms/linkedin/adapter';
import { LINKEDIN_HEALTH } from '@/utils/platforms/linkedin/health';
import { runGuard } from '@/utils/guard/run';

export default defineContentScript({
  matches: LINKEDIN_MATCHES,
  // Listeners must be on window, in the capture phase, before LinkedIn's own code registers anything.
  runAt: 'document_start',
  main() {
    runGuard(createLinkedInAdapter(), LINKEDIN_HEALTH);
  },
});
