/**
 * The shared guard with a minimal fake platform: what is let through, what is stopped, and that a confirmed
 * publish is replayed exactly once. Real browsers, real sites and trusted events are covered by tests/e2e.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Account, Settings } from '../../../utils/types';
import type { PlatformAdapter, PublishGesture } from '../../../utils/platforms/adapter';
import { startGuard, type Guard, type GuardEnv, type SettingsSource } from '../../../utils/guard/guard';
import type { JournalEntryInput } from '../../../utils/messaging/protocol';
import { translatorFor } from '../../../utils/i18n';
import { fakeBannerLayer, listeningNet, trustedClick } from './fake-surfaces';
import { watchUserInput, type UserInput } from '../../../utils/guard/user-input';
import en from '../../../public/_locales/en/messages.json';
import { testSettings } from '../test-settings';

const brand: Account = {
  id: 'x:boulangerie_dupont',
  platform: 'x',
  handle: 'boulangerie_dupont',
  name: 'Boulangerie Dupont',
  kind: 'brand',
  protected: false,
  ownWords: ['#BoulangerieDupont'],
};
const personal: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', kind: 'personal', protected: false, ownWords: [] };
const settings: Settings = testSettings({
  accounts: [brand, personal],
  wordLists: [{ id: 'block', name: 'Concurrents', words: ['martin'], appliesTo: ['brand', 'personal'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: [] }],
});

/** A fake site: one composer (editor + publish button) whose "app" publishes on a bubbling click. */
function buildPage() {
  document.body.innerHTML = `
    <div id="app">
      <div class="composer"><div class="editor" contenteditable="true" tabindex="0"></div><button class="publish">Post</button></div>
      <button class="like">Like</button>
    </div>`;
  const published: string[] = [];
  const app = document.getElementById('app')!;
  app.addEventListener('click', (e) => {
    const button = (e.target as Element).closest('.publish');
    if (button) published.push(button.parentElement!.querySelector('.editor')!.textContent ?? '');
  });
  return { published, editor: document.querySelector<HTMLElement>('.editor')!, publish: document.querySelector<HTMLElement>('.publish')! };
}

let handle = 'marie_dupont';
const fakeAdapter: PlatformAdapter = {
  platform: 'x',
  classify(event, path) {
    const target = path[0] as Element;
    if (event.type === 'click' && target.closest?.('.publish')) {
      const composer = target.closest('.composer')!;
      return { kind: 'click', composer, control: target.closest('.publish') as HTMLElement, surface: 'post' } satisfies PublishGesture;
    }
    return null;
  },
  composerOf: (path) => (path[0] as Element).closest?.('.composer') ?? null,
  readIdentity: () => ({ identity: { platform: 'x', handle, source: 'fake' } }),
  readDraft: (composer) => composer.querySelector('.editor')?.textContent ?? '',
  editorOf: (composer) => composer.querySelector('.editor'),
  publishControlOf: (composer) => composer.querySelector('.publish'),
};

const loaded = (s: Settings | undefined = settings, pausedUntil: number | null = null): SettingsSource => ({
  current: () => s,
  ready: Promise.resolve(s ?? settings),
  pausedUntil: () => pausedUntil,
});
const bannerRoot = () => document.querySelector('[data-right-account="banner"]')?.shadowRoot ?? null;
const reasons = () => [...(bannerRoot()?.querySelectorAll('[data-reason]') ?? [])].map((el) => el.getAttribute('data-reason'));

/**
 * Most scenarios stand for the user's own clicks with element.click() (untrusted in a test): for them, a person is
 * behind every event. The rule that a script's publish passes untouched has its own tests below, with the real watcher.
 */
const everyoneIsAPerson: UserInput = { behind: () => true, stop: () => undefined };

let guard: Guard | undefined;
let journal: JournalEntryInput[];
/** The guard on the test's page: a person behind every event, unless `more` says otherwise. */
function start(source: SettingsSource = loaded(), more: Partial<GuardEnv> = {}, adapter: PlatformAdapter = fakeAdapter) {
  journal = [];
  guard = startGuard(adapter, { win: window, settings: source, intendedAccountId: () => null, record: (e) => journal.push(e), banners: fakeBannerLayer(translatorFor(en)), net: listeningNet(window, everyoneIsAPerson), ...more });
}

