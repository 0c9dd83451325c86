/**
 * The page's extras (utils/guard/extras.ts, the third content script, once the page is idle) plug into the guard the
 * second script lent them (utils/guard/page-guard.ts): with none, they do nothing; lent one, they are told what the
 * guard did not classify, and the page's health follows.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testSettings } from '../test-settings';
import { HEALTH_OK } from '../../../utils/types';
import type { PlatformAdapter } from '../../../utils/platforms/adapter';
import { startLifecycle, type Lifecycle } from '../../../utils/guard/lifecycle';
import { lendGuard, takeGuard, type PageExtras, type PageGuard } from '../../../utils/guard/page-guard';
import type { WatchedSettings } from '../../../utils/guard/settings-source';
import { runExtras } from '../../../utils/guard/extras';
import { X_HEALTH } from '../../../utils/platforms/x/health';
import type { JournalEntryInput } from '../../../utils/messaging/protocol';

const settings = testSettings({
  accounts: [{ id: 'x:marie', platform: 'x', handle: 'marie', kind: 'personal', protected: false, ownWords: [] }],
  wordLists: [],
});
const watched: WatchedSettings = {
  current: () => settings,
  ready: Promise.resolve(settings),
  askFirst: () => null,
  pausedUntil: () => null,
  onAdopt: () => undefined,
  stop: () => undefined,
};
const adapter: PlatformAdapter = {
  platform: 'x',
  classify: () => null,
  composerOf: () => null,
  readIdentity: () => ({ identity: { platform: 'x', handle: 'marie', source: 'fake' } }),
  readDraft: () => '',
  editorOf: () => null,
  publishControlOf: () => null,
};

let lifecycle: Lifecycle | undefined;
function lend(connected = () => true): { extend: ReturnType<typeof vi.fn>; record: JournalEntryInput[] } {
  lifecycle = startLifecycle({ win: window, connected, notify: () => undefined });
  const record: JournalEntryInput[] = [];
  let extras: PageExtras | null = null;
  const extend = vi.fn<(lent: PageExtras) => void>((lent) => void (extras = lent));
  const guard: PageGuard = {
    adapter,
    lifecycle,
    settings: watched,
    read: (composer) => adapter.readIdentity(composer),
    record: (entry) => void record.push(entry),
    status: () => ({ identity: { platform: 'x', handle: 'marie', source: 'fake' }, settings }),
    frameUrl: (ui) => `chrome-extension://test/in-page.html?ui=${ui}`,
    language: () => 'auto',
    extend,
    extended: () => extras !== null,
  };
  lendGuard(guard);
  return { extend, record };
}
const trustedClick = (target: Element) => ({ type: 'click', isTrusted: true, composedPath: () => [target] }) as unknown as Event;

afterEach(() => {
  lifecycle?.stop();
  lifecycle = undefined;
  document.body.innerHTML = '';
});

describe('the page’s extras', () => {
  it('with no guard lent (the guard did not start), do nothing', () => {
    expect(takeGuard('x')).toBeNull();
    expect(() => runExtras('x', X_HEALTH)).not.toThrow();
  });

  it('never take another platform’s guard, nor one cut off from the extension, nor one that has its extras already', () => {
    const { extend } = lend();
    runExtras('facebook', X_HEALTH);
    expect(extend).not.toHaveBeenCalled();
    runExtras('x', X_HEALTH);
    // A second set (declared and injected scripts in one tab during an update) would draw a second ribbon and chip.
    runExtras('x', X_HEALTH);
    expect(extend).toHaveBeenCalledTimes(1);
    lifecycle!.stop();
    const cut = lend(() => false);
    runExtras('x', X_HEALTH);
    expect(cut.extend).not.toHaveBeenCalled();
  });

  it('plug into the guard: a click it did not classify, on a control labelled like X’s post button, makes the page degraded', () => {
    const { extend, record } = lend();
    runExtras('x', X_HEALTH);
    expect(extend).toHaveBeenCalledTimes(1);
    const extras = extend.mock.calls[0]![0];
    expect(extras.health()).toEqual(HEALTH_OK);
    document.body.innerHTML = '<main><button>Like</button><button>Poster</button></main>';
    const [like, post] = [...document.querySelectorAll('button')];
    extras.unclassified(trustedClick(like!), [like!]);
    expect(extras.health()).toEqual(HEALTH_OK);
    extras.unclassified(trustedClick(post!), [post!]);
    expect(extras.health().state).toBe('degraded');
    expect(extras.health().causes).toContain('unrecognized-publish');
    expect(record.map((e) => e.outcome)).toEqual(['degraded']);
  });
});
