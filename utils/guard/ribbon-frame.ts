/**
 * The ribbon's surface in the page: an extension frame in a closed shadow root (./frame-host.ts), one per layer (the
 * page, or a modal dialog's top layer), created the first time the ribbon shows there and kept. It lets the pointer
 * through; it is redrawn only when what it says changes.
 */
import type { LanguagePreference } from '../types';
import { createFrameHost, layerFor, type FrameHost } from './frame-host';
import type { RibbonSurface } from './ribbon';

export function ribbonFrameSurface(doc: Document, frameUrl: string, language: () => LanguagePreference): RibbonSurface {
  const frames = new Map<Element | Document, FrameHost>();
  let shown: FrameHost | null = null;
  let drawn = '';
  // What to show once a frame that is still loading answers (null once hidden meanwhile).
  let pending: Parameters<RibbonSurface['show']> | null = null;
  const frameIn = (layer: Element | Document) => {
    const existing = frames.get(layer);
    if (existing?.host.isConnected) return existing;
    existing?.destroy();
    const frame = createFrameHost(doc, { url: frameUrl, role: 'ribbon', layer, hostStyle: 'pointer-events: none;' });
    frames.set(layer, frame);
    for (const [other, f] of frames) if (!f.host.isConnected) frames.delete(other);
    return frame;
  };
  const surface: RibbonSurface = {
    show(view, place, composer) {
      const frame = frameIn(layerFor(composer, doc));
      if (shown && shown !== frame) surface.hide();
      if (!frame.ready) {
        // The first time on this layer: shown as soon as the frame answers.
        const waiting = pending;
        pending = [view, place, composer];
        if (!waiting) void frame.whenReady().then((ok) => ok && pending && surface.show(...pending));
        return;
      }
      pending = null;
      const message = { type: 'ribbon' as const, language: language(), view };
      const key = JSON.stringify(message);
      if (key !== drawn || shown !== frame) frame.send(message);
      drawn = key;
      if (place.offscreen) frame.hide();
      else frame.show(place);
      shown = frame;
    },
    hide() {
      pending = null;
      if (!shown) return;
      shown.send({ type: 'hide' });
      shown.hide();
      shown = null;
      drawn = '';
    },
    stop() {
      shown = null;
      for (const frame of frames.values()) frame.destroy();
      frames.clear();
    },
  };
  return surface;
}
