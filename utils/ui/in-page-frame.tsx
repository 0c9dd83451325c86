/**
 * The extension page that draws the banner or the ribbon inside the site's page (utils/guard/frame-host.ts puts it in
 * a closed shadow root). It takes the first MessageChannel port its content script hands over and listens to nothing
 * else; it answers only on that port. Everything the user sees, and every key and click on it, stays in this frame:
 * the page cannot read it, focus it or click it.
 *
 * Automation hooks (README, "Automation hooks"): the banner's `[role="alertdialog"]`, `[data-reason]`,
 * `[data-action="cancel|confirm"]`; the ribbon's `.ribbon[data-tone]`. Tests reach them through the browser's frame
 * tree (Playwright's and puppeteer's page.frames()).
 */
import { h, render } from 'preact';
import { Banner } from '@/components/Banner';
import { Ribbon } from '@/components/Ribbon';
import { BANNER_CSS, COUNTDOWN_CSS } from '@/components/banner-styles';
import { Countdown } from '@/components/Countdown';
import { RIBBON_CSS } from '@/components/ribbon-styles';
import { FRAME_HELLO, FRAME_ROLES, parseToFrame, type BannerView, type FrameRole, type FromFrame } from '../messaging/frame-protocol';
import { translatorForLanguage } from '../i18n-browser';
import { browser } from 'wxt/browser';

export function startInPageFrame(win: Window): void {
  const doc = win.document;
  let port: MessagePort | null = null;
  const onHello = (event: MessageEvent) => {
    const data = event.data as { type?: unknown; role?: unknown } | null;
    if (port || data?.type !== FRAME_HELLO || !(FRAME_ROLES as readonly unknown[]).includes(data.role) || !event.ports[0]) return;
    port = event.ports[0];
    win.removeEventListener('message', onHello);
    const send = (m: FromFrame) => port!.postMessage(m);
    const ui = data.role === 'banner' ? bannerUi(win, send) : data.role === 'chip' ? chipUi(win, send) : ribbonUi(win);
    port.onmessage = (message) => {
      const request = parseToFrame(message.data);
      if (request) ui(request);
    };
    port.postMessage({ type: 'ready' } satisfies FromFrame);
  };
  win.addEventListener('message', onHello);
  doc.documentElement.style.cssText = 'background: transparent; color-scheme: normal;';
  doc.body.style.cssText = 'margin: 0; background: transparent; overflow: hidden;';
}

type Ui = (request: NonNullable<ReturnType<typeof parseToFrame>>) => void;

function mountPoint(doc: Document, css: string, role?: FrameRole): HTMLElement {
  const style = doc.createElement('style');
  style.textContent = css.replace(/:host\b/g, ':root');
  doc.head.append(style);
  const app = doc.getElementById('app')!;
  if (role === 'ribbon') {
    // Announced by screen readers when it appears, silent while the user types (its text changes only with the identity).
    app.setAttribute('role', 'status');
    app.setAttribute('aria-live', 'polite');
    app.setAttribute('aria-atomic', 'true');
  }
  return app;
}

function ribbonUi(win: Window): Ui {
  const app = mountPoint(win.document, RIBBON_CSS, 'ribbon');
  return (request) => {
    if (request.type === 'ribbon') render(h(Ribbon, { t: translatorForLanguage(request.language), view: request.view }), app);
    else if (request.type === 'hide') render(null, app);
  };
}

/** The chip of a draft handed off: paste it into the composer focused now, or dismiss it. */
function chipUi(win: Window, send: (message: FromFrame) => void): Ui {
  const app = mountPoint(win.document, CHIP_CSS);
  return (request) => {
    if (request.type === 'hide') return render(null, app);
    if (request.type !== 'chip') return;
    const t = translatorForLanguage(request.language);
    render(
      h('div', { class: 'chip', 'data-right-account': 'handoff' }, [
        h('button', { type: 'button', class: 'paste', 'data-action': 'paste-handoff', onClick: () => send({ type: 'paste' }) }, t('handoffPaste', [request.label])),
        h('button', { type: 'button', class: 'dismiss', 'data-action': 'dismiss-handoff', 'aria-label': t('handoffDismiss'), title: t('handoffDismiss'), onClick: () => send({ type: 'dismiss' }) }, '×'),
      ]),
      app,
    );
  };
}

const CHIP_CSS = `
.chip { display: inline-flex; align-items: center; gap: 2px; height: 24px; font: 12px/22px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.chip button { font: inherit; height: 24px; border: 1px solid #1d4ed8; background: #eff6ff; color: #1e3a8a; cursor: pointer; }
.chip .paste { border-radius: 12px 0 0 12px; padding: 0 10px; font-weight: 600; }
.chip .dismiss { border-radius: 0 12px 12px 0; padding: 0 8px; }
.chip button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 1px; }
@media (prefers-color-scheme: dark) { .chip button { background: #172554; color: #dbeafe; border-color: #60a5fa; } }
`;

