/**
 * "Report a broken page" (utils/platforms/skeleton.ts) on every fixture of every platform: no text of the page's
 * posts, names or handles survives in the skeleton (text nodes, alt texts, labels, links, cookies, embedded data),
 * and the skeleton, loaded as a page, still counts the same for the selector table's hooks as the original.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORMS, type Platform } from '../../../utils/types';
import type { HealthSpec } from '../../../utils/platforms/health';
import { foldLabel } from '../../../utils/platforms/health';
import { REDACTED, pathPattern, skeletonOf } from '../../../utils/platforms/skeleton';
import { X_HEALTH } from '../../../utils/platforms/x/health';
import { FACEBOOK_HEALTH } from '../../../utils/platforms/facebook/health';
import { LINKEDIN_HEALTH } from '../../../utils/platforms/linkedin/health';
import { INSTAGRAM_HEALTH } from '../../../utils/platforms/instagram/health';
import { deepQueryAll, fixtureCookies, fixtureHtml, fixturesOf, loadPage } from './load-fixture';

const SPECS: Record<Platform, HealthSpec> = { x: X_HEALTH, facebook: FACEBOOK_HEALTH, linkedin: LINKEDIN_HEALTH, instagram: INSTAGRAM_HEALTH };
const HOSTS: Record<Platform, string> = { x: 'https://x.com/home', facebook: 'https://www.facebook.com/', linkedin: 'https://www.linkedin.com/feed/', instagram: 'https://www.instagram.com/' };

/** The URL a fixture stands for (its comment says "URL: …"). */
function urlOf(platform: Platform, name: string): string {
  return /URL: (https:\/\/\S+)/.exec(fixtureHtml(platform, name))?.[1]?.replace(/[.,;)]+$/, '') ?? HOSTS[platform];
}

/**
 * What a person wrote or is named by on the page: texts of two words or more (posts, names, bios, placeholders),
 * single-word texts that look like a handle, a hashtag or an id, labels and alt texts, the segments of links that are
 * not routes of the site (handles, vanity names, ids), the names and handles of the embedded data, the cookies'
 * values. Single-word interface texts ("Home", "Explore") are the site's, not the user's: not collected.
 */
