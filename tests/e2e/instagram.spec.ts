/**
 * The guard on Instagram, end to end, in Chromium and Firefox: the built extension, fixture pages served at
 * https://www.instagram.com, and the simulated Instagram app (tests/fixtures/instagram/app.js) recording what it
 * "published".
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import {
  clickBanner,
  fullBanner,
  readBanner,
  readCountdown,
  setSettings,
  settle,
  type SettingsFile,
  waitForBanner,
  waitForCountdown,
} from './support';

interface IgPublished {
  surface: string;
  text: string;
  actor: string | null;
  via: string;
}

/** A brand account (protected) and a personal one on Instagram, a confirm list and a block list. */
function igSettings(change: (s: SettingsFile) => void = () => undefined): SettingsFile {
  const file: SettingsFile = {
    format: 'right-account-settings',
    version: 1,
    accounts: [
      { platform: 'instagram', handle: 'boulangerie.dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont', 'pain au levain'] },
      { platform: 'instagram', handle: 'marie.dupont', name: 'Marie Dupont', kind: 'personal', ownWords: ['mon chat'] },
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

const published = (site: Site) => site.evaluate(() => ((window as unknown as { __published?: unknown[] }).__published ?? []) as IgPublished[]);

const HOME_FR = { 'https://www.instagram.com/': 'instagram/home-fr.html' }; // @marie.dupont (personal)
const HOME = 'https://www.instagram.com/';
const POST_URL = 'https://www.instagram.com/p/DAaBbCc1/';
const DM_URL = 'https://www.instagram.com/direct/t/340282366841710300949128155678901234567/';
const STORY_URL = 'https://www.instagram.com/stories/fournil_de_paul/3300000000000000001/';
const CAPTION = '[role="dialog"] [contenteditable="true"][role="textbox"]';
const SHARE = '[role="dialog"] [data-fixture-publish]';
const DM_EDITOR = '[data-fixture-composer="message"] [role="textbox"]';
const DM_SEND = '[data-fixture-composer="message"] [data-fixture-publish]';
const likes = (site: Site) => site.evaluate(() => ((window as unknown as { __likes?: unknown[] }).__likes ?? []).length);
const steps = (site: Site) => site.evaluate(() => ((window as unknown as { __steps?: string[] }).__steps ?? []).slice());
const COMMENT_1 = 'article[data-fixture-post="DAaBbCc1"] textarea';
const POST_1 = 'article[data-fixture-post="DAaBbCc1"] form [role="button"][data-fixture-publish]';

async function open(ext: ExtensionBrowser, url: string, file: string, ready = 'textarea, [contenteditable="true"]'): Promise<Site> {
  const site = await ext.newSite({ [url]: file });
  await site.goto(url);
  await site.waitFor((sel) => !!document.querySelector(sel), ready);
  return site;
}

test.describe('Instagram', () => {
  test('a harmless comment from the right account goes through at once, with no banner', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, 'https://www.instagram.com/', HOME_FR['https://www.instagram.com/']);
    await site.type(COMMENT_1, 'Superbe fournée !');
    await site.click(POST_1);
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Superbe fournée !', actor: 'marie.dupont', via: 'click' }]);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  test("the brand's hashtag in a comment from the personal account: banner, cancel keeps the draft", async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, 'https://www.instagram.com/', HOME_FR['https://www.instagram.com/']);
    await site.type(COMMENT_1, 'Allez voir #BoulangerieDupont');
    await site.click(POST_1);
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['other-account-words']);
    expect(banner?.text).toContain('marie.dupont');
    expect(banner?.text).toContain('#BoulangerieDupont');
    expect(banner?.focused).toBe('cancel');
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([]);
    expect(await site.evaluate((sel) => (document.querySelector(sel) as HTMLTextAreaElement).value, COMMENT_1)).toBe('Allez voir #BoulangerieDupont');
    expect(await site.evaluate((sel) => document.activeElement === document.querySelector(sel), COMMENT_1)).toBe(true);
    await site.close();
  });

  test('confirm publishes the comment exactly once, as the account shown', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, HOME, 'instagram/home-fr.html');
    await site.type(COMMENT_1, 'Vive le #BoulangerieDupont');
    await site.click(POST_1);
    await waitForBanner(site);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Vive le #BoulangerieDupont', actor: 'marie.dupont', via: 'click' }]);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  test('Enter in a comment box is intercepted before Instagram sees it; confirm sends once', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, HOME, 'instagram/home-fr.html');
    await site.type(COMMENT_1, 'wtf ce matin');
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['risky-words']);
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'wtf ce matin', actor: 'marie.dupont', via: 'click' }]);
    await site.close();
  });

  test('Shift+Enter in a comment box is never intercepted', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, HOME, 'instagram/home-fr.html');
    await site.type(COMMENT_1, 'merde');
    await site.press('Shift+Enter');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('Enter on the focused "Publier" div button is intercepted like a click', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, HOME, 'instagram/home-fr.html');
    await site.type(COMMENT_1, 'merci #BoulangerieDupont');
    await site.focus(POST_1);
    await site.press('Enter');
    await waitForBanner(site);
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('a comment form submitted by script is checked too', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, HOME, 'instagram/home-fr.html');
    await site.type(COMMENT_1, 'putain que c’est bon');
    await site.evaluate(() =>
      (window as unknown as { __fixture: { requestSubmit(s: string): void } }).__fixture.requestSubmit('article[data-fixture-post="DAaBbCc1"] form'),
    );
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['risky-words']);
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('a block list stops the comment and offers no way to publish', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, HOME, 'instagram/home-fr.html');
    await site.type(COMMENT_1, 'Allez plutôt chez Boulangerie Martin');
    await site.click(POST_1);
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['risky-words']);
    expect(banner?.hasConfirm).toBe(false);
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  for (const [fixture, label] of [
    ['create-caption-en', 'Share'],
    ['create-caption-fr', 'Partager'],
  ] as const)
  test(`a routine ${label} from the protected brand counts down, shows the post, then shares it once (${fixture})`, async ({ ext }) => {
    // A short countdown for the test: the account's own setting (5 s by default).
    await setSettings(ext, igSettings((s) => (s.accounts[0]!.confirmDelay = 1)));
    const site = await open(ext, HOME, `instagram/${fixture}.html`, CAPTION);
    await site.type(CAPTION, 'Fresh sourdough this morning');
    await site.click(SHARE);
    const countdown = await waitForCountdown(site);
    expect(countdown.reasons).toEqual(['protected-account']);
    expect(countdown.status).toContain('@boulangerie.dupont');
    expect(countdown.text).toContain('Fresh sourdough this morning');
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([]);
    await site.waitFor(() => ((window as unknown as { __published?: unknown[] }).__published ?? []).length > 0, undefined, 5000);
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Fresh sourdough this morning', actor: 'boulangerie.dupont', via: 'click' }]);
    expect(await readCountdown(site)).toBeNull();
    await site.close();
  });

  test('risky words from the brand: every reason in one banner; Enter in the caption stays a newline', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, HOME, 'instagram/create-caption-en.html', CAPTION);
    await site.type(CAPTION, 'wtf');
    await site.press('Enter');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    await site.focus(SHARE);
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['protected-account', 'risky-words']);
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('"Next" of the create flow is never intercepted', async ({ ext }) => {
    await setSettings(ext, igSettings((s) => (s.accounts[1]!.protected = true)));
    const site = await open(ext, HOME, 'instagram/create-crop-fr.html', '[data-fixture-next]');
    await site.click('[data-fixture-next]');
    await site.focus('[data-fixture-next]');
    await site.press('Enter');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await steps(site)).toEqual(['next', 'next']);
    await site.close();
  });

  test('likes and the search box are never intercepted, even with a risky draft', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, HOME, 'instagram/home-fr.html');
    await site.type(COMMENT_1, 'merde');
    await site.evaluate(() => document.querySelector('article [role="button"] svg[aria-label="J’aime"]')!.parentElement!.setAttribute('data-e2e', 'like'));
    await site.click('[data-e2e="like"]');
    await site.type('input[placeholder="Rechercher"]', 'pain');
    await site.press('Enter');
    await settle(site);
    expect(await likes(site)).toBe(1);
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('unknown identity on a platform with configured accounts asks first', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, POST_URL, 'instagram/no-signals-en.html');
    await site.type('form textarea', 'Hello');
    await site.click('form [data-fixture-publish]');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['unknown-identity']);
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('an account switched in another tab is caught before publishing', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, HOME, 'instagram/home-fr.html');
    await site.type(COMMENT_1, 'Bonne journée');
    await site.evaluate(() => (window as unknown as { __fixture: { setDsUserId(id: string): void } }).__fixture.setDsUserId('5100000001'));
    await site.click(POST_1);
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['unknown-identity', 'identity-changed']);
    await site.close();
  });

  test('a harmless reply to a comment goes through at once', async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, POST_URL, 'instagram/post-fr.html');
    await site.click('[data-fixture-reply-to="meteo.paris"]');
    // The box now holds "@meteo.paris " with the caret at its end: type there, as a user would.
    await site.waitFor(() => document.activeElement?.localName === 'textarea');
    for (const key of ['m', 'e', 'r', 'c', 'i']) await site.press(key);
    await site.press('Enter');
    expect(await published(site)).toEqual([{ surface: 'reply', text: '@meteo.paris merci', actor: 'marie.dupont', via: 'enter' }]);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  for (const [fixture, send] of [
    ['direct-fr', 'Envoyer'],
    ['direct-en', 'Send'],
  ] as const)
  test(`DM: Shift+Enter is a newline; Enter and "${send}" are intercepted; confirm sends once (${fixture})`, async ({ ext }) => {
    await setSettings(ext, igSettings());
    const site = await open(ext, DM_URL, `instagram/${fixture}.html`);
    await site.type(DM_EDITOR, 'Salut');
    await site.press('Shift+Enter');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    await site.type(DM_EDITOR, 'wtf #BoulangerieDupont');
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['other-account-words', 'risky-words']);
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await published(site)).toEqual([]);
    await site.click(DM_SEND);
    await waitForBanner(site);
    await clickBanner(site, 'confirm');
    await settle(site);
    const sent = await published(site);
    expect(sent.map((p) => [p.surface, p.actor, p.via])).toEqual([['message', 'marie.dupont', 'click']]);
    expect(sent[0]?.text).toContain('#BoulangerieDupont');
    await site.close();
  });

  for (const [fixture, reply] of [
    ['story-en', 'Looks delicious'],
    ['story-fr', 'Ça a l’air délicieux'],
  ] as const)
  test(`story reply: Enter is intercepted for the protected brand (${fixture})`, async ({ ext }) => {
    await setSettings(ext, fullBanner(igSettings()));
    const site = await open(ext, STORY_URL, `instagram/${fixture}.html`);
    await site.type('form textarea', reply);
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['protected-account']);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'message', text: reply, actor: 'boulangerie.dupont', via: 'click' }]);
    await site.close();
  });

  // Independent markup with none of the viewer's markers: the conversation partner's avatar link sits next to a back
  // link to the inbox, in a div[role=main] (fr) or in no landmark (en), and the DM bar wraps its editor deeper.
  for (const [fixture, send] of [
    ['direct-no-viewer-fr', 'Envoyer'],
    ['direct-no-viewer-en', 'Send'],
  ] as const)
  test(`DM without the viewer's markers: the partner is never the viewer, the banner asks, confirm sends once; "${send}" is guarded (${fixture})`, async ({ ext }) => {
    // The partner is one of the user's accounts: taken for the viewer, a harmless message would pass unasked.
    await setSettings(ext, igSettings((s) => s.accounts.push({ platform: 'instagram', handle: 'fournil_de_paul', name: 'Le Fournil de Paul', kind: 'personal', ownWords: [] })));
    const site = await open(ext, DM_URL, `instagram/${fixture}.html`);
    await site.type(DM_EDITOR, 'À demain');
    await site.press('Enter');
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['unknown-identity']);
    expect(banner?.text).not.toContain('fournil_de_paul');
    await clickBanner(site, 'confirm');
    await settle(site);
    expect((await published(site)).map((p) => [p.surface, p.text, p.via])).toEqual([['message', 'À demain', 'click']]);
    // The bar's Send, farther from its editor than in direct-*: a click is intercepted too.
    await site.type(DM_EDITOR, 'Bonne soirée');
    await site.click(DM_SEND);
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['unknown-identity']);
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await published(site)).toHaveLength(1);
    await site.close();
  });
});
