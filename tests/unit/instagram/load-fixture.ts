/**
 * Instagram's fixture pages (tests/fixtures/instagram) through the shared loader of
 * tests/unit/platforms/load-fixture.ts, and the helpers that play Instagram's editors.
 */
import { fixturesOf } from '../platforms/load-fixture';

export { fixtureCookies as cookieFor, q } from '../platforms/load-fixture';

export const { FIXTURES, loadFixture } = fixturesOf('instagram');

/** Puts text in an editor the way Instagram renders it: `value` for a textarea, one Lexical paragraph per line otherwise. */
export function setDraft(editor: HTMLElement, text: string): void {
  if (editor.localName === 'textarea') {
    (editor as HTMLTextAreaElement).value = text;
    return;
  }
  editor.innerHTML = text
    .split('\n')
    .map((line) => (line ? `<p class="xdj266r" dir="auto"><span data-lexical-text="true">${line}</span></p>` : '<p class="xdj266r"><br></p>'))
    .join('');
}

/** Enables a publish control as Instagram does once the composer has text. */
export function enable(control: Element): void {
  control.removeAttribute('aria-disabled');
}
