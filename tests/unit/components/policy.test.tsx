/** The team policy as the options page and the popup show it: locked, "Set by your organisation", never editable. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { OptionsView } from '../../../components/OptionsView';
import { PopupView } from '../../../components/PopupView';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import { effectiveSettings, readPolicy } from '../../../utils/settings/policy';
import type { PolicyStatus, TabStatus } from '../../../utils/messaging/protocol';
import type { Settings } from '../../../utils/types';

const tEn = translatorFor(en);
const tFr = translatorFor(fr);
const settings: Settings = {
  schemaVersion: 2,
  accounts: [
    { id: 'x:acme', platform: 'x', handle: 'acme', name: 'Acme (mine)', kind: 'personal', protected: false, ownWords: [] },
    { id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: ['mon chat'] },
  ],
  wordLists: [{ id: 'mine', name: 'Mine', words: ['lol'], appliesTo: ['brand'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] }],
  unknownIdentity: 'allow',
  guardEnabled: true,
  language: 'auto',
  journalKeepText: true,
  journalCap: 2000,
  pauseSparesProtected: false,
};
const status: PolicyStatus = readPolicy({
  accounts: [
    { platform: 'x', handle: 'acme', name: 'Acme', kind: 'brand', protected: true, ownWords: ['#acme'] },
    { platform: 'x', handle: 'bad handle', kind: 'brand' },
  ],
  wordLists: [{ id: 'competitors', name: 'Competitors', words: ['globex', 'initech'], action: 'block', appliesTo: ['brand', 'personal'] }],
  allowTurnOff: false,
  maxPauseMinutes: 10,
  unknownIdentity: 'confirm',
  journalText: 'never',
  pauseSparesProtected: true,
});
const mount = (vnode: preact.VNode) => {
  const el = document.createElement('div');
  document.body.append(el);
  render(vnode, el);
  return el;
};
const texts = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('the options page with a team policy', () => {
  it('shows the policy items locked, with no button to change them, beside the user items', () => {
    const el = mount(<OptionsView t={tEn} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} policy={status} />);
    const locked = el.querySelector('[data-list="policy-accounts"] li[data-account-id="x:acme"][data-locked="policy"]')!;
    expect(locked.textContent).toContain('Set by your organisation');
    expect(locked.querySelector('[data-status="policy-locked"]')).not.toBeNull();
    expect(locked.querySelector('button')).toBeNull();
    expect(locked.querySelector('[data-status="policy-replaces"]')).not.toBeNull();
    // The user's own account with the same id stays editable, and says it is replaced.
    const mine = el.querySelector('[data-list="accounts"] li[data-account-id="x:acme"]')!;
    expect(mine.querySelector('[data-action="acc-edit"]')).not.toBeNull();
    expect(mine.querySelector('[data-status="acc-overridden"]')!.textContent).toContain('Replaced by your organisation');
    expect(el.querySelector('[data-list="accounts"] li[data-account-id="x:marie_dupont"] [data-status="acc-overridden"]')).toBeNull();

    const list = el.querySelector('[data-list="policy-lists"] li[data-list-id="policy-competitors"][data-locked="policy"]')!;
    expect(list.textContent).toContain('Block the post');
    expect(list.querySelector('input, textarea, button')).toBeNull();
    expect(el.querySelectorAll('[data-list="word-lists"] > li').length).toBe(1);

    const section = el.querySelector('[data-section="policy"]')!;
    expect(texts(section, '[data-list="policy-rules"] li')).toEqual([
      'The guard cannot be switched off.',
      'A pause lasts at most 10 minutes.',
      'When the account cannot be identified: Ask before publishing.',
      'Protected accounts stay guarded during a pause.',
      'The journal never keeps the text of posts.',
    ]);
    expect(section.querySelector('[data-status="policy-overrides"]')!.textContent).toContain('@acme');
    const problems = section.querySelector('[data-status="policy-problems"]')!;
    expect(problems.textContent).toContain('ignored: 1.');
    expect(problems.textContent).toContain('accounts[1].handle');
  });

  it('locks the preferences the policy sets, showing its values; the others stay editable', () => {
    const el = mount(<OptionsView t={tEn} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} policy={status} />);
    const prefs = el.querySelector('[data-section="preferences"]')!;
    const radio = prefs.querySelector<HTMLInputElement>('[data-action="pref-unknown-identity-confirm"]')!;
    expect(radio.checked).toBe(true);
    expect(radio.disabled).toBe(true);
    const keep = prefs.querySelector<HTMLInputElement>('[data-action="pref-keep-text"]')!;
    expect([keep.checked, keep.disabled]).toEqual([false, true]);
    expect(prefs.querySelector<HTMLInputElement>('[data-action="pref-pause-spares-protected"]')!.disabled).toBe(true);
    expect(prefs.querySelector<HTMLSelectElement>('[data-action="pref-language"]')!.disabled).toBe(false);
    expect(prefs.querySelectorAll('[data-status="policy-locked"]').length).toBe(3);
  });

  it('"Try it" uses the merged settings: a policy list blocks', () => {
    const el = mount(<OptionsView t={tEn} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} policy={status} />);
    const options = [...el.querySelectorAll<HTMLOptionElement>('[data-action="tryit-account"] option')].map((o) => o.value);
    expect(options).toContain('account:x:acme');
  });

  it('without a policy, nothing of it shows', () => {
    const el = mount(<OptionsView t={tEn} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} policy={{ policy: null, problems: [], ignored: 0 }} />);
    expect(el.querySelector('[data-section="policy"]')).toBeNull();
    expect(el.querySelector('[data-list="policy-accounts"]')).toBeNull();
    expect(el.querySelector('[data-status="policy-locked"]')).toBeNull();
  });

  it('a policy that cannot be read, in French', () => {
    const el = mount(<OptionsView t={tFr} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} policy={{ policy: null, problems: [], ignored: 0, error: 'read-failed' }} />);
    expect(el.querySelector('[data-status="policy-read-failed"]')!.textContent).toContain('dernière lue reste en vigueur');
    expect(el.querySelector('[data-section="policy"] h2')!.textContent).toContain('Défini par votre organisation');
  });

  it('exports the user own items as a policy file, to copy and to download', () => {
    const onDownload = vi.fn();
    const el = mount(<OptionsView t={tEn} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} policy={status} chromeId="abcdefghijklmnopabcdefghijklmnop" onDownloadPolicy={onDownload} />);
    const button = el.querySelector<HTMLButtonElement>('[data-action="policy-export"]')!;
    button.click();
    expect(onDownload).toHaveBeenCalledTimes(1);
    const file = onDownload.mock.calls[0]![0] as { name: string; text: string };
    expect(file.name).toBe('right-account-policy.json');
    const values = JSON.parse(file.text)['3rdparty'].extensions.abcdefghijklmnopabcdefghijklmnop;
    // The user's own accounts and lists: never the policy's.
    expect(values.accounts.map((a: { name: string }) => a.name)).toEqual(['Acme (mine)', 'Marie Dupont']);
    expect(values.wordLists.map((l: { id: string }) => l.id)).toEqual(['mine']);
    expect(values).toMatchObject({ allowTurnOff: false, allowPause: true, maxPauseMinutes: 15, journalText: 'user' });
    expect(readPolicy(values).problems).toEqual([]);
  });
});

describe('the popup with a team policy', () => {
  const effective = effectiveSettings(settings, status.policy);
  const tab: TabStatus = {
    platform: 'x',
    identity: { platform: 'x', handle: 'acme', source: 'account-switcher' },
    accountId: 'x:acme',
    platformConfigured: true,
    guardEnabled: true,
    pausedUntil: null,
    intendedAccountId: null,
  };
  const popup = (policy = status.policy, t = tEn) =>
    mount(<PopupView t={t} tab={{ kind: 'guarded', status: tab }} settings={effective} policy={policy} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);

  it('locks the switch, shortens the pause, and shows the account as set by the organisation', () => {
    const el = popup();
    // No way to turn it off: the switch's place says why instead.
    expect(el.querySelector('[data-action="guard-off"]')).toBeNull();
    expect(el.querySelector('[data-status="policy-guard-locked"]')!.textContent).toContain('Your organisation keeps the guard on.');
    expect(el.querySelector('[data-action="pause"]')!.textContent).toBe('Pause 10 minutes on X');
    expect(el.querySelector('[data-status="policy-pause-limit"]')!.textContent).toContain('at most 10 minutes');
    expect(el.querySelector('[data-status="identity"] [data-status="policy-locked"]')).not.toBeNull();
    expect(el.querySelector('[data-status="identity"]')!.textContent).toContain('Acme');
  });

  it('no pause at all when the policy forbids it, in French', () => {
    const el = popup({ ...status.policy!, allowPause: false }, tFr);
    expect(el.querySelector('[data-action="pause"]')).toBeNull();
    expect(el.querySelector('[data-status="policy-no-pause"]')!.textContent).toContain("n'autorise pas la mise en pause");
  });

  it('a sensitive period the policy sets: shown, with no way to end or change it here; without it, the member ends their own', () => {
    const now = Date.now();
    const period = { until: now + 24 * 3600_000, note: 'Crise', since: now };
    const withPeriod = (policy: typeof status.policy, t = tEn) =>
      mount(<PopupView t={t} now={now} tab={{ kind: 'guarded', status: tab }} settings={effective} policy={policy} sensitive={period} onSensitive={vi.fn()} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    const locked = withPeriod({ ...status.policy!, sensitivePeriod: { until: period.until, note: 'Crise' } });
    expect(locked.querySelector('[data-status="sensitive-on"]')!.textContent).toContain('Crise');
    expect(locked.querySelector('[data-action="sensitive-end"]')).toBeNull();
    expect(locked.querySelector('[data-status="sensitive-locked"]')!.textContent).toContain('only your administrator');
    // Not stored yet (the background is writing it): nothing to start meanwhile.
    const pending = mount(<PopupView t={tFr} now={now} tab={{ kind: 'guarded', status: tab }} settings={effective} policy={{ ...status.policy!, sensitivePeriod: { until: period.until, note: '' } }} sensitive={null} onSensitive={vi.fn()} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(pending.querySelector('[data-action="sensitive-start"]')).toBeNull();
    expect(pending.querySelector('[data-status="sensitive-locked"]')!.textContent).toContain('seul votre administrateur');
    // A policy without one, or one whose date has passed: the member's own period, theirs to end.
    expect(withPeriod(status.policy).querySelector('[data-action="sensitive-end"]')).not.toBeNull();
    expect(withPeriod({ ...status.policy!, sensitivePeriod: { until: now - 1, note: '' } }).querySelector('[data-action="sensitive-end"]')).not.toBeNull();
  });

  it('without a policy: the switch is free, the pause is 15 minutes', () => {
    const el = mount(<PopupView t={tEn} tab={{ kind: 'guarded', status: tab }} settings={settings} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} />);
    expect(el.querySelector('[data-action="guard-off"]')).not.toBeNull();
    expect(el.querySelector('[data-status="policy-guard-locked"]')).toBeNull();
    expect(el.querySelector('[data-action="pause"]')!.textContent).toBe('Pause 15 minutes on X');
    expect(el.querySelector('[data-status="policy-locked"]')).toBeNull();
  });
});

describe('a sensitive period the team policy sets, in the options page', () => {
  it('is one of the policy’s rules, with its end and note; the section shows it locked', () => {
    const until = Date.now() + 24 * 3600_000;
    const withPeriod = { ...status, policy: { ...status.policy!, sensitivePeriod: { until, note: 'Crise' } } };
    const period = { until, note: 'Crise', since: Date.now() };
    const el = mount(<OptionsView t={tEn} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} policy={withPeriod} sensitive={period} onSensitive={vi.fn()} />);
    const rule = el.querySelector('[data-list="policy-rules"] li[data-rule="sensitive"]')!;
    expect(rule.textContent).toContain('A sensitive period for the whole team, until');
    expect(rule.textContent).toContain('“Crise”');
    const section = el.querySelector('[data-section="sensitive"]')!;
    expect(section.querySelector('[data-status="sensitive-locked"]')).not.toBeNull();
    expect(section.querySelector('[data-action="sensitive-end"]')).toBeNull();
    // Its date passed: no longer a rule, and the member's controls are back.
    const over = { ...status, policy: { ...status.policy!, sensitivePeriod: { until: Date.now() - 1, note: 'Crise' } } };
    const after = mount(<OptionsView t={tEn} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} policy={over} sensitive={null} onSensitive={vi.fn()} />);
    expect(after.querySelector('[data-rule="sensitive"]')).toBeNull();
    expect(after.querySelector('[data-section="sensitive"] [data-action="sensitive-start"]')).not.toBeNull();
  });
});

describe('"don\'t flag this again" for an account the user cannot edit', () => {
  // Mounted in act(): the form opens in an effect.
  const view = (accountId: string) => {
    let el!: HTMLElement;
    act(() => void (el = mount(<OptionsView t={tEn} settings={settings} importStatus={null} onImport={vi.fn()} onExport={vi.fn()} policy={status} exceptionPrefill={{ accountId, words: ['lol'] }} />)));
    return el;
  };

  it('the team policy’s account (even with a copy of the user’s own): says the administrator allows it, and opens no form', () => {
    const el = view('x:acme');
    expect(el.querySelector('[data-status="exception-not-possible"]')?.textContent).toBe(
      tEn('acc_exception_locked', ['Acme', 'lol']),
    );
    expect(el.querySelector('form[data-mode="edit"]')).toBeNull();
  });

  it('an account removed since: says there is nothing to change', () => {
    expect(view('x:gone').querySelector('[data-status="exception-not-possible"]')?.textContent).toBe(tEn('acc_exception_gone', ['lol']));
  });

  it('the user’s own account: no such notice, the form opens with the exception', () => {
    const el = view('x:marie_dupont');
    expect(el.querySelector('[data-status="exception-not-possible"]')).toBeNull();
    expect(el.querySelector('form[data-mode="edit"]')).not.toBeNull();
  });
});
