/**
 * The popup's store: the answer to "which account is this tab for" never overwrites a newer choice, and a change the
 * background did not make is shown with its reason.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import type { TabStatus } from '../../../utils/messaging/protocol';
import { defaultSettings } from '../../../utils/settings/defaults';

// The background and the tab, answered by the test in whatever order it wants.
const background = vi.fn();
const tabAnswer = vi.fn();
vi.mock('../../../utils/messaging/client', () => ({
  askBackground: (request: unknown) => background(request),
  askTab: (_tab: number, request: unknown) => tabAnswer(request),
}));
const { usePopupStore } = await import('../../../utils/ui/popup-store');

/** A promise the test resolves when it chooses. */
function later<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const status = (intendedAccountId: string | null): TabStatus => ({
  platform: 'x',
  identity: null,
  accountId: null,
  platformConfigured: true,
  guardEnabled: true,
  intendedAccountId,
  pausedUntil: null,
});
const settled = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  fakeBrowser.reset();
  background.mockReset();
  tabAnswer.mockReset();
  vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://x.com/home' }] as never);
  usePopupStore.setState({ tab: { kind: 'guarded', status: status(null) }, tabId: 7, error: null, storage: null });
  background.mockImplementation(async (request: { type: string }) => {
    switch (request.type) {
      case 'settings/get':
        return defaultSettings();
      case 'pause/get':
        return {};
      case 'journal/list':
        return [];
      case 'storage/status':
        return null;
      default:
        return { ok: true };
    }
  });
});

const intended = () => {
  const { tab } = usePopupStore.getState();
  return tab.kind === 'guarded' ? tab.status.intendedAccountId : undefined;
};

describe('the intended account, chosen twice in a row', () => {
  it('shows the later choice even when the tab answers the earlier one last', async () => {
    const answers = [later<TabStatus>(), later<TabStatus>()];
    let asked = 0;
    tabAnswer.mockImplementation(() => answers[asked++]!.promise);
    const first = usePopupStore.getState().setIntended('x:marie_dupont');
    await settled();
    const second = usePopupStore.getState().setIntended('x:boulangerie_dupont');
    await settled();
    expect(asked).toBe(2);
    // The later load answers first, with the later choice; then the slow earlier one, with the earlier choice.
    answers[1]!.resolve(status('x:boulangerie_dupont'));
    await second;
    answers[0]!.resolve(status('x:marie_dupont'));
    await first;
    expect(intended()).toBe('x:boulangerie_dupont');
  });

  it('keeps showing the later choice while the background answers the earlier one slowly', async () => {
    const sets = [later<{ ok: true }>(), later<{ ok: true }>()];
    let sent = 0;
    const base = background.getMockImplementation()!;
    background.mockImplementation((request: { type: string }) => (request.type === 'tab/set-intended' ? sets[sent++]!.promise : base(request)));
    // What the tab says meanwhile: still nothing chosen (the background has not told it yet).
    tabAnswer.mockResolvedValue(status(null));
    const first = usePopupStore.getState().setIntended('x:marie_dupont');
    const second = usePopupStore.getState().setIntended('x:boulangerie_dupont');
    expect(intended()).toBe('x:boulangerie_dupont');
    // A reload while both are on their way (a journal entry arrived) still shows the choice.
    await usePopupStore.getState().load();
    expect(intended()).toBe('x:boulangerie_dupont');
    tabAnswer.mockResolvedValue(status('x:boulangerie_dupont'));
    sets[1]!.resolve({ ok: true });
    await second;
    sets[0]!.resolve({ ok: true });
    await first;
    expect(intended()).toBe('x:boulangerie_dupont');
  });

  it('a load that started before a choice never lands after it', async () => {
    const slow = later<TabStatus>();
    tabAnswer.mockReturnValueOnce(slow.promise).mockResolvedValue(status('x:boulangerie_dupont'));
    const load = usePopupStore.getState().load();
    await settled();
    await usePopupStore.getState().setIntended('x:boulangerie_dupont');
    slow.resolve(status(null));
    await load;
    expect(intended()).toBe('x:boulangerie_dupont');
  });
});

