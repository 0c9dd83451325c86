/**
 * The identity ribbon, end to end in Chromium and Firefox: focusing a composer shows who a publish would go out as,
 * read through the ribbon's open shadow root, and it follows an identity change made by the site's own actor
 * picker while the composer keeps the focus.
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import { setSettings, standardSettings, type SettingsFile } from './support';

interface RibbonRead {
  text: string;
  tone: string | null;
  color: string | null;
  inStatusRegion: boolean;
  /** The ribbon's box relative to the focused composer's editor. */
  bottom: number;
  editorTop: number;
  left: number;
  editorLeft: number;
}

/** The ribbon as the page sees it, or null when none is shown. */
function readRibbon(site: Site, editorSelector: string): Promise<RibbonRead | null> {
  return site.evaluate(async (selector) => {
    const host = document.querySelector<HTMLElement>('[data-right-account="ribbon"]');
    const root = host?.shadowRoot;
    const band = root?.querySelector<HTMLElement>('.ribbon');
    if (!host || !band || host.style.display === 'none') return null;
    // The band slides 3px into place as it fades in: measure where it comes to rest.
    await Promise.all(band.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
    const rect = band.getBoundingClientRect();
    const editor = document.querySelector(selector)?.getBoundingClientRect();
    return {
      text: (band.textContent ?? '').replace(/\s+/g, ' ').trim(),
      tone: band.getAttribute('data-tone'),
      color: band.getAttribute('data-color'),
      inStatusRegion: band.closest('[role="status"]') !== null,
      bottom: Math.round(rect.bottom),
      editorTop: Math.round(editor?.top ?? -1),
      left: Math.round(rect.left),
      editorLeft: Math.round(editor?.left ?? -1),
    };
  }, editorSelector);
}

const ribbonShown = (site: Site, text: string) =>
  site.waitFor((t) => {
    const band = document.querySelector('[data-right-account="ribbon"]')?.shadowRoot?.querySelector('.ribbon');
    return !!band && (band.textContent ?? '').replace(/\s+/g, ' ').includes(t);
  }, text);

const ribbonHidden = (site: Site) =>
  site.waitFor(() => {
    const host = document.querySelector<HTMLElement>('[data-right-account="ribbon"]');
    return !host || host.style.display === 'none';
  });

test.describe('Identity ribbon', () => {
  const X_EDITOR = '[data-testid="tweetTextarea_0"]';

  async function openX(ext: ExtensionBrowser, fixture: string): Promise<Site> {
    const site = await ext.newSite({ 'https://x.com/home': fixture });
    await site.goto('https://x.com/home');
    await site.waitFor(() => !!document.querySelector('[data-testid="tweetTextarea_0"]'));
    return site;
  }

  test('X: focusing the composer shows the personal account above the editor; it goes when the focus leaves', async ({ ext }) => {
    await setSettings(ext, standardSettings());
    const site = await openX(ext, 'x/home-fr.html'); // logged in as @marie_dupont
    expect(await readRibbon(site, X_EDITOR)).toBeNull();
    await site.focus(X_EDITOR);
    await ribbonShown(site, 'Marie Dupont @marie_dupont');
    const ribbon = await readRibbon(site, X_EDITOR);
    expect(ribbon?.text).toContain('Marie Dupont @marie_dupont');
    expect(ribbon?.tone).toBe('personal');
    expect(ribbon?.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(ribbon?.inStatusRegion).toBe(true);
    // Attached above the editor: it covers none of the text being typed.
    expect(ribbon!.bottom).toBeLessThanOrEqual(ribbon!.editorTop);
    expect(Math.abs(ribbon!.left - ribbon!.editorLeft)).toBeLessThanOrEqual(4);
    // Typing changes nothing about who publishes.
    await site.type(X_EDITOR, 'Bonjour');
    expect((await readRibbon(site, X_EDITOR))?.text).toContain('Marie Dupont @marie_dupont');
    await site.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await ribbonHidden(site);
    await site.close();
  });

  test('X: a protected brand is unmistakable', async ({ ext }) => {
    await setSettings(ext, standardSettings());
    const site = await openX(ext, 'x/home-en.html'); // logged in as @boulangerie_dupont
    await site.focus(X_EDITOR);
    await ribbonShown(site, 'Boulangerie Dupont @boulangerie_dupont');
    expect((await readRibbon(site, X_EDITOR))?.tone).toBe('protected');
    await site.close();
  });

  test('X: no ribbon on a platform without configured accounts', async ({ ext }) => {
    await setSettings(ext, standardSettings((s) => (s.accounts = s.accounts.map((a) => ({ ...a, platform: 'instagram' })))));
    const site = await openX(ext, 'x/home-fr.html');
    await site.focus(X_EDITOR);
    await site.evaluate(() => new Promise((r) => setTimeout(r, 700)));
    expect(await readRibbon(site, X_EDITOR)).toBeNull();
    await site.close();
  });

  test("Facebook: switching the comment box's actor changes the ribbon while the box keeps the focus", async ({ ext }) => {
    const file: SettingsFile = {
      format: 'right-account-settings',
      version: 1,
      accounts: [
        { platform: 'facebook', handle: '61551234567890', name: 'Boulangerie Dupont', kind: 'brand', protected: true },
        { platform: 'facebook', name: 'Marie Dupont', kind: 'personal' },
      ],
    };
    await setSettings(ext, file);
    const site = await ext.newSite({ 'https://www.facebook.com/': 'facebook/feed-fr.html' });
    await site.goto('https://www.facebook.com/');
    await site.waitFor(() => !!(window as unknown as { __fixture?: unknown }).__fixture);
    // The second post's comment box, whose actor picker is on the Page.
    const box = '[aria-posinset="2"] [contenteditable="true"]';
    await site.focus(box);
    await ribbonShown(site, 'Boulangerie Dupont');
    expect((await readRibbon(site, box))?.tone).toBe('protected');
    await site.evaluate(() => (window as unknown as { __fixture: { setActor(i: number, n: string): boolean } }).__fixture.setActor(1, 'Marie Dupont'));
    await ribbonShown(site, 'Marie Dupont');
    const after = await readRibbon(site, box);
    expect(after?.tone).toBe('personal');
    expect(after?.text).not.toContain('Boulangerie');
    expect(await site.evaluate(() => document.activeElement?.closest('[aria-posinset="2"]') !== null)).toBe(true);
    await site.close();
  });
});
