/** The guard's named states on their own: one pending decision at a time, the replay, the same-task window. */
import { describe, expect, it, vi } from 'vitest';
import { createGuardState, type OpenBanner } from '../../../utils/guard/state';

const banner = (): OpenBanner & { closed: number } => {
  const b = { host: document.createElement('div'), attention: vi.fn(), closed: 0, close: () => void b.closed++ };
  return b;
};

describe('guard state', () => {
  it('idle → holding → asking → idle: busy while a decision is pending, the banner closed once when settled', () => {
    const state = createGuardState();
    expect([state.phase, state.busy]).toEqual(['idle', false]);
    state.hold();
    expect([state.phase, state.busy]).toEqual(['holding', true]);
    const b = banner();
    state.ask(b);
    expect([state.phase, state.busy, state.banner]).toEqual(['asking', true, b]);
    expect(state.isAsking(b)).toBe(true);
    state.settle();
    expect([state.phase, state.busy, state.banner, b.closed]).toEqual(['idle', false, null, 1]);
    // A callback of the closed banner finds it no longer asked about.
    expect(state.isAsking(b)).toBe(false);
    state.settle();
    expect(b.closed).toBe(1);
  });

  it('replaying only while our own click is dispatched, then idle (even if the click throws)', () => {
    const state = createGuardState();
    let during = '';
    state.replay(() => (during = state.phase));
    expect([during, state.phase]).toEqual(['replaying', 'idle']);
    expect(() => state.replay(() => { throw new Error('site'); })).toThrow('site');
    expect(state.phase).toBe('idle');
  });

  it('the same-task window: another kind of event on the same composer and draft is the same publish, until the task ends', () => {
    let endTask = () => undefined as void;
    const state = createGuardState((callback) => (endTask = callback));
    const composer = document.createElement('div');
    const inner = composer.appendChild(document.createElement('form'));
    const draftOf = () => 'hello';
    expect(state.isFollowUp('submit', composer, draftOf)).toBe(false);
    state.letThrough({ composer, type: 'click', draft: 'hello' });
    expect(state.isFollowUp('submit', inner, draftOf)).toBe(true);
    // A second click of the user's is a new publish; another draft is another publish.
    expect(state.isFollowUp('click', composer, draftOf)).toBe(false);
    expect(state.isFollowUp('submit', composer, () => 'other')).toBe(false);
    expect(state.isFollowUp('submit', document.createElement('div'), draftOf)).toBe(false);
    endTask();
    expect(state.isFollowUp('submit', composer, draftOf)).toBe(false);
  });
});