beforeEach(() => {
  handle = 'marie_dupont';
});
afterEach(() => {
  guard?.stop();
  guard = undefined;
});

describe('guard', () => {
  it('lets a harmless post through untouched, in the same event, and journals it as allowed', () => {
    const page = buildPage();
    start();
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    expect(page.published).toEqual(['Bonne journée']);
    expect(bannerRoot()).toBeNull();
    expect(journal.map((e) => [e.outcome, e.account])).toEqual([['allowed', '@marie_dupont']]);
  });

  it('never intercepts what is not a publish gesture', () => {
    const page = buildPage();
    start();
    page.editor.textContent = '#BoulangerieDupont';
    document.querySelector<HTMLElement>('.like')!.click();
    expect(bannerRoot()).toBeNull();
    expect(journal).toEqual([]);
  });

  it('tells the page’s extras of each event it did not classify, never of a publish', () => {
    const page = buildPage();
    const unclassified: string[] = [];
    start(loaded(), { onUnclassified: (event, path) => void unclassified.push(`${event.type}:${(path[0] as Element).className}`) });
    document.querySelector<HTMLElement>('.like')!.click();
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    expect(unclassified).toEqual(['click:like']);
    expect(page.published).toEqual(['Bonne journée']);
  });

  it('stops a risky post before the site sees it and shows every reason', () => {
    const page = buildPage();
    start();
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual([]);
    expect(reasons()).toEqual(['other-account-words']);
    expect(bannerRoot()!.querySelector('[role="alertdialog"]')).not.toBeNull();
  });

  it('ignores an untrusted click on confirm', () => {
    const page = buildPage();
    start();
    page.editor.textContent = '#BoulangerieDupont';
    page.publish.click();
    (bannerRoot()!.querySelector('[data-action="confirm"]') as HTMLElement).click();
    expect(page.published).toEqual([]);
    expect(bannerRoot()).not.toBeNull();
  });

  it('replays a confirmed publish exactly once, then guards the next attempt again', () => {
    const page = buildPage();
    start();
    page.editor.textContent = '#BoulangerieDupont';
    page.publish.click();
    trustedClick(bannerRoot()!.querySelector('[data-action="confirm"]')!);
    expect(page.published).toEqual(['#BoulangerieDupont']);
    expect(bannerRoot()).toBeNull();
    expect(journal.map((e) => e.outcome)).toEqual(['confirmed']);
    // A later click (ours are spent) is a new attempt, guarded like the first.
    page.publish.click();
    expect(page.published).toEqual(['#BoulangerieDupont']);
    expect(reasons()).toEqual(['other-account-words']);
  });

  it('holds a second attempt while the banner is open', () => {
    const page = buildPage();
    start();
    page.editor.textContent = '#BoulangerieDupont';
    page.publish.click();
    page.publish.click();
    expect(page.published).toEqual([]);
    expect(document.querySelectorAll('[data-right-account="banner"]').length).toBe(1);
  });

  it('cancel keeps the draft, publishes nothing and puts the focus back in the editor', () => {
    const page = buildPage();
    start();
    page.editor.textContent = '#BoulangerieDupont';
    page.publish.click();
    (bannerRoot()!.querySelector('[data-action="cancel"]') as HTMLElement).click();
    expect(page.published).toEqual([]);
    expect(page.editor.textContent).toBe('#BoulangerieDupont');
    expect(document.activeElement).toBe(page.editor);
    expect(journal.map((e) => e.outcome)).toEqual(['cancelled']);
  });

  it('a block verdict has no confirm button and is journaled as blocked', () => {
    const page = buildPage();
    start();
    page.editor.textContent = 'chez Martin';
    page.publish.click();
    expect(reasons()).toEqual(['risky-words']);
    expect(bannerRoot()!.querySelector('[data-action="confirm"]')).toBeNull();
    expect(journal.map((e) => [e.outcome, e.decision, e.words])).toEqual([['blocked', 'block', ['martin']]]);
  });

  it('says so, and publishes nothing, when the publish control vanished before the confirm', () => {
    const page = buildPage();
    start();
    page.editor.textContent = '#BoulangerieDupont';
    page.publish.click();
    document.querySelector('.composer')!.remove(); // the site re-rendered the composer meanwhile
    trustedClick(bannerRoot()!.querySelector('[data-action="confirm"]')!);
    expect(page.published).toEqual([]);
    expect(bannerRoot()!.querySelector('[data-status="vanished"]')).not.toBeNull();
    expect(journal.map((e) => e.outcome)).toEqual(['vanished']);
  });

  it('before settings are read, holds the publish, then lets a harmless one through once', async () => {
    const page = buildPage();
    let release!: (s: Settings) => void;
    let current: Settings | undefined;
    start({ current: () => current, ready: new Promise((r) => (release = r)), pausedUntil: () => null });
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    expect(page.published).toEqual([]);
    current = settings;
    release(settings);
    await vi.waitFor(() => expect(page.published).toEqual(['Bonne journée']));
    expect(journal.map((e) => e.outcome)).toEqual(['allowed']);
  });

  it('while the user has switched the guard off, lets every publish through untouched and journals it as off', () => {
    const page = buildPage();
    start(loaded({ ...settings, guardEnabled: false }));
    page.editor.textContent = '#BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual(['#BoulangerieDupont']);
    expect(bannerRoot()).toBeNull();
    // Who, where and that it was off; no reason (the guard did not look) and no text (the journal keeps none).
    expect(journal).toEqual([{ platform: 'x', account: '@marie_dupont', accountId: 'x:marie_dupont', surface: 'post', decision: 'allow', outcome: 'off', reasons: [], words: [] }]);
  });

  it('a switch-off whose end has passed guards again at once, before anything is written back', () => {
    const page = buildPage();
    start(loaded({ ...settings, guardEnabled: false, guardOffUntil: Date.now() + 60_000 }));
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    expect(journal.map((e) => e.outcome)).toEqual(['off']);
    guard!.stop();
    start(loaded({ ...settings, guardEnabled: false, guardOffUntil: Date.now() - 1 }));
    page.editor.textContent = '#BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual(['Bonne journée']);
    expect(bannerRoot()).not.toBeNull();
  });

  it('reads the identity at the moment of publishing, not when the page loaded', () => {
    const page = buildPage();
    start();
    handle = 'boulangerie_dupont';
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    expect(page.published).toEqual(['Bonne journée']);
    expect(journal[0]?.accountId).toBe('x:boulangerie_dupont');
  });

  it('renders the draft as text, never as HTML', () => {
    const page = buildPage();
    start();
    page.editor.textContent = '#BoulangerieDupont <img src=x onerror="window.__pwned=1">';
    page.publish.click();
    expect(bannerRoot()!.querySelector('img[src="x"]')).toBeNull();
    expect(bannerRoot()!.querySelector('blockquote')!.textContent).toContain('<img src=x');
  });
});

