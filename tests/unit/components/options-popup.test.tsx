/** The options page and popup views: what a person sees for each state, in English and French. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { OptionsView } from '../../../components/OptionsView';
import { PopupView } from '../../../components/PopupView';
import { describeImportError } from '../../../components/import-errors';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { Settings } from '../../../utils/types';

const tEn = translatorFor(en);
const tFr = translatorFor(fr);
const settings: Settings = {
  schemaVersion: 1,
  accounts: [{ id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: ['mon chat'] }],
  wordLists: [{ id: 'l', name: 'Grossièretés', words: ['merde'], appliesTo: ['brand'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: [] }],
  unknownIdentity: 'confirm',
  guardEnabled: true,
  language: 'auto',
  journalKeepText: false,
  journalCap: 2000,
  pauseSparesProtected: true,
};
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
    expect([...el.querySelectorAll('[data-account-id]')].map((e) => e.getAttribute('data-account-id'))).toEqual(['x:marie_dupont']);
    expect(el.querySelector('[data-list="word-lists"]')!.textContent).toContain('Grossièretés');
    expect(el.querySelector('[data-list="word-lists"]')!.textContent).toContain('blocks');
    expect(el.querySelector('[data-status="import-error"]')!.textContent).toContain('accounts[0].kind: this field is required.');
    expect(el.querySelector('input[type="file"][data-action="import-settings"]')).not.toBeNull();
    expect(el.querySelector('[data-action="export-settings"]')).not.toBeNull();
  });

  it('confirms a successful import', () => {
    const el = mount(<OptionsView t={tFr} settings={settings} importStatus={{ kind: 'ok', accounts: 1, wordLists: 1 }} onImport={vi.fn()} onExport={vi.fn()} />);
    expect(el.querySelector('[data-status="import-ok"]')!.textContent).toBe('1 comptes et 1 listes de mots importés.');
  });
});

describe('PopupView', () => {
  const status = { platform: 'x' as const, accountId: null, platformConfigured: true, guardEnabled: true, pausedUntil: null, intendedAccountId: null };

  it('shows the identity and whether it is configured', () => {
    const el = mount(
      <PopupView
        t={tEn}
        settings={settings}
        tab={{ kind: 'guarded', status: { ...status, identity: { platform: 'x', handle: 'marie_dupont', name: 'Marie', source: 'account-switcher' }, accountId: 'x:marie_dupont' } }}
        onToggleGuard={vi.fn()} onIntend={vi.fn()}
        onOpenOptions={vi.fn()}
      />,
    );
    expect(el.querySelector('[data-status="identity"]')!.textContent).toContain('@marie_dupont');
    expect(el.querySelector('[data-status="configured"]')).not.toBeNull();
    expect(el.querySelector('[data-status="guard-on"]')).not.toBeNull();
  });

  it('says when detection failed, and why', () => {
    const el = mount(
      <PopupView t={tFr} settings={settings} tab={{ kind: 'guarded', status: { ...status, identity: null, problem: 'no-identity-signal' } }} onToggleGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />,
    );
    expect(el.querySelector('[data-status="not-detected"]')!.textContent).toContain('Compte non détecté');
    expect(el.querySelector('[data-status="not-detected"]')!.textContent).toContain('aucun des signaux');
  });

  it('offers the platform\'s accounts as the intended account, and warns when the tab is active as another', () => {
    const onIntend = vi.fn();
    const twoAccounts: Settings = {
      ...settings,
      accounts: [...settings.accounts, { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', kind: 'brand', protected: true, ownWords: [] }],
    };
    const el = mount(
      <PopupView
        t={tEn}
        settings={twoAccounts}
        tab={{ kind: 'guarded', status: { ...status, identity: { platform: 'x', handle: 'marie_dupont', source: 's' }, accountId: 'x:marie_dupont', pausedUntil: null, intendedAccountId: 'x:boulangerie_dupont' } }}
        onToggleGuard={vi.fn()}
        onIntend={onIntend}
        onOpenOptions={vi.fn()}
      />,
    );
    const select = el.querySelector<HTMLSelectElement>('[data-action="set-intended"]')!;
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'No preference'],
      ['x:marie_dupont', '@marie_dupont (Marie Dupont)'],
      ['x:boulangerie_dupont', '@boulangerie_dupont'],
    ]);
    expect(select.value).toBe('x:boulangerie_dupont');
    expect(el.querySelector('[data-status="intended-mismatch"]')).not.toBeNull();
    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(onIntend).toHaveBeenCalledWith(null);
  });

  it('on other sites, says there is nothing to guard; the switch reports its state', () => {
    const onToggle = vi.fn();
    const el = mount(<PopupView t={tEn} settings={{ ...settings, guardEnabled: false }} tab={{ kind: 'unsupported' }} onToggleGuard={onToggle} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(el.querySelector('[data-status="unsupported"]')).not.toBeNull();
    expect(el.querySelector('[data-status="guard-off"]')).not.toBeNull();
    const box = el.querySelector<HTMLInputElement>('[data-action="toggle-guard"]')!;
    box.click();
    expect(onToggle).toHaveBeenCalledWith(true);
  });
});
