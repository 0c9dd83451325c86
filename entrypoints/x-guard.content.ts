import { defineContentScript } from 'wxt/utils/define-content-script';
import { SITE_MATCHES } from '@/utils/platforms/sites';
import { runGuard } from '@/utils/guard/run';

// The second of X's content scripts, once the document is parsed: the guard, on the events that x.content.ts
// has listened to since document_start (utils/guard/run.ts).
export default defineContentScript({
  matches: SITE_MATCHES.x,
  runAt: 'document_end',
  main() {
    runGuard('x');
  },
});
