import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { runGuard } from '@/utils/guard/run';

// The second of LinkedIn's content scripts, once the document is parsed: the guard, on the events that linkedin.content.ts
// has listened to since document_start (utils/guard/run.ts).
export default defineContentScript({
  matches: SITE_MATCHES.linkedin,
  runAt: 'document_end',
  main() {
    runGuard('linkedin');
  },
});