function privateStrings(doc: Document, spec: HealthSpec): string[] {
  const found = new Set<string>();
  const add = (s: string | null | undefined, single = false) => {
    const text = (s ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 3 || !/\p{L}|\d{3,}/u.test(text) || spec.knownLabels.includes(foldLabel(text))) return;
    if (!single && !text.includes(' ') && !/[@#_.\d]/.test(text)) return;
    found.add(text);
  };
  const routes = new Set(spec.routeWords.map((w) => w.toLowerCase()));
  const walk = (root: ParentNode) => {
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root as Node, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement?.localName;
      if (parent === 'script' || parent === 'style' || parent === 'code') {
        // Embedded data: the names and handles in it.
        for (const m of (node.textContent ?? '').matchAll(/"(?:NAME|SHORT_NAME|username|full_name|firstName|lastName|publicIdentifier|screen_name|name)":"([^"]+)"/g)) add(m[1], true);
      } else add(node.textContent);
    }
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const name of ['alt', 'aria-label', 'aria-placeholder', 'aria-description', 'title', 'placeholder', 'value', 'data-placeholder']) add(el.getAttribute(name));
      for (const name of ['href', 'src', 'xlink:href']) {
        const value = el.getAttribute(name);
        if (!value || value.startsWith('/__fixture__/')) continue;
        const url = new URL(value, 'https://example.invalid/');
        if (url.hostname !== 'example.invalid') add(url.hostname, true);
        // A link's path names people and pages (a picture's path names a CDN's folders: no word of it is kept anyway).
        if (el.localName !== 'a') continue;
        for (const segment of url.pathname.split('/')) if (!routes.has(segment.toLowerCase())) add(decodeURIComponent(segment), true);
        for (const [, v] of url.searchParams) add(v, true);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(doc);
  for (const pair of fixtureCookies(doc).split(';')) add(pair.split('=')[1], true);
  return [...found];
}

describe('skeleton of a page', () => {
  for (const platform of PLATFORMS) {
    const spec = SPECS[platform];
    const { FIXTURES, loadFixture } = fixturesOf(platform);
    for (const fixture of FIXTURES) {
      it(`${platform}/${fixture}: no text, name or handle of the page survives`, () => {
        const doc = loadFixture(fixture);
        const secrets = privateStrings(doc, spec);
        expect(secrets.length).toBeGreaterThan(3);
        const { html, truncated } = skeletonOf(doc, urlOf(platform, fixture), spec);
        expect(truncated).toBe(false);
        const lower = html.toLowerCase();
        // A phrase must not appear anywhere; a single word (a handle, a link's segment) not as a word of its own,
        // unless the page uses it as a tag name or a role (`svg`, `feed`), which the skeleton keeps by design.
        const words = new Set(lower.split(/[^\p{L}\p{N}_.@#]+/u));
        const structure = new Set([...Array.from(doc.querySelectorAll('*'), (el) => el.localName), ...Array.from(doc.querySelectorAll('[role]'), (el) => el.getAttribute('role')!)]);
        const leaked = secrets.filter((s) => (/\s/.test(s) ? lower.includes(s.toLowerCase()) : words.has(s.toLowerCase()) && !structure.has(s.toLowerCase())));
        expect(leaked).toEqual([]);
        for (const word of ['marie', 'dupont', 'boulangerie', 'fournil', 'twimg', 'fbcdn', 'licdn', 'cdninstagram', 'https:']) expect(lower, word).not.toContain(word);
      });

      it(`${platform}/${fixture}: every hook counts the same on the skeleton`, () => {
        const original = loadFixture(fixture);
        const url = urlOf(platform, fixture);
        const before = Object.fromEntries(Object.entries(spec.selectors).map(([name, selector]) => [name, deepQueryAll(original, selector).length]));
        const { html } = skeletonOf(original, url, spec);
        const copy = loadPage(html);
        const after = Object.fromEntries(Object.entries(spec.selectors).map(([name, selector]) => [name, deepQueryAll(copy, selector).length]));
        expect(after).toEqual(before);
      });
    }
  }

  it('keeps known control labels, and writes every other text and label as ⋯', () => {
    document.body.innerHTML = '<div role="button" aria-label="Marie Dupont">Publier</div><div role="button" aria-label="Publier">Mon chat est beau</div><img alt="Photo de profil de marie" src="https://cdn/x.jpg">';
    const { html } = skeletonOf(document, 'https://www.facebook.com/', FACEBOOK_HEALTH);
    expect(html).toContain(`<div role="button" aria-label="${REDACTED}">Publier</div>`);
    expect(html).toContain(`<div role="button" aria-label="Publier">${REDACTED}</div>`);
    expect(html).toContain(`<img alt="${REDACTED}">`);
  });

  it('masks a handle inside a test id, hashes classes, keeps the path pattern only', () => {
    document.body.innerHTML = '<a href="https://x.com/marie_dupont/status/1234567?s=20#top" class="css-175oi2r r-1iusvr4">@marie_dupont</a><div data-testid="UserAvatar-Container-marie_dupont"></div>';
    const { html } = skeletonOf(document, 'https://x.com/marie_dupont', X_HEALTH);
    expect(html).toContain('href="/:name/status/:id"');
    expect(html).toContain('data-testid="UserAvatar-Container-x"');
    expect(html).not.toContain('css-175oi2r');
    expect(html).toContain('path /:name.');
  });

  it('pierces open shadow roots as declarative templates, leaves our own elements out, and caps its size', () => {
    document.body.innerHTML = '<div id="interop-outlet" data-testid="interop-shadowdom"></div><right-account-ribbon data-right-account="ribbon"></right-account-ribbon>';
    document.querySelector('#interop-outlet')!.attachShadow({ mode: 'open' }).innerHTML = '<div role="dialog"><p>secret draft</p></div>';
    const { html } = skeletonOf(document, 'https://www.linkedin.com/feed/', LINKEDIN_HEALTH);
    expect(html).toContain(`<div id="interop-outlet" data-testid="interop-shadowdom"><template shadowrootmode="open"><div role="dialog"><p>${REDACTED}</p></div></template></div>`);
    expect(html).not.toContain('right-account');
    expect(html).not.toContain('secret');
    document.body.innerHTML = '<ul>' + '<li>a</li>'.repeat(50) + '</ul>';
    const small = skeletonOf(document, 'https://x.com/home', X_HEALTH, { maxElements: 10 });
    expect(small.truncated).toBe(true);
    expect(small.elements).toBe(10);
    expect(small.html).toMatch(/Cut at 10 elements: \d+ more were left out/);
  });

  it('a path pattern keeps routes, names ids, and drops the host, query and fragment', () => {
    const routes = new Set(['in', 'company', 'admin', 'feed']);
    expect(pathPattern('https://www.linkedin.com/company/104857600/admin/page-posts/published/?share=true', 'https://www.linkedin.com/', routes)).toBe('/company/:id/admin/:name/:name/');
    expect(pathPattern('/in/marie-dupont-4a1b2c/', 'https://www.linkedin.com/', routes)).toBe('/in/:name/');
    expect(pathPattern('javascript:alert(1)', 'https://www.linkedin.com/', routes)).toBe('');
  });
});
