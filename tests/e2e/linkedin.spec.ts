/**
 * The guard on LinkedIn, end to end, in Chromium and Firefox: the built extension, fixture pages served at
 * https://www.linkedin.com, and the simulated LinkedIn (tests/fixtures/linkedin/app.js) recording what it "published"
 * and as whom (`actor`: the share box's author, the comment box's actor, the member for messages).
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import {
  bannerGone,
  clickBanner,
  readBanner,
  setSettings,
  settle,
  type SettingsFile,
  waitForBanner,
} from './support';

interface LinkedInPublished {
  surface: string;
  text: string;
  actor: string | null;
  via: string;
  /** Set when the share box queued the post for later (a scheduled post). */
  scheduledFor?: string;
}

const FEED = 'https://www.linkedin.com/feed/';
const ADMIN = 'https://www.linkedin.com/company/104857600/admin/page-posts/published/?share=true';
const ADMIN_EN = 'https://www.linkedin.com/company/boulangerie-dupont/admin/page-posts/published/?share=true';
const SHARE_EDITOR = '[data-test-ql-editor-contenteditable="true"]';
const SHARE_POST = '.share-actions__primary-action';
const SDUI_EDITOR = '[componentkey="ShareBox_textEditor"]';
const SDUI_POST = '[data-fixture-composer="post"] button:not(:has(svg)):not(:has(img))';
const EMBER_PAGE_COMMENT = '[data-fixture-actor="Boulangerie Dupont"] .ql-editor';
const EMBER_PAGE_SUBMIT = '[data-fixture-actor="Boulangerie Dupont"] .comments-comment-box__submit-button--cr';
const EMBER_MEMBER_COMMENT = '.comments-comment-box[data-fixture-actor="Marie Dupont"] .ql-editor';
const EMBER_MEMBER_SUBMIT = '.comments-comment-box[data-fixture-actor="Marie Dupont"] .comments-comment-box__submit-button--cr';
const TIPTAP_PAGE_COMMENT = '[data-fixture-actor="Boulangerie Dupont"] .ProseMirror';
const TIPTAP_PAGE_SUBMIT = '[data-fixture-actor="Boulangerie Dupont"] [componentkey*="commentButtonSection"] button:not(:has(svg))';
const MSG_EDITOR = '.msg-form__contenteditable';
const MSG_SEND = '.msg-form__send-button';

function settings(): SettingsFile {
  return {
    format: 'right-account-settings',
    version: 1,
    accounts: [
      // A page: no handle in the settings, matched by its name (the share box and comment actor show the name).
      { platform: 'linkedin', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont', 'pain au levain'] },
      { platform: 'linkedin', handle: 'marie-dupont-4b2a1', name: 'Marie Dupont', kind: 'personal', ownWords: ['mon chat'] },
    ],
    wordLists: [
      { name: 'Grossièretés', words: ['merde', 'putain', 'wtf'], appliesTo: ['brand', 'personal'], action: 'confirm' },
      { name: 'Concurrents', words: ['boulangerie martin'], appliesTo: ['brand', 'personal'], action: 'block' },
    ],
    unknownIdentity: 'confirm',
  };
}

const published = (site: Site) =>
  site.evaluate(() => ((window as unknown as { __published?: unknown[] }).__published ?? []) as LinkedInPublished[]);

async function open(ext: ExtensionBrowser, url: string, fixture: string, ready: string): Promise<Site> {
  await setSettings(ext, settings());
  const site = await ext.newSite({ [url]: `linkedin/${fixture}.html` });
  await site.goto(url);
  await site.waitFor(
    (selector: string) => {
      const all = (root: ParentNode): Element[] => {
        const found = [...root.querySelectorAll(selector)];
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...all(el.shadowRoot));
        return found;
      };
      return all(document).length > 0 && (window as unknown as { __fixture?: unknown }).__fixture !== undefined;
    },
    ready,
  );
  return site;
}

const feedFr = (ext: ExtensionBrowser) => open(ext, FEED, 'feed-fr', SHARE_EDITOR);
const feedEn = (ext: ExtensionBrowser) => open(ext, FEED, 'feed-en', SDUI_EDITOR);
const adminFr = (ext: ExtensionBrowser) => open(ext, ADMIN, 'page-admin-fr', SHARE_EDITOR);
const adminEn = (ext: ExtensionBrowser) => open(ext, ADMIN_EN, 'page-admin-en', SHARE_EDITOR);
const driftFr = (ext: ExtensionBrowser) => open(ext, FEED, 'feed-ui-fr-account-en', MSG_EDITOR);