describe('banner focus', () => {
  it('is on Cancel as soon as the banner is in the page, in the same task as the click', () => {
    const page = buildPage();
    start();
    page.editor.textContent = '#BoulangerieDupont';
    page.publish.click();
    expect((bannerRoot()!.activeElement as HTMLElement | null)?.getAttribute('data-action')).toBe('cancel');
  });
});

describe('guard: paused by the user', () => {
  it('lets a risky post through while paused, and journals it as paused (never silent)', () => {
    const page = buildPage();
    start(loaded(settings, Date.now() + 60_000));
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual(['Vive le #BoulangerieDupont']);
    expect(bannerRoot()).toBeNull();
    expect(journal.map((e) => [e.outcome, e.decision])).toEqual([['paused', 'confirm']]);
  });

  it('guards again once the pause is over', () => {
    const page = buildPage();
    start(loaded(settings, Date.now() - 1));
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual([]);
    expect(bannerRoot()).not.toBeNull();
  });

  it('still guards a protected account when pauses spare protected accounts, not when they do not', () => {
    handle = 'boulangerie_dupont';
    const guarded = { ...settings, accounts: settings.accounts.map((a) => (a.id === brand.id ? { ...a, protected: true } : a)) };
    const page = buildPage();
    start(loaded(guarded, Date.now() + 60_000));
    page.editor.textContent = 'Bonjour';
    page.publish.click();
    expect(page.published).toEqual([]);
    expect(reasons()).toEqual(['protected-account']);
    guard?.stop();
    document.querySelector('[data-right-account="banner"]')?.remove();
    start(loaded({ ...guarded, pauseSparesProtected: false }, Date.now() + 60_000));
    page.publish.click();
    expect(page.published).toEqual(['Bonjour']);
  });

  it('puts the draft in the journal entry only when the user asked for it', () => {
    const page = buildPage();
    start(loaded({ ...settings, journalKeepText: true }));
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    expect(journal.map((e) => e.text)).toEqual(['Bonne journée']);
    guard?.stop();
    start(loaded(settings));
    page.publish.click();
    expect(journal.map((e) => e.text)).toEqual([undefined]);
  });
});

