/**
 * The guard on Facebook, end to end, in Chromium and Firefox: the built extension, fixture pages served at
 * https://www.facebook.com and https://business.facebook.com, and the simulated Facebook (tests/fixtures/facebook/app.js)
 * recording what it "published" and as whom.
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import {
  clickBanner,
  fullBanner,
  readBanner,
  setIntended,
  setSettings,
  settle,
  shownBanners,
  type SettingsFile,
  waitForBanner,
} from './support';

const PAGE_ID = '61551234567890';

/** One protected brand Page and the person behind it; a confirm list and a block list. */
function facebookSettings(change: (s: SettingsFile) => void = () => undefined): SettingsFile {
  const file: SettingsFile = {
    format: 'right-account-settings',
    version: 1,
    accounts: [
      { platform: 'facebook', handle: PAGE_ID, name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont', 'pain au levain'] },
      { platform: 'facebook', name: 'Marie Dupont', kind: 'personal', ownWords: ['mon chat'] },
    ],
    wordLists: [
      { name: 'Grossièretés', words: ['merde', 'putain', 'wtf'], appliesTo: ['brand', 'personal'], action: 'confirm' },
      { name: 'Concurrents', words: ['boulangerie martin'], appliesTo: ['brand', 'personal'], action: 'block' },
    ],
    unknownIdentity: 'confirm',
  };
  change(file);
  return file;
}

interface FbPublished {
  surface: string;
  text: string;
  actor: string | null;
  via: string;
}
const published = (site: Site) => site.evaluate(() => ((window as unknown as { __published?: unknown[] }).__published ?? []) as FbPublished[]);
const likes = (site: Site) => site.evaluate(() => ((window as unknown as { __likes?: unknown[] }).__likes ?? []).length);

const FEED = 'https://www.facebook.com/';
const BUSINESS = `https://business.facebook.com/latest/composer?asset_id=${PAGE_ID}`;

// feed-fr: the person Marie; box 1 comments as Marie, box 2's actor picker is set to the Page.
const MARIE_BOX = '[aria-posinset="1"] [contenteditable="true"]';
const PAGE_BOX = '[aria-label="Commenter en tant que Boulangerie Dupont"]';
const CHAT_BOX = '[data-pagelet="MWChatTab"] [contenteditable="true"]';
const DIALOG_EDITOR = '[role="dialog"] form [contenteditable="true"]';

async function open(ext: ExtensionBrowser, fixture: string, url = FEED): Promise<Site> {
  const site = await ext.newSite({ [url]: `facebook/${fixture}.html` });
  await site.goto(url);
  await site.waitFor(() => !!(window as unknown as { __fixture?: unknown }).__fixture);
  return site;
}

const editorText = (site: Site, selector: string) =>
  site.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.innerText.trim() ?? null, selector);

