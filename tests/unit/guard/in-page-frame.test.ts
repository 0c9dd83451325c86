/**
 * The extension page drawn in the site's page (the banner, the ribbon): it listens to one port only, the first one its
 * content script hands over; it keeps the keyboard; only the user's own click confirms. (The frame host and the real
 * frame in a real browser: tests/e2e.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startInPageFrame, watchVisibility } from '../../../utils/ui/in-page-frame';
import { FRAME_HELLO, type BannerView, type FromFrame, type ToFrame } from '../../../utils/messaging/frame-protocol';

const view: BannerView = {
  language: 'en',
  decision: 'confirm',
  platform: 'x',
  identity: { platform: 'x', handle: 'marie_dupont', source: 'test' },
  account: null,
  reasons: [{ id: 'unregistered-identity', identity: { platform: 'x', handle: 'marie_dupont', source: 'test' } }],
  draft: 'Bonjour',
};

let received: FromFrame[];
let port: MessagePort;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
async function hello(role: 'banner' | 'ribbon') {
  const channel = new MessageChannel();
  received = [];
  channel.port1.onmessage = (e) => received.push(e.data as FromFrame);
  port = channel.port1;
  window.dispatchEvent(new MessageEvent('message', { data: { type: FRAME_HELLO, role }, ports: [channel.port2] }));
  await settle();
  return channel;
}
const send = async (message: ToFrame | unknown) => {
  port.postMessage(message);
  await settle();
};

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  startInPageFrame(window);
});
afterEach(() => {
  port?.close();
});

describe('in-page frame', () => {
  it('answers ready on the first port, and never listens to a second one', async () => {
    await hello('banner');
    expect(received).toEqual([{ type: 'ready' }]);
    const first = received;
    const intruder = await hello('banner');
    expect(received).toEqual([]);
    intruder.port1.postMessage({ type: 'banner', view });
    await settle();
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(first).toEqual([{ type: 'ready' }]);
  });

  it('ignores window messages without the handshake marker or a port', async () => {
    window.dispatchEvent(new MessageEvent('message', { data: { type: 'banner', view } }));
    await settle();
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('draws the ribbon in a polite status region', async () => {
    await hello('ribbon');
    await send({ type: 'ribbon', language: 'en', view: { tone: 'personal', name: 'Marie', handle: '@marie_dupont', kind: 'personal', color: '#7c3aed', problem: null, paused: false } });
    const region = document.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).toBe('polite');
    expect(region.querySelector('.ribbon')?.textContent).toContain('@marie_dupont');
    await send({ type: 'hide' });
    expect(region.querySelector('.ribbon')).toBeNull();
  });

  it('the banner: Cancel has the focus; Escape cancels; a held key never acts; Tab stays inside', async () => {
    await hello('banner');
    await send({ type: 'banner', view });
    expect(document.activeElement?.getAttribute('data-action')).toBe('cancel');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, repeat: true }));
    await settle();
    expect(received).toEqual([{ type: 'ready' }]);
    // Tab goes round the banner's buttons and never leaves it.
    const order = [...document.querySelectorAll('button')].map((b) => b.getAttribute('data-action'));
    expect(order).toEqual(['copy-cancel', 'cancel', 'confirm']);
    for (const expected of ['confirm', 'copy-cancel', 'cancel']) {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      expect(document.activeElement?.getAttribute('data-action')).toBe(expected);
    }
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(received).toEqual([{ type: 'ready' }, { type: 'cancel' }]);
  });

  it('only a trusted click confirms; the frame says whether it could tell that it was visible', async () => {
    await hello('banner');
    await send({ type: 'banner', view });
    const confirm = document.querySelector<HTMLElement>('[data-action="confirm"]')!;
    confirm.click();
    await settle();
    expect(received).toEqual([{ type: 'ready' }]);
    const trusted = new MouseEvent('click', { bubbles: true, cancelable: true });
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    confirm.dispatchEvent(trusted);
    await settle();
    // happy-dom has no IntersectionObserver v2: the frame cannot tell, and says so (the content script checks).
    expect(received).toEqual([{ type: 'ready' }, { type: 'confirm', visible: null }]);
  });

  it('drops a malformed message instead of drawing half of it', async () => {
    await hello('banner');
    await send({ type: 'banner', view: { ...view, decision: 'allow' } });
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
  });
});

describe("the banner's own reading of whether it is seen (Chrome's IntersectionObserver v2)", () => {
  type Reading = { isVisible?: boolean; intersectionRatio: number };
  let report: (readings: Reading[]) => void;
  let dialog: HTMLElement;
  let clock: number;
  const fakeWin = { performance: { now: () => clock } } as unknown as Window;
  beforeEach(() => {
    clock = 1000;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(callback: (entries: (Reading & { target: Element })[]) => void) {
          report = (readings) => callback(readings.map((reading) => ({ ...reading, target: dialog })));
        }
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => void vi.unstubAllGlobals());

  function watching() {
    const visibility = watchVisibility(fakeWin);
    dialog = document.createElement('div');
    visibility.watch(dialog);
    return visibility;
  }

  it('says it cannot tell while the first readings may describe the hidden frame, then says what the browser saw', () => {
    const visibility = watching();
    report([{ isVisible: true, intersectionRatio: 1 }]);
    clock += 299;
    expect(visibility.visible()).toBeNull();
    clock += 1;
    expect(visibility.visible()).toBe(true);
    report([{ isVisible: false, intersectionRatio: 1 }]);
    expect(visibility.visible()).toBe(false);
  });

  it('a covered or transparent banner (in view, not seen) reads false, however long after it shows', () => {
    const visibility = watching();
    report([{ isVisible: false, intersectionRatio: 1 }]);
    clock += 5000;
    expect(visibility.visible()).toBe(false);
    report([{ isVisible: false, intersectionRatio: 0.4 }]);
    expect(visibility.visible()).toBe(false);
  });

  // The frame is 0 x 0 until the page's process tells it its new size: its first reading is "not in view, not seen",
  // and on a busy machine the next one may come after the settling time. A click then is not refused for it; the
  // content script checks the frame's place from outside.
  it('a reading taken out of view (the frame not yet given its size) is no reading', () => {
    const visibility = watching();
    report([{ isVisible: false, intersectionRatio: 0 }]);
    clock += 2000;
    expect(visibility.visible()).toBeNull();
    // The reading as tests see it (README, "Automation hooks").
    expect(dialog.getAttribute('data-seen')).toBe('null');
    report([{ isVisible: true, intersectionRatio: 1 }]);
    expect(visibility.visible()).toBe(true);
    expect(dialog.getAttribute('data-seen')).toBe('true');
  });

  it('a browser without trackVisibility (no isVisible) cannot tell', () => {
    const visibility = watching();
    report([{ intersectionRatio: 1 }]);
    clock += 2000;
    expect(visibility.visible()).toBeNull();
  });
});