describe('guard: a site that submits its form from the publish click', () => {
  /** The composer is a form; the site's click handler calls requestSubmit() (no submitter), and publishes on submit. */
  function buildFormPage() {
    document.body.innerHTML = `
      <div id="app">
        <form class="composer"><div class="editor" contenteditable="true" tabindex="0"></div><div role="button" class="publish">Post</div></form>
      </div>`;
    const published: string[] = [];
    const form = document.querySelector<HTMLFormElement>('form')!;
    document.getElementById('app')!.addEventListener('click', (e) => {
      if ((e.target as Element).closest('.publish')) form.requestSubmit();
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      published.push(form.querySelector('.editor')!.textContent ?? '');
    });
    return { published, editor: document.querySelector<HTMLElement>('.editor')!, publish: document.querySelector<HTMLElement>('.publish')! };
  }
  // Like the real adapters: a submit without the publish control as its submitter is a publish gesture of its own.
  const formAdapter: PlatformAdapter = {
    ...fakeAdapter,
    classify(event, path) {
      const target = path[0] as Element;
      if (event.type === 'submit' && target.matches?.('form.composer'))
        return { kind: 'submit', composer: target, control: target.querySelector<HTMLElement>('.publish'), surface: 'post' };
      return fakeAdapter.classify(event, path);
    },
  };
  function startForm() {
    start(loaded(), {}, formAdapter);
  }

  it('an allowed click and the submit it causes are one publish, journaled once', () => {
    const page = buildFormPage();
    startForm();
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    expect(page.published).toEqual(['Bonne journée']);
    expect(bannerRoot()).toBeNull();
    expect(journal.map((e) => e.outcome)).toEqual(['allowed']);
  });

  it('a confirmed publish whose replayed click submits the form is published once, with no second banner', () => {
    const page = buildFormPage();
    startForm();
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual([]);
    trustedClick(bannerRoot()!.querySelector('[data-action="confirm"]')!);
    expect(page.published).toEqual(['Vive le #BoulangerieDupont']);
    expect(bannerRoot()).toBeNull();
    expect(journal.map((e) => e.outcome)).toEqual(['confirmed']);
  });

  it('a submit in a later task is a new publish, and checked again', async () => {
    const page = buildFormPage();
    startForm();
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    await new Promise((r) => setTimeout(r, 5));
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    document.querySelector('form')!.requestSubmit();
    expect(page.published).toEqual(['Bonne journée']);
    expect(reasons()).toEqual(['other-account-words']);
  });
});

