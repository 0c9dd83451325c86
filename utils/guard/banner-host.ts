/**
 * Puts the banner in the page: an extension frame in a closed shadow root (./frame-host.ts), positioned next to the
 * composer, preloaded when a composer takes the focus so that it shows within a frame of the click. The frame keeps
 * the keyboard (Escape cancels, Tab stays inside); while it is open the focus is brought back to it from the page.
 *
 * When the frame cannot be shown (it failed to load, or did not answer in time), a plain fallback banner with built-in
 * words asks instead (./fallback-banner.ts): a publish is never held with nothing on screen. Confirm counts only when
 * the user clicked inside the banner and the banner was really visible: a page that hid, covered or moved it gets a
 * refusal, not a publish.
 */
import type { BannerView, FromFrame } from '../messaging/frame-protocol';
import { createFrameHost, layerFor, type FrameHost, type FramePlace } from './frame-host';
import { showFallbackBanner } from './fallback-banner';
import type { OpenBanner } from './state';


const MARGIN = 8;
/** The banner's size is fixed (it scrolls inside): its host's size tells the page nothing of what it says. */
const WIDTH = 440;
const HEIGHT = 380;
/** How long a banner may wait for its frame before the fallback asks instead. */
const FRAME_WAIT_MS = 1500;
/**
 * The countdown's size: a slim band by the composer (fixed, like the banner's), wide enough for "Publication en tant
 * que @boulangerie_dupont dans 5 s" and Undo.
 */
const COUNTDOWN_WIDTH = 460;
const COUNTDOWN_HEIGHT = 74;

export interface BannerAnswers {
  onCancel(): void;
  /** The user confirmed, in the banner, while it was seen (a confirm on a banner the page hid, covered or moved is
   * refused in the banner itself, which says why). */
  onConfirm(): void;
  /** Cancel, and offer the draft to the account whose words it holds. */
  onHandOff?(): void;
}

export interface CountdownAnswers {
  /** Undo, Escape, an edit of the draft, or leaving the page: nothing is published. */
  onCancel(): void;
  /** The countdown ran out: publish, once. */
  onDone(): void;
}

export interface BannerLayer {
  /** Gets a frame ready where a banner for this composer would show (on focus of a composer). */
  preload(anchor: Element): void;
  open(anchor: Element, view: BannerView, answers: BannerAnswers): OpenBanner;
  /** The light, non-modal hold of a routine check, by the composer, until `endsAt` (ms since epoch). */
  countdown(anchor: Element, view: BannerView, endsAt: number, answers: CountdownAnswers): OpenBanner;
  stop(): void;
}


/** Where the banner goes: below the composer, else above it, always inside the window. */
export function bannerPlace(anchor: Element, win: Window, size = { width: WIDTH, height: HEIGHT }) {
  const width = Math.min(size.width, win.innerWidth - 2 * MARGIN);
  const height = Math.min(size.height, win.innerHeight - 2 * MARGIN);
  const rect = anchor.isConnected ? anchor.getBoundingClientRect() : null;
  let top = rect ? rect.bottom + MARGIN : MARGIN;
  if (rect && top + height > win.innerHeight - MARGIN) top = rect.top - height - MARGIN; // no room below: above
  top = Math.max(MARGIN, Math.min(top, win.innerHeight - height - MARGIN));
  let left = rect ? rect.left : (win.innerWidth - width) / 2;
  left = Math.max(MARGIN, Math.min(left, win.innerWidth - width - MARGIN));
  return { top, left, width, height };
}

const inPlace = (rect: DOMRect, placed: FramePlace) =>
  Math.abs(rect.top - placed.top) <= 2 && Math.abs(rect.left - placed.left) <= 2 && Math.abs(rect.width - placed.width) <= 2 && Math.abs(rect.height - placed.height) <= 2;

/**
 * Is our host, and the frame in it (`frameRect`), shown to the user as we placed them? Not removed, hidden, made
 * transparent or moved by the page's CSS, and the topmost element at its centre. (Chrome also answers from inside the
 * frame: see in-page-frame.tsx.)
 */
