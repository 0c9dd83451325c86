/**
 * The options page's accounts: validation as you type, add, edit, remove with undo, reorder, the pre-filled form of
 * "Add the account I'm on now". The save callback runs the real settings reader (what the background checks), and
 * the section is re-rendered with what was saved, as the page does after a save.
 */
import type { OpenSite } from '../../../utils/ui/open-accounts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { AccountsSection, UNDO_MS } from '../../../components/options/AccountsSection';
import { parseWords } from '../../../utils/ui/account-draft';
import { translatorFor } from '../../../utils/i18n';
import { readSettingsObject, settingsFileObject, type SettingsFileContent } from '../../../utils/settings/file';
import type { AccountPrefill, SaveResult } from '../../../utils/ui/options-store';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { Account, Settings, WordList } from '../../../utils/types';

const tEn = translatorFor(en);
const tFr = translatorFor(fr);

const brand: Account = { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont'], group: 'Dupont' };
const personal: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [] };
const cafe: Account = { id: 'x:cafe_martin', platform: 'x', handle: 'cafe_martin', kind: 'brand', protected: false, ownWords: [], group: 'Martin' };
const insta: Account = { id: 'instagram:marie.dupont', platform: 'instagram', handle: 'marie.dupont', kind: 'personal', protected: false, ownWords: [] };
const lists: WordList[] = [
  { id: 'gros-mots', name: 'Grossièretés', words: ['merde'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: ['x:marie_dupont'], excludeAccounts: [] },
];
const makeSettings = (accounts: Account[] = [brand, personal, cafe, insta]): Settings => ({
  schemaVersion: 2,
  accounts,
  wordLists: lists,
  unknownIdentity: 'confirm',
  guardEnabled: true,
  language: 'auto',
  journalKeepText: false,
  journalCap: 2000,
  pauseSparesProtected: true,
});

let mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted) {
    act(() => render(null, el));
    el.remove();
  }
  mounted = [];
  vi.useRealTimers();
});

/** The section with a fake background: the real validator, then the saved settings passed back in. */
function setup(initial = makeSettings(), prefill: AccountPrefill | null = null, t = tEn) {
  const saves: SettingsFileContent[] = [];
  let current = initial;
  const onSave = vi.fn(async (content: SettingsFileContent): Promise<SaveResult> => {
    // What goes over the wire is the v1 file object; the background reads it back like an import.
    const parsed = readSettingsObject(JSON.parse(JSON.stringify(settingsFileObject(content))));
    if (!parsed.ok) return { ok: false, errors: parsed.errors };
    saves.push(parsed.content);
    current = { ...current, ...parsed.content };
    act(() => setSettings(current));
    return { ok: true, accounts: parsed.content.accounts.length, wordLists: parsed.content.wordLists.length };
  });
  let setSettings: (s: Settings) => void = () => undefined;
  function Host() {
    const [settings, set] = useState(initial);
    setSettings = set;
    return <AccountsSection t={t} settings={settings} onSave={onSave} prefill={prefill} />;
  }
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  act(() => render(<Host />, el));
  return { el, onSave, saves, current: () => current };
}

