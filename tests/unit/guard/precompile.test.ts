/** The rules of each snapshot are compiled in idle time, in slices, before the first publish needs them. */
import { describe, expect, it } from 'vitest';
import { precompiler, type IdleHost } from '../../../utils/guard/precompile';
import { compileRulesInSteps } from '../../../utils/rules/engine';
import { defaultSettings } from '../../../utils/settings/defaults';
import type { Settings } from '../../../utils/types';

const big = (): Settings => ({
  ...defaultSettings(),
  wordLists: [{ id: 'l', name: 'L', words: Array.from({ length: 5000 }, (_, i) => `mot${i}`), appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] }],
});

/** Idle periods run by hand, each with the time left given. */
function idleHost(withIdle = true) {
  const queue: { run: (d: { timeRemaining(): number }) => void; id: number }[] = [];
  let next = 1;
  const host: IdleHost = {
    setTimeout: (cb) => (queue.push({ run: () => cb(), id: next }), next++),
    clearTimeout: (id) => void queue.splice(queue.findIndex((q) => q.id === id) >>> 0, 1),
    ...(withIdle
      ? {
          requestIdleCallback: (cb: (d: { timeRemaining(): number }) => void) => (queue.push({ run: cb, id: next }), next++),
          cancelIdleCallback: (id: number) => void queue.splice(queue.findIndex((q) => q.id === id) >>> 0, 1),
        }
      : {}),
  };
  const idle = (ms: number) => queue.shift()?.run({ timeRemaining: () => ms });
  return { host, queue, idle };
}

describe('precompiler', () => {
  it('compiles a slice per idle period with no time to spare, until done', () => {
    const { host, queue, idle } = idleHost();
    const s = big();
    precompiler(host).compile(s);
    let periods = 0;
    while (queue.length) (idle(0), periods++);
    expect(periods).toBeGreaterThan(5);
    expect(compileRulesInSteps(s).step(() => false)).toBe(true);
  });

  it('uses a long idle period, a few milliseconds per step at most, and works without requestIdleCallback', () => {
    for (const withIdle of [true, false]) {
      const { host, queue, idle } = idleHost(withIdle);
      let clock = 0;
      host.now = () => clock;
      const s = big();
      precompiler(host).compile(s);
      if (withIdle) {
        // A clock that never moves: one long idle period does it all.
        idle(1000);
        expect(queue).toHaveLength(0);
      } else while (queue.length) idle(0);
      expect(compileRulesInSteps(s).step(() => false)).toBe(true);
    }
    // A clock that moves 1 ms per look: a step stops after about 8 ms, whatever the idle period left.
    const { host, queue, idle } = idleHost();
    let clock = 0;
    host.now = () => clock++;
    const s = big();
    precompiler(host).compile(s);
    idle(1000);
    expect(queue).toHaveLength(1);
    expect(compileRulesInSteps(s).step(() => false)).toBe(false);
  });

  it('new settings abandon the compilation under way; stop leaves nothing scheduled', () => {
    const { host, queue, idle } = idleHost();
    const p = precompiler(host);
    const first = big();
    p.compile(first);
    idle(0);
    const second = big();
    p.compile(second);
    expect(queue).toHaveLength(1);
    p.stop();
    expect(queue).toHaveLength(0);
    p.compile(undefined);
    expect(queue).toHaveLength(0);
  });
});
