/**
 * The rules of each snapshot compiled ahead of the first publish, in the page's idle time and in slices
 * (utils/rules/engine.ts compileRulesInSteps): with 300 accounts and 50,000 words, compiling takes tens of
 * milliseconds, which would otherwise land on the first risky click, or on the page as one long task. A click that
 * comes first loses nothing: compileRules finishes the work from where it was.
 */
import type { Settings } from '../types';
import { compileRulesInSteps } from '../rules/engine';

/** Below this many milliseconds left in an idle period, a step stops after its slice. */
const MARGIN_MS = 2;
/** An idle period may not come on a page that keeps its thread busy: then a slice runs at least this often. */
const AT_LEAST_EVERY_MS = 500;
/**
 * At most this long per step, however long the idle period (up to 50 ms): a click that comes meanwhile waits for the
 * step to end before its listener runs.
 */
const STEP_MS = 8;

export interface IdleHost {
  requestIdleCallback?(callback: (deadline: { timeRemaining(): number }) => void, options?: { timeout: number }): number;
  cancelIdleCallback?(handle: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
  /** The clock (ms), performance.now by default. */
  now?(): number;
}

/** Compiles `settings` step by step; a later call (new settings) or stop() abandons the one under way. */
export function precompiler(host: IdleHost): { compile(settings: Settings | undefined): void; stop(): void } {
  let cancel: (() => void) | null = null;
  const schedule = (run: (deadline: { timeRemaining(): number }) => void) => {
    if (host.requestIdleCallback && host.cancelIdleCallback) {
      const handle = host.requestIdleCallback(run, { timeout: AT_LEAST_EVERY_MS });
      cancel = () => host.cancelIdleCallback!(handle);
    } else {
      // A slice, then back to the page: each step does at least one slice.
      const handle = host.setTimeout(() => run({ timeRemaining: () => 0 }), 0);
      cancel = () => host.clearTimeout(handle);
    }
  };
  return {
    compile(settings) {
      cancel?.();
      cancel = null;
      if (!settings) return;
      const job = compileRulesInSteps(settings);
      const now = host.now ?? (() => performance.now());
      const step = (deadline: { timeRemaining(): number }) => {
        cancel = null;
        const until = now() + STEP_MS;
        if (!job.step(() => deadline.timeRemaining() > MARGIN_MS && now() < until)) schedule(step);
      };
      schedule(step);
    },
    stop() {
      cancel?.();
      cancel = null;
    },
  };
}
