/** Who a LinkedIn publish goes out as, per fixture and per composer: the member, the share box author, the comment actor. */
import { describe, expect, it } from 'vitest';
import { adminCompanyOf, detectIdentity, detectMember, draftOf, findComposers, kindOf, vanityOf } from '../../../utils/platforms/linkedin/detect';
import { LINKEDIN_SELECTORS as S } from '../../../utils/platforms/linkedin/selectors';
import type { Identity } from '../../../utils/types';
import { URLS, deepQuery, loadFixture, setDraft } from './load-fixture';

const MARIE_AV =
  'https://media.licdn.com/dms/image/v2/D4E03AQH7mZ2kQx1a9w/profile-displayphoto-shrink_100_100/profile-displayphoto-shrink_100_100/0/1716300000000?e=1790000000&v=beta&t=mD7xQ2pL';
const BOUL_AV =
  'https://media.licdn.com/dms/image/v2/C4D0BAQF3kP9aZbQw2g/company-logo_100_100/company-logo_100_100/0/1630000000000/boulangerie_dupont_logo?e=1790000000&v=beta&t=Kq3vB9tA';

const marie = (source: string): Identity => ({ platform: 'linkedin', handle: 'marie-dupont-4b2a1', name: 'Marie Dupont', avatarUrl: MARIE_AV, source });
const pageByActor: Identity = { platform: 'linkedin', name: 'Boulangerie Dupont', avatarUrl: BOUL_AV, source: 'comment-actor' };

const identities = (name: string) => {
  const doc = loadFixture(name);
  return findComposers(doc).map((c) => [kindOf(c), detectIdentity(doc, URLS[name]!, c)]);
};

