/**
 * Puts the Banner component in the page: its own host element with an open shadow root (so the page's CSS
 * cannot restyle it and the tests can reach it), positioned next to the composer, rendered synchronously so it
 * appears in the same frame as the intercepted click. Keyboard: Escape cancels, Tab stays inside and the focus
 * cannot leave while it is open, auto-repeated keys are swallowed so the key press that opened the banner can never
 * act on it.
 */
import { h, render } from 'preact';
import { Banner, type BannerProps } from '@/components/Banner';
import { BANNER_CSS } from '@/components/banner-styles';

export const BANNER_HOST_ATTRIBUTE = 'data-right-account';

export interface BannerHandle {
  host: HTMLElement;
  update(change: Partial<BannerProps>): void;
  /** Draws the eye back to the banner (a second publish attempt while it is open). */
  attention(): void;
  close(): void;
}

const MARGIN = 8;

/**
 * Where our hosts go: the document's root element, or the modal `<dialog>` that holds the composer. A dialog opened
 * with showModal() sits in the top layer, above any z-index, and makes the rest of the page inert: a banner outside
 * it could be neither seen nor clicked (LinkedIn's newer share box is a native <dialog>).
 */
export function layerFor(anchor: Element | null, doc: Document): Element | Document {
  try {
    if (anchor?.isConnected) {
      const own = anchor.closest('dialog');
      if (own?.matches(':modal')) return own;
    } else {
      // The composer is gone (a "vanished" banner): if a modal dialog is open, the rest of the page is inert, so the
      // only place we can be seen and clicked is that dialog. (A whole-page query: never on the ribbon's frames.)
      const modal = Array.from(doc.querySelectorAll('dialog[open]')).findLast((d) => d.matches(':modal'));
      if (modal) return modal;
    }
  } catch {
    /* a browser without :modal has no top layer to escape */
  }
  return doc.documentElement ?? doc;
}

function place(host: HTMLElement, anchor: Element, win: Window) {
  const banner = host.shadowRoot?.querySelector<HTMLElement>('.banner') ?? host;
  const rect = anchor.isConnected ? anchor.getBoundingClientRect() : null;
  const width = banner.offsetWidth || 480;
  const height = banner.offsetHeight || 240;
  let top = rect ? rect.bottom + MARGIN : MARGIN;
  if (rect && top + height > win.innerHeight - MARGIN) top = rect.top - height - MARGIN; // no room below: above
  top = Math.max(MARGIN, Math.min(top, win.innerHeight - height - MARGIN));
  let left = rect ? rect.left : (win.innerWidth - width) / 2;
  left = Math.max(MARGIN, Math.min(left, win.innerWidth - width - MARGIN));
  host.style.top = `${Math.round(top)}px`;
  host.style.left = `${Math.round(left)}px`;
}

export function mountBanner(doc: Document, anchor: Element, initial: BannerProps): BannerHandle {
  const win = doc.defaultView ?? window;
  const host = doc.createElement('right-account-banner');
  host.setAttribute(BANNER_HOST_ATTRIBUTE, 'banner');
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; top: 8px; left: 8px;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = BANNER_CSS;
  root.append(style);
  const mount = doc.createElement('div');
  root.append(mount);

  let props = initial;
  const draw = () => render(h(Banner, props), mount);

  const onKey = (event: KeyboardEvent) => {
    // Keys typed in the banner are ours: the page's own shortcuts (X's "n", "j", …) must not see them.
    event.stopPropagation();
    if (event.type !== 'keydown') return;
    if (event.repeat) {
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
    } else if (event.key === 'Tab') {
      const buttons = [...root.querySelectorAll('button')];
      const index = buttons.indexOf(root.activeElement as HTMLButtonElement);
      const next = buttons[(index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length];
      event.preventDefault();
      next?.focus();
    }
  };
  for (const type of ['keydown', 'keyup', 'keypress'] as const) host.addEventListener(type, onKey as EventListener);

  layerFor(anchor, doc).append(host);
  draw();
  place(host, anchor, win);
  // Focus Cancel in the same task as the click, so that the very next key (Escape, Enter) is the banner's and
  // Enter can only ever cancel.
  const focusCancel = () => root.querySelector<HTMLElement>('[data-action="cancel"]')?.focus();
  focusCancel();
  const reposition = () => place(host, anchor, win);
  win.addEventListener('resize', reposition);
  // An alertdialog keeps the focus while it is open: a click or a Tab into the page (or on nothing focusable) brings
  // it back to the banner, so that Escape and Tab keep working. Checked a task later, once the focus has landed.
  // Bounded, in case a page insists on focusing something of its own.
  let open = true;
  let reclaimed = 0;
  let reclaimWindow = 0;
  const keepFocus = () =>
    setTimeout(() => {
      if (!open || !host.isConnected || doc.activeElement === host) return;
      const now = Date.now();
      if (now - reclaimWindow > 1000) {
        reclaimWindow = now;
        reclaimed = 0;
      }
      if (++reclaimed <= 5) focusCancel();
    }, 0);
  host.addEventListener('focusout', keepFocus);

  return {
    host,
    update(change) {
      props = { ...props, ...change };
      draw();
      place(host, anchor, win);
    },
    attention: focusCancel,
    close() {
      open = false;
      win.removeEventListener('resize', reposition);
      host.removeEventListener('focusout', keepFocus);
      render(null, mount);
      host.remove();
    },
  };
}
