/** The options page views: what a person sees for each state, in English and French. (Popup: popup.test.tsx.) */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { OptionsView } from '../../../components/OptionsView';
import { describeImportError } from '../../../components/import-errors';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { Settings } from '../../../utils/types';
import { testSettings } from '../test-settings';

const tEn = translatorFor(en);
const tFr = translatorFor(fr);
const settings: Settings = testSettings({
  accounts: [{ id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: ['mon chat'] }],
  wordLists: [{ id: 'l', name: 'Grossièretés', words: ['merde'], appliesTo: ['brand'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: [] }],
});
const mount = (vnode: preact.VNode) => {
  const el = document.createElement('div');
  document.body.append(el); // happy-dom fires `change` only on connected inputs
  render(vnode, el);
  return el;
};

describe('describeImportError', () => {
  it.each([
    [{ code: 'invalid-value', path: 'accounts[2].kind', params: { found: 'Brand', allowed: 'brand, personal' } }, 'accounts[2].kind: "Brand" is not allowed; use one of: brand, personal.'],
    [{ code: 'not-json', path: '', params: { position: 12 } }, 'The file is not valid JSON (near character 12).'],
    [{ code: 'too-large', path: '', params: { bytes: 2 * 1024 * 1024, max: 1024 * 1024 } }, 'The file is too large (2048 KiB; at most 1024 KiB).'],
    [{ code: 'forbidden-key', path: 'accounts[0]', params: { key: '__proto__' } }, 'accounts[0]: the key "__proto__" is not allowed.'],
    [{ code: 'duplicate-account', path: 'accounts[3]', params: { first: 1 } }, 'accounts[3]: the same account as accounts[1].'],
    [{ code: 'something-new', path: 'x' }, 'x: the file is invalid here (something-new).'],
  ])('%j', (error, sentence) => {
    expect(describeImportError(error, tEn)).toBe(sentence);
  });

  it('speaks French too', () => {
    expect(describeImportError({ code: 'missing-field', path: 'accounts[0].kind' }, tFr)).toBe('accounts[0].kind: ce champ est obligatoire.');
  });

  it('names JSON types in the reader’s words, and leaves an unknown one as it is', () => {
    const error = { code: 'wrong-type', path: 'accounts[0].ownWords', params: { expected: 'array', found: 'string' } };
    expect(describeImportError(error, tFr)).toBe('accounts[0].ownWords: attendu : une liste, trouvé : du texte.');
    expect(describeImportError(error, tEn)).toContain('a list');
    expect(describeImportError({ ...error, params: { expected: 'array', found: 'bigint' } }, tEn)).toContain('bigint');
  });
});

describe('OptionsView', () => {
  it('lists accounts and word lists and shows an import error with its place', () => {
    const el = mount(
      <OptionsView
        t={tEn}
        settings={settings}
        importStatus={{ kind: 'error', errors: [{ code: 'missing-field', path: 'accounts[0].kind' }] }}
        onImport={vi.fn()}
        onExport={vi.fn()}
      />,
    );
    expect([...el.querySelectorAll('[data-list="accounts"] [data-account-id]')].map((e) => e.getAttribute('data-account-id'))).toEqual(['x:marie_dupont']);
    const list = el.querySelector('[data-list="word-lists"] li[data-list-id="l"]')!;
    expect(list.querySelector<HTMLInputElement>('[data-action="list-name"]')!.value).toBe('Grossièretés');
    expect(list.querySelector<HTMLSelectElement>('[data-action="list-action"]')!.value).toBe('block');
    expect(el.querySelector('[data-status="import-error"]')!.textContent).toContain('accounts[0].kind: this field is required.');
    expect(el.querySelector('input[type="file"][data-action="import-settings"]')).not.toBeNull();
    // The section links lead to every section on the page, and to the journal's own page.
    const links = [...el.querySelectorAll<HTMLAnchorElement>('nav.opt-nav a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#accounts-title', '#wl-title', '#tryit-title', '#prefs-title', '#io-title', '#backups-title', 'journal.html']);
    for (const href of links.filter((h) => h!.startsWith('#'))) expect(el.querySelector(href!), href!).not.toBeNull();
    expect(el.querySelector('[data-action="export-settings"]')).not.toBeNull();
  });

  it('confirms a successful import', () => {
    const el = mount(<OptionsView t={tFr} settings={settings} importStatus={{ kind: 'ok', accounts: 1, wordLists: 1 }} onImport={vi.fn()} onExport={vi.fn()} />);
    expect(el.querySelector('[data-status="import-ok"]')!.textContent).toBe('Importé : 1 compte et 1 liste de mots.');
  });
});