export function hostIsShown(host: HTMLElement, frameRect: DOMRect, placed: FramePlace, win: Window): boolean {
  if (!host.isConnected) return false;
  const rect = host.getBoundingClientRect();
  // The host and the frame in it: a page's rule can keep the host in place and squeeze the frame (padding).
  if (!inPlace(rect, placed) || !inPlace(frameRect, placed)) return false;
  for (let el: Element | null = host; el; el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null)) {
    const style = win.getComputedStyle(el) as CSSStyleDeclaration & Partial<Record<'contentVisibility' | 'rotate' | 'scale' | 'webkitMaskImage', string>>;
    if (style.display === 'none' || style.visibility !== 'visible' || Number(style.opacity) < 0.99) return false;
    if (style.contentVisibility === 'hidden') return false;
    // Drawn otherwise than as it is: filtered, clipped, masked, mirrored, turned or scaled. (A translation only moves
    // it, which the place checks above see; a modal dialog may well be centred so.)
    if (![style.filter, style.clipPath, style.maskImage ?? style.webkitMaskImage, style.rotate, style.scale].every(isNone)) return false;
    if (!movesOnly(style.transform)) return false;
  }
  // Asked of our host's own tree: in a dialog inside the page's shadow root, the document would name the page's host.
  const root = host.getRootNode() as Document | ShadowRoot;
  const top = root.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2);
  return top === host;
}

const isNone = (value: string | undefined) => value === undefined || value === '' || value === 'none';

/** A computed `transform` that at most moves the element: none, or a matrix that is a translation. */
function movesOnly(transform: string): boolean {
  if (isNone(transform)) return true;
  const match = /^matrix(3d)?\(([^)]*)\)$/.exec(transform.trim());
  if (!match) return false;
  const values = match[2]!.split(',').map(Number);
  const identity = match[1] ? [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0] : [1, 0, 0, 1];
  return identity.every((expected, i) => Math.abs(values[i]! - expected) < 1e-6) && (!match[1] || Math.abs(values[15]! - 1) < 1e-6);
}

