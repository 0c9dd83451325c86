import { defineContentScript } from 'wxt/utils/define-content-script';
import { createInstagramAdapter } from '@/utils/platforms/instagram/adapter';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { startPageNet } from '@/utils/guard/net';

// The first of Instagram's content scripts: only the listeners, which must be on window, in the capture phase, before
// Instagram's own code registers anything. The guard is instagram-guard.content.ts, its extras instagram-extras (utils/guard/net.ts).
export default defineContentScript({
  matches: SITE_MATCHES.instagram,
  runAt: 'document_start',
  main() {
    startPageNet(createInstagramAdapter());
  },
});