test.describe('LinkedIn', () => {
  test('a harmless member post in the classic share box (shadow root) goes through at once', async ({ ext }) => {
    const site = await feedFr(ext);
    await site.type(SHARE_EDITOR, 'Bonne journée à tous');
    await site.click(SHARE_POST);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Bonne journée à tous', actor: 'Marie Dupont', via: 'click' }]);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  test("the member publishing the page's own words: banner, cancel keeps the draft and publishes nothing", async ({ ext }) => {
    const site = await feedFr(ext);
    await site.type(SHARE_EDITOR, 'Nouveau pain au levain ce matin #BoulangerieDupont');
    await site.click(SHARE_POST);
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['other-account-words']);
    expect(banner?.text).toContain('@marie-dupont-4b2a1');
    expect(banner?.text).toContain('#BoulangerieDupont');
    expect(banner?.focused).toBe('cancel');
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([]);
    const draft = await site.evaluate(
      () => document.querySelector('#interop-outlet')?.shadowRoot?.querySelector('.ql-editor')?.textContent ?? null,
    );
    expect(draft).toBe('Nouveau pain au levain ce matin #BoulangerieDupont');
    await site.close();
  });

  test('the share box of the page admin publishes as the protected page: confirm publishes exactly once', async ({ ext }) => {
    const site = await adminFr(ext);
    await site.type(SHARE_EDITOR, 'Croissants chauds à 7 h');
    await site.click(SHARE_POST);
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['protected-account']);
    expect(banner?.text).toContain('Boulangerie Dupont');
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Croissants chauds à 7 h', actor: 'Boulangerie Dupont', via: 'click' }]);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  test('risky words from the member: banner with the list', async ({ ext }) => {
    const site = await feedFr(ext);
    await site.type(SHARE_EDITOR, 'Quelle semaine de merde');
    await site.click(SHARE_POST);
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['risky-words']);
    await site.close();
  });

  test('a block rule stops the post and offers no way to publish', async ({ ext }) => {
    const site = await feedFr(ext);
    await site.type(SHARE_EDITOR, 'Allez plutôt chez Boulangerie Martin');
    await site.click(SHARE_POST);
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['risky-words']);
    expect(banner?.hasConfirm).toBe(false);
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await published(site)).toEqual([]);
    await site.close();
  });

  test('unknown author on a platform with configured accounts asks first', async ({ ext }) => {
    const site = await open(ext, FEED, 'no-signals-en', SHARE_EDITOR);
    await site.type(SHARE_EDITOR, 'Hello');
    await site.click(SHARE_POST);
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['unknown-identity']);
    await site.close();
  });

  test('Ctrl+Enter in the share box is held; plain Enter is a newline', async ({ ext }) => {
    const site = await feedFr(ext);
    await site.type(SHARE_EDITOR, 'wtf');
    await site.press('Enter');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    await site.press('Control+Enter');
    await waitForBanner(site);
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'confirm');
    await settle(site);
    const posts = await published(site);
    expect(posts.length).toBe(1);
    expect(posts[0]?.via).toBe('click');
    await site.close();
  });

  test('the newer share box (replaced after opening) is guarded; confirm publishes once', async ({ ext }) => {
    const site = await feedEn(ext);
    await site.type(SDUI_EDITOR, 'Our #BoulangerieDupont is the best');
    // React re-renders the box: the guard must not hold the old node.
    await site.evaluate(() => (window as unknown as { __fixture: { rerenderShareBox(): boolean } }).__fixture.rerenderShareBox());
    await site.click(SDUI_POST);
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['other-account-words']);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Our #BoulangerieDupont is the best', actor: 'Marie Dupont', via: 'click' }]);
    await site.close();
  });

  test('the newer share box: a harmless member post goes through at once; a risky one cancelled keeps its draft', async ({ ext }) => {
    const site = await feedEn(ext);
    await site.type(SDUI_EDITOR, 'Good morning everyone');
    await site.click(SDUI_POST);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Good morning everyone', actor: 'Marie Dupont', via: 'click' }]);
    expect(await readBanner(site)).toBeNull();
    await site.close();

    const again = await feedEn(ext);
    await again.type(SDUI_EDITOR, 'Fresh pain au levain today');
    await again.click(SDUI_POST);
    await waitForBanner(again);
    expect((await readBanner(again))?.reasons).toEqual(['other-account-words']);
    await clickBanner(again, 'cancel');
    await settle(again);
    expect(await published(again)).toEqual([]);
    expect(await again.evaluate((editor) => document.querySelector(editor)?.textContent ?? '', SDUI_EDITOR)).toContain('Fresh pain au levain today');
    await again.close();
  });

  test('the newer share box re-rendered while the banner is open: confirm publishes once, from the new box', async ({ ext }) => {
    const site = await feedEn(ext);
    await site.type(SDUI_EDITOR, 'Our #BoulangerieDupont is the best');
    await site.click(SDUI_POST);
    await waitForBanner(site);
    expect(await site.evaluate(() => (window as unknown as { __fixture: { rerenderShareBox(): boolean } }).__fixture.rerenderShareBox())).toBe(true);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Our #BoulangerieDupont is the best', actor: 'Marie Dupont', via: 'click' }]);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  test('the newer share box opened as a modal dialog: the banner is above it, in its top layer, and answers', async ({ ext }) => {
    const site = await feedEn(ext);
    // showModal() puts the dialog in the top layer and makes the rest of the page inert.
    await site.evaluate((editor) => {
      const dialog = document.querySelector(editor)!.closest('dialog')!;
      dialog.close();
      dialog.showModal();
    }, SDUI_EDITOR);
    await site.type(SDUI_EDITOR, 'Our #BoulangerieDupont is the best');
    await site.click(SDUI_POST);
    await waitForBanner(site);
    // The host of the banner that shows (the page sees our element, not what it says) is in the dialog's top layer.
    const inModal = () => [...document.querySelectorAll('[data-right-account="banner"]')].find((h) => h.getBoundingClientRect().width > 0)?.closest('dialog')?.matches(':modal') ?? false;
    expect(await site.evaluate(inModal)).toBe(true);
    // A real click reaches Cancel (it would not through an inert page, nor under the top layer).
    await clickBanner(site, 'cancel');
    await bannerGone(site);
    expect(await published(site)).toEqual([]);
    expect(await site.evaluate((editor) => document.querySelector(editor)!.textContent, SDUI_EDITOR)).toContain('Our #BoulangerieDupont is the best');
    await site.close();
  });

  test('an Ember comment published as the page asks; the member comment next to it does not', async ({ ext }) => {
    const site = await feedFr(ext);
    await site.type(EMBER_MEMBER_COMMENT, 'Bravo Jean');
    await site.click(EMBER_MEMBER_SUBMIT);
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Bravo Jean', actor: 'Marie Dupont', via: 'click' }]);
    await site.type(EMBER_PAGE_COMMENT, 'La nôtre, bien sûr');
    await site.click(EMBER_PAGE_SUBMIT);
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['protected-account']);
    await clickBanner(site, 'confirm');
    await settle(site);
    const all = await published(site);
    expect(all.length).toBe(2);
    expect(all[1]).toEqual({ surface: 'comment', text: 'La nôtre, bien sûr', actor: 'Boulangerie Dupont', via: 'click' });
    await site.close();
  });

  test('a TipTap comment as the page asks, also on Ctrl+Enter', async ({ ext }) => {
    const site = await feedEn(ext);
    await site.type(TIPTAP_PAGE_COMMENT, 'Ours, of course');
    await site.press('Control+Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['protected-account']);
    await clickBanner(site, 'cancel');
    await settle(site);
    await site.click(TIPTAP_PAGE_SUBMIT);
    await waitForBanner(site);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Ours, of course', actor: 'Boulangerie Dupont', via: 'click' }]);
    await site.close();
  });

  // Independent markup: each TipTap comment box's button section is a sibling of the box in the post card.
  for (const [fixture, reply] of [
    ['feed-comment-section-outside-en', 'Reply'],
    ['feed-comment-section-outside-fr', 'Répondre'],
  ] as const)
  test(`a comment whose submit section sits outside the box is intercepted; confirm publishes once ("${reply}", ${fixture})`, async ({ ext }) => {
    const site = await open(ext, FEED, fixture, '.ProseMirror');
    const PAGE_REPLY = '[data-fixture-actor="Boulangerie Dupont"] .ProseMirror';
    const PAGE_SUBMIT = '[data-fixture-actor="Boulangerie Dupont"] [componentkey*="commentButtonSection"] button:not(:has(svg))';
    // The member's own comment, harmless: through at once.
    await site.type('[data-fixture-actor="Marie Dupont"] .ProseMirror', 'Bravo Jean');
    await site.click('[data-fixture-actor="Marie Dupont"] [componentkey*="commentButtonSection"] button:not(:has(svg))');
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Bravo Jean', actor: 'Marie Dupont', via: 'click' }]);
    // The reply box set to the protected page: its outside submit is held, then published once.
    await site.type(PAGE_REPLY, 'Merci Jean !');
    await site.click(PAGE_SUBMIT);
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['protected-account']);
    expect((await published(site)).length).toBe(1);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([
      { surface: 'comment', text: 'Bravo Jean', actor: 'Marie Dupont', via: 'click' },
      { surface: 'reply', text: 'Merci Jean !', actor: 'Boulangerie Dupont', via: 'click' },
    ]);
    // Ctrl+Enter in the reply box: held too.
    await site.type(PAGE_REPLY, 'Encore merci');
    await site.press('Control+Enter');
    await waitForBanner(site);
    await clickBanner(site, 'cancel');
    await settle(site);
    expect((await published(site)).length).toBe(2);
    await site.close();
  });

  for (const [fixture, editor, post] of [
    ['share-repost-fr', SHARE_EDITOR, SHARE_POST],
    ['share-repost-en', SDUI_EDITOR, SDUI_POST],
  ] as const)
  test(`a repost with thoughts publishes as the share box's author, never as the reposted post's (${fixture})`, async ({ ext }) => {
    const site = await open(ext, FEED, fixture, editor);
    await site.type(editor, 'Bravo Jean !');
    await site.click(post);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Bravo Jean !', actor: 'Marie Dupont', via: 'click' }]);
    await site.type(editor, 'Comme notre pain au levain');
    await site.click(post);
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['other-account-words']);
    expect(banner?.text).toContain('@marie-dupont-4b2a1');
    expect(banner?.text).not.toContain('Jean Martin');
    await site.close();
  });

  // Independent markup: no member marker, and the "post as" control shows only the audience.
  for (const [fixture, editor, post] of [
    ['share-repost-no-member-fr', SHARE_EDITOR, SHARE_POST],
    ['share-repost-no-member-en', SDUI_EDITOR, SDUI_POST],
  ] as const)
  test(`the audience label of the "post as" control is never the author: unknown, asked, confirm publishes once (${fixture})`, async ({ ext }) => {
    const site = await open(ext, FEED, fixture, editor);
    await site.type(editor, 'Bravo Jean !');
    await site.click(post);
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['unknown-identity']);
    expect(banner?.text).not.toMatch(/Post to Anyone|Publier pour/);
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Bravo Jean !', actor: 'Marie Dupont', via: 'click' }]);
    await site.close();
  });

  test('"post as" switched in place after the share box was focused: the post is judged as the new author', async ({ ext }) => {
    const site = await feedFr(ext);
    await site.type(SHARE_EDITOR, 'Bonne journée à tous');
    // The share box was focused as the member; the author becomes the protected page without a reload.
    expect(await site.evaluate(() => (window as unknown as { __fixture: { setAuthor(n: string): boolean } }).__fixture.setAuthor('Boulangerie Dupont'))).toBe(true);
    await site.click(SHARE_POST);
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['protected-account', 'identity-changed']);
    expect(banner?.text).toContain('Boulangerie Dupont');
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'post', text: 'Bonne journée à tous', actor: 'Boulangerie Dupont', via: 'click' }]);
    await site.close();
  });

  test('messaging: Enter sends when the setting is on (held when risky); the Send button always', async ({ ext }) => {
    const site = await feedFr(ext);
    await site.type(MSG_EDITOR, 'putain de retard');
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['risky-words']);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([{ surface: 'message', text: 'putain de retard', actor: 'Marie Dupont', via: 'click' }]);
    await site.type(MSG_EDITOR, 'Oui, le samedi');
    await site.press('Enter');
    await settle(site);
    expect((await published(site)).length).toBe(2);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  test('messaging with "Click Send": Enter is a newline, the Send button is guarded', async ({ ext }) => {
    const site = await feedEn(ext);
    await site.type(MSG_EDITOR, 'wtf');
    await site.press('Enter');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([]);
    await site.click(MSG_SEND);
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['risky-words']);
    await site.close();
  });

  test('a post scheduled as the protected page (English admin, page vanity): choosing the time passes, "Schedule" asks, confirm queues it once', async ({ ext }) => {
    const site = await adminEn(ext);
    await site.click('.share-actions__scheduled-post-btn');
    await site.click('.share-post-schedule [data-fixture-schedule="next"]');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    await site.type(SHARE_EDITOR, 'Fresh croissants at 7');
    await site.click(SHARE_POST);
    await waitForBanner(site);
    const banner = await readBanner(site);
    expect(banner?.reasons).toEqual(['protected-account']);
    expect(banner?.text).toContain('Boulangerie Dupont');
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect(await published(site)).toEqual([
      { surface: 'post', text: 'Fresh croissants at 7', actor: 'Boulangerie Dupont', via: 'click', scheduledFor: '2026-12-11T09:00' },
    ]);
    expect(await readBanner(site)).toBeNull();
    await site.close();
  });

  test('French UI served to an English account: the page comment asks, the member comment passes', async ({ ext }) => {
    const site = await driftFr(ext);
    await site.type('[componentkey="commentBox-urn:li:activity:7300000000000000041"] .ProseMirror', 'Celle de Marie, bien sûr');
    await site.click('[componentkey="commentBox-urn:li:activity:7300000000000000041"] [componentkey*="commentButtonSection"] button:not(:has(svg))');
    expect(await published(site)).toEqual([{ surface: 'comment', text: 'Celle de Marie, bien sûr', actor: 'Marie Dupont', via: 'click' }]);
    await site.type('[componentkey="commentBox-urn:li:activity:7300000000000000042"] .ProseMirror', 'Chez nous, rue Mercière');
    await site.click('[componentkey="commentBox-urn:li:activity:7300000000000000042"] [componentkey*="commentButtonSection"] button:not(:has(svg))');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['protected-account']);
    await clickBanner(site, 'confirm');
    await settle(site);
    expect((await published(site))[1]).toEqual({ surface: 'comment', text: 'Chez nous, rue Mercière', actor: 'Boulangerie Dupont', via: 'click' });
    await site.close();
  });

  test('messaging in a bare [role=dialog] inside the interop shadow root: Enter is held when risky, a harmless message passes', async ({ ext }) => {
    const site = await driftFr(ext);
    await site.type(MSG_EDITOR, 'wtf, encore en retard');
    await site.press('Enter');
    await waitForBanner(site);
    expect((await readBanner(site))?.reasons).toEqual(['risky-words']);
    expect(await published(site)).toEqual([]);
    await clickBanner(site, 'cancel');
    await settle(site);
    expect(await published(site)).toEqual([]);
    await site.evaluate(() => {
      const editor = document.querySelector('#interop-outlet')!.shadowRoot!.querySelector<HTMLElement>('.msg-form__contenteditable')!;
      editor.innerHTML = '<p><br></p>';
      editor.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await site.type(MSG_EDITOR, 'Oui, samedi');
    await site.press('Enter');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await published(site)).toEqual([{ surface: 'message', text: 'Oui, samedi', actor: 'Marie Dupont', via: 'enter' }]);
    await site.close();
  });

  test('likes, reactions, repost menu, comment button and search are never intercepted', async ({ ext }) => {
    const site = await feedFr(ext);
    await site.click('[data-urn="urn:li:activity:7300000000000000001"] .react-button__trigger');
    await site.click('[data-urn="urn:li:activity:7300000000000000001"] .comment-button');
    await site.click('[data-urn="urn:li:activity:7300000000000000001"] .social-reshare-button');
    await site.click('[data-urn="urn:li:activity:7300000000000000002"] .send-privately-button');
    await site.type('.search-global-typeahead__input', 'boulangerie merde');
    await site.press('Enter');
    await settle(site);
    expect(await readBanner(site)).toBeNull();
    expect(await site.evaluate(() => (window as unknown as { __likes: unknown[] }).__likes)).toEqual([{ urn: 'urn:li:activity:7300000000000000001' }]);
    expect(await published(site)).toEqual([]);
    await site.close();
  });
});