const q = <T extends Element = HTMLElement>(root: ParentNode, selector: string): T => {
  const found = root.querySelector(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found as unknown as T;
};
const ids = (el: HTMLElement) => [...el.querySelectorAll('[data-list="accounts"] li[data-account-id]')].map((li) => li.getAttribute('data-account-id'));
const item = (el: HTMLElement, id: string) => q(el, `li[data-account-id="${id}"]`);
const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const choose = (select: HTMLSelectElement | HTMLInputElement, value?: string) =>
  act(() => {
    if (select instanceof HTMLInputElement) select.checked = !select.checked;
    else select.value = value!;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
const click = async (button: HTMLElement) => {
  await act(async () => {
    button.click();
    await new Promise((r) => setTimeout(r, 0));
  });
};
const submitForm = async (el: HTMLElement) => {
  await act(async () => {
    q<HTMLFormElement>(el, 'form[data-action="acc-form"]').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await new Promise((r) => setTimeout(r, 0));
  });
};
const form = (el: HTMLElement) => q<HTMLFormElement>(el, 'form[data-action="acc-form"]');
const field = <T extends Element = HTMLInputElement>(el: HTMLElement, action: string) => q<T>(form(el), `[data-action="${action}"]`);
const status = (el: HTMLElement, name: string) => el.querySelector(`[data-status="${name}"]`)?.textContent ?? null;

describe('the accounts list', () => {
  it('groups accounts by platform, in their order, and filters them by client', () => {
    const { el } = setup();
    expect(ids(el)).toEqual(['x:boulangerie_dupont', 'x:marie_dupont', 'x:cafe_martin', 'instagram:marie.dupont']);
    expect([...el.querySelectorAll('[data-list="accounts"] h3')].map((h) => h.textContent)).toEqual(['X (3)', 'Instagram (1)']);
    expect([...q(el, '[data-list="accounts-x"]').querySelectorAll('li')].map((li) => li.getAttribute('data-account-id'))).toEqual(['x:boulangerie_dupont', 'x:marie_dupont', 'x:cafe_martin']);
    const filter = q<HTMLSelectElement>(el, '[data-action="acc-filter"]');
    expect([...filter.options].map((o) => o.textContent)).toEqual(['All', 'Dupont', 'Martin', 'No group']);
    choose(filter, 'Dupont');
    expect(ids(el)).toEqual(['x:boulangerie_dupont']);
    choose(filter, '\u0000none');
    expect(ids(el)).toEqual(['x:marie_dupont', 'instagram:marie.dupont']);
    choose(filter, '');
    expect(ids(el)).toHaveLength(4);
  });

  it('finds accounts as one types: by client, name or handle, whatever the case, accents or "@", with the group filter, and says how many it shows', () => {
    const { el } = setup();
    const search = q<HTMLInputElement>(el, '[data-action="acc-search"]');
    expect(status(el, 'acc-shown-count')).toBeNull();
    type(search, 'dupont');
    expect(ids(el)).toEqual(['x:boulangerie_dupont', 'x:marie_dupont', 'instagram:marie.dupont']);
    expect(status(el, 'acc-shown-count')).toBe('3 accounts shown (of 4)');
    type(search, '@MARTIN');
    expect(ids(el)).toEqual(['x:cafe_martin']);
    expect(status(el, 'acc-shown-count')).toBe('1 account shown (of 4)');
    type(search, 'marie  X:');
    expect(ids(el)).toEqual(['x:marie_dupont']);
    choose(q<HTMLSelectElement>(el, '[data-action="acc-filter"]'), 'Dupont');
    expect(ids(el)).toEqual([]);
    expect(status(el, 'acc-filter-empty')).toBe('No account matches this search.');
    type(search, '');
    expect(ids(el)).toEqual(['x:boulangerie_dupont']);
    expect(status(el, 'acc-filter-empty')).toBeNull();
  });

  it('shows each account with its colour, kind, protection, group and words, and labelled buttons', () => {
    const { el } = setup();
    const li = item(el, 'x:boulangerie_dupont');
    expect(li.querySelector('.chips')!.textContent).toBe('BrandProtectedDupont');
    expect(li.textContent).toContain('Own words: #BoulangerieDupont');
    expect(q(li, '[data-action="acc-remove"]').getAttribute('aria-label')).toBe('Remove @boulangerie_dupont');
    expect(q(li, '[data-action="acc-up"]').getAttribute('aria-label')).toBe('Move @boulangerie_dupont up');
    expect(q<HTMLButtonElement>(li, '[data-action="acc-up"]').disabled).toBe(true);
    expect(q<HTMLButtonElement>(item(el, 'x:cafe_martin'), '[data-action="acc-down"]').disabled).toBe(true);
    // Instagram's only account can move nowhere.
    expect(q<HTMLButtonElement>(item(el, 'instagram:marie.dupont'), '[data-action="acc-up"]').disabled).toBe(true);
  });
});

describe('validation as you type', () => {
  it('says an X handle is needed once the field is touched, and that a bad one is not a handle', () => {
    const { el, onSave } = setup();
    act(() => q(el, '[data-action="acc-add"]').click());
    expect(status(el, 'acc-error-handle')).toBeNull(); // nothing shouted before the user typed
    const handle = field(el, 'acc-handle');
    type(handle, 'marie dupont');
    expect(status(el, 'acc-error-handle')).toBe('Not an X handle: use letters, digits and _ only (at most 20).');
    expect(handle.getAttribute('aria-invalid')).toBe('true');
    expect(handle.getAttribute('aria-describedby')).toContain(el.querySelector('[data-status="acc-error-handle"]')!.id);
    type(handle, '');
    expect(status(el, 'acc-error-handle')).toBe('A handle is required on X.');
    type(handle, '@nouvelle_page');
    expect(status(el, 'acc-error-handle')).toBeNull();
    expect(handle.getAttribute('aria-invalid')).toBe('false');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('flags a duplicate account on the same platform (same derived id), whatever the case and the @', () => {
    const { el } = setup();
    act(() => q(el, '[data-action="acc-add"]').click());
    type(field(el, 'acc-handle'), '@Marie_Dupont');
    expect(status(el, 'acc-error-handle')).toBe('This account is already configured on X (@marie_dupont).');
    // The same handle on Instagram is another account… but marie.dupont exists there too.
    choose(field<HTMLSelectElement>(el, 'acc-platform'), 'instagram');
    expect(status(el, 'acc-error-handle')).toBeNull();
    type(field(el, 'acc-handle'), 'marie.dupont');
    expect(status(el, 'acc-error-handle')).toBe('This account is already configured on Instagram (@marie.dupont).');
  });

  it('on Facebook, needs a name or an identifier, and flags a duplicate name', () => {
    const fbPage: Account = { id: 'facebook:name:boulangerie dupont', platform: 'facebook', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: [] };
    const { el } = setup(makeSettings([fbPage]), null, tFr);
    act(() => q(el, '[data-action="acc-add"]').click());
    choose(field<HTMLSelectElement>(el, 'acc-platform'), 'facebook');
    type(field(el, 'acc-name'), ' ');
    expect(status(el, 'acc-error-name')).toBe('Indiquez un nom ou un identifiant.');
    type(field(el, 'acc-name'), 'Boulangerie  DUPONT');
    expect(status(el, 'acc-error-name')).toBe('Ce compte est déjà configuré sur Facebook (Boulangerie Dupont).');
    type(field(el, 'acc-handle'), 'name:x');
    expect(status(el, 'acc-error-handle')).toBe('Un identifiant n’a pas d’espace et ne commence pas par « name: ».');
  });

  it('refuses to save an invalid form, shows every error and focuses the first bad field', async () => {
    const { el, onSave } = setup();
    act(() => q(el, '[data-action="acc-add"]').click());
    await submitForm(el);
    expect(onSave).not.toHaveBeenCalled();
    expect(status(el, 'acc-error-handle')).toBe('A handle is required on X.');
    expect(status(el, 'acc-form-invalid')).toBe('Correct the fields marked in red.');
    expect(document.activeElement).toBe(field(el, 'acc-handle'));
  });

  it('shows the background refusal with its place when it does not accept the save', async () => {
    const onSave = vi.fn(async (): Promise<SaveResult> => ({ ok: false, errors: [{ code: 'too-many-words', path: '', params: { count: 10001, max: 10000 } }] }));
    const el = document.createElement('div');
    document.body.append(el);
    mounted.push(el);
    act(() => render(<AccountsSection t={tEn} settings={makeSettings()} onSave={onSave} />, el));
    act(() => q(el, '[data-action="acc-add"]').click());
    type(field(el, 'acc-handle'), 'nouvelle_page');
    await submitForm(el);
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(status(el, 'acc-save-error')).toBe('Not saved; your settings are unchanged.10001 words in all; at most 10000.');
    expect(el.querySelector('form[data-action="acc-form"]')).not.toBeNull(); // the draft stays
  });
});

describe('add, edit, remove, reorder', () => {
  it('adds an account with every field, and saves exactly that', async () => {
    const { el, saves } = setup();
    act(() => q(el, '[data-action="acc-add"]').click());
    expect(document.activeElement).toBe(field(el, 'acc-platform'));
    type(field(el, 'acc-name'), 'Café Martin Insta');
    choose(field<HTMLSelectElement>(el, 'acc-platform'), 'instagram');
    type(field(el, 'acc-handle'), '@cafe.martin');
    act(() => field(el, 'acc-kind-brand').click());
    choose(field(el, 'acc-protected'));
    type(field(el, 'acc-color'), '#AA3300');
    type(field(el, 'acc-group'), ' Martin ');
    type(field<HTMLTextAreaElement>(el, 'acc-words'), '#CafeMartin, café crème\n\n@cafe.martin\n#CafeMartin');
    await submitForm(el);
    expect(saves).toHaveLength(1);
    expect(saves[0]!.accounts.at(-1)).toEqual({
      id: 'instagram:cafe.martin',
      platform: 'instagram',
      handle: 'cafe.martin',
      name: 'Café Martin Insta',
      kind: 'brand',
      protected: true,
      ownWords: ['#CafeMartin', 'café crème', '@cafe.martin'],
      color: '#aa3300',
      group: 'Martin',
    });
    expect(saves[0]!.wordLists).toEqual(lists); // the lists go back unchanged
    expect(el.querySelector('form[data-action="acc-form"]')).toBeNull();
    expect(ids(el)).toContain('instagram:cafe.martin');
    expect(status(el, 'acc-saved')).toBe('Saved.');
  });

  it('offers the derived colour by default and keeps the account without a colour if it is not changed', async () => {
    const { el, saves } = setup();
    act(() => q(el, '[data-action="acc-add"]').click());
    type(field(el, 'acc-handle'), 'nouvelle_page');
    expect(field(el, 'acc-color').value).toMatch(/^#[0-9a-f]{6}$/);
    await submitForm(el);
    expect(saves[0]!.accounts.at(-1)!.color).toBeUndefined();
  });

  it('edits an account in place; a new handle renames it in the lists that name it', async () => {
    const { el, saves } = setup();
    act(() => q(item(el, 'x:marie_dupont'), '[data-action="acc-edit"]').click());
    expect(field(el, 'acc-handle').value).toBe('marie_dupont');
    expect(field(el, 'acc-name').value).toBe('Marie Dupont');
    type(field(el, 'acc-handle'), 'marie_d');
    await submitForm(el);
    expect(saves[0]!.accounts.map((a) => a.id)).toEqual(['x:boulangerie_dupont', 'x:marie_d', 'x:cafe_martin', 'instagram:marie.dupont']);
    expect(saves[0]!.wordLists[0]!.includeAccounts).toEqual(['x:marie_d']);
    expect(document.activeElement).toBe(q(item(el, 'x:marie_d'), '[data-action="acc-edit"]'));
  });

  it('editing keeps the account itself out of the duplicate check', () => {
    const { el } = setup();
    act(() => q(item(el, 'x:marie_dupont'), '[data-action="acc-edit"]').click());
    type(field(el, 'acc-name'), 'Marie D.');
    expect(status(el, 'acc-error-handle')).toBeNull();
    type(field(el, 'acc-handle'), 'cafe_martin');
    expect(status(el, 'acc-error-handle')).toBe('This account is already configured on X (@cafe_martin).');
  });

  it('removes an account, offers Undo for 12 seconds, and Undo puts it back at its place with its list switches', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { el, saves } = setup();
    await act(async () => {
      q(item(el, 'x:marie_dupont'), '[data-action="acc-remove"]').click();
      await Promise.resolve();
    });
    expect(ids(el)).toEqual(['x:boulangerie_dupont', 'x:cafe_martin', 'instagram:marie.dupont']);
    expect(saves[0]!.wordLists[0]!.includeAccounts).toEqual([]);
    expect(status(el, 'acc-removed')).toBe('Marie Dupont removed. Undo');
    expect(document.activeElement).toBe(q(el, '[data-action="acc-undo"]'));
    act(() => void vi.advanceTimersByTime(10_000));
    expect(el.querySelector('[data-action="acc-undo"]')).not.toBeNull();
    await act(async () => {
      q(el, '[data-action="acc-undo"]').click();
      await Promise.resolve();
    });
    expect(ids(el)).toEqual(['x:boulangerie_dupont', 'x:marie_dupont', 'x:cafe_martin', 'instagram:marie.dupont']);
    expect(saves[1]!.accounts[1]).toEqual(personal);
    expect(saves[1]!.wordLists[0]!.includeAccounts).toEqual(['x:marie_dupont']);
    expect(el.querySelector('[data-status="acc-removed"]')).toBeNull();
  });

  it('the Undo goes away after 12 seconds', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { el } = setup();
    await act(async () => {
      q(item(el, 'x:cafe_martin'), '[data-action="acc-remove"]').click();
      await Promise.resolve();
    });
    act(() => void vi.advanceTimersByTime(UNDO_MS - 1));
    expect(el.querySelector('[data-action="acc-undo"]')).not.toBeNull();
    act(() => void vi.advanceTimersByTime(1));
    expect(el.querySelector('[data-action="acc-undo"]')).toBeNull();
    expect(UNDO_MS).toBeGreaterThanOrEqual(10_000);
  });

  it('moves an account up and down within its platform, and keeps the focus on the moved one', async () => {
    const { el, saves } = setup();
    await click(q(item(el, 'x:cafe_martin'), '[data-action="acc-up"]'));
    expect(ids(el)).toEqual(['x:boulangerie_dupont', 'x:cafe_martin', 'x:marie_dupont', 'instagram:marie.dupont']);
    expect(saves[0]!.accounts.map((a) => a.id)).toEqual(['x:boulangerie_dupont', 'x:cafe_martin', 'x:marie_dupont', 'instagram:marie.dupont']);
    expect(document.activeElement).toBe(q(item(el, 'x:cafe_martin'), '[data-action="acc-up"]'));
    await click(q(item(el, 'x:cafe_martin'), '[data-action="acc-up"]'));
    expect(ids(el).slice(0, 3)).toEqual(['x:cafe_martin', 'x:boulangerie_dupont', 'x:marie_dupont']);
    // At the top, "up" is disabled: the focus moves to "down" of the same account.
    expect(document.activeElement).toBe(q(item(el, 'x:cafe_martin'), '[data-action="acc-down"]'));
    await click(q(item(el, 'x:boulangerie_dupont'), '[data-action="acc-down"]'));
    expect(ids(el).slice(0, 3)).toEqual(['x:cafe_martin', 'x:marie_dupont', 'x:boulangerie_dupont']);
  });

  it('with a filter, moves past the hidden accounts to the next one shown', async () => {
    const other: Account = { id: 'x:autre', platform: 'x', handle: 'autre', kind: 'personal', protected: false, ownWords: [] };
    const { el, saves } = setup(makeSettings([brand, personal, cafe, other]));
    choose(q<HTMLSelectElement>(el, '[data-action="acc-filter"]'), '\u0000none');
    expect(ids(el)).toEqual(['x:marie_dupont', 'x:autre']);
    expect(q<HTMLButtonElement>(item(el, 'x:marie_dupont'), '[data-action="acc-up"]').disabled).toBe(true);
    await click(q(item(el, 'x:autre'), '[data-action="acc-up"]'));
    expect(saves[0]!.accounts.map((a) => a.id)).toEqual(['x:boulangerie_dupont', 'x:autre', 'x:cafe_martin', 'x:marie_dupont']);
    expect(ids(el)).toEqual(['x:autre', 'x:marie_dupont']);
  });
});

describe('"Add the account I\'m on now"', () => {
  it('opens the add form filled in from the popup', () => {
    const { el } = setup(makeSettings(), { platform: 'instagram', handle: 'boulangerie.dupont', name: 'Boulangerie Dupont' });
    expect(form(el).getAttribute('data-mode')).toBe('add');
    expect(field<HTMLSelectElement>(el, 'acc-platform').value).toBe('instagram');
    expect(field(el, 'acc-handle').value).toBe('boulangerie.dupont');
    expect(field(el, 'acc-name').value).toBe('Boulangerie Dupont');
    expect(status(el, 'acc-prefilled')).toBe('Filled in from the tab you were on. Check it, then save.');
    expect(document.activeElement).toBe(field(el, 'acc-name'));
  });

  it('says at once when that account is already configured', () => {
    const { el } = setup(makeSettings(), { platform: 'x', handle: 'marie_dupont' });
    expect(status(el, 'acc-error-handle')).toBe('This account is already configured on X (@marie_dupont).');
  });
});

describe('parseWords', () => {
  it('reads one per line or comma-separated, drops blanks and repeats', () => {
    expect(parseWords(' a, b \n\n c,, a\n#d ')).toEqual(['a', 'b', 'c', '#d']);
  });
});

describe('one client, one colour, in the form', () => {
  it('adding the same brand on another platform copies its kind, protection, words, group and colour', async () => {
    const coloured = { ...brand, color: '#7c3aed' };
    const { el, saves } = setup(makeSettings([coloured, personal, cafe, insta]));
    await click(q(el, '[data-action="acc-add"]'));
    choose(field<HTMLSelectElement>(el, 'acc-platform'), 'instagram');
    const copy = field<HTMLSelectElement>(el, 'acc-copy-from');
    expect(copy.getAttribute('aria-describedby')).toBeTruthy();
    choose(copy, 'x:boulangerie_dupont');
    expect(field(el, 'acc-group').value).toBe('Dupont');
    expect(field<HTMLTextAreaElement>(el, 'acc-words').value).toBe('#BoulangerieDupont');
    expect(field(el, 'acc-color').value).toBe('#7c3aed');
    expect(field(el, 'acc-name').value).toBe('Boulangerie Dupont');
    expect(field<HTMLInputElement>(el, 'acc-protected').checked).toBe(true);
    expect(status(el, 'acc-copied')).toBe('Copied from Boulangerie Dupont: kind, protected status, words, group and colour. Check them, then save.');
    type(field(el, 'acc-handle'), 'boulangerie.dupont');
    await submitForm(el);
    expect(saves.at(-1)!.accounts.find((a) => a.id === 'instagram:boulangerie.dupont')).toMatchObject({ group: 'Dupont', color: '#7c3aed', protected: true, ownWords: ['#BoulangerieDupont'] });
  });

  it('a colour picked in the form goes to the whole client, on every platform', async () => {
    const li: Account = { id: 'linkedin:104857600', platform: 'linkedin', handle: '104857600', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: [], group: 'Dupont' };
    const { el, saves } = setup(makeSettings([brand, personal, cafe, insta, li]));
    await click(q(item(el, 'x:boulangerie_dupont'), '[data-action="acc-edit"]'));
    act(() => {
      const input = field(el, 'acc-color');
      input.value = '#a21caf';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await submitForm(el);
    const colours = Object.fromEntries(saves.at(-1)!.accounts.map((a) => [a.id, a.color ?? null]));
    expect(colours).toMatchObject({ 'x:boulangerie_dupont': '#a21caf', 'linkedin:104857600': '#a21caf', 'x:cafe_martin': null });
  });
});

describe('the first run', () => {
  const sites = [
    { platform: 'x' as const, identities: [{ handle: 'marie_dupont', name: 'Marie Dupont' }] },
    { platform: 'facebook' as const, identities: [] },
  ];
  function setupFirstRun(accounts: Account[] = [], t = tEn, open: OpenSite[] = sites) {
    const onCheckTabs = vi.fn();
    const saves: SettingsFileContent[] = [];
    let setSettings: (s: Settings) => void = () => undefined;
    const onSave = vi.fn(async (content: SettingsFileContent): Promise<SaveResult> => {
      const parsed = readSettingsObject(JSON.parse(JSON.stringify(settingsFileObject(content))));
      if (!parsed.ok) return { ok: false, errors: parsed.errors };
      saves.push(parsed.content);
      act(() => setSettings({ ...makeSettings(parsed.content.accounts) }));
      return { ok: true, accounts: parsed.content.accounts.length, wordLists: parsed.content.wordLists.length };
    });
    function Host() {
      const [settings, set] = useState(makeSettings(accounts));
      setSettings = set;
      return <AccountsSection t={t} settings={settings} onSave={onSave} openSites={open} onCheckTabs={onCheckTabs} />;
    }
    const el = document.createElement('div');
    document.body.append(el);
    mounted.push(el);
    act(() => render(<Host />, el));
    return { el, saves, onCheckTabs };
  }

  it('with no account, three steps; the account each open site shows is one click away, without a file', async () => {
    const { el, saves, onCheckTabs } = setupFirstRun();
    const guide = q(el, '[data-status="first-run"]');
    expect(guide.querySelectorAll('ol > li')).toHaveLength(3);
    const rows = [...guide.querySelectorAll('[data-list="open-sites"] li')].map((li) => [li.getAttribute('data-platform'), li.getAttribute('data-state')]);
    expect(rows).toEqual([
      ['x', 'detected'],
      ['facebook', 'no-identity'],
      ['linkedin', 'not-open'],
      ['instagram', 'not-open'],
    ]);
    expect(q(guide, 'li[data-platform="linkedin"]').textContent).toBe('LinkedIn not open: log in to LinkedIn in a tab, then check the tabs again.');
    await click(q(guide, '[data-action="first-check-tabs"]'));
    expect(onCheckTabs).toHaveBeenCalled();
    const add = q(guide, '[data-action="first-add-open"]');
    expect(add.textContent).toBe('Add the account I’m on: @marie_dupont (Marie Dupont)');
    expect(add.getAttribute('aria-label')).toBe('Add the account I’m on, @marie_dupont (Marie Dupont), on X');
    await click(add);
    expect(field(el, 'acc-handle').value).toBe('marie_dupont');
    expect(field(el, 'acc-name').value).toBe('Marie Dupont');
    expect(document.activeElement?.getAttribute('data-action')).toBe('acc-name');
    await submitForm(el);
    expect(saves.at(-1)!.accounts.map((a) => a.id)).toEqual(['x:marie_dupont']);
    // Configured: the guide goes, and the open tab's account is no longer offered.
    expect(el.querySelector('[data-status="first-run"]')).toBeNull();
    expect(el.querySelector('[data-status="open-unconfigured"]')).toBeNull();
  });

  it('or by hand; and in French', async () => {
    const { el } = setupFirstRun([], tFr);
    expect(q(el, '[data-status="first-run"] h3').textContent).toBe('Démarrer en trois étapes');
    await click(q(el, '[data-action="first-add-by-hand"]'));
    expect(form(el).getAttribute('data-mode')).toBe('add');
    expect(field(el, 'acc-handle').value).toBe('');
  });

  it('once accounts exist, offers only the open tabs\' accounts not configured yet', () => {
    const { el } = setupFirstRun([brand]);
    expect(el.querySelector('[data-status="first-run"]')).toBeNull();
    expect(q(el, '[data-status="open-unconfigured"] [data-action="first-add-open"]').getAttribute('data-handle')).toBe('marie_dupont');
    const { el: known } = setupFirstRun([brand, personal]);
    expect(known.querySelector('[data-status="open-unconfigured"]')).toBeNull();
  });

  it('an open tab’s account is known as the guard knows it: by any identifier the page shows for it, or by its name', () => {
    const page: Account = { id: 'facebook:boulangerie.dupont', platform: 'facebook', handle: 'boulangerie.dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: false, ownWords: [] };
    const company: Account = { id: 'linkedin:boulangerie-dupont', platform: 'linkedin', name: 'Boulangerie Dupont SAS', kind: 'brand', protected: false, ownWords: [] };
    const open: OpenSite[] = [
      // The page's numeric id, with its vanity name beside it.
      { platform: 'facebook', identities: [{ handle: '100064123456789', name: 'Boulangerie Dupont', aliases: ['boulangerie.dupont'] }] },
      { platform: 'linkedin', identities: [{ name: 'Boulangerie Dupont SAS' }, { name: 'Café Martin' }] },
    ];
    const { el } = setupFirstRun([page, company], tEn, open);
    const offered = [...el.querySelectorAll('[data-status="open-unconfigured"] [data-action="first-add-open"]')].map((b) => b.textContent);
    expect(offered).toHaveLength(1);
    expect(offered[0]).toContain('Café Martin');
  });
});
