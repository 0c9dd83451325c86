import { defineContentScript } from 'wxt/utils/define-content-script';
import { createXAdapter, X_MATCHES } from '@/utils/platforms/x/adapter';
import { X_HEALTH } from '@/utils/platforms/x/health';
import { runGuard } from '@/utils/guard/run';

export default defineContentScript({
  matches: X_MATCHES,
  // Listeners must be on window, in the capture phase, before X's own code registers anything.
  runAt: 'document_start',
  main() {
    runGuard(createXAdapter(), X_HEALTH);
  },
});
