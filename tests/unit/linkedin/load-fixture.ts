/**
 * LinkedIn's fixture pages (tests/fixtures/linkedin) through the shared loader of tests/unit/platforms/load-fixture.ts
 * (declarative shadow DOM attached: the classic share box lives in #interop-outlet's open shadow root), the URL each
 * stands for, and the helpers that play LinkedIn's editors.
 */
import { fixturesOf } from '../platforms/load-fixture';

export { deepQuery, deepQueryAll } from '../platforms/load-fixture';

export const { FIXTURES, loadFixture } = fixturesOf('linkedin');

/** The URL each fixture stands for. */
export const URLS: Record<string, string> = {
  'feed-en': 'https://www.linkedin.com/feed/',
  'feed-fr': 'https://www.linkedin.com/feed/',
  'no-signals-en': 'https://www.linkedin.com/feed/',
  'page-admin-fr': 'https://www.linkedin.com/company/104857600/admin/page-posts/published/?share=true',
  'page-admin-en': 'https://www.linkedin.com/company/boulangerie-dupont/admin/page-posts/published/?share=true',
  'feed-ui-fr-account-en': 'https://www.linkedin.com/feed/',
  'feed-comment-section-outside-en': 'https://www.linkedin.com/feed/',
  'feed-comment-section-outside-fr': 'https://www.linkedin.com/feed/',
  'share-repost-en': 'https://www.linkedin.com/feed/',
  'share-repost-fr': 'https://www.linkedin.com/feed/',
  'share-repost-no-member-en': 'https://www.linkedin.com/feed/',
  'share-repost-no-member-fr': 'https://www.linkedin.com/feed/',
};

/** Puts text in a LinkedIn editor the way Quill/TipTap render it: one <p> per line. */
export function setDraft(editor: HTMLElement, text: string): void {
  editor.innerHTML = text
    .split('\n')
    .map((line) => (line ? `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>` : '<p><br></p>'))
    .join('');
}

/** Enables a publish control as LinkedIn does once the composer has text. */
export function enable(control: Element): void {
  control.removeAttribute('disabled');
  control.removeAttribute('aria-disabled');
}
