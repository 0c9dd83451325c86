/**
 * The identity ribbon, end to end in Chromium and Firefox: focusing a composer shows who a publish would go out as,
 * read inside the ribbon's frame (reached through the browser's frame tree), and it follows an identity change made by the site's own actor
 * picker while the composer keeps the focus.
 */
import { expect, test, type ExtensionBrowser, type Site } from './harness';
import { boxOf, readRibbon, ribbonHidden, ribbonShown, setSettings, standardSettings, type SettingsFile } from './support';

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
    expect(await readRibbon(site)).toBeNull();
    await site.focus(X_EDITOR);
    const ribbon = await ribbonShown(site, 'Marie Dupont @marie_dupont');
    const editor = await boxOf(site, X_EDITOR);
    expect(ribbon.text).toContain('Marie Dupont @marie_dupont');
    expect(ribbon.tone).toBe('personal');
    expect(ribbon.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(ribbon.inStatusRegion).toBe(true);
    // Attached above the editor: it covers none of the text being typed.
    expect(ribbon.bottom).toBeLessThanOrEqual(editor.top);
    expect(Math.abs(ribbon.left - editor.left)).toBeLessThanOrEqual(4);
    // Typing changes nothing about who publishes.
    await site.type(X_EDITOR, 'Bonjour');
    expect((await readRibbon(site))?.text).toContain('Marie Dupont @marie_dupont');
    await site.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await ribbonHidden(site);
    await site.close();
  });

  test("X: the ribbon stays in the composer's column, and follows the site's theme rather than the system's", async ({ ext }) => {
    await setSettings(ext, standardSettings());
    const site = await openX(ext, 'x/home-en.html'); // logged in as @boulangerie_dupont
    await site.focus(X_EDITOR);
    const ribbon = await ribbonShown(site, 'Boulangerie Dupont');
    const columns = await site.evaluate(() => {
      const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
      return { primaryRight: box('[data-testid="primaryColumn"]').right, sideLeft: box('[data-testid="sidebarColumn"]').left };
    });
    // Never under the right column: the ribbon's frame (the most room it may take) ends inside the primary column.
    expect(ribbon.left + ribbon.frameWidth).toBeLessThanOrEqual(columns.primaryRight);
    expect(ribbon.left + ribbon.frameWidth).toBeLessThan(columns.sideLeft);
    expect(ribbon.theme).toBe('light');
    // X's "Lights out": the page turns black while the system stays light. The ribbon follows the page.
    await site.evaluate(() => (document.body.style.backgroundColor = 'rgb(0, 0, 0)'));
    await site.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await ribbonHidden(site);
    await site.focus(X_EDITOR);
    const deadline = Date.now() + 5000;
    let dark = await readRibbon(site);
    while (dark?.theme !== 'dark' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      dark = await readRibbon(site);
    }
    expect(dark?.theme).toBe('dark');
    await site.close();
  });

  test('X: a protected brand is unmistakable', async ({ ext }) => {
    await setSettings(ext, standardSettings());
    const site = await openX(ext, 'x/home-en.html'); // logged in as @boulangerie_dupont
    await site.focus(X_EDITOR);
    await ribbonShown(site, 'Boulangerie Dupont @boulangerie_dupont');
    expect((await readRibbon(site))?.tone).toBe('protected');
    await site.close();
  });

  test('X: no ribbon on a platform without configured accounts', async ({ ext }) => {
    await setSettings(ext, standardSettings((s) => (s.accounts = s.accounts.map((a) => ({ ...a, platform: 'instagram' })))));
    const site = await openX(ext, 'x/home-fr.html');
    await site.focus(X_EDITOR);
    await site.evaluate(() => new Promise((r) => setTimeout(r, 700)));
    expect(await readRibbon(site)).toBeNull();
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
    expect((await readRibbon(site))?.tone).toBe('protected');
    await site.evaluate(() => (window as unknown as { __fixture: { setActor(i: number, n: string): boolean } }).__fixture.setActor(1, 'Marie Dupont'));
    await ribbonShown(site, 'Marie Dupont');
    const after = await readRibbon(site);
    expect(after?.tone).toBe('personal');
    expect(after?.text).not.toContain('Boulangerie');
    expect(await site.evaluate(() => document.activeElement?.closest('[aria-posinset="2"]') !== null)).toBe(true);
    await site.close();
  });
});
