import { startInPageFrame } from '@/utils/ui/in-page-frame';

// The banner or the ribbon, drawn in the site's page from this extension page (see utils/guard/frame-host.ts).
startInPageFrame(window);
