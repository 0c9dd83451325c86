import { defineContentScript } from 'wxt/utils/define-content-script';
import { createLinkedInAdapter } from '@/utils/platforms/linkedin/adapter';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { startPageNet } from '@/utils/guard/net';

// The first of LinkedIn's content scripts: only the listeners, which must be on window, in the capture phase, before
// LinkedIn's own code registers anything. The guard is linkedin-guard.content.ts, its extras linkedin-extras (utils/guard/net.ts).
export default defineContentScript({
  matches: SITE_MATCHES.linkedin,
  runAt: 'document_start',
  main() {
    startPageNet(createLinkedInAdapter());
  },
});
