/**
 * Facebook's fixture pages (tests/fixtures/facebook) through the shared loader of tests/unit/platforms/load-fixture.ts,
 * and the helpers that play Facebook's editors.
 */
import { fixturesOf } from '../platforms/load-fixture';

export { fixtureCookies as cookieFor, q } from '../platforms/load-fixture';

export const { FIXTURES, loadFixture } = fixturesOf('facebook');

/** Puts text in an editor as Facebook renders it: Lexical paragraphs, or Draft blocks in Business Suite's editor. */
export function setDraft(editor: HTMLElement, text: string): void {
  const lines = text.split('\n');
  if (editor.querySelector('[data-contents]')) {
    const blocks = lines.map((line, i) => {
      const content = line ? `<span data-text="true">${line}</span>` : '<br data-text="true">';
      return `<div data-block="true" data-offset-key="k${i}-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="k${i}-0-0">${content}</span></div></div>`;
    });
    editor.innerHTML = `<div data-contents="true">${blocks.join('')}</div>`;
    return;
  }
  editor.innerHTML = lines.map((line) => `<p dir="auto">${line ? `<span data-lexical-text="true">${line}</span>` : '<br>'}</p>`).join('');
}

/** Enables a control as Facebook does once its composer has text. */
export function enable(control: Element): void {
  control.removeAttribute('aria-disabled');
}
