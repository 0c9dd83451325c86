/** Shared editor facts: an open suggestion list makes Enter a pick, not a send. */
import { describe, expect, it } from 'vitest';
import { suggestionsOpen } from '../../../utils/platforms/editing';

describe('suggestionsOpen', () => {
  const editor = (attrs: string, extra = '') => {
    document.body.innerHTML = `<div contenteditable="true" role="textbox" ${attrs}></div>${extra}`;
    return document.querySelector('[role="textbox"]')!;
  };
  it('is open with aria-expanded="true" and the list it controls, holding options', () =>
    expect(suggestionsOpen(editor('aria-expanded="true" aria-controls="mentions"', '<ul id="mentions" role="listbox"><li role="option">@marie</li></ul>'))).toBe(true));
  it('is not believed open on aria-expanded="true" alone, or with a list that is empty or missing', () => {
    expect(suggestionsOpen(editor('aria-expanded="true"'))).toBe(false);
    expect(suggestionsOpen(editor('aria-expanded="true" aria-controls="mentions"', '<ul id="mentions" role="listbox"></ul>'))).toBe(false);
    expect(suggestionsOpen(editor('aria-expanded="true" aria-owns="gone"'))).toBe(false);
  });
  it('is closed with aria-expanded="false" or no attribute', () => {
    expect(suggestionsOpen(editor('aria-expanded="false"'))).toBe(false);
    expect(suggestionsOpen(editor(''))).toBe(false);
  });
  it('is open when aria-activedescendant names an option that is there', () =>
    expect(suggestionsOpen(editor('aria-activedescendant="typeahead-0"', '<ul role="listbox"><li role="option" id="typeahead-0">@marie</li></ul>'))).toBe(true));
  it('is closed when aria-activedescendant is a stale id that names nothing', () =>
    expect(suggestionsOpen(editor('aria-activedescendant="typeaheadFocus-0.aaaix"'))).toBe(false));
  it('looks for the option in the editor’s own shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<div contenteditable="true" aria-activedescendant="opt"></div><div role="option" id="opt"></div>';
    expect(suggestionsOpen(root.querySelector('[contenteditable]')!)).toBe(true);
  });
});
