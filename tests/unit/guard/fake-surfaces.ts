/**
 * Test doubles for where the guard draws: the banner and the ribbon rendered straight into open shadow roots of the
 * test's document, with the same components and automation hooks as the real extension frames (utils/guard/
 * banner-host.ts, ribbon-frame.ts, utils/ui/in-page-frame.tsx), so that the guard's and the ribbon's logic can be
 * tested in happy-dom, where no extension page can load. A click on the fake's Publish counts only when trusted,
 * as the frame's does.
 */
import { h, render } from 'preact';
import { Banner } from '../../../components/Banner';
import { Ribbon } from '../../../components/Ribbon';
import { Countdown } from '../../../components/Countdown';
import type { Translate } from '../../../utils/i18n';
import type { BannerLayer } from '../../../utils/guard/banner-host';
import type { RibbonSurface } from '../../../utils/guard/ribbon';
import { listenToPage, type Net } from '../../../utils/guard/net';
import { watchUserInput, type UserInput } from '../../../utils/guard/user-input';

export function fakeBannerLayer(t: Translate): BannerLayer & { preloaded: Element[] } {
  const preloaded: Element[] = [];
  return {
    preloaded,
    preload: (anchor) => void preloaded.push(anchor),
    open(anchor, view, answers) {
      const host = document.createElement('right-account-banner');
      host.setAttribute('data-right-account', 'banner');
      const root = host.attachShadow({ mode: 'open' });
      const mount = document.createElement('div');
      root.append(mount);
      (anchor.closest('dialog') ?? document.documentElement).append(host);
      render(
        h(Banner, {
          ...view,
          t,
          onCancel: () => answers.onCancel(),
          onConfirm: (event: MouseEvent) => event.isTrusted && answers.onConfirm(),
        }),
        mount,
      );
      const cancel = () => root.querySelector<HTMLElement>('[data-action="cancel"]');
      cancel()?.focus();
      return {
        host,
        attention: () => cancel()?.focus(),
        close() {
          render(null, mount);
          host.remove();
        },
      };
    },
    countdown(anchor, view, endsAt, answers) {
      const host = document.createElement('right-account-banner');
      host.setAttribute('data-right-account', 'banner');
      const root = host.attachShadow({ mode: 'open' });
      const mount = document.createElement('div');
      root.append(mount);
      document.documentElement.append(host);
      render(h(Countdown, { ...view, t, endsAt, onUndo: () => answers.onCancel() }), mount);
      const timer = setTimeout(() => answers.onDone(), Math.max(0, endsAt - Date.now()));
      return {
        host,
        attention: () => undefined,
        close() {
          clearTimeout(timer);
          render(null, mount);
          host.remove();
        },
      };
    },
    stop: () => document.querySelectorAll('[data-right-account="banner"]').forEach((el) => el.remove()),
  };
}

export function fakeRibbonSurface(t: Translate): RibbonSurface & { places: { top: number; left: number; width: number }[] } {
  let host: HTMLElement | null = null;
  let region: HTMLElement | null = null;
  const places: { top: number; left: number; width: number }[] = [];
  return {
    places,
    show(view, place) {
      if (!host) {
        host = document.createElement('right-account-ribbon');
        host.setAttribute('data-right-account', 'ribbon');
        host.style.pointerEvents = 'none';
        region = document.createElement('div');
        region.setAttribute('role', 'status');
        host.attachShadow({ mode: 'open' }).append(region);
        document.documentElement.append(host);
      }
      host.style.display = 'block';
      places.push(place);
      render(h(Ribbon, { t, view }), region!);
    },
    hide() {
      if (!host) return;
      host.style.display = 'none';
      render(null, region!);
    },
    stop() {
      host?.remove();
      host = null;
    },
  };
}

/**
 * The page's events straight to the guard, with no net before it (utils/guard/net.ts): for tests that start the guard on
 * a page that is already there. `userInput`: who is behind an event (the real watcher by default, stopped with it).
 */
export function listeningNet(win: Window, userInput?: UserInput): Pick<Net, 'attach' | 'userInput'> {
  const input = userInput ?? watchUserInput(win);
  return {
    userInput: input,
    attach(handlers) {
      const unlisten = listenToPage(win, handlers);
      return { held: null, detach: () => (unlisten(), userInput || input.stop()) };
    },
  };
}

/** A click as a person makes it (happy-dom's own are untrusted). Returns the event, to read what became of it. */
export function trustedClick(el: Element): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, composed: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  el.dispatchEvent(event);
  return event;
}
