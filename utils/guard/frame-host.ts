/**
 * Our in-page UI lives where the page cannot reach it: an extension page (in-page.html) in an iframe, inside a closed
 * shadow root on a host element of ours. The page's scripts (and every third party on them) can neither read what the
 * banner or the ribbon says (accounts, words, lists), nor focus or click its buttons, nor restyle it: the frame is
 * another origin, and the root is closed. All they can see is that a host element of ours is there, and its size.
 *
 * The content script talks to its frame over a MessageChannel: one port is handed to the frame once it loads, with
 * postMessage restricted to the extension's origin. The frame takes the first port it is given and no other, and says
 * "ready" on it; a frame that never says so (it failed to load, or something else spoke to it first) is never used.
 */
import { FRAME_HELLO, parseFromFrame, type FrameRole, type FromFrame, type ToFrame } from '../messaging/frame-protocol';

/** The attribute that names each host of ours by its role ("banner", "ribbon", "chip", "banner-fallback"). */
export const HOST_ATTRIBUTE = 'data-right-account';

export interface FramePlace {
  top: number;
  left: number;
  width: number;
  height: number;
}

export interface FrameHost {
  /** Our element in the page (`data-right-account="<role>"`): all the page can see of us. */
  readonly host: HTMLElement;
  /** Whether the frame holds the port and answered. */
  readonly ready: boolean;
  /** Resolves true once ready, false if it never will be (load failure, timeout, removed). */
  whenReady(): Promise<boolean>;
  send(message: ToFrame): void;
  /** Listens to the frame's messages; returns how to stop (a banner's listener goes with the banner). */
  onMessage(listener: (message: FromFrame) => void): () => void;
  show(place: FramePlace): void;
  hide(): void;
  /** Moves the keyboard focus into the frame. */
  focus(): void;
  /** The frame's rectangle in the viewport, as the page lays it out now. */
  rect(): DOMRect;
  destroy(): void;
}

export interface FrameHostOptions {
  /** The extension's URL of in-page.html (browser.runtime.getURL), with the role in its query. */
  url: string;
  role: FrameRole;
  /** Where the host goes (the root element, or a modal dialog's top layer). Moving an iframe reloads it: never moved. */
  layer: Element | Document;
  /** How long the frame may take to load and answer before it counts as failed. */
  timeoutMs?: number;
  /** Extra style of the host: the ribbon lets the pointer through. */
  hostStyle?: string;
}

const HIDDEN = 'visibility: hidden; width: 0; height: 0;';

export function createFrameHost(doc: Document, options: FrameHostOptions): FrameHost {
  const { role, url } = options;
  const origin = new URL(url).origin;
  // A plain <div>: a page can define a custom element under any name we would choose (and take its shadow root
  // first), never a built-in one.
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, role);
  const base = `all: initial; position: fixed; z-index: ${role === 'banner' ? 2147483647 : 2147483646}; top: 0; left: 0; display: block; contain: strict; ${options.hostStyle ?? ''}`;
  host.style.cssText = `${base} ${HIDDEN}`;
  const root = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  // No colour scheme of the page's: a mismatch would paint the frame's canvas opaque (the ribbon's frame is
  // transparent around the band).
  // The pointer goes where the host lets it (the ribbon lets it through to the page).
  frame.style.cssText = 'all: initial; display: block; width: 100%; height: 100%; border: 0; color-scheme: normal; background: transparent; pointer-events: inherit;';
  frame.setAttribute('allowtransparency', 'true');
  // "Copy the draft and cancel": the banner writes the user's own draft to the clipboard, on their click.
  frame.setAttribute('allow', 'clipboard-write');
  frame.setAttribute('title', 'Right Account');
  frame.src = url;
  root.append(frame);

  const channel = new MessageChannel();
  const listeners: ((message: FromFrame) => void)[] = [];
  let ready = false;
  let settle: (ok: boolean) => void = () => undefined;
  const readiness = new Promise<boolean>((resolve) => (settle = resolve));
  const timer = setTimeout(() => settle(false), options.timeoutMs ?? 5000);
  channel.port1.onmessage = (event) => {
    const message = parseFromFrame(event.data);
    if (!message) return;
    if (message.type === 'ready') {
      ready = true;
      clearTimeout(timer);
      settle(true);
      return;
    }
    if (ready) for (const listener of listeners) listener(message);
  };
  frame.addEventListener(
    'load',
    () => {
      // To the extension's origin only: if the frame were anything else by now, the port would not be delivered.
      frame.contentWindow?.postMessage({ type: FRAME_HELLO, role }, origin, [channel.port2]);
    },
    { once: true },
  );
  options.layer.appendChild(host);

  return {
    host,
    get ready() {
      return ready && host.isConnected;
    },
    whenReady: () => readiness.then((ok) => ok && host.isConnected),
    send(message) {
      channel.port1.postMessage(message);
    },
    onMessage(listener) {
      listeners.push(listener);
      return () => {
        const at = listeners.indexOf(listener);
        if (at >= 0) listeners.splice(at, 1);
      };
    },
    show(place) {
      host.style.cssText = `${base} top: ${Math.round(place.top)}px; left: ${Math.round(place.left)}px; width: ${Math.round(place.width)}px; height: ${Math.round(place.height)}px;`;
    },
    hide() {
      host.style.cssText = `${base} ${HIDDEN}`;
    },
    focus() {
      frame.focus();
    },
    rect: () => frame.getBoundingClientRect(),
    destroy() {
      clearTimeout(timer);
      settle(false);
      channel.port1.close();
      host.remove();
    },
  };
}

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