function bannerUi(win: Window, send: (message: FromFrame) => void): Ui {
  const doc = win.document;
  // The frame is the banner's size: the card fills it, and scrolls inside when its reasons do not fit.
  const app = mountPoint(doc, `${BANNER_CSS}\n.banner { width: 100%; height: 100vh; max-height: 100vh; border-radius: 0; box-shadow: none; animation: none; }\n${COUNTDOWN_CSS}`);
  let view: BannerView | null = null;
  let countdownEndsAt: number | null = null;
  let refused = false;
  let copyFailed = false;
  const visibility = watchVisibility(win);
  const cancelButton = () => doc.querySelector<HTMLElement>('[data-action="cancel"]');
  const draw = () =>
    render(
      view && countdownEndsAt !== null
        ? h(Countdown, { ...view, t: translatorForLanguage(view.language), endsAt: countdownEndsAt, onUndo: () => send({ type: 'cancel' }) })
        : view &&
        h(Banner, {
          ...view,
          refused,
          copyFailed,
          t: translatorForLanguage(view.language),
          onCancel: () => send({ type: 'cancel' }),
          onCopyAndCancel: () => {
            const draft = view?.draft ?? '';
            navigator.clipboard.writeText(draft).then(
              () => send({ type: 'cancel' }),
              () => {
                copyFailed = true;
                draw();
              },
            );
          },
          onHandOff: () => send({ type: 'hand-off' }),
          onAllowWords: (words: string[]) => {
            const id = view?.account?.id;
            if (!id) return;
            // The options page shows the exception for review: nothing changes until the user saves it there.
            const url = `${browser.runtime.getURL('/options.html')}?except=${encodeURIComponent(id)}&words=${encodeURIComponent(JSON.stringify(words))}`;
            // Firefox gives a frame in a site's page no `tabs`: a window opened by the user's own click does the same.
            const opened = browser.tabs?.create ? browser.tabs.create({ url }).then(() => true, () => false) : Promise.resolve(false);
            void opened.then((ok) => (ok || win.open(url, '_blank') ? send({ type: 'cancel' }) : undefined));
          },
          onConfirm: (event: MouseEvent) => {
            // Only the user's own click: nothing outside this frame can send us one anyway.
            if (event.isTrusted) send({ type: 'confirm', visible: visibility.visible() });
          },
        }),
      app,
    );
  doc.addEventListener('keydown', (event) => {
    if (!view) return;
    // The countdown is not modal: Escape undoes it, the rest is the browser's.
    if (countdownEndsAt !== null) {
      if (event.key === 'Escape') send({ type: 'cancel' });
      return;
    }
    // The key press that opened the banner may repeat: it never acts on it.
    if (event.repeat) return event.preventDefault();
    if (event.key === 'Escape') {
      event.preventDefault();
      send({ type: 'cancel' });
    } else if (event.key === 'Tab') {
      const buttons = [...doc.querySelectorAll<HTMLElement>('button')];
      const index = buttons.indexOf(doc.activeElement as HTMLElement);
      event.preventDefault();
      buttons[(index + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length]?.focus();
    }
  });
  return (request) => {
    if (request.type === 'countdown') {
      view = request.view;
      countdownEndsAt = request.endsAt;
      visibility.watch(null);
      draw();
    } else if (request.type === 'banner') {
      view = request.view;
      countdownEndsAt = null;
      refused = false;
      copyFailed = false;
      draw();
      visibility.watch(doc.querySelector('[role="alertdialog"]'));
      // Without scrolling: a long banner shows its title first; its buttons stay in sight (sticky at its foot).
      cancelButton()?.focus({ preventScroll: true });
    } else if (request.type === 'focus') cancelButton()?.focus({ preventScroll: true });
    else if (request.type === 'refused') {
      refused = true;
      draw();
    }
    else if (request.type === 'hide') {
      view = null;
      countdownEndsAt = null;
      visibility.watch(null);
      draw();
    }
  };
}

/** How long after the banner shows the browser's visibility readings may still be those of the hidden frame. */
const SETTLING_MS = 300;

/**
 * Is the banner really seen by the user: not hidden, made transparent, covered or moved off screen by the page? Chrome's
 * IntersectionObserver v2 (`trackVisibility`) answers that from inside this frame; where a browser cannot tell, the
 * answer is null and the content script checks what it can from outside.
 */
export function watchVisibility(win: Window) {
  let observer: IntersectionObserver | null = null;
  let visible: boolean | null = null;
  let since = 0;
  return {
    watch(target: Element | null) {
      observer?.disconnect();
      visible = null;
      since = win.performance.now();
      if (!target || typeof IntersectionObserver !== 'function') return;
      try {
        observer = new IntersectionObserver(
          (entries: IntersectionObserverEntry[]) => {
            for (const entry of entries) {
              const seen = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible;
              if (seen === undefined) continue;
              // Not in view at all is no reading of what covers it: the frame was not given its size yet (its first
              // reading, which a slow machine may keep for long after the banner shows), or the page moved or shrank
              // the frame, which the content script sees from outside.
              visible = entry.intersectionRatio > 0 ? seen : null;
              // For tests (through the browser's frame tree; the page cannot read this document).
              entry.target.setAttribute('data-seen', String(visible));
            }
          },
          { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
        );
        observer?.observe(target);
      } catch {
        observer = null;
      }
    },
    /**
     * true: seen as it is drawn; false: hidden, transparent or covered; null: cannot tell (in this browser, or yet: the
     * first readings after it shows may still describe the hidden frame it was a moment before, and no person reads a
     * banner and clicks within that time).
     */
    visible: () => (win.performance.now() - since < SETTLING_MS ? null : visible),
  };
}