describe('guard: a publish held while the settings load', () => {
  it('says so when there is nothing left to replay, instead of dropping the publish in silence', async () => {
    const page = buildPage();
    let resolve!: (s: Settings) => void;
    const source: SettingsSource = { current: () => undefined, ready: new Promise((r) => (resolve = r)), pausedUntil: () => null };
    start(source, {}, { ...fakeAdapter, publishControlOf: () => null });
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    page.publish.remove();
    resolve(settings);
    await Promise.resolve();
    await Promise.resolve();
    expect(page.published).toEqual([]);
    expect(bannerRoot()).not.toBeNull();
    expect(bannerRoot()!.querySelector('[data-status="vanished"]')).not.toBeNull();
    expect(page.editor.textContent).toBe('Bonne journée');
  });

  it('is read as a publish made now would be: through as "off" while switched off; checked once the switch-off has ended', async () => {
    const held = async (loadedAs: Settings) => {
      document.body.innerHTML = '';
      guard?.stop();
      const page = buildPage();
      let resolve!: (s: Settings) => void;
      const source: SettingsSource = { current: () => undefined, ready: new Promise((r) => (resolve = r)), pausedUntil: () => null };
      start(source);
      page.editor.textContent = 'Vive le #BoulangerieDupont';
      page.publish.click();
      resolve(loadedAs);
      await Promise.resolve();
      await Promise.resolve();
      return page;
    };
    const off = await held({ ...settings, guardEnabled: false, guardOffUntil: Date.now() + 3600_000 });
    expect(off.published).toEqual(['Vive le #BoulangerieDupont']);
    expect(journal.map((e) => e.outcome)).toEqual(['off']);
    const ended = await held({ ...settings, guardEnabled: false, guardOffUntil: Date.now() - 1 });
    expect(ended.published).toEqual([]);
    expect(reasons()).toContain('other-account-words');
  });
});

describe('guard: a composer re-rendered while the banner is open', () => {
  it('confirm publishes once from the composer that now holds the same draft', () => {
    const page = buildPage();
    journal = [];
    let relocated = 0;
    const adapter: PlatformAdapter = {
      ...fakeAdapter,
      relocate: (_old, draft) => {
        relocated++;
        return [...document.querySelectorAll('.composer')].find((c) => c.isConnected && c.querySelector('.editor')?.textContent === draft) ?? null;
      },
    };
    start(loaded(), {}, adapter);
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(bannerRoot()).not.toBeNull();
    // The site replaces the whole composer with a copy holding the same draft.
    const old = document.querySelector('.composer')!;
    old.replaceWith(old.cloneNode(true));
    trustedClick(bannerRoot()!.querySelector('[data-action="confirm"]')!);
    expect(relocated).toBe(1);
    expect(page.published).toEqual(['Vive le #BoulangerieDupont']);
    expect(journal.map((e) => e.outcome)).toEqual(['confirmed']);
  });
});

describe('guard: what must never jam or slip through', () => {
  it('a banner removed with its composer (a dialog the site closed) leaves the guard working', () => {
    const page = buildPage();
    start();
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(bannerRoot()).not.toBeNull();
    document.querySelector('[data-right-account="banner"]')!.remove();
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    expect(page.published).toEqual(['Bonne journée']);
  });

  it('a second click of the same kind within the same task is a publish of its own, checked again', () => {
    const page = buildPage();
    start();
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual(['Bonne journée']);
    expect(reasons()).toEqual(['other-account-words']);
  });

  it('a re-rendered composer that would publish as someone else is not replayed: the banner says so', () => {
    const page = buildPage();
    const adapter: PlatformAdapter = { ...fakeAdapter, relocate: () => document.querySelector('.composer') };
    start(loaded(), {}, adapter);
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    const old = document.querySelector('.composer')!;
    old.replaceWith(old.cloneNode(true));
    handle = 'boulangerie_dupont'; // "post as" switched to the brand while the banner was open
    trustedClick(bannerRoot()!.querySelector('[data-action="confirm"]')!);
    expect(page.published).toEqual([]);
    expect(bannerRoot()!.querySelector('[data-status="vanished"]')).not.toBeNull();
  });

  it('two publishes held while the settings load are one decision: never two replays', async () => {
    const page = buildPage();
    let resolve!: (s: Settings) => void;
    const source: SettingsSource = { current: () => undefined, ready: new Promise((r) => (resolve = r)), pausedUntil: () => null };
    start(source);
    page.editor.textContent = 'Bonne journée';
    page.publish.click();
    page.publish.click();
    resolve(settings);
    await Promise.resolve();
    await Promise.resolve();
    expect(page.published).toEqual(['Bonne journée']);
    expect(journal.map((e) => e.outcome)).toEqual(['allowed']);
  });
});

