/**
 * One guard per tab, and a clean handover when the extension is updated or reloaded. Browsers update extensions while
 * tabs stay open for days: the copy of the content script that was running is cut off from the extension (Chrome
 * keeps running it, with no storage and no messaging), and the background injects a fresh copy (see
 * utils/background/reinject.ts). So:
 * - a fresh copy tells the one before it to step aside: every listener, timer and element of ours goes;
 * - a copy that finds itself cut off steps aside on its own, never stopping an event it can no longer explain; if no
 *   fresh copy took over, a publish goes through untouched and the page says, once, that this tab is no longer
 *   protected until it is reloaded.
 * The handover goes through a global of the content scripts' own world (the page cannot see or forge it) and, where a
 * browser gives each copy its own world, through a mark on the document: the page could forge that mark, but all it
 * would gain is to silence the notice on a tab it can publish from anyway.
 */
import { showUnprotectedNotice } from './notice';

export interface Lifecycle {
  /** Whether this copy still speaks for the extension (storage, messages, settings). */
  alive(): boolean;
  /** What to undo when this copy steps aside (listeners, timers, elements). */
  onStop(undo: () => void): void;
  /** This copy found itself cut off while handling an event: it steps aside, and says so if nobody took over. */
  cutOff(publishing: boolean): void;
  /** Whether another copy has marked the document since this one: it guards this tab now. */
  takenOver(): boolean;
  stop(): void;
}

export interface LifecycleEnv {
  win: Window;
  /** Is the extension still there for this copy? (Chrome: `runtime.id` is gone once it is cut off.) */
  connected(): boolean;
  /** The notice, for tests. */
  notify?: (doc: Document) => void;
}

const SLOT = '__rightAccountGuard';
export const LIVE_MARK = 'data-right-account-guard';

interface Slot {
  id: string;
  stepAside(): void;
}

export function startLifecycle(env: LifecycleEnv): Lifecycle {
  const world = globalThis as unknown as Record<string, Slot | undefined>;
  const root = env.win.document.documentElement;
  const id = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2)}`;
  const undo: (() => void)[] = [];
  let stopped = false;
  let told = false;

  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (world[SLOT]?.id === id) delete world[SLOT];
    if (root?.getAttribute(LIVE_MARK) === id) root.removeAttribute(LIVE_MARK);
    for (const step of undo.splice(0).reverse()) {
      try {
        step();
      } catch {
        /* one thing that cannot be undone must not keep the others */
      }
    }
  };

  // The copy before this one, in this world, steps aside now.
  world[SLOT]?.stepAside();
  world[SLOT] = { id, stepAside: stop };
  root?.setAttribute(LIVE_MARK, id);

  const lifecycle: Lifecycle = {
    alive: () => !stopped && safeConnected(env),
    onStop(step) {
      if (stopped) step();
      else undo.push(step);
    },
    cutOff(publishing) {
      const successor = lifecycle.takenOver();
      stop();
      if (successor) return;
      if (publishing && !told) {
        told = true;
        (env.notify ?? showUnprotectedNotice)(env.win.document);
      }
    },
    takenOver() {
      const mark = root?.getAttribute(LIVE_MARK);
      return !!mark && mark !== id;
    },
    stop,
  };
  return lifecycle;
}

function safeConnected(env: LifecycleEnv): boolean {
  try {
    return env.connected();
  } catch {
    return false;
  }
}
