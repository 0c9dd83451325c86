import { createXAdapter } from '@/utils/platforms/x/adapter';
import { runGuard } from '@/utils/guard/run';

export default defineContentScript({
  // x.com and its old name; mobile.* serve the same web app.
  matches: ['https://x.com/*', 'https://twitter.com/*', 'https://mobile.x.com/*', 'https://mobile.twitter.com/*'],
  // Listeners must be on window, in the capture phase, before X's own code registers anything.
  runAt: 'document_start',
  main() {
    runGuard(createXAdapter());
  },
});
