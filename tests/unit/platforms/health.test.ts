/**
 * The health of a page (utils/platforms/health.ts) on every fixture of every platform: a page whose identity markers
 * were removed on purpose (no-signals) reads as degraded, naming what is missing; every other page with a composer
 * reads as ok; a page without a composer concludes nothing. Then the publish label of a click no finder recognised.
 */
import { describe, expect, it } from 'vitest';
import { HEALTH_OK, PLATFORMS, type Platform } from '../../../utils/types';
import type { PlatformAdapter } from '../../../utils/platforms/adapter';
import { hookCounts, identitySignalsFound, pageHealth, publishLabelAt, foldLabel, hasCookie, type HealthSpec } from '../../../utils/platforms/health';
import { X_HEALTH } from '../../../utils/platforms/x/health';
import { FACEBOOK_HEALTH } from '../../../utils/platforms/facebook/health';
import { LINKEDIN_HEALTH } from '../../../utils/platforms/linkedin/health';
import { INSTAGRAM_HEALTH } from '../../../utils/platforms/instagram/health';
import { createXAdapter } from '../../../utils/platforms/x/adapter';
import { createFacebookAdapter } from '../../../utils/platforms/facebook/adapter';
import { createLinkedInAdapter } from '../../../utils/platforms/linkedin/adapter';
import { createInstagramAdapter } from '../../../utils/platforms/instagram/adapter';
import { findComposers as xComposers } from '../../../utils/platforms/x/detect';
import { findComposers as facebookComposers } from '../../../utils/platforms/facebook/detect';
import { findComposers as linkedinComposers } from '../../../utils/platforms/linkedin/detect';
import { findComposers as instagramComposers } from '../../../utils/platforms/instagram/detect';
import { deepQueryAll, fixtureCookies, fixtureHtml, fixturesOf } from './load-fixture';
import { SELECTOR_TABLES, documentedCount, documentedSelectors } from './selector-docs';
/** Pages whose viewer markers were removed on purpose, with a composer: they must read as degraded. */
const MARKERS_REMOVED = /^no-signals(-|$)|-no-(viewer|member)(-|$)/;

const SPECS: Record<Platform, HealthSpec> = { x: X_HEALTH, facebook: FACEBOOK_HEALTH, linkedin: LINKEDIN_HEALTH, instagram: INSTAGRAM_HEALTH };
const ADAPTERS: Record<Platform, (env: { doc: Document; getCookie: () => string; getUrl: () => string }) => PlatformAdapter> = {
  x: createXAdapter,
  facebook: createFacebookAdapter,
  linkedin: createLinkedInAdapter,
  instagram: createInstagramAdapter,
};
const COMPOSERS: Record<Platform, (root: ParentNode) => Element[]> = { x: xComposers, facebook: facebookComposers, linkedin: linkedinComposers, instagram: instagramComposers };
const urlOf = (platform: Platform, name: string) => /URL: (https:\/\/\S+)/.exec(fixtureHtml(platform, name))?.[1]?.replace(/[.,;)]+$/, '') ?? 'https://example.invalid/';

