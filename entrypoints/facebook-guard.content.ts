import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { runGuard } from '@/utils/guard/run';

// The second of Facebook's content scripts, once the document is parsed: the guard, on the events that facebook.content.ts
// has listened to since document_start (utils/guard/run.ts).
export default defineContentScript({
  matches: SITE_MATCHES.facebook,
  runAt: 'document_end',
  main() {
    runGuard('facebook');
  },
});