describe('guard: a publish no person made', () => {
  function startWithRealInput(activation: { isActive: boolean } = { isActive: false }) {
    Object.defineProperty(window.navigator, 'userActivation', { value: activation, configurable: true });
    start(loaded(), { net: listeningNet(window) });
  }
  afterEach(() => {
    delete (window.navigator as unknown as Record<string, unknown>).userActivation;
  });

  it("a page script's click with no user activation passes untouched: no banner, no journal entry", () => {
    const page = buildPage();
    startWithRealInput();
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual(['Vive le #BoulangerieDupont']);
    expect(bannerRoot()).toBeNull();
    expect(journal).toEqual([]);
  });

  it("the user's own click is guarded", () => {
    const page = buildPage();
    startWithRealInput();
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    trustedClick(page.publish);
    expect(page.published).toEqual([]);
    expect(reasons()).toEqual(['other-account-words']);
  });

  it("a site's handler publishing in the task of the user's own key is guarded", () => {
    const page = buildPage();
    startWithRealInput();
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    const fromSite = () => page.publish.click();
    page.editor.addEventListener('keydown', fromSite);
    const key = new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true });
    Object.defineProperty(key, 'isTrusted', { value: true });
    page.editor.dispatchEvent(key);
    expect(page.published).toEqual([]);
    expect(reasons()).toEqual(['other-account-words']);
  });

  it('a scripted click while the page holds a transient user activation is guarded', () => {
    const page = buildPage();
    startWithRealInput({ isActive: true });
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual([]);
    expect(reasons()).toEqual(['other-account-words']);
  });

  it('a trusted submit that a script asked for (requestSubmit) is not the user: it needs their input or activation', () => {
    const input = watchUserInput(window, () => undefined);
    const submit = new Event('submit');
    Object.defineProperty(submit, 'isTrusted', { value: true });
    Object.defineProperty(window.navigator, 'userActivation', { value: { isActive: false }, configurable: true });
    expect(input.behind(submit)).toBe(false);
    const key = new KeyboardEvent('keydown', { key: 'Enter' });
    Object.defineProperty(key, 'isTrusted', { value: true });
    window.dispatchEvent(key);
    expect(input.behind(submit)).toBe(true);
    input.stop();
  });
});


describe('guard: nothing can be shown', () => {
  it('a banner that cannot be put in the page at all: the publish goes through, journaled as error, never held with nothing on screen', () => {
    const page = buildPage();
    const broken = { ...fakeBannerLayer(translatorFor(en)), open: () => { throw new Error('the page broke our DOM'); } };
    start(loaded(), { banners: broken });
    page.editor.textContent = 'Vive le #BoulangerieDupont';
    page.publish.click();
    expect(page.published).toEqual(['Vive le #BoulangerieDupont']);
    expect(journal.map((e) => e.outcome)).toEqual(['error']);
    // The guard is not jammed: the next publish is decided again.
    page.publish.click();
    expect(journal.map((e) => e.outcome)).toEqual(['error', 'error']);
  });

  it('except a blocked post: a block list says never, so it stays a draft, journaled as blocked', () => {
    const page = buildPage();
    const broken = { ...fakeBannerLayer(translatorFor(en)), open: () => { throw new Error('the page broke our DOM'); } };
    start(loaded(), { banners: broken });
    page.editor.textContent = 'Meilleur que martin';
    page.publish.click();
    expect(page.published).toEqual([]);
    expect(journal.map((e) => e.outcome)).toEqual(['blocked']);
    expect(page.editor.textContent).toBe('Meilleur que martin');
  });
});
