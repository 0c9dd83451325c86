import { defineContentScript } from 'wxt/utils/define-content-script';
import { createFacebookAdapter } from '@/utils/platforms/facebook/adapter';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { startPageNet } from '@/utils/guard/net';

// The first of Facebook's content scripts: only the listeners, which must be on window, in the capture phase, before
// Facebook's own code registers anything. The guard is facebook-guard.content.ts, its extras facebook-extras (utils/guard/net.ts).
export default defineContentScript({
  matches: SITE_MATCHES.facebook,
  runAt: 'document_start',
  main() {
    startPageNet(createFacebookAdapter());
  },
});