describe('page health on the fixtures', () => {
  for (const platform of PLATFORMS) {
    const spec = SPECS[platform];
    const { FIXTURES, loadFixture } = fixturesOf(platform);
    for (const fixture of FIXTURES) {
      it(`${platform}/${fixture}`, () => {
        const doc = loadFixture(fixture);
        const twid = doc.documentElement.getAttribute('data-fixture-twid');
        const cookie = fixtureCookies(doc) || (twid ? `twid=u%3D${twid}` : '');
        const adapter = ADAPTERS[platform]({ doc, getCookie: () => cookie, getUrl: () => urlOf(platform, fixture) });
        const composers = COMPOSERS[platform](doc);
        const composer = composers[0] ?? null;
        const health = pageHealth(spec, doc, cookie, { composer: !!composer, reading: adapter.readIdentity(composer), unrecognized: [] });
        // Every composer of a page read well reads as ok: focusing any of them never says "degraded".
        if (!MARKERS_REMOVED.test(fixture))
          for (const [i, other] of composers.entries())
            expect(pageHealth(spec, doc, cookie, { composer: true, reading: adapter.readIdentity(other), unrecognized: [] }), `composer ${i}`).toEqual(HEALTH_OK);
        if (MARKERS_REMOVED.test(fixture)) {
          expect(health.state).toBe('degraded');
          // Named either as markers the identity lacks, or as the hooks of those markers counting zero.
          expect(health.causes.some((c) => c === 'no-identity-marker' || c === 'missing-hooks')).toBe(true);
          expect(health.missing.length).toBeGreaterThan(0);
          // Every identity signal it names is really absent; none of them is a value.
          const found = identitySignalsFound(spec, doc, cookie);
          for (const name of health.missing.filter((n) => spec.identitySignals.some((s) => s.name === n))) expect(found.find((s) => s.name === name)?.found, name).toBe(false);
        } else {
          expect(health, composer ? 'a logged-in page with a composer' : 'no composer: nothing concluded').toEqual(HEALTH_OK);
        }
        // Without a composer, nothing is concluded, whatever the page.
        expect(pageHealth(spec, doc, cookie, { composer: false, reading: adapter.readIdentity(null), unrecognized: [] })).toEqual(HEALTH_OK);
      });
    }
  }

  it('names the required hooks that match nothing, as the live-page snippet does', () => {
    const doc = fixturesOf('linkedin').loadFixture('feed-en');
    doc.querySelector('#interop-outlet')!.remove();
    const health = pageHealth(LINKEDIN_HEALTH, doc, '', { composer: true, reading: { identity: { platform: 'linkedin', name: 'M', source: 't' } }, unrecognized: [] });
    expect(health).toEqual({ state: 'degraded', causes: ['missing-hooks'], missing: ['interopOutlet'] });
  });

  it('says a publish control no finder recognised, once, whatever else is fine', () => {
    const doc = fixturesOf('x').loadFixture('home-fr');
    const health = pageHealth(X_HEALTH, doc, '', { composer: false, reading: null, unrecognized: ['poster'] });
    expect(health).toEqual({ state: 'degraded', causes: ['unrecognized-publish'], missing: ['publishControl'] });
  });

  for (const platform of PLATFORMS) {
    it(`${platform}: "Check this page" counts every hook as the selector table documents it`, () => {
      const { FIXTURES, loadFixture } = fixturesOf(platform);
      const documented = documentedSelectors(platform);
      for (const fixture of FIXTURES) {
        const doc = loadFixture(fixture);
        const rows = hookCounts(SPECS[platform], doc);
        expect(rows.map((r) => r.name)).toEqual(Object.keys(SELECTOR_TABLES[platform].selectors));
        for (const row of rows) {
          expect(row.count, `${fixture} ${row.name}`).toBe(documentedCount(documented.get(row.name)!.counts, fixture));
          expect(row.count).toBe(deepQueryAll(doc, SELECTOR_TABLES[platform].selectors[row.name]!).length);
        }
      }
    });
  }
});

describe('a publish-labelled control', () => {
  const at = (html: string, spec: HealthSpec = FACEBOOK_HEALTH) => {
    document.body.innerHTML = html;
    return publishLabelAt(spec, [document.querySelector('[data-target]') ?? document.body.firstElementChild!]);
  };

  it('is an enabled button or div[role=button] whose label (aria-label, else text) is one of the publish labels', () => {
    expect(at('<div role="button" data-target>Publier</div>')).toBe('publier');
    expect(at('<div role="button" aria-label="Publish"><span data-target>x</span></div>')).toBe('publish');
    expect(at('<button><span data-target>Tout poster</span></button>', X_HEALTH)).toBe('tout poster');
    expect(at('<div role="button" data-target>Partager</div>', INSTAGRAM_HEALTH)).toBe('partager');
  });

  it('is never a link, a disabled control, a comment or reply opener, or a long card', () => {
    expect(at('<a href="/compose/post" role="button" data-target>Post</a>', X_HEALTH)).toBeNull();
    expect(at('<div role="button" aria-disabled="true" data-target>Publier</div>')).toBeNull();
    expect(at('<div role="button" aria-label="Comment" data-target>Comment</div>')).toBeNull();
    expect(at('<div role="button" data-target>Reply</div>', X_HEALTH)).toBeNull();
    expect(at('<div role="button" data-target>Commenter</div>', LINKEDIN_HEALTH)).toBeNull();
    expect(at(`<div role="button" data-target>Publier ${'x'.repeat(300)}</div>`)).toBeNull();
    expect(at('<span data-target>Publier</span>')).toBeNull();
  });

  it('labels compare folded: case, accents, spaces and a trailing ellipsis', () => {
    expect(foldLabel('  Écrivez   une légende… ')).toBe('ecrivez une legende');
    expect(hasCookie('a=1; twid=u%3D1', 'twid')).toBe(true);
    expect(hasCookie('xtwid=1', 'twid')).toBe(false);
  });
});