test.describe('Facebook', () => {
  test('the tab is meant for the person: a comment from the box set to the Page warns, the person’s own goes through', async ({ ext }) => {
    // Without protection on the Page, only the intended account can catch the wrong actor.
    await setSettings(ext, facebookSettings((s) => (s.accounts[0]!.protected = false)));
    const site = await open(ext, 'feed-fr');
    expect(await setIntended(ext, 'facebook', 'facebook:name:marie dupont')).toMatchObject({ intendedAccountId: 'facebook:name:marie dupont' });
    await site.type(MARIE_BOX, 'Bonne journée');
    await site.press('Enter');
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Bonne journée', actor: 'Marie Dupont', via: 'enter' }]);
    await site.type(PAGE_BOX, 'Merci à vous !');
    await site.press('Enter');
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['intended-account']);
    expect(banner?.text).toContain('Boulangerie Dupont');
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await published(site)).toHaveLength(1);
    await site.close();
  });

  test('a harmless comment from the right profile goes through at once on Enter, with no banner', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'feed-fr');
    await site.type(MARIE_BOX, 'Bonne journée à tous');
    await site.press('Enter');
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Bonne journée à tous', actor: 'Marie Dupont', via: 'enter' }]);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  test("the personal profile publishing the brand's own words: banner, cancel keeps the draft and publishes nothing", async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'create-post-fr');
    await site.type(DIALOG_EDITOR, 'Nouveau pain au levain ce matin #BoulangerieDupont');
    await site.click('[role="dialog"] [aria-label="Publier"]');
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['other-account-words']);
    expect(banner?.text).toContain('Marie Dupont');
    expect(banner?.focused).toBe('cancel');
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([]);
    expect(await editorText(site, DIALOG_EDITOR)).toBe('Nouveau pain au levain ce matin #BoulangerieDupont');
    expect(await site.evaluate(() => document.activeElement?.closest('[role="dialog"] [contenteditable="true"]') != null)).toBe(true);
    await site.close();
  });

  test('confirm publishes exactly once, as the profile shown', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'create-post-fr');
    await site.type(DIALOG_EDITOR, 'Vive le #BoulangerieDupont');
    await site.click('[role="dialog"] [aria-label="Publier"]');
    await waitForBanner(site);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Vive le #BoulangerieDupont', actor: 'Marie Dupont', via: 'click' }]);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  test("a comment whose actor picker is on the Page, while the page acts as the person: the banner is the Page's", async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'feed-fr');
    await site.type(PAGE_BOX, 'Venez goûter nos croissants');
    await site.press('Enter');
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['protected-account']);
    expect(banner?.text).toContain('Boulangerie Dupont');
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Venez goûter nos croissants', actor: 'Boulangerie Dupont', via: 'click' }]);
    await site.close();
  });

  test('acting as the Page, a comment whose picker is on the person goes out as the person, unguarded', async ({ ext }) => {
    await setSettings(ext, fullBanner(facebookSettings()));
    const site = await open(ext, 'feed-as-page-en');
    await site.type('[role="main"] [aria-label="Comment as Marie Dupont"]', 'Have a nice weekend');
    await site.press('Enter');
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Have a nice weekend', actor: 'Marie Dupont', via: 'enter' }]);
    expect(await readBanner(site)).toBeNull();
    // The box of the post viewer dialog (a dialog that is not a composer) comments as the Page: protected.
    await site.type('[role="dialog"] [aria-label="Comment as Boulangerie Dupont"]', 'See you there');
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['protected-account']);
    await site.close();
  });

  test('the two-step dialog: Next is never intercepted, the final Post is, and confirm publishes once', async ({ ext }) => {
    await setSettings(ext, fullBanner(facebookSettings()));
    const site = await open(ext, 'create-post-two-step-en');
    await site.type(DIALOG_EDITOR, 'Fresh bread today');
    await site.click('[role="dialog"] [aria-label="Next"]');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await site.evaluate(() => (document.querySelector('[data-fixture-step="2"]') as HTMLElement).hidden)).toBe(false);
    await site.click('[data-fixture-step="2"] [aria-label="Post"]');
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['protected-account']);
    expect(banner?.text).toContain('Fresh bread today');
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Fresh bread today', actor: 'Boulangerie Dupont', via: 'click' }]);
    await site.close();
  });

  test('risky words and every other reason are merged into one banner', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'feed-fr');
    await site.type(PAGE_BOX, 'putain, mon chat a encore fait des siennes');
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['protected-account', 'other-account-words', 'risky-words']);
    expect(await shownBanners(site)).toBe(1);
    await site.close();
  });

  test('risky words in a comment from the person ask first', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'feed-fr');
    await site.type(MARIE_BOX, 'wtf ce matin');
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['risky-words']);
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('a block rule stops the comment and offers no way to publish', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'feed-fr');
    await site.type(MARIE_BOX, 'Allez plutôt chez Boulangerie Martin');
    await site.press('Enter');
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['risky-words']);
    expect(banner?.hasConfirm).toBe(false);
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await published(site)).toEqual([]);
    expect(await editorText(site, MARIE_BOX)).toBe('Allez plutôt chez Boulangerie Martin');
    await site.close();
  });

  test('unknown identity on a platform with configured accounts asks first', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'no-signals');
    await site.type('[contenteditable="true"]', 'Hello');
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['unknown-identity']);
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('Shift+Enter in a comment is a newline; the comment send button is intercepted like Enter', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'feed-fr');
    await site.type(MARIE_BOX, 'wtf');
    await site.press('Shift+Enter');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([]);
    await site.click('[aria-posinset="1"] [aria-label="Commenter"][data-fixture-send]');
    await waitForBanner(site);
    await clickBanner(site, 'confirm');
    await settle(site);
    const sent = await published(site);
    expect(sent.length).toBe(1);
    expect(sent[0]).toMatchObject({ surface: 'comment', actor: 'Marie Dupont', via: 'click' });
    expect(sent[0]?.text.replace(/\s+/g, ' ').trim()).toBe('wtf');
    await site.close();
  });

  test('likes and reactions are never intercepted, even with a risky draft', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'feed-fr');
    await site.type(PAGE_BOX, 'merde #BoulangerieDupont');
    await site.click('[aria-posinset="2"] [role="toolbar"] [aria-label="J’aime"]');
    await site.click('[aria-posinset="2"] [role="toolbar"] [aria-label="Réagir"]');
    await site.click('[aria-posinset="2"] [role="toolbar"] [aria-label="Commenter"]');
    await site.focus('[aria-posinset="2"] [role="toolbar"] [aria-label="J’aime"]');
    await site.press('Enter');
    await settle(site);
    expect(await likes(site)).toBe(2);
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('Enter on the focused Publier control of the dialog is intercepted like a click', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'create-post-fr');
    await site.type(DIALOG_EDITOR, 'merci #BoulangerieDupont');
    await site.focus('[role="dialog"] [aria-label="Publier"]');
    await site.press('Enter');
    await waitForBanner(site);
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect((await published(site)).length).toBe(1);
    await site.close();
  });

  for (const fixture of ['feed-fr', 'feed-en'] as const)
  test(`a chat message: the chat's send button is intercepted like Enter; confirm sends once (${fixture})`, async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, fixture);
    await site.type(CHAT_BOX, 'Le pain au levain est prêt');
    await site.click('[data-pagelet="MWChatTab"] [data-fixture-send]');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['other-account-words']);
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'message', text: 'Le pain au levain est prêt', actor: 'Marie Dupont', via: 'click' }]);
    await site.close();
  });

  // Independent markup: the reply box sits inside a plain-div comment, shows no actor picture, and its send button is
  // beside the form.
  for (const [fixture, send] of [
    ['feed-reply-outside-fr', 'Commenter'],
    ['feed-reply-outside-en', 'Comment'],
  ] as const)
  test(`a reply under another person's comment is the viewer's, never the commenter's; its "${send}" beside the form is guarded (${fixture})`, async ({ ext }) => {
    // The commenter is one of the user's accounts: taken for the actor, the brand's words would pass as theirs.
    await setSettings(ext, facebookSettings((s) => s.accounts.push({ platform: 'facebook', name: 'Jean Martin', kind: 'personal', ownWords: [] })));
    const site = await open(ext, fixture);
    const box = '[data-fixture-composer] [contenteditable="true"]';
    await site.type(box, 'Merci #BoulangerieDupont');
    await site.press('Enter');
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['other-account-words']);
    expect(banner?.text).toContain('Marie Dupont');
    expect(banner?.text).not.toContain('Jean Martin');
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await published(site)).toEqual([]);
    await site.click(`[data-fixture-composer] [aria-label="${send}"][data-fixture-send]`);
    await waitForBanner(site);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Merci #BoulangerieDupont', actor: 'Marie Dupont', via: 'click' }]);
    await site.close();
  });

  test('a chat message: Enter is intercepted', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'feed-fr');
    await site.type(CHAT_BOX, 'Tu as vu le #BoulangerieDupont ?');
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['other-account-words']);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'message', text: 'Tu as vu le #BoulangerieDupont ?', actor: 'Marie Dupont', via: 'click' }]);
    await site.close();
  });

  for (const [fixture, postTo, publish, schedule] of [
    ['business-suite-fr', 'Publier sur', 'Publier', 'Programmer'],
    ['business-suite-en', 'Post to', 'Publish', 'Schedule'],
  ] as const)
  test(`Business Suite: the Page of "${postTo}" is the identity; ${publish} and ${schedule} are guarded (${fixture})`, async ({ ext }) => {
    await setSettings(ext, fullBanner(facebookSettings()));
    const site = await open(ext, fixture, BUSINESS);
    await site.type('[role="main"] [contenteditable="true"]', 'Nouvelle fournée');
    await site.click('[role="main"] [data-fixture-send="schedule"]');
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['protected-account']);
    expect(banner?.text).toContain('Boulangerie Dupont');
    await clickBanner(site, 'cancel');
    await settle(site);
    await site.click('[role="main"] [data-fixture-send=""]');
    await waitForBanner(site);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Nouvelle fournée', actor: 'Boulangerie Dupont', via: 'click' }]);
    await site.close();
  });

  test('a switch into the Page in another tab is caught before the comment goes out as a stale person', async ({ ext }) => {
    await setSettings(ext, facebookSettings());
    const site = await open(ext, 'feed-fr');
    await site.type(MARIE_BOX, 'Bonne journée');
    await site.evaluate((id) => (window as unknown as { __fixture: { setCookie(n: string, v: string): void } }).__fixture.setCookie('i_user', id), PAGE_ID);
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['unknown-identity', 'identity-changed']);
    expect(await published(site)).toEqual([]);
    await site.close();
  });
});