describe('LinkedIn identity', () => {
  it('feed-fr: the member from the nav; each composer publishes as its own author', () => {
    const doc = loadFixture('feed-fr');
    expect(detectMember(doc)).toEqual({ identity: marie('global-nav') });
    // The page-level reading is the open share box's author: the member.
    expect(detectIdentity(doc, URLS['feed-fr']!, null)).toEqual({ identity: marie('share-author+global-nav') });
    expect(identities('feed-fr')).toEqual([
      ['ember-comment', { identity: marie('comment-actor+global-nav') }],
      ['ember-comment', { identity: pageByActor }],
      ['message', { identity: marie('global-nav') }],
      ['share', { identity: marie('share-author+global-nav') }],
    ]);
  });

  it('feed-en: the SDUI share box author, a TipTap box with no picker (member), one "Commenting as" the page', () => {
    expect(identities('feed-en')).toEqual([
      ['comment', { identity: marie('global-nav') }],
      ['comment', { identity: pageByActor }],
      ['message', { identity: marie('global-nav') }],
      ['sdui', { identity: marie('share-author+global-nav') }],
    ]);
  });

  it('page-admin-fr: the share box publishes as the page, with the company id of the admin URL', () => {
    const doc = loadFixture('page-admin-fr');
    const page: Identity = { platform: 'linkedin', handle: '104857600', name: 'Boulangerie Dupont', avatarUrl: BOUL_AV, source: 'share-author' };
    expect(detectIdentity(doc, URLS['page-admin-fr']!, findComposers(doc)[0]!)).toEqual({ identity: page });
    expect(detectIdentity(doc, URLS['page-admin-fr']!, null)).toEqual({ identity: page });
    // The same share box on the feed (no admin URL): the page by name only.
    expect(detectIdentity(doc, URLS['feed-fr']!, findComposers(doc)[0]!)).toEqual({
      identity: { platform: 'linkedin', name: 'Boulangerie Dupont', avatarUrl: BOUL_AV, source: 'share-author' },
    });
    // Without the share box: the admin URL alone.
    doc.querySelector(S.interopOutlet)!.remove();
    expect(detectIdentity(doc, URLS['page-admin-fr']!, null)).toEqual({ identity: { platform: 'linkedin', handle: '104857600', source: 'admin-url' } });
  });

  it('page-admin-en: reached by the page vanity, a scheduled post still publishes as the page', () => {
    const doc = loadFixture('page-admin-en');
    const page: Identity = { platform: 'linkedin', handle: 'boulangerie-dupont', name: 'Boulangerie Dupont', avatarUrl: BOUL_AV, source: 'share-author' };
    expect(identities('page-admin-en')).toEqual([['share', { identity: page }]]);
    expect(detectIdentity(doc, URLS['page-admin-en']!, null)).toEqual({ identity: page });
  });

  it('feed-ui-fr-account-en: French UI for an English account; the messaging [role=dialog] in the shadow root is no share box', () => {
    const doc = loadFixture('feed-ui-fr-account-en');
    // No share box is open: the page-level reading is the member, never an "author" read from the messaging dialog.
    expect(detectIdentity(doc, URLS['feed-ui-fr-account-en']!, null)).toEqual({ identity: marie('global-nav') });
    expect(identities('feed-ui-fr-account-en')).toEqual([
      ['comment', { identity: marie('global-nav') }],
      ['comment', { identity: pageByActor }],
      ['message', { identity: marie('global-nav') }],
    ]);
  });

  it('the comment actor does not depend on the UI language: an unknown label falls back to the picker picture', () => {
    const doc = loadFixture('feed-ui-fr-account-en');
    // LinkedIn served Finnish this time: no label table matches.
    for (const picker of Array.from(doc.querySelectorAll('button[aria-haspopup="menu"]'))) {
      picker.setAttribute('aria-label', 'Kommentoidaan nimellä Boulangerie Dupont. Avaa valikko');
    }
    const [mine, page] = findComposers(doc);
    expect(detectIdentity(doc, URLS['feed-ui-fr-account-en']!, page!)).toEqual({ identity: pageByActor });
    // The member's own box has a picture but no picker: the member.
    expect(detectIdentity(doc, URLS['feed-ui-fr-account-en']!, mine!)).toEqual({ identity: marie('global-nav') });
    // A menu button with an icon (the "…" menu) or text is not a picker; nor is one after the editor.
    const picker = page!.querySelector('button[aria-haspopup="menu"]')!;
    picker.insertAdjacentHTML('beforeend', '<svg id="overflow-web-ios-small"></svg>');
    expect(detectIdentity(doc, URLS['feed-ui-fr-account-en']!, page!).identity).toMatchObject({ source: 'global-nav' });
    picker.querySelector('svg')!.remove();
    page!.querySelector('[componentkey*="commentButtonSection"]')!.append(picker);
    expect(detectIdentity(doc, URLS['feed-ui-fr-account-en']!, page!).identity).toMatchObject({ source: 'global-nav' });
  });

  it('a page name with a comma or a full stop is read whole, from the picker picture the label goes on with', () => {
    const doc = loadFixture('feed-en');
    const picker = doc.querySelector('button[aria-label^="Commenting as"]')!;
    picker.setAttribute('aria-label', 'Commenting as Dupont, Lyon St. Jean. Open menu to switch who’s commenting');
    picker.querySelector('img')!.setAttribute('alt', 'Dupont, Lyon St. Jean');
    const page = findComposers(doc).find((c) => c.contains(picker))!;
    expect(detectIdentity(doc, URLS['feed-en']!, page).identity).toMatchObject({ name: 'Dupont, Lyon St. Jean', source: 'comment-actor' });
    // A picture that names someone else is not taken over the label.
    picker.querySelector('img')!.setAttribute('alt', 'Photo');
    expect(detectIdentity(doc, URLS['feed-en']!, page).identity).toMatchObject({ name: 'Dupont' });
  });

  for (const name of ['feed-comment-section-outside-en', 'feed-comment-section-outside-fr']) {
    it(`${name}: the member's box publishes as the member, the reply box set to the page as the page`, () => {
      expect(identities(name)).toEqual([
        ['comment', { identity: marie('global-nav') }],
        ['comment', { identity: { ...pageByActor, avatarUrl: BOUL_AV } }],
      ]);
    });
  }

  for (const [name, twin] of [['share-repost-fr', 'feed-fr'], ['share-repost-en', 'feed-en']] as const) {
    it(`${name}: a repost with thoughts publishes as the share box's author; the reposted post is neither author nor draft`, () => {
      expect(identities(name)).toEqual(identities(twin));
      const doc = loadFixture(name);
      const share = findComposers(doc).find((c) => kindOf(c) === 'share' || kindOf(c) === 'sdui')!;
      expect(share.querySelector('a[href*="/in/jean-martin-92/"]')).not.toBeNull();
      setDraft(deepQuery(share, '[contenteditable="true"]'), 'Bravo Jean !');
      expect(draftOf(share)).toBe('Bravo Jean !');
    });
  }

  for (const name of ['share-repost-no-member-fr', 'share-repost-no-member-en']) {
    it(`${name}: with the member's markers gone and only the audience in the "post as" control, the author is unknown`, () => {
      const doc = loadFixture(name);
      const share = findComposers(doc).find((c) => kindOf(c) === 'share' || kindOf(c) === 'sdui')!;
      expect(detectMember(doc)).toEqual({ identity: null, problem: 'no-identity-signal' });
      expect(detectIdentity(doc, URLS[name]!, share)).toEqual({ identity: null, problem: 'no-identity-signal' });
      expect(detectIdentity(doc, URLS[name]!, null)).toEqual({ identity: null, problem: 'no-identity-signal' });
    });
  }

  it('the share box\'s audience label is never the author, with or without the member\'s markers', () => {
    for (const [name, audience] of [['feed-fr', 'Publier pour : Tout le monde'], ['page-admin-en', 'Post to Anyone']] as const) {
      const doc = loadFixture(name);
      const control = deepQuery(doc, S.shareAuthor);
      // Another markup of the "post as" control: the author's name is not in it (it sits elsewhere, or is loading).
      control.querySelector('h3')!.remove();
      control.querySelector('img')!.setAttribute('alt', '');
      expect(control.textContent!.trim()).toBe(audience);
      const share = findComposers(doc).find((c) => kindOf(c) === 'share')!;
      const url = name === 'feed-fr' ? URLS['feed-fr']! : URLS['page-admin-en']!;
      const expected = name === 'feed-fr' ? { identity: null, problem: 'no-identity-signal' } : { identity: { platform: 'linkedin', handle: 'boulangerie-dupont', source: 'admin-url' } };
      expect(detectIdentity(doc, url, share)).toEqual(expected);
      // The member's markers gone too: still nothing taken from the control's label.
      for (const el of Array.from(doc.querySelectorAll(`${S.meLink}, ${S.mePhoto}, ${S.railProfileLink}, ${S.datalet}`))) el.remove();
      expect(detectIdentity(doc, url, share)).toEqual(expected);
    }
  });

  it('a share author line is taken only when something else names the same author', () => {
    const doc = loadFixture('feed-fr');
    const control = deepQuery(doc, S.shareAuthor);
    const share = findComposers(doc).find((c) => kindOf(c) === 'share')!;
    // Two lines (author, audience) and the picture's alt: the member.
    expect(detectIdentity(doc, URLS['feed-fr']!, share).identity).toMatchObject({ source: 'share-author+global-nav' });
    // A lone heading (no audience line, no alt, no label): a heading, not a name.
    control.querySelector('span')!.remove();
    control.querySelector('img')!.setAttribute('alt', '');
    control.removeAttribute('aria-label');
    control.querySelector('h3')!.textContent = 'Créer un post';
    expect(detectIdentity(doc, URLS['feed-fr']!, share)).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('the member\'s name comes from the Me entry\'s own photo, never from another picture of the nav', () => {
    const doc = loadFixture('feed-en');
    doc.querySelector(S.mePhoto)!.remove();
    for (const el of Array.from(doc.querySelectorAll(`${S.railProfileLink}, ${S.datalet}`))) el.remove();
    doc.querySelector('#global-nav .global-nav__primary-items')!.insertAdjacentHTML('afterbegin', '<li><a href="https://www.linkedin.com/notifications/"><img alt="Jean Martin" src="https://media.licdn.com/x.jpg"></a></li>');
    expect(detectMember(doc).identity).toEqual({ platform: 'linkedin', handle: 'marie-dupont-4b2a1', source: 'global-nav' });
  });

  it('no-signals-en: nothing names the author, other members\' links are not taken', () => {
    const doc = loadFixture('no-signals-en');
    expect(detectIdentity(doc, URLS['no-signals-en']!, null)).toEqual({ identity: null, problem: 'no-identity-signal' });
    expect(detectIdentity(doc, URLS['no-signals-en']!, findComposers(doc)[0]!)).toEqual({ identity: null, problem: 'no-identity-signal' });
  });

  it('falls back to the identity card, then to the embedded /me response', () => {
    const doc = loadFixture('feed-fr');
    doc.getElementById('global-nav')!.remove();
    expect(detectMember(doc).identity).toEqual({ platform: 'linkedin', handle: 'marie-dupont-4b2a1', name: 'Marie Dupont', source: 'feed-identity' });
    doc.querySelector('.feed-identity-module')!.remove();
    expect(detectMember(doc).identity).toEqual({ platform: 'linkedin', handle: 'marie-dupont-4b2a1', name: 'Marie Dupont', source: 'voyager-me' });
  });

  it('two signals naming different members: conflicting, trust neither', () => {
    const doc = loadFixture('feed-fr');
    doc.querySelector(S.railProfileLink)!.setAttribute('href', 'https://www.linkedin.com/in/jean-martin-92/');
    expect(detectMember(doc)).toEqual({ identity: null, problem: 'conflicting-signals' });
    const en = loadFixture('feed-en');
    const me = Array.from(en.querySelectorAll('code')).find((c) => c.id === 'bpr-guid-2261')!;
    me.textContent = me.textContent!.replace('marie-dupont-4b2a1', 'someone-else');
    expect(detectMember(en)).toEqual({ identity: null, problem: 'conflicting-signals' });
  });

  it('reads the share box author now: switching "post as" to the page changes the identity', () => {
    const doc = loadFixture('feed-fr');
    const share = findComposers(doc).find((c) => kindOf(c) === 'share')!;
    deepQuery(doc, `${S.shareAuthor} h3`).textContent = 'Boulangerie Dupont';
    expect(detectIdentity(doc, URLS['feed-fr']!, share).identity).toMatchObject({ name: 'Boulangerie Dupont', source: 'share-author' });
    expect(detectIdentity(doc, URLS['feed-fr']!, share).identity).not.toHaveProperty('handle');
  });

  it('URL helpers: vanities and admin company ids', () => {
    expect(vanityOf('https://www.linkedin.com/in/marie-dupont-4b2a1/?miniProfileUrn=x')).toBe('marie-dupont-4b2a1');
    expect(vanityOf('/in/jos%C3%A9-garc%C3%ADa/')).toBe('josé-garcía');
    expect(vanityOf('https://evil.example/in/marie-dupont-4b2a1/')).toBeUndefined();
    expect(vanityOf('/company/104857600/')).toBeUndefined();
    expect(adminCompanyOf('https://www.linkedin.com/company/104857600/admin/page-posts/published/?share=true')).toBe('104857600');
    expect(adminCompanyOf('https://www.linkedin.com/company/boulangerie-dupont/admin/')).toBe('boulangerie-dupont');
    expect(adminCompanyOf('https://www.linkedin.com/company/104857600/')).toBeUndefined();
    expect(adminCompanyOf('https://www.linkedin.com/feed/')).toBeUndefined();
  });
});