export function createBannerLayer(doc: Document, frameUrl: string): BannerLayer {
  const win = doc.defaultView ?? window;
  // One frame per layer (the root element, or a modal dialog): moving an iframe would reload it.
  const frames = new Map<Element | Document, FrameHost>();
  // What is open now, closed with the layer (a guard that steps aside leaves no listener behind).
  const opened = new Set<OpenBanner>();
  const track = (banner: OpenBanner): OpenBanner => {
    opened.add(banner);
    const close = banner.close.bind(banner);
    banner.close = () => {
      opened.delete(banner);
      close();
    };
    return banner;
  };
  const frameIn = (layer: Element | Document): FrameHost => {
    const existing = frames.get(layer);
    if (existing?.host.isConnected) return existing;
    existing?.destroy();
    const frame = createFrameHost(doc, {
      url: frameUrl,
      role: 'banner',
      layer,
      hostStyle: 'border-radius: 12px; box-shadow: 0 12px 40px rgba(0,0,0,.28);',
    });
    frames.set(layer, frame);
    // Forget frames of dialogs that closed.
    for (const [other, f] of frames) if (!f.host.isConnected) frames.delete(other);
    return frame;
  };

  function open(anchor: Element, view: BannerView, answers: BannerAnswers): OpenBanner {
    try {
      return openInFrame(anchor, view, answers);
    } catch {
      // The frame could not even be put in the page (a page that broke the DOM we rely on): the plain banner asks.
      // If that throws too, the caller lets the publish through and journals it (./prompt.ts).
      return track(showFallbackBanner(doc, anchor, view, answers));
    }
  }

  function openInFrame(anchor: Element, view: BannerView, answers: BannerAnswers): OpenBanner {
    const frame = frameIn(layerFor(anchor, doc));
    let closed = false;
    let fallback: OpenBanner | null = null;
    let placed = bannerPlace(anchor, win);
    let reclaimed = 0;
    let reclaimWindow = 0;
    const onMessage = (message: FromFrame) => {
      if (closed || !shown) return;
      if (message.type === 'cancel') return answers.onCancel();
      if (message.type === 'hand-off') return answers.onHandOff?.();
      if (message.type !== 'confirm') return;
      // The frame's own reading (Chrome) and ours: a banner the page hid, covered or moved never confirms.
      if (message.visible === false || !hostIsShown(frame.host, frame.rect(), placed, win)) return frame.send({ type: 'refused' });
      answers.onConfirm();
    };
    const stopListening = frame.onMessage(onMessage);
    let shown = false;
    const show = () => {
      if (closed) return;
      placed = bannerPlace(anchor, win);
      frame.show(placed);
      frame.send({ type: 'banner', view });
      frame.focus();
      shown = true;
    };
    const reposition = () => {
      if (!shown || closed) return;
      placed = bannerPlace(anchor, win);
      frame.show(placed);
    };
    // An alertdialog keeps the focus while it is open: a click or a Tab into the page (or on nothing focusable) brings
    // it back to the banner, so that Escape and Tab keep working. Checked a task later, once the focus has landed.
    // Bounded, in case a page insists on focusing something of its own.
    const keepFocus = () =>
      setTimeout(() => {
        if (!shown || closed || !frame.host.isConnected || doc.activeElement === frame.host) return;
        const now = Date.now();
        if (now - reclaimWindow > 1000) {
          reclaimWindow = now;
          reclaimed = 0;
        }
        if (++reclaimed <= 5) {
          frame.focus();
          frame.send({ type: 'focus' });
        }
      }, 0);
    win.addEventListener('resize', reposition);
    // Focus leaving the frame: its host's focusout (Chrome), or a press or a focus in the page (Firefox fires no
    // focusout on the host when a click lands on nothing focusable).
    frame.host.addEventListener('focusout', keepFocus);
    win.addEventListener('pointerdown', keepFocus, true);
    win.addEventListener('focusin', keepFocus, true);
    if (frame.ready) show();
    else
      void Promise.race([frame.whenReady(), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), FRAME_WAIT_MS))]).then((ok) => {
        if (closed) return;
        if (ok) return show();
        // The frame could not be shown: the plain banner asks instead, and the frame that failed goes.
        frame.destroy();
        fallback = showFallbackBanner(doc, anchor, view, answers);
      });
    return track({
      get host() {
        return fallback?.host ?? frame.host;
      },
      attention() {
        if (fallback) return fallback.attention();
        frame.focus();
        frame.send({ type: 'focus' });
      },
      close() {
        closed = true;
        stopListening();
        win.removeEventListener('resize', reposition);
        frame.host.removeEventListener('focusout', keepFocus);
        win.removeEventListener('pointerdown', keepFocus, true);
        win.removeEventListener('focusin', keepFocus, true);
        fallback?.close();
        if (frame.host.isConnected) {
          frame.send({ type: 'hide' });
          frame.hide();
        }
      },
    });
  }

  function countdown(anchor: Element, view: BannerView, endsAt: number, answers: CountdownAnswers): OpenBanner {
    const frame = frameIn(layerFor(anchor, doc));
    let closed = false;
    let fallback: OpenBanner | null = null;
    const cancel = () => !closed && answers.onCancel();
    const onMessage = (message: FromFrame) => !closed && message.type === 'cancel' && cancel();
    const stopListening = frame.onMessage(onMessage);
    // Not modal: the focus stays in the composer. Escape there undoes it (and is not the site's to act on); an edit of
    // the draft, or leaving the page, undoes it too: what would go out is no longer what was shown.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !event.isTrusted) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      cancel();
    };
    const onHidden = () => doc.visibilityState === 'hidden' && cancel();
    win.addEventListener('keydown', onKey, true);
    anchor.addEventListener('input', cancel);
    win.addEventListener('pagehide', cancel);
    doc.addEventListener('visibilitychange', onHidden);
    // The time runs from when the countdown is on screen, not from the click: a frame slow to load never lets the post
    // go out before the user could see it coming (and one that never loads gives way to the plain banner).
    const delay = Math.max(0, endsAt - Date.now());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      if (closed) return;
      frame.show(bannerPlace(anchor, win, { width: COUNTDOWN_WIDTH, height: COUNTDOWN_HEIGHT }));
      frame.send({ type: 'countdown', view, endsAt: Date.now() + delay });
      timer = setTimeout(() => !closed && answers.onDone(), delay);
    };
    if (frame.ready) show();
    else
      void Promise.race([frame.whenReady(), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), FRAME_WAIT_MS))]).then((ok) => {
        if (closed) return;
        if (ok) return show();
        // No frame to count down in: the plain banner asks instead (nothing goes out without the user seeing it).
        frame.destroy();
        fallback = showFallbackBanner(doc, anchor, view, { onCancel: answers.onCancel, onConfirm: answers.onDone });
      });
    return track({
      get host() {
        return fallback?.host ?? frame.host;
      },
      attention: () => fallback?.attention(),
      close() {
        closed = true;
        stopListening();
        clearTimeout(timer);
        win.removeEventListener('keydown', onKey, true);
        anchor.removeEventListener('input', cancel);
        win.removeEventListener('pagehide', cancel);
        doc.removeEventListener('visibilitychange', onHidden);
        fallback?.close();
        if (frame.host.isConnected) {
          frame.send({ type: 'hide' });
          frame.hide();
        }
      },
    });
  }

  return {
    preload: (anchor) => void frameIn(layerFor(anchor, doc)),
    open,
    countdown,
    stop() {
      for (const banner of [...opened]) banner.close();
      for (const frame of frames.values()) frame.destroy();
      frames.clear();
    },
  };
}
