/** The options page's word lists editor and "Try it" box: what a person does, and exactly what gets saved. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { WordListsSection, type SaveResult } from '../../../components/options/WordListsSection';
import { TryItSection } from '../../../components/options/TryItSection';
import { Banner } from '../../../components/Banner';
import { translatorFor } from '../../../utils/i18n';
import { compileRules, evaluate } from '../../../utils/rules/engine';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { Account, Settings, WordList } from '../../../utils/types';
import type { SettingsFileContent } from '../../../utils/settings/file';
import type { ImportFailure } from '../../../utils/messaging/protocol';

const tEn = translatorFor(en);
const tFr = translatorFor(fr);

const brand: Account = { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: ['#BoulangerieDupont'] };
const personal: Account = { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: ['mon chat'] };
const list = (id: string, name: string, words: string[], change: Partial<WordList> = {}): WordList => ({
  id, name, words, appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [], ...change,
});
const makeSettings = (change: Partial<Settings> = {}): Settings => ({
  schemaVersion: 2,
  accounts: [brand, personal],
  wordLists: [list('default-profanity-fr', 'Grossièretés', ['merde', 'putain']), list('concurrents', 'Concurrents', ['boulangerie martin'], { action: 'block' })],
  unknownIdentity: 'confirm',
  guardEnabled: true,
  language: 'auto',
  journalKeepText: false,
  journalCap: 2000,
  pauseSparesProtected: true,
  ...change,
});

let mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted) {
    render(null, el);
    el.remove();
  }
  mounted = [];
  vi.restoreAllMocks();
});
const mount = (vnode: preact.VNode) => {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  act(() => render(vnode, el));
  return el;
};
const q = <T extends Element = HTMLElement>(root: ParentNode, selector: string) => {
  const found = root.querySelector<T & Element>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found as T;
};
const card = (root: ParentNode, id: string) => q(root, `li[data-list-id="${id}"]`);
const type = (el: HTMLInputElement | HTMLTextAreaElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
const choose = (el: HTMLSelectElement, value: string) =>
  act(() => {
    el.value = value;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
const check = (el: HTMLInputElement, checked: boolean) =>
  act(() => {
    el.checked = checked;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
const click = (el: HTMLElement) => act(() => el.click());
const ids = (root: ParentNode) => [...root.querySelectorAll('li[data-list-id]')].map((e) => e.getAttribute('data-list-id'));

function setup(settings = makeSettings(), result: SaveResult = { ok: true, accounts: 2, wordLists: 2 }, t = tEn) {
  const onSave = vi.fn(async (_content: SettingsFileContent) => result);
  const el = mount(<WordListsSection t={t} settings={settings} onSave={onSave} />);
  const save = async () => {
    await act(async () => q<HTMLButtonElement>(el, '[data-action="lists-save"]').click());
  };
  return { el, onSave, save, settings };
}

async function pickFile(el: HTMLElement, name: string, text: string) {
  const input = q<HTMLInputElement>(el, '[data-action="list-import"]');
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name, { type: 'text/plain' })] });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await vi.waitFor(() => expect(el.querySelector('[data-status="list-import-ok"], [data-status="list-import-error"]')).not.toBeNull());
}

describe('WordListsSection', () => {
  it('shows each list with its words, one per line, its action, kinds and switch', () => {
    const { el } = setup();
    expect(ids(el)).toEqual(['default-profanity-fr', 'concurrents']);
    const first = card(el, 'default-profanity-fr');
    expect(q<HTMLInputElement>(first, '[data-action="list-name"]').value).toBe('Grossièretés');
    expect(q<HTMLTextAreaElement>(first, '[data-action="list-words"]').value).toBe('merde\nputain\n');
    expect(first.textContent).toContain('2 words');
    expect(q<HTMLInputElement>(first, '[data-action="list-enabled"]').checked).toBe(true);
    expect(q<HTMLInputElement>(first, '[data-action="list-kind-brand"]').checked).toBe(true);
    expect(q<HTMLInputElement>(first, '[data-action="list-kind-personal"]').checked).toBe(false);
    expect(q<HTMLSelectElement>(card(el, 'concurrents'), '[data-action="list-action"]').value).toBe('block');
    expect(first.getAttribute('aria-label')).toBe('Word list “Grossièretés”');
    // Every control is labelled.
    for (const control of el.querySelectorAll('input, textarea, select')) {
      const labelled = control.closest('label') || control.getAttribute('aria-label') || (control.id && el.querySelector(`label[for="${control.id}"]`));
      expect(labelled, control.outerHTML).toBeTruthy();
    }
    expect(q<HTMLButtonElement>(el, '[data-action="lists-save"]').disabled).toBe(true);
  });

  it('editing words and saving sends the exact settings, accounts and policy unchanged', async () => {
    const { el, onSave, save, settings } = setup();
    const first = card(el, 'default-profanity-fr');
    await type(q(first, '[data-action="list-words"]'), ' merde \n\nbordel\r\nMERDE\nta gueule');
    expect(first.textContent).toContain('3 words');
    expect(el.querySelector('[data-status="lists-unsaved"]')!.textContent).toBe('Unsaved changes.');
    await type(q(first, '[data-action="list-name"]'), '  Gros mots ');
    await choose(q(first, '[data-action="list-action"]'), 'block');
    await check(q(first, '[data-action="list-kind-personal"]'), true);
    await check(q(card(el, 'concurrents'), '[data-action="list-enabled"]'), false);
    await save();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toEqual({
      accounts: settings.accounts,
      wordLists: [
        list('default-profanity-fr', 'Gros mots', ['merde', 'bordel', 'ta gueule'], { action: 'block', appliesTo: ['brand', 'personal'] }),
        list('concurrents', 'Concurrents', ['boulangerie martin'], { action: 'block', enabled: false }),
      ],
      unknownIdentity: 'confirm',
    });
    expect(el.querySelector('[data-status="lists-saved"]')!.textContent).toBe('Word lists saved.');
    expect(el.querySelector('[data-status="lists-unsaved"]')).toBeNull();
  });

  it('asks before the page is left with unsaved changes, and not once they are saved or discarded', async () => {
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const { el, save } = setup();
    expect(leave()).toBe(false);
    await type(q(card(el, 'default-profanity-fr'), '[data-action="list-words"]'), 'merde\nbordel');
    expect(leave()).toBe(true);
    await save();
    expect(leave()).toBe(false);
    await type(q(card(el, 'default-profanity-fr'), '[data-action="list-words"]'), 'merde');
    expect(leave()).toBe(true);
    await act(async () => q<HTMLButtonElement>(el, '[data-action="lists-discard"]').click());
    expect(leave()).toBe(false);
  });

  it('shows the entries that can never match, as the words are typed, in English and French, and saves them anyway', async () => {
    const { el, onSave, save } = setup();
    const first = card(el, 'default-profanity-fr');
    const words = q<HTMLTextAreaElement>(first, '[data-action="list-words"]');
    expect(first.querySelector('[data-status="list-never-matches"]')).toBeNull();
    expect(words.hasAttribute('aria-describedby')).toBe(false);
    await type(words, 'merde\n!!!\n🖕\n--\nC++');
    const warning = q(first, '[data-status="list-never-matches"]');
    expect(warning.textContent).toBe('Never matches (no letter, digit, symbol or emoji in it): !!! --');
    expect([...warning.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['!!!', '--']);
    expect(words.getAttribute('aria-describedby')).toBe(warning.id);
    expect(first.textContent).toContain('5 words');
    await save();
    expect(onSave.mock.calls[0]![0].wordLists[0]!.words).toEqual(['merde', '!!!', '🖕', '--', 'C++']);
    await type(words, Array.from({ length: 12 }, (_, i) => '!'.repeat(i + 1)).join('\n'));
    expect(q(first, '[data-status="list-never-matches"]').textContent).toMatch(/ !!!!!!!!!! and 2 more$/);
    await type(words, 'merde\n🖕');
    expect(first.querySelector('[data-status="list-never-matches"]')).toBeNull();

    const fr = setup(makeSettings(), undefined, tFr);
    await type(q(card(fr.el, 'concurrents'), '[data-action="list-words"]'), '...\nboulangerie martin');
    expect(q(card(fr.el, 'concurrents'), '[data-status="list-never-matches"]').textContent).toBe('Ne correspond jamais (ni lettre, ni chiffre, ni symbole, ni emoji) : ...');
  });

  it('per-account switches: default follows the kind, always includes, never excludes', async () => {
    const { el, onSave, save } = setup();
    const first = card(el, 'default-profanity-fr');
    const marie = q<HTMLSelectElement>(first, '[data-action="list-account"][data-account-id="x:marie_dupont"]');
    const bakery = q<HTMLSelectElement>(first, '[data-action="list-account"][data-account-id="x:boulangerie_dupont"]');
    expect(marie.value).toBe('default');
    expect(marie.options[0]!.textContent).toBe('Default (not checked)');
    expect(bakery.options[0]!.textContent).toBe('Default (checked)');
    expect(q(first, `label[for="${marie.id}"]`).textContent).toBe('Marie Dupont @marie_dupont · X · Personal');
    await choose(marie, 'always');
    await choose(bakery, 'never');
    await save();
    expect(onSave.mock.calls[0]![0].wordLists[0]).toEqual(
      list('default-profanity-fr', 'Grossièretés', ['merde', 'putain'], { includeAccounts: ['x:marie_dupont'], excludeAccounts: ['x:boulangerie_dupont'] }),
    );
    await choose(q(card(el, 'default-profanity-fr'), '[data-account-id="x:marie_dupont"]'), 'default');
    await save();
    expect(onSave.mock.calls[1]![0].wordLists[0]).toEqual(list('default-profanity-fr', 'Grossièretés', ['merde', 'putain'], { excludeAccounts: ['x:boulangerie_dupont'] }));
  });

  it('delete, then undo puts the list back in its place; delete and save leaves it out', async () => {
    const { el, onSave, save, settings } = setup();
    await click(q(card(el, 'default-profanity-fr'), '[data-action="list-delete"]'));
    expect(ids(el)).toEqual(['concurrents']);
    expect(q(el, '[data-status="list-deleted"]').textContent).toContain('The list “Grossièretés” was deleted.');
    expect(document.activeElement?.getAttribute('data-action')).toBe('list-undo-delete');
    await click(q(el, '[data-action="list-undo-delete"]'));
    expect(ids(el)).toEqual(['default-profanity-fr', 'concurrents']);
    expect(el.querySelector('[data-status="list-deleted"]')).toBeNull();
    await save();
    expect(onSave.mock.calls[0]![0].wordLists).toEqual(settings.wordLists);

    await click(q(card(el, 'concurrents'), '[data-action="list-delete"]'));
    await save();
    expect(onSave.mock.calls[1]![0].wordLists).toEqual([settings.wordLists[0]]);
    expect(el.querySelector('[data-status="list-deleted"]')).toBeNull();
  });

  it('a deleted shipped list can be added back as shipped', async () => {
    const { el } = setup();
    const restore = q<HTMLButtonElement>(el, '[data-action="list-restore-shipped"][data-list-id="default-profanity-en"]');
    expect(restore.textContent).toBe('Add back “Profanity (English)”');
    await click(restore);
    expect(ids(el)).toEqual(['default-profanity-fr', 'concurrents', 'default-profanity-en']);
    expect(el.querySelector('[data-action="list-restore-shipped"][data-list-id="default-profanity-en"]')).toBeNull();
  });

  it('adds a new list, focused, and saves it with a fresh id', async () => {
    const { el, onSave, save } = setup();
    await click(q(el, '[data-action="list-add"]'));
    expect(ids(el)).toEqual(['default-profanity-fr', 'concurrents', 'my-list-1']);
    const name = q<HTMLInputElement>(card(el, 'my-list-1'), '[data-action="list-name"]');
    expect(document.activeElement).toBe(name);
    await type(name, 'Clients');
    await type(q(card(el, 'my-list-1'), '[data-action="list-words"]'), 'Dupont SA\n@client');
    await save();
    expect(onSave.mock.calls[0]![0].wordLists[2]).toEqual(list('my-list-1', 'Clients', ['Dupont SA', '@client']));
  });

  it('shows the background refusal in words, naming the list', async () => {
    const errors: ImportFailure[] = [
      { code: 'too-long', path: 'wordLists[0].words[2]', params: { max: 200 } },
      { code: 'empty-string', path: 'wordLists[1].name' },
      { code: 'too-many-words', path: '', params: { count: 10_001, max: 10_000 } },
    ];
    const { el, save } = setup(makeSettings(), { ok: false, errors });
    await type(q(card(el, 'concurrents'), '[data-action="list-name"]'), '');
    await save();
    const error = q(el, '[data-status="lists-save-error"]');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('The word lists were not saved:');
    // The list's name when it has one (an emptied name cannot name it).
    expect([...error.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'List “Grossièretés”: wordLists[0].words[2]: too long (at most 200 characters).',
      'wordLists[1].name: must not be empty.',
      '10001 words in all; at most 10000.',
    ]);
    // Still unsaved: the edit is kept for the user to fix.
    expect(el.querySelector('[data-status="lists-unsaved"]')).not.toBeNull();
  });

  it('imports a .txt file as a new list, and a bad file changes nothing', async () => {
    const { el, onSave, save } = setup();
    await pickFile(el, 'Concurrents locaux.txt', '\uFEFFword\r\nMartin\r\n\r\nmartin\r\nBoulangerie Petit\r\n');
    expect(q(el, '[data-status="list-import-ok"]').textContent).toBe('“Concurrents locaux” imported: 2 words. Save to apply it.');
    expect(ids(el)).toEqual(['default-profanity-fr', 'concurrents', 'my-list-1']);
    await save();
    expect(onSave.mock.calls[0]![0].wordLists[2]).toEqual(list('my-list-1', 'Concurrents locaux', ['Martin', 'Boulangerie Petit']));

    const many = Array.from({ length: 10_001 }, (_, i) => `w${i}`).join('\n');
    await pickFile(el, 'big.csv', many);
    expect(q(el, '[data-status="list-import-error"]').textContent).toBe('This file has 10001 words; a list can have at most 10000. Nothing was changed.');
    expect(ids(el)).toEqual(['default-profanity-fr', 'concurrents', 'my-list-1']);
    expect(el.querySelector('[data-status="lists-unsaved"]')).toBeNull();
  });

  it('refuses a file over 1 MiB before reading it', async () => {
    const { el } = setup(makeSettings(), undefined, tFr);
    await pickFile(el, 'gros.txt', 'a'.repeat(1024 * 1024 + 1));
    expect(q(el, '[data-status="list-import-error"]').textContent).toBe('Ce fichier est trop gros (1025 Kio ; au plus 1024 Kio). Rien n\'a été modifié.');
    expect(ids(el)).toEqual(['default-profanity-fr', 'concurrents']);
  });

  it('imports the first column of a CSV', async () => {
    const { el } = setup();
    await pickFile(el, 'mots.csv', 'mot;note\n"pain, beurre";1\nlevain;2\n');
    expect(q<HTMLTextAreaElement>(card(el, 'my-list-1'), '[data-action="list-words"]').value).toBe('pain, beurre\nlevain\n');
  });

  it('exports a list as a .txt download, one word per line', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const { el } = setup();
    await type(q(card(el, 'default-profanity-fr'), '[data-action="list-words"]'), 'merde\nputain\nbordel');
    await click(q(card(el, 'default-profanity-fr'), '[data-action="list-export"]'));
    expect(clicked.map((a) => [a.download, a.getAttribute('href')])).toEqual([['Grossièretés.txt', 'blob:test']]);
    expect(await blobs[0]!.text()).toBe('merde\nputain\nbordel\n');
    expect(q(card(el, 'default-profanity-fr'), '[data-action="list-export"]').getAttribute('aria-label')).toBe('Export the list “Grossièretés” as a text file');
  });

  it('follows new settings when nothing is pending, keeps the draft when something is', async () => {
    const onSave = vi.fn(async () => ({ ok: true as const, accounts: 2, wordLists: 1 }));
    const el = document.createElement('div');
    document.body.append(el);
    mounted.push(el);
    act(() => render(<WordListsSection t={tEn} settings={makeSettings()} onSave={onSave} />, el));
    act(() => render(<WordListsSection t={tEn} settings={makeSettings({ wordLists: [list('other', 'Other', ['x'])] })} onSave={onSave} />, el));
    expect(ids(el)).toEqual(['other']);
    await type(q(card(el, 'other'), '[data-action="list-words"]'), 'y');
    act(() => render(<WordListsSection t={tEn} settings={makeSettings()} onSave={onSave} />, el));
    expect(ids(el)).toEqual(['other']);
    expect(q<HTMLTextAreaElement>(card(el, 'other'), '[data-action="list-words"]').value).toBe('y');
    await click(q(el, '[data-action="lists-discard"]'));
    expect(ids(el)).toEqual(['default-profanity-fr', 'concurrents']);
  });

  it('speaks French', () => {
    const { el } = setup(makeSettings(), undefined, tFr);
    expect(q(el, 'h2').textContent).toBe('Listes de mots');
    expect(q(card(el, 'concurrents'), '[data-action="list-action"]').textContent).toBe('Demander confirmationBloquer la publication');
    expect(q(el, '[data-action="list-save"], [data-action="lists-save"]').textContent).toBe('Enregistrer les listes de mots');
  });
});

describe('TryItSection', () => {
  const tryIt = (settings = makeSettings(), t = tEn) => mount(<TryItSection t={t} settings={settings} />);
  const verdict = (el: HTMLElement) => {
    const v = q(el, '[data-status="tryit-verdict"]');
    return {
      decision: v.getAttribute('data-decision'),
      reasons: [...v.querySelectorAll('[data-reason]')].map((r) => [r.getAttribute('data-reason'), r.textContent]),
    };
  };

  it('offers the configured accounts and an unknown account', () => {
    const el = tryIt();
    expect([...q<HTMLSelectElement>(el, '[data-action="tryit-account"]').options].map((o) => [o.value, o.textContent])).toEqual([
      ['account:x:boulangerie_dupont', 'Boulangerie Dupont (@boulangerie_dupont) · X · Brand'],
      ['account:x:marie_dupont', 'Marie Dupont (@marie_dupont) · X · Personal'],
      ['unknown:x', 'Unknown account on X'],
    ]);
  });

  it('a brand account: risky words ask, a block list blocks, with the banner\'s reasons', async () => {
    const el = tryIt();
    await type(q(el, '[data-action="tryit-draft"]'), 'Quelle merde');
    expect(verdict(el)).toEqual({
      decision: 'confirm',
      reasons: [
        ['protected-account', '@boulangerie_dupont is a protected account: every post is confirmed.'],
        ['risky-words', 'This text contains words of the list “Grossièretés”: merde'],
      ],
    });
    expect(q(el, '.tryit-draft blockquote').innerHTML).toBe('<span>Quelle </span><mark>merde</mark>');
    await type(q(el, '[data-action="tryit-draft"]'), 'Moins cher que Boulangerie Martin');
    expect(verdict(el).decision).toBe('block');
    expect(verdict(el).reasons.map((r) => r[0])).toEqual(['protected-account', 'risky-words']);
  });

  it('a personal account: brand lists do not apply, other accounts\' words do', async () => {
    const el = tryIt();
    await choose(q(el, '[data-action="tryit-account"]'), 'account:x:marie_dupont');
    await type(q(el, '[data-action="tryit-draft"]'), 'Quelle merde, mon chat');
    expect(verdict(el)).toEqual({ decision: 'allow', reasons: [] });
    expect(q(el, '[data-status="tryit-verdict"]').textContent).toBe('No banner: the post goes through.');
    await type(q(el, '[data-action="tryit-draft"]'), 'Vive #BoulangerieDupont');
    expect(verdict(el)).toEqual({
      decision: 'confirm',
      reasons: [['other-account-words', 'This text contains words that belong to @boulangerie_dupont: #BoulangerieDupont']],
    });
  });

  it('a list switched on for the personal account applies to it', async () => {
    const settings = makeSettings();
    settings.wordLists[0] = { ...settings.wordLists[0]!, includeAccounts: ['x:marie_dupont'] };
    const el = tryIt(settings);
    await choose(q(el, '[data-action="tryit-account"]'), 'account:x:marie_dupont');
    await type(q(el, '[data-action="tryit-draft"]'), 'putain');
    expect(verdict(el).decision).toBe('confirm');
    expect(verdict(el).reasons.map((r) => r[0])).toEqual(['risky-words']);
  });

  it('an unknown account: asks who is publishing', async () => {
    const el = tryIt(makeSettings(), tFr);
    await choose(q(el, '[data-action="tryit-account"]'), 'unknown:x');
    await type(q(el, '[data-action="tryit-draft"]'), 'Bonjour');
    expect(verdict(el).decision).toBe('confirm');
    expect(verdict(el).reasons).toEqual([['unknown-identity', tFr('reason_unknown_identity')]]);
    expect(q(el, '.tryit-decision').textContent).toBe('La bannière demande confirmation.');
  });

  it('words its reasons exactly as the banner does', async () => {
    const settings = makeSettings();
    settings.wordLists[1] = { ...settings.wordLists[1]!, appliesTo: ['brand', 'personal'] };
    const draft = 'merde #BoulangerieDupont et Boulangerie Martin';
    const el = tryIt(settings);
    await choose(q(el, '[data-action="tryit-account"]'), 'account:x:marie_dupont');
    await type(q(el, '[data-action="tryit-draft"]'), draft);
    const v = evaluate(compileRules(settings), { platform: 'x', identity: { platform: 'x', handle: 'marie_dupont', source: 't' }, openedAs: null, draft });
    const banner = mount(
      <Banner t={tEn} decision="block" platform="x" identity={{ platform: 'x', handle: 'marie_dupont', source: 't' }} account={personal} reasons={v.reasons} draft={draft} onCancel={vi.fn()} onConfirm={vi.fn()} />,
    );
    const bannerReasons = [...banner.querySelectorAll('[data-reason]')].map((r) => [r.getAttribute('data-reason'), r.textContent]);
    expect(bannerReasons.map((r) => r[0])).toEqual(['other-account-words', 'risky-words']);
    expect(verdict(el).decision).toBe('block');
    expect(verdict(el).reasons).toEqual(bannerReasons);
  });

  it('says when the guard is off or no account is configured', () => {
    expect(tryIt(makeSettings({ guardEnabled: false })).textContent).toContain('The guard is switched off: everything goes through.');
    const none = tryIt(makeSettings({ accounts: [] }));
    expect(none.textContent).toContain('No account is configured');
    expect(verdict(none).decision).toBe('allow');
  });
});
