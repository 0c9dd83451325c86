import { defineContentScript } from 'wxt/utils/define-content-script';
import { createInstagramAdapter, INSTAGRAM_MATCHES } from '@/utils/platforms/instagram/adapter';
import { INSTAGRAM_HEALTH } from '@/utils/platforms/instagram/health';
import { runGuard } from '@/utils/guard/run';

export default defineContentScript({
  matches: INSTAGRAM_MATCHES,
  // Listeners must be on window, in the capture phase, before Instagram's own code registers anything.
  runAt: 'document_start',
  main() {
    runGuard(createInstagramAdapter(), INSTAGRAM_HEALTH);
  },
});
