/**
 * A place in the content scripts' own world (their isolated world: the page can neither see nor forge it) where one
 * script of a page leaves something for the next: the net for the guard (./net.ts), the guard for its extras
 * (./page-guard.ts). What is left there goes when its copy steps aside (./lifecycle.ts).
 */
import type { Lifecycle } from './lifecycle';

export function worldSlot<T>(name: string): { put(value: T, lifecycle: Pick<Lifecycle, 'onStop'>): void; get(): T | undefined } {
  const world = globalThis as unknown as Record<string, T | undefined>;
  return {
    put(value, lifecycle) {
      world[name] = value;
      lifecycle.onStop(() => void (world[name] === value && delete world[name]));
    },
    get: () => world[name],
  };
}
