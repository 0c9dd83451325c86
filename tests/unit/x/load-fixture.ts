/**
 * X's fixture pages (tests/fixtures/x) through the shared loader of tests/unit/platforms/load-fixture.ts, and the
 * helpers that play X's editors.
 */
import { fixturesOf } from '../platforms/load-fixture';

export { deepQuery, deepQueryAll, q } from '../platforms/load-fixture';

export const { FIXTURES, loadFixture } = fixturesOf('x');

/** Puts text in an editor the way X renders it: `value` for a textarea, one Draft.js block per line otherwise. */
export function setDraft(editor: HTMLElement, text: string): void {
  if (editor.localName === 'textarea') {
    (editor as HTMLTextAreaElement).value = text;
    return;
  }
  const blocks = text.split('\n').map((line, i) => {
    const content = line ? `<span data-text="true">${line}</span>` : '<br data-text="true">';
    return `<div data-block="true" data-offset-key="k${i}-0-0"><div class="public-DraftStyleDefault-block"><span data-offset-key="k${i}-0-0">${content}</span></div></div>`;
  });
  editor.innerHTML = `<div data-contents="true">${blocks.join('')}</div>`;
}

/** Enables a publish control as X does once the composer is valid. */
export function enable(control: Element): void {
  control.removeAttribute('disabled');
  control.removeAttribute('aria-disabled');
}
