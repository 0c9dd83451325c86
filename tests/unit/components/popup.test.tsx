/** The popup: the tab's identity and guard state, pause and resume, adding the account, the recent journal. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { PopupView, addAccountPath, type PopupViewProps } from '../../../components/PopupView';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { Settings } from '../../../utils/types';
import type { TabStatus } from '../../../utils/messaging/protocol';
import { at, entry } from '../journal/fixtures';
import { testSettings } from '../test-settings';

const tEn = translatorFor(en);
const tFr = translatorFor(fr);
const settings: Settings = testSettings({
  accounts: [{ id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: ['mon chat'] }],
  wordLists: [{ id: 'l', name: 'Grossièretés', words: ['merde'], appliesTo: ['brand'], action: 'block', enabled: true, includeAccounts: [], excludeAccounts: [] }],
});
const twoAccounts: Settings = {
  ...settings,
  accounts: [
    ...settings.accounts,
    { id: 'x:boulangerie_dupont', platform: 'x', handle: 'boulangerie_dupont', name: 'Boulangerie Dupont', kind: 'brand', protected: true, ownWords: [], color: '#fde047' },
  ],
};
const mount = (vnode: preact.VNode) => {
  const el = document.createElement('div');
  document.body.append(el); // happy-dom fires `change` only on connected inputs
  render(vnode, el);
  return el;
};
const status = { platform: 'x' as const, accountId: null, platformConfigured: true, guardEnabled: true, pausedUntil: null, intendedAccountId: null };
const asMarie: TabStatus = { ...status, identity: { platform: 'x', handle: 'marie_dupont', name: 'Marie', source: 'account-switcher' }, accountId: 'x:marie_dupont' };
const NOW = at(2025, 1, 6, 14, 0);
const popup = (props: Partial<PopupViewProps>) =>
  mount(<PopupView t={tEn} locale="en-GB" settings={settings} tab={{ kind: 'guarded', status: asMarie }} now={NOW} pauses={{}} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} {...props} />);

describe('PopupView', () => {
  it('shows the identity and whether it is configured', () => {
    const el = mount(
      <PopupView t={tEn} settings={settings} tab={{ kind: 'guarded', status: asMarie }} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />,
    );
    expect(el.querySelector('[data-status="identity"]')!.textContent).toContain('@marie_dupont');
    expect(el.querySelector('[data-status="configured"]')).not.toBeNull();
    expect(el.querySelector('[data-status="state-active"]')).not.toBeNull();
  });

  it('says when detection failed, and why', () => {
    const el = mount(
      <PopupView t={tFr} settings={settings} tab={{ kind: 'guarded', status: { ...status, identity: null, problem: 'no-identity-signal' } }} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />,
    );
    expect(el.querySelector('[data-status="not-detected"]')!.textContent).toContain('Compte non détecté');
    expect(el.querySelector('[data-status="not-detected"]')!.textContent).toContain('aucun des signaux');
  });

  it("offers the platform's accounts as the intended account, and warns when the tab is active as another", () => {
    const onIntend = vi.fn();
    const el = mount(
      <PopupView
        t={tEn}
        settings={{ ...twoAccounts, accounts: twoAccounts.accounts.map((a) => (a.kind === 'brand' ? { ...a, name: undefined } : a)) }}
        tab={{ kind: 'guarded', status: { ...status, identity: { platform: 'x', handle: 'marie_dupont', source: 's' }, accountId: 'x:marie_dupont', pausedUntil: null, intendedAccountId: 'x:boulangerie_dupont' } }}
        onSetGuard={vi.fn()}
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

  it('on other sites, says there is nothing to guard, and the guard\'s state once, with its switch', () => {
    const onSetGuard = vi.fn();
    const el = mount(<PopupView t={tEn} settings={{ ...settings, guardEnabled: false }} tab={{ kind: 'unsupported' }} onSetGuard={onSetGuard} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(el.querySelector('[data-status="unsupported"]')).not.toBeNull();
    expect(el.querySelectorAll('[data-status^="state-"]')).toHaveLength(1);
    expect(el.querySelector('[data-status="state-off"]')!.textContent).toBe('Guard off: nothing is checked');
    el.querySelector<HTMLButtonElement>('[data-action="guard-on"]')!.click();
    expect(onSetGuard).toHaveBeenCalledWith(true, null);
    const on = mount(<PopupView t={tEn} settings={settings} tab={{ kind: 'unsupported' }} onSetGuard={onSetGuard} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(on.querySelector('[data-status="state-on"]')!.textContent).toBe('Guard on');
  });
});

describe('PopupView: turning the guard off asks how long', () => {
  const NOW_ = at(2025, 1, 6, 14, 0); // a Monday
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  const open = async (onSetGuard = vi.fn(), t = tEn, locale = 'en-GB') => {
    const el = mount(<PopupView t={t} locale={locale} now={NOW_} settings={settings} tab={{ kind: 'guarded', status: asMarie }} onSetGuard={onSetGuard} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    el.querySelector<HTMLButtonElement>('[data-action="guard-off"]')!.click();
    await tick();
    return el;
  };

  it('says the state once: the tab\'s "Guard active", no second switch repeating it', () => {
    const el = mount(<PopupView t={tEn} now={NOW_} settings={settings} tab={{ kind: 'guarded', status: asMarie }} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    expect([...el.querySelectorAll('[data-status^="state-"]')].map((p) => p.textContent)).toEqual(['Guard active']);
    expect(el.querySelector('input[type="checkbox"]')).toBeNull();
    expect(el.textContent).not.toMatch(/Guard\s*On/);
  });

  it('offers one hour, tomorrow morning (08:00) and "until I turn it back on"; the choice takes the focus', async () => {
    const onSetGuard = vi.fn();
    const el = await open(onSetGuard);
    const choices = el.querySelector('[data-status="guard-off-choices"]')!;
    expect(choices.getAttribute('role')).toBe('group');
    expect(document.activeElement?.getAttribute('data-action')).toBe('guard-off-hour');
    expect([...choices.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['For 1 hour', 'Until tomorrow morning (Tue 08:00)', 'Until I turn it back on', 'Keep it on']);
    choices.querySelector<HTMLButtonElement>('[data-action="guard-off-hour"]')!.click();
    expect(onSetGuard).toHaveBeenLastCalledWith(false, NOW_ + 60 * 60_000);
    (await open(onSetGuard)).querySelector<HTMLButtonElement>('[data-action="guard-off-morning"]')!.click();
    expect(onSetGuard).toHaveBeenLastCalledWith(false, at(2025, 1, 7, 8, 0));
    (await open(onSetGuard)).querySelector<HTMLButtonElement>('[data-action="guard-off-manual"]')!.click();
    expect(onSetGuard).toHaveBeenLastCalledWith(false, null);
  });

  it('Escape or "Keep it on" closes the choices, changes nothing, and gives the focus back', async () => {
    const onSetGuard = vi.fn();
    const el = await open(onSetGuard);
    el.querySelector('[data-status="guard-off-choices"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await tick();
    expect(el.querySelector('[data-status="guard-off-choices"]')).toBeNull();
    expect(document.activeElement?.getAttribute('data-action')).toBe('guard-off');
    el.querySelector<HTMLButtonElement>('[data-action="guard-off"]')!.click();
    await tick();
    el.querySelector<HTMLButtonElement>('[data-action="guard-off-cancel"]')!.click();
    expect(onSetGuard).not.toHaveBeenCalled();
  });

  it('after a choice, the focus follows the switch: "Turn the guard back on", then "Turn the guard off…"', async () => {
    const el = document.createElement('div');
    document.body.append(el);
    const draw = (s: Settings) => render(<PopupView t={tEn} now={NOW_} settings={s} tab={{ kind: 'guarded', status: asMarie }} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />, el);
    draw(settings);
    el.querySelector<HTMLButtonElement>('[data-action="guard-off"]')!.click();
    await tick();
    el.querySelector<HTMLButtonElement>('[data-action="guard-off-manual"]')!.click();
    await tick();
    draw({ ...settings, guardEnabled: false });
    await tick();
    expect(document.activeElement?.getAttribute('data-action')).toBe('guard-on');
    el.querySelector<HTMLButtonElement>('[data-action="guard-on"]')!.click();
    draw(settings);
    await tick();
    expect(document.activeElement?.getAttribute('data-action')).toBe('guard-off');
  });

  it('in French, with the end of a timed switch-off', async () => {
    const el = await open(vi.fn(), tFr, 'fr-FR');
    expect(el.querySelector('[data-action="guard-off-morning"]')!.textContent).toBe('Jusqu’à demain matin (mar. 08:00)');
    const off = mount(<PopupView t={tFr} locale="fr-FR" now={NOW_} settings={{ ...settings, guardEnabled: false, guardOffUntil: NOW_ + 30 * 60_000 }} tab={{ kind: 'guarded', status: asMarie }} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(off.querySelector('[data-status="state-off"]')!.textContent).toBe('Protection désactivée jusqu’à 14:30 : rien n’est vérifié');
    expect(off.querySelector('[data-action="guard-on"]')!.textContent).toBe('Réactiver la protection');
    // An end that has passed is on again, before anything is written back.
    const ended = mount(<PopupView t={tEn} now={NOW_} settings={{ ...settings, guardEnabled: false, guardOffUntil: NOW_ - 1 }} tab={{ kind: 'guarded', status: asMarie }} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(ended.querySelector('[data-status="state-active"]')).not.toBeNull();
  });
});

describe('PopupView: the identity', () => {
  it('shows initials in the account colour, with readable text, the name, handle, kind and protection', () => {
    // The page's avatar URL is known, but the popup never loads it: that would be a request from the extension.
    const identity0 = { platform: 'x' as const, handle: 'boulangerie_dupont', source: 's', avatarUrl: 'https://pbs.twimg.com/profile_images/1/a_normal.jpg' };
    const el = popup({ settings: twoAccounts, tab: { kind: 'guarded', status: { ...asMarie, identity: identity0, accountId: 'x:boulangerie_dupont' } } });
    expect(el.querySelector('img')).toBeNull();
    const avatar = el.querySelector<HTMLElement>('.avatar-initials')!;
    expect(avatar.textContent).toBe('BD');
    expect(avatar.style.background).toBe('#fde047');
    expect(avatar.style.color).toBe('#000000'); // black reads better on yellow
    const identity = el.querySelector('[data-status="identity"]')!.textContent;
    expect(identity).toBe('BDBoulangerie Dupont@boulangerie_dupontBrandProtectedConfigured account'); // initials are aria-hidden
    expect(el.querySelector('[data-action="add-account"]')).toBeNull();
  });

  it('offers to add a detected account that is not configured, with a URL-encoded options link', () => {
    const onAddAccount = vi.fn();
    const el = popup({
      onAddAccount,
      tab: { kind: 'guarded', status: { ...status, identity: { platform: 'x', handle: 'cafe_martin', name: 'Café & Co = Martin', source: 's' } } },
    });
    expect(el.querySelector('[data-status="unregistered"]')!.textContent).toBe('Not one of your accounts');
    expect(el.querySelector('.avatar-initials')!.textContent).toBe('CC');
    el.querySelector<HTMLButtonElement>('[data-action="add-account"]')!.click();
    expect(onAddAccount).toHaveBeenCalledWith('options.html?add=1&platform=x&handle=cafe_martin&name=Caf%C3%A9%20%26%20Co%20%3D%20Martin');
  });

  it('builds the add path without the parts the page does not show', () => {
    expect(addAccountPath({ platform: 'linkedin', name: 'Boulangerie Dupont' })).toBe('options.html?add=1&platform=linkedin&name=Boulangerie%20Dupont');
    expect(addAccountPath({ platform: 'instagram', handle: 'a.b_c', name: '  ' })).toBe('options.html?add=1&platform=instagram&handle=a.b_c');
  });
});

describe('PopupView: the guard state, pause and resume', () => {
  it('active: offers a 15-minute pause on this platform, and says protected accounts stay guarded', () => {
    const onPause = vi.fn();
    const el = popup({ settings: twoAccounts, onPause });
    expect(el.querySelector('[data-status="state-active"]')!.textContent).toBe('Guard active');
    const button = el.querySelector<HTMLButtonElement>('[data-action="pause"]')!;
    expect(button.textContent).toBe('Pause 15 minutes on X');
    expect(el.querySelector('[data-status="pause-spares-protected"]')!.textContent).toBe('Protected accounts stay guarded during a pause: @boulangerie_dupont.');
    button.click();
    expect(onPause).toHaveBeenCalledWith('x');
    expect(el.querySelector('[data-action="resume"]')).toBeNull();
  });

  it('no note about protected accounts when pauses spare nothing', () => {
    expect(popup({ settings: { ...twoAccounts, pauseSparesProtected: false } }).querySelector('[data-status="pause-spares-protected"]')).toBeNull();
    expect(popup({ settings }).querySelector('[data-status="pause-spares-protected"]')).toBeNull();
  });

  it('paused: says until when, in the chosen language, and offers to resume', () => {
    const onResume = vi.fn();
    const until = at(2025, 1, 6, 14, 15);
    const el = popup({ t: tFr, locale: 'fr', pauses: { x: until }, onResume });
    expect(el.querySelector('[data-status="state-paused"]')!.textContent).toBe('En pause sur X jusqu’à 14:15');
    expect(el.querySelector('[data-action="pause"]')).toBeNull();
    el.querySelector<HTMLButtonElement>('[data-action="resume"]')!.click();
    expect(onResume).toHaveBeenCalledWith('x');
  });

  it('a pause of another platform, or one that has ended, does not count', () => {
    expect(popup({ pauses: { facebook: NOW + 60_000 } }).querySelector('[data-status="state-active"]')).not.toBeNull();
    expect(popup({ pauses: { x: NOW - 1 } }).querySelector('[data-status="state-active"]')).not.toBeNull();
  });

  it('without the background pauses, uses the tab status', () => {
    const el = popup({ pauses: undefined, tab: { kind: 'guarded', status: { ...asMarie, pausedUntil: at(2025, 1, 6, 15, 0) } } });
    expect(el.querySelector('[data-status="state-paused"]')!.textContent).toBe('Paused on X until 15:00');
  });

  it('degraded: gives the reason; off: says nothing is checked and offers no pause', () => {
    const degraded = popup({ tab: { kind: 'guarded', status: { ...status, identity: null, problem: 'conflicting-signals' } } });
    expect(degraded.querySelector('[data-status="state-degraded"]')!.textContent).toBe('Guard degraded: the page and the session disagree about the active account.');
    expect(degraded.querySelector('[data-action="pause"]')).not.toBeNull();
    const off = popup({ settings: { ...settings, guardEnabled: false }, pauses: { x: NOW + 60_000 } });
    expect(off.querySelector('[data-status="state-off"]')!.textContent).toBe('Guard off: nothing is checked');
    expect(off.querySelector('[data-action="pause"], [data-action="resume"]')).toBeNull();
    // Nothing configured on X: the settings say so (the one status function reads them, not the tab's summary).
    const idle = popup({ settings: { ...settings, accounts: [] }, tab: { kind: 'guarded', status: { ...asMarie, platformConfigured: false, accountId: null } } });
    expect(idle.querySelector('[data-status="state-idle"]')!.textContent).toBe('Nothing to guard on X');
    expect(idle.querySelector('[data-action="pause"]')).toBeNull();
  });
});

describe('PopupView: the recent journal', () => {
  it('shows the last five entries, newest first, and opens the journal', () => {
    const onOpenJournal = vi.fn();
    const journal = [1, 2, 3, 4, 5, 6].map((d) => entry({ time: at(2025, 1, d, 9), outcome: d === 6 ? 'paused' : 'allowed', account: d === 5 ? null : '@marie_dupont' }));
    const el = popup({ journal, onOpenJournal });
    const items = [...el.querySelectorAll('[data-list="recent-journal"] li')];
    expect(items.map((li) => li.textContent)).toEqual([
      '6 Jan, 09:00 · X · @marie_dupontLet through (paused)',
      '5 Jan, 09:00 · X · Unknown accountAllowed',
      '4 Jan, 09:00 · X · @marie_dupontAllowed',
      '3 Jan, 09:00 · X · @marie_dupontAllowed',
      '2 Jan, 09:00 · X · @marie_dupontAllowed',
    ]);
    const link = el.querySelector<HTMLAnchorElement>('[data-action="open-journal"]')!;
    expect(link.getAttribute('href')).toBe('journal.html');
    link.click();
    expect(onOpenJournal).toHaveBeenCalledTimes(1);
  });

  it('says when the journal is empty', () => {
    expect(popup({ journal: [] }).querySelector('[data-status="recent-empty"]')!.textContent).toBe('Nothing in the journal yet.');
  });
});
