import { defineContentScript } from 'wxt/utils/define-content-script';
import { createXAdapter } from '@/utils/platforms/x/adapter';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { startPageNet } from '@/utils/guard/net';

// The first of X's content scripts: only the listeners, which must be on window, in the capture phase, before
// X's own code registers anything. The guard is x-guard.content.ts, its extras x-extras (utils/guard/net.ts).
export default defineContentScript({
  matches: SITE_MATCHES.x,
  runAt: 'document_start',
  main() {
    startPageNet(createXAdapter());
  },
});
