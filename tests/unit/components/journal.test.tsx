/** The journal page: the list, its filters, the CSV export of what is shown, the weekly counts, clearing. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { JournalView, type JournalViewProps } from '../../../components/JournalView';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { Settings } from '../../../utils/types';
import type { JournalEntry, JournalItem } from '../../../utils/messaging/protocol';
import { at, entry } from '../journal/fixtures';

const tEn = translatorFor(en);
const tFr = translatorFor(fr);
const settings: Settings = {
  schemaVersion: 2,
  accounts: [],
  wordLists: [],
  unknownIdentity: 'confirm',
  guardEnabled: true,
  language: 'en',
  journalKeepText: false,
  journalCap: 2000,
  pauseSparesProtected: true,
};
// Stored oldest first, as the background keeps them.
const entries: JournalEntry[] = [
  entry({ time: at(2024, 12, 30, 9), account: '@boulangerie_dupont', decision: 'confirm', outcome: 'confirmed', reasons: ['protected-account'] }),
  entry({ time: at(2025, 1, 6, 10), decision: 'confirm', outcome: 'cancelled', reasons: ['other-account-words'], words: ['#BoulangerieDupont'] }),
  entry({ time: at(2025, 1, 7, 11), platform: 'linkedin', account: null, accountId: null, decision: 'confirm', outcome: 'cancelled', reasons: ['unknown-identity'] }),
  entry({ time: at(2025, 1, 8, 12), outcome: 'allowed' }),
];

function mount(props: Partial<JournalViewProps> = {}) {
  const el = document.createElement('div');
  document.body.append(el); // happy-dom fires `change` only on connected inputs
  const all: JournalViewProps = { t: tEn, locale: 'en-GB', settings, entries, cleared: false, onClear: vi.fn(), onExport: vi.fn(), now: () => new Date(2025, 0, 9), ...props };
  render(<JournalView {...all} />, el);
  return el;
}
const rows = (el: Element) =>
  [...el.querySelectorAll('[data-list="journal-entries"] tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
const choose = async (el: Element, action: string, value: string) => {
  const input = el.querySelector<HTMLSelectElement | HTMLInputElement>(`[data-action="${action}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await new Promise((r) => setTimeout(r));
};

describe('JournalView', () => {
  it('lists every entry newest first, with localised dates and translated labels', () => {
    const el = mount();
    expect(rows(el)).toEqual([
      ['8 Jan 2025, 12:00', 'X', '@marie_dupont', 'Post', 'Allowed', '', ''],
      ['7 Jan 2025, 11:00', 'LinkedIn', 'Unknown account', 'Post', 'Cancelled', 'Unknown account', ''],
      ['6 Jan 2025, 10:00', 'X', '@marie_dupont', 'Post', 'Cancelled', 'Another account’s words', '#BoulangerieDupont'],
      ['30 Dec 2024, 09:00', 'X', '@boulangerie_dupont', 'Post', 'Confirmed', 'Protected account', ''],
    ]);
    expect(el.querySelector('[data-status="count"]')!.textContent).toBe('4 of 4 entries');
    expect(el.querySelector('[data-status="text-not-kept"]')!.textContent).toContain('No post text is kept');
    expect(el.querySelector('[data-status="text-not-kept"] a')!.getAttribute('href')).toBe('options.html');
  });

  it('filters by outcome, account, platform and dates; reset shows everything again', async () => {
    const el = mount();
    await choose(el, 'filter-outcome', 'cancelled');
    expect(rows(el).map((r) => r[0])).toEqual(['7 Jan 2025, 11:00', '6 Jan 2025, 10:00']);
    expect(el.querySelector('[data-status="count"]')!.textContent).toBe('2 of 4 entries');
    await choose(el, 'filter-platform', 'x');
    expect(rows(el).map((r) => r[0])).toEqual(['6 Jan 2025, 10:00']);
    el.querySelector<HTMLButtonElement>('[data-action="reset-filters"]')!.click();
    await new Promise((r) => setTimeout(r));
    expect(rows(el)).toHaveLength(4);

    const accounts = [...el.querySelectorAll<HTMLOptionElement>('[data-action="filter-account"] option')].map((o) => o.textContent);
    expect(accounts).toEqual(['All', '@boulangerie_dupont', '@marie_dupont', 'Unknown account']);
    await choose(el, 'filter-account', '\u0000unknown');
    expect(rows(el).map((r) => r[1])).toEqual(['LinkedIn']);
    await choose(el, 'filter-account', '@marie_dupont');
    expect(rows(el).map((r) => r[0])).toEqual(['8 Jan 2025, 12:00', '6 Jan 2025, 10:00']);
    await choose(el, 'filter-account', '');
    await choose(el, 'filter-from', '2025-01-06');
    await choose(el, 'filter-to', '2025-01-07');
    expect(rows(el).map((r) => r[0])).toEqual(['7 Jan 2025, 11:00', '6 Jan 2025, 10:00']);
    await choose(el, 'filter-outcome', 'blocked');
    expect(el.querySelector('[data-status="no-match"]')).not.toBeNull();
    expect(el.querySelector('[data-list="journal-entries"]')).toBeNull();
  });

  it('exports exactly the entries shown as CSV', async () => {
    const onExport = vi.fn();
    const el = mount({ onExport });
    await choose(el, 'filter-outcome', 'cancelled');
    el.querySelector<HTMLButtonElement>('[data-action="export-csv"]')!.click();
    const t1 = new Date(at(2025, 1, 7, 11)).toISOString();
    const t2 = new Date(at(2025, 1, 6, 10)).toISOString();
    expect(onExport).toHaveBeenCalledWith(
      'right-account-journal-2025-01-09.csv',
      '\uFEFF"time","platform","account","surface","decision","outcome","reasons","words","text"\r\n' +
        `"${t1}","linkedin","","post","confirm","cancelled","unknown-identity","",""\r\n` +
        `"${t2}","x","'@marie_dupont","post","confirm","cancelled","other-account-words","#BoulangerieDupont",""\r\n`,
    );
  });

  it('counts per ISO week the warnings, cancellations, confirmations and posts that went through untouched of the entries shown', async () => {
    const el = mount();
    const weeks = () =>
      [...el.querySelectorAll('[data-list="weekly-counts"] tr')].map((tr) => [
        tr.getAttribute('data-week'),
        ...[...tr.querySelectorAll('[data-count]')].map((td) => `${td.getAttribute('data-count')}=${td.textContent}`),
      ]);
    expect(weeks()).toEqual([
      ['2025-W01', 'warnings=1', 'cancelled=0', 'confirmed=1', 'untouched=0'],
      ['2025-W02', 'warnings=2', 'cancelled=2', 'confirmed=0', 'untouched=1'],
    ]);
    expect(el.querySelector('[data-week="2025-W01"] th')!.textContent).toBe('Week 2025-W01 (30 Dec 2024)');
    await choose(el, 'filter-platform', 'linkedin');
    expect(weeks()).toEqual([['2025-W02', 'warnings=1', 'cancelled=1', 'confirmed=0', 'untouched=0']]);
  });

  it('clears only after a confirm step, and says so', async () => {
    const onClear = vi.fn();
    const el = mount({ onClear });
    el.querySelector<HTMLButtonElement>('[data-action="clear-journal"]')!.click();
    await new Promise((r) => setTimeout(r));
    expect(onClear).not.toHaveBeenCalled();
    expect(el.textContent).toContain('Delete all 4 entries of the journal? This cannot be undone.');
    expect(document.activeElement?.getAttribute('data-action')).toBe('cancel-clear');
    el.querySelector<HTMLButtonElement>('[data-action="cancel-clear"]')!.click();
    await new Promise((r) => setTimeout(r));
    expect(onClear).not.toHaveBeenCalled();
    el.querySelector<HTMLButtonElement>('[data-action="clear-journal"]')!.click();
    await new Promise((r) => setTimeout(r));
    el.querySelector<HTMLButtonElement>('[data-action="confirm-clear"]')!.click();
    expect(onClear).toHaveBeenCalledTimes(1);

    const after = mount({ entries: [], cleared: true });
    expect(after.querySelector('[data-status="cleared"]')!.textContent).toBe('The journal was cleared.');
    expect(after.querySelector('[data-status="empty"]')).not.toBeNull();
    expect(after.querySelector<HTMLButtonElement>('[data-action="clear-journal"]')!.disabled).toBe(true);
  });

  it('in French, with the text kept: French dates and labels, and the text column', () => {
    const el = mount({ t: tFr, locale: 'fr', settings: { ...settings, journalKeepText: true }, entries: [entry({ time: at(2025, 1, 6, 14, 5), outcome: 'paused', text: 'Bonjour =1' })] });
    expect(rows(el)).toEqual([['6 janv. 2025, 14:05', 'X', '@marie_dupont', 'Publication', 'Passée (pause)', '', '', 'Bonjour =1']]);
    expect(el.querySelector('[data-status="text-kept"]')!.textContent).toContain('Le texte des publications est conservé');
  });

  it('shows the switches as rows of their own, in both languages: the guard off, a sensitive period with its note and its end', () => {
    const switches: JournalItem[] = [
      ...entries,
      { kind: 'guard-switch', time: at(2025, 1, 8, 13), guard: 'off', until: at(2025, 1, 8, 14), cause: 'user' },
      { kind: 'sensitive-period', time: at(2025, 1, 8, 15), period: 'on', until: at(2025, 1, 9, 9), note: 'Deuil national', cause: 'user' },
      { kind: 'sensitive-period', time: at(2025, 1, 9, 9), period: 'off', until: null, note: '', cause: 'ended' },
    ];
    const el = mount({ entries: switches });
    expect(rows(el).slice(0, 3)).toEqual([
      ['9 Jan 2025, 09:00', 'Sensitive period over (its end passed)'],
      ['8 Jan 2025, 15:00', 'Sensitive period until 9 Jan 2025, 09:00: “Deuil national”'],
      ['8 Jan 2025, 13:00', 'Guard turned off until 8 Jan 2025, 14:00'],
    ]);
    expect([...el.querySelectorAll('[data-list="journal-entries"] tr')].slice(0, 3).map((tr) => tr.getAttribute('data-outcome'))).toEqual(['sensitive-off', 'sensitive-on', 'guard-off']);
    const french = mount({ t: tFr, locale: 'fr-FR', entries: switches });
    expect(rows(french)[1]![1]).toBe('Période sensible jusqu’au 9 janv. 2025, 09:00 : « Deuil national »');
  });

  it('a sensitive period the team policy set and lifted says so, in both languages', () => {
    const switches: JournalItem[] = [
      { kind: 'sensitive-period', time: at(2025, 1, 8, 15), period: 'on', until: at(2025, 1, 9, 9), note: 'Crise', cause: 'policy' },
      { kind: 'sensitive-period', time: at(2025, 1, 8, 16), period: 'off', until: null, note: '', cause: 'policy' },
    ];
    expect(rows(mount({ entries: switches }))).toEqual([
      ['8 Jan 2025, 16:00', 'Sensitive period lifted by your organisation'],
      ['8 Jan 2025, 15:00', 'Sensitive period until 9 Jan 2025, 09:00: “Crise” (set by your organisation)'],
    ]);
    expect(rows(mount({ t: tFr, locale: 'fr-FR', entries: switches })).map((r) => r[1])).toEqual([
      'Période sensible levée par votre organisation',
      'Période sensible jusqu’au 9 janv. 2025, 09:00 : « Crise » (définie par votre organisation)',
    ]);
  });

  it('says it is loading', () => {
    const el = mount({ entries: null, settings: null });
    expect(el.querySelector('[data-status="loading"]')).not.toBeNull();
  });
});
