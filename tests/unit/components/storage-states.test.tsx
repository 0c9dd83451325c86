/**
 * What each page shows when storage fails or the settings cannot all be read: the options page (health, items set
 * aside, refused preferences and restores), the popup and the journal page (a journal that stopped recording).
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { OptionsView } from '../../../components/OptionsView';
import { PopupView } from '../../../components/PopupView';
import { JournalView } from '../../../components/JournalView';
import { PreferencesSection } from '../../../components/options/PreferencesSection';
import { BackupsSection } from '../../../components/options/BackupsSection';
import { shown } from '../../../components/options/DroppedSection';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { defaultSettings } from '../../../utils/settings/defaults';
import type { StorageStatus } from '../../../utils/messaging/protocol';
import type { SettingsHealth } from '../../../utils/settings/health';
import type { StoredDroppedItem } from '../../../utils/settings/dropped';

const tEn = translatorFor(en);
const tFr = translatorFor(fr);
const settings = { ...defaultSettings(), language: 'en' as const };
const mount = (vnode: preact.VNode) => {
  const el = document.createElement('div');
  document.body.append(el);
  render(vnode, el);
  return el;
};
const flush = () => new Promise((r) => setTimeout(r, 0));
const health = (change: Partial<SettingsHealth>): SettingsHealth => ({ state: 'ok', failClosed: false, setAsidePlatforms: [], setAside: 0, since: 1, ...change });
const storage = (settingsHealth: Partial<SettingsHealth>, journal: StorageStatus['journal'] = null): StorageStatus => ({ settings: health(settingsHealth), journal });
const refused: StoredDroppedItem = {
  id: 1700000000000,
  time: 1700000000000,
  kind: 'account',
  path: 'accounts[1]',
  value: { id: 'x:cafe-martin', platform: 'x', handle: 'cafe-martin', name: 'Café\u202EMartin', kind: 'brand', protected: true, ownWords: [] },
  problems: [{ code: 'invalid-handle', path: 'accounts[1].handle', params: { found: 'cafe-martin' } }],
};
const record: StoredDroppedItem = { id: 1700000000001, time: 1700000000000, kind: 'record', path: '', value: { schemaVersion: 2, accounts: 'oops' }, problems: [{ code: 'wrong-type', path: 'accounts', params: { expected: 'array', found: 'string' } }] };

describe('options page: settings that cannot all be read', () => {
  const options = (props: Partial<Parameters<typeof OptionsView>[0]>) => mount(<OptionsView t={tEn} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} {...props} />);

  it('says nothing while the settings are whole', () => {
    const el = options({ storage: storage({}) });
    expect(el.querySelector('[data-status^="settings-"]')).toBeNull();
    expect(el.querySelector('[data-section="dropped"]')).toBeNull();
  });

  it('lists an item set aside with its reason, names the platform that asks first, and links to it', () => {
    const el = options({ storage: storage({ state: 'salvaged', setAside: 1, setAsidePlatforms: ['x'] }), dropped: [refused] });
    const notice = el.querySelector('[data-status="settings-salvaged"]')!;
    expect(notice.textContent).toContain('1 item of your settings could not be read. It is set aside');
    expect(notice.textContent).toContain('On X, every publish asks first');
    const item = el.querySelector('[data-section="dropped"] [data-list="dropped"] li[data-dropped-id="1700000000000"]')!;
    expect(item.getAttribute('data-kind')).toBe('account');
    // The stored name's right-to-left override is written out, not obeyed.
    expect(item.textContent).toContain('Account @cafe-martin · Café⟨U+202E⟩Martin on X');
    expect(item.textContent).toContain('accounts[1].handle: "cafe-martin" is not a valid handle for this platform.');
    expect(item.querySelector('[data-action="dropped-restore"]')).not.toBeNull();
    expect([...el.querySelectorAll('nav.opt-nav a')].map((a) => a.getAttribute('href'))[0]).toBe('#dropped-title');
  });

  it('restores an item, or shows why it still does not pass', async () => {
    const onRestore = vi.fn().mockResolvedValueOnce({ ok: false, errors: [{ code: 'invalid-handle', path: 'handle', params: { found: 'cafe-martin' } }] }).mockResolvedValueOnce({ ok: true });
    const el = options({ storage: storage({ state: 'salvaged', setAside: 1 }), dropped: [refused], onRestoreDropped: onRestore });
    el.querySelector<HTMLButtonElement>('[data-action="dropped-restore"]')!.click();
    await flush();
    expect(onRestore).toHaveBeenCalledWith(refused.id);
    expect(el.querySelector('li[data-dropped-id] [data-status="dropped-restore-error"]')!.textContent).toContain('handle: "cafe-martin" is not a valid handle');
    el.querySelector<HTMLButtonElement>('[data-action="dropped-restore"]')!.click();
    await flush();
    expect(el.querySelector('[data-status="dropped-restored"]')).not.toBeNull();
  });

  it('discards only after a confirmation, and says when that failed', async () => {
    const onDiscard = vi.fn().mockResolvedValue({ ok: false, error: 'storage-full' });
    const el = options({ storage: storage({ state: 'unreadable', failClosed: true }), dropped: [record], onDiscardDropped: onDiscard });
    expect(el.querySelector('[data-status="settings-unreadable"]')!.textContent).toContain('asks before every publish');
    // A whole record cannot be put back as it is: only discarded (or replaced by an import or a backup).
    expect(el.querySelector('[data-action="dropped-restore"]')).toBeNull();
    el.querySelector<HTMLButtonElement>('[data-action="dropped-discard"]')!.click();
    await flush();
    expect(onDiscard).not.toHaveBeenCalled();
    expect(el.textContent).toContain('Right Account starts again from its defaults');
    el.querySelector<HTMLButtonElement>('[data-action="dropped-discard-confirm"]')!.click();
    await flush();
    expect(onDiscard).toHaveBeenCalledWith(record.id);
    expect(el.querySelector('[data-status="dropped-discard-error"]')!.textContent).toContain('storage for Right Account is full');
  });

  it('says when the settings come from a newer version, in French too', () => {
    const el = mount(<OptionsView t={tFr} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} storage={storage({ state: 'newer', storedVersion: 3 })} />);
    expect(el.querySelector('[data-status="settings-newer"]')!.textContent).toContain('version de réglages 3');
  });

  it('shows why a write failed in the import result', () => {
    const el = options({ importStatus: { kind: 'error', errors: [{ code: 'newer-version', path: '' }] } });
    expect(el.querySelector('[data-status="import-error"]')!.textContent).toContain('saved by a newer version of Right Account');
  });
});

describe('options page: refusals in preferences and backups', () => {
  it('a preference that was not saved says why', async () => {
    const el = mount(<PreferencesSection t={tEn} settings={settings} onChange={vi.fn().mockResolvedValue({ ok: false, error: 'settings-unreadable' })} />);
    el.querySelector<HTMLInputElement>('[data-action="pref-keep-text"]')!.click();
    await flush();
    expect(el.querySelector('[data-status="prefs-error"]')!.textContent).toBe(
      'The preference could not be saved. Your stored settings cannot be read. Import a settings file, restore a backup or put items back in the options first.',
    );
  });

  it('a backup that was not restored says why', async () => {
    const el = mount(<BackupsSection t={tEn} locale="en-GB" backups={[{ time: 1, accounts: 1, wordLists: 1 }]} onRestore={vi.fn().mockResolvedValue({ ok: false, error: 'storage-full' })} />);
    el.querySelector<HTMLButtonElement>('[data-action="backup-restore"]')!.click();
    await flush();
    el.querySelector<HTMLButtonElement>('[data-action="backup-restore-confirm"]')!.click();
    await flush();
    expect(el.querySelector('[data-status="backup-restore-error"]')!.textContent).toContain('storage for Right Account is full');
  });
});

describe('popup', () => {
  const popup = (props: Partial<Parameters<typeof PopupView>[0]>) =>
    mount(<PopupView t={tEn} locale="en-GB" settings={settings} tab={{ kind: 'unsupported' }} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} {...props} />);

  it('says why every publish asks first when the settings cannot be read', () => {
    expect(popup({ storage: storage({ state: 'unreadable', failClosed: true }) }).querySelector('[data-status="settings-unreadable"]')!.textContent).toContain('every publish asks first');
    expect(popup({ storage: storage({ state: 'newer', storedVersion: 3 }) }).querySelector('[data-status="settings-newer"]')).not.toBeNull();
    expect(popup({ storage: storage({ state: 'salvaged', setAside: 2 }) }).querySelector('[data-status="settings-salvaged"]')!.textContent).toContain('2 items of your settings could not be read and are set aside');
  });

  it('says the journal stopped recording, since when and why', () => {
    const el = popup({ storage: storage({}, { stoppedAt: Date.UTC(2025, 0, 6, 14, 0), error: 'storage-full', missed: 3 }) });
    const text = el.querySelector('[data-status="journal-stopped"]')!.textContent!;
    expect(text).toMatch(/^The journal stopped recording on 6 Jan 2025, \d\d:\d\d: The browser’s storage for Right Account is full\./);
    expect(text).toContain('3 attempts could not be recorded since.');
    // Once it records again, the popup has nothing more to say about it (the journal page keeps the gap).
    expect(popup({ storage: storage({}, { stoppedAt: 1, error: 'storage-full', missed: 3, resumedAt: 2 }) }).querySelector('[data-status="journal-stopped"]')).toBeNull();
  });

  it('shows a change that was not made, with its reason', () => {
    const el = popup({ error: { action: 'guard', error: 'newer-version' } });
    expect(el.querySelector('[data-status="write-error"]')!.textContent).toContain('The guard was not switched on or off. Your settings were saved by a newer version');
  });
});

describe('journal page', () => {
  const journal = (props: Partial<Parameters<typeof JournalView>[0]>) =>
    mount(<JournalView t={tFr} locale="fr" settings={settings} entries={[]} cleared={false} onClear={vi.fn()} onExport={vi.fn()} {...props} />);

  it('says the journal stopped recording, or for how long it did not record', () => {
    const stopped = journal({ health: { stoppedAt: Date.UTC(2025, 0, 6, 14, 0), error: 'write-failed', missed: 1 } });
    expect(stopped.querySelector('[data-status="journal-stopped"]')!.textContent).toMatch(/^Le journal a cessé d’enregistrer le 6 janv\. 2025.*[\u00a0 ]: Le navigateur n’a pas pu écrire/);
    const gap = journal({ health: { stoppedAt: Date.UTC(2025, 0, 6, 14, 0), error: 'storage-full', missed: 4, resumedAt: Date.UTC(2025, 0, 7, 9, 0) } });
    expect(gap.querySelector('[data-status="journal-gap"]')!.textContent).toContain('4 tentatives manquent');
    expect(journal({}).querySelector('[data-status^="journal-"]')).toBeNull();
  });

  it('says when clearing failed', () => {
    expect(journal({ clearError: 'storage-full' }).querySelector('[data-status="clear-error"]')!.textContent).toContain('Le journal n’a pas été vidé.');
  });
});

describe('stored text shown on a page', () => {
  it('writes hidden characters out instead of letting them act', () => {
    expect(shown('evil\u202Ebrand\u200B')).toBe('evil⟨U+202E⟩brand⟨U+200B⟩');
    expect(shown('Marie 👩‍💻')).toBe('Marie 👩‍💻');
  });
});
