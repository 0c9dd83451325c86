/** createLinkedInAdapter: the live wiring of the detectors (environment, no caching, editor memory). */
import { SITE_MATCHES } from '../../../utils/platforms/sites';
import { describe, expect, it } from 'vitest';
import { createLinkedInAdapter } from '../../../utils/platforms/linkedin/adapter';
import { findComposers, kindOf } from '../../../utils/platforms/linkedin/detect';
import { LINKEDIN_SELECTORS as S } from '../../../utils/platforms/linkedin/selectors';
import { URLS, deepQuery, loadFixture, setDraft } from './load-fixture';

describe('createLinkedInAdapter', () => {
  it('is the LinkedIn platform, runs on www.linkedin.com, and has no session key (li_at is httpOnly)', () => {
    const adapter = createLinkedInAdapter();
    expect(adapter.platform).toBe('linkedin');
    expect(SITE_MATCHES.linkedin).toEqual(['https://www.linkedin.com/*']);
    expect(adapter.readSessionKey).toBeUndefined();
  });

  it('reads the identity now, from the injected document and URL, per composer', () => {
    const doc = loadFixture('page-admin-fr');
    let url = URLS['page-admin-fr']!;
    const adapter = createLinkedInAdapter({ doc, getUrl: () => url });
    const share = findComposers(doc)[0]!;
    expect(adapter.readIdentity(share).identity).toMatchObject({ handle: '104857600', name: 'Boulangerie Dupont' });
    // The user switches "post as" back to the member: the author line changes, the identity with it.
    deepQuery(doc, `${S.shareAuthor} h3`).textContent = 'Marie Dupont';
    expect(adapter.readIdentity(share).identity).toMatchObject({ handle: 'marie-dupont-4b2a1', name: 'Marie Dupont' });
    url = URLS['feed-fr']!;
    doc.querySelector(S.interopOutlet)!.remove();
    // A composer that left the page is not read: the page-level identity (the member) is.
    expect(adapter.readIdentity(share).identity).toMatchObject({ handle: 'marie-dupont-4b2a1', source: 'global-nav' });
  });

  it('defaults to the global document and location; never throws', () => {
    loadFixture('feed-fr');
    expect(createLinkedInAdapter().readIdentity(null).identity).toMatchObject({ handle: 'marie-dupont-4b2a1' });
    const adapter = createLinkedInAdapter({
      doc: document,
      getUrl: () => {
        throw new Error('sandboxed');
      },
    });
    expect(adapter.readIdentity(null).identity).toMatchObject({ handle: 'marie-dupont-4b2a1' });
    expect(adapter.classify(new Event('click'), [])).toBeNull();
    expect(adapter.composerOf([window])).toBeNull();
  });

  it('readDraft, publishControlOf and editorOf read the composer as it is now', () => {
    const doc = loadFixture('feed-en');
    const adapter = createLinkedInAdapter({ doc, getUrl: () => URLS['feed-en']! });
    const [mine, page] = findComposers(doc).filter((c) => kindOf(c) === 'comment');
    const editor = page!.querySelector<HTMLElement>('[contenteditable="true"]')!;
    setDraft(editor, 'Ours\nof course');
    expect(adapter.readDraft(page!)).toBe('Ours\nof course');
    const old = adapter.publishControlOf(page!)!;
    const replacement = old.cloneNode(true) as HTMLElement;
    old.replaceWith(replacement);
    expect(adapter.publishControlOf(page!)).toBe(replacement);
    expect(adapter.editorOf(mine!)).toBe(mine!.querySelector('[contenteditable="true"]'));
    expect(adapter.composerOf([editor, page!, doc.body])).toBe(page);
    expect(adapter.editorOf(page!)).toBe(editor);
  });
});