describe('a change the background did not make', () => {
  it('is shown with its reason, and goes with the next change', async () => {
    tabAnswer.mockResolvedValue(status(null));
    const base = background.getMockImplementation()!;
    background.mockImplementation(async (request: { type: string }) =>
      request.type === 'settings/set-guard-enabled' || request.type === 'pause/set' ? { ok: false, error: 'storage-full' } : base(request),
    );
    await usePopupStore.getState().setGuard(false, null);
    expect(usePopupStore.getState().error).toEqual({ action: 'guard', error: 'storage-full' });
    await usePopupStore.getState().pause('x');
    expect(usePopupStore.getState().error).toEqual({ action: 'pause', error: 'storage-full' });
    background.mockImplementation(base);
    await usePopupStore.getState().setIntended(null);
    expect(usePopupStore.getState().error).toBeNull();
  });

  it('says the background did not answer at all', async () => {
    tabAnswer.mockResolvedValue(status(null));
    const base = background.getMockImplementation()!;
    background.mockImplementation((request: { type: string }) => (request.type === 'tab/set-intended' ? Promise.reject(new Error('gone')) : base(request)));
    await usePopupStore.getState().setIntended('x:marie_dupont');
    expect(usePopupStore.getState().error).toEqual({ action: 'intended', error: 'no-answer' });
  });

  it('a takeover alarm not accepted, or a sensitive period not changed, is said too, with the reason', async () => {
    tabAnswer.mockResolvedValue(status(null));
    const base = background.getMockImplementation()!;
    background.mockImplementation(async (request: { type: string }) =>
      request.type === 'profiles/accept' ? { ok: false, error: 'storage-full' } : request.type === 'sensitive/set' ? { ok: false, error: 'invalid' } : base(request),
    );
    await usePopupStore.getState().acceptProfile('x:boulangerie_dupont');
    expect(usePopupStore.getState().error).toEqual({ action: 'profile', error: 'storage-full' });
    await usePopupStore.getState().setSensitive(Date.now() - 1, '');
    expect(usePopupStore.getState().error).toEqual({ action: 'sensitive', error: 'invalid' });
    background.mockImplementation((request: { type: string }) => (request.type === 'sensitive/set' ? Promise.reject(new Error('gone')) : base(request)));
    await usePopupStore.getState().setSensitive(null, '');
    expect(usePopupStore.getState().error).toEqual({ action: 'sensitive', error: 'no-answer' });
  });
});


describe('a tab whose content scripts are not all there yet', () => {
  const notThere = () => new Error('Could not establish connection. Receiving end does not exist.');

  it('while a page of the four sites loads, its status is asked again until the guard answers', async () => {
    usePopupStore.setState({ tab: { kind: 'unsupported' } });
    const tabInfo = vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 7, status: 'loading', url: 'https://x.com/home' } as never);
    let asked = 0;
    tabAnswer.mockImplementation(async () => {
      if (++asked < 3) throw notThere();
      return status(null);
    });
    await usePopupStore.getState().load();
    expect(asked).toBe(3);
    expect(usePopupStore.getState().tab.kind).toBe('guarded');
    expect(tabInfo).toHaveBeenCalledTimes(2);
  });

  it('"Check this page" while the page loads: an empty answer (the guard is there, the page’s health not yet) is asked again', async () => {
    usePopupStore.setState({ tabId: 7, check: { kind: 'idle' } });
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 7, status: 'loading', url: 'https://www.linkedin.com/feed/' } as never);
    const check = { platform: 'linkedin', hooks: [], signals: [], health: { state: 'ok' } };
    let asked = 0;
    tabAnswer.mockImplementation(async () => (++asked < 2 ? undefined : check));
    await usePopupStore.getState().checkPage();
    expect(asked).toBe(2);
    expect(usePopupStore.getState().check).toEqual({ kind: 'ready', check });
  });

  it('a tab done loading that does not answer has no content script: said at once', async () => {
    usePopupStore.setState({ tab: { kind: 'unsupported' } });
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 7, status: 'complete', url: 'https://x.com/home' } as never);
    tabAnswer.mockRejectedValue(notThere());
    await usePopupStore.getState().load();
    expect(tabAnswer).toHaveBeenCalledTimes(1);
    expect(usePopupStore.getState().tab.kind).toBe('no-content-script');
  });

  it('another site, even loading, is not waited for', async () => {
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://example.com/' }] as never);
    vi.spyOn(browser.tabs, 'get').mockResolvedValue({ id: 7, status: 'loading', url: 'https://example.com/' } as never);
    tabAnswer.mockRejectedValue(notThere());
    await usePopupStore.getState().load();
    expect(tabAnswer).toHaveBeenCalledTimes(1);
    expect(usePopupStore.getState().tab.kind).toBe('unsupported');
  });
});
