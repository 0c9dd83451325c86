/**
 * What a person sees of a degraded reading and of the two page tools: the popup's degraded state naming what is
 * missing, "Check this page", "Report a broken page", the ribbon's mark and the journal's degraded entries.
 */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { PopupView, type PopupViewProps } from '../../../components/PopupView';
import { CheckPage, rowCheck } from '../../../components/popup/CheckPage';
import { ReportPage, skeletonFileName } from '../../../components/popup/ReportPage';
import { Ribbon } from '../../../components/Ribbon';
import { JournalView } from '../../../components/JournalView';
import { translatorFor } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import fr from '../../../public/_locales/fr/messages.json';
import type { PageHealth, Settings } from '../../../utils/types';
import type { PageCheck, PageSkeleton, TabStatus } from '../../../utils/messaging/protocol';
import { at, entry } from '../journal/fixtures';
import { testSettings } from '../test-settings';

const tEn = translatorFor(en);
const tFr = translatorFor(fr);
const settings: Settings = testSettings({
  accounts: [{ id: 'x:marie_dupont', platform: 'x', handle: 'marie_dupont', name: 'Marie Dupont', kind: 'personal', protected: false, ownWords: [] }],
});
const mount = (vnode: preact.VNode) => {
  const el = document.createElement('div');
  document.body.append(el);
  render(vnode, el);
  return el;
};
const degraded: PageHealth = { state: 'degraded', causes: ['no-identity-marker', 'missing-hooks'], missing: ['accountSwitcher', 'stateScript'] };
const status: TabStatus = { platform: 'x', identity: null, problem: 'no-identity-signal', accountId: null, platformConfigured: true, guardEnabled: true, pausedUntil: null, intendedAccountId: null, health: degraded };
const popup = (props: Partial<PopupViewProps> = {}) =>
  mount(<PopupView t={tEn} locale="en-GB" settings={settings} tab={{ kind: 'guarded', status }} now={at(2025, 1, 6)} pauses={{}} onSetGuard={vi.fn()} onIntend={vi.fn()} onOpenOptions={vi.fn()} {...props} />);

const check: PageCheck = {
  platform: 'x',
  hooks: [
    { name: 'accountSwitcher', count: 0, min: 0, max: 1, required: false },
    { name: 'stateScript', count: 0, min: 0, max: 1, required: true },
    { name: 'userAvatar', count: 12, min: 1, max: 9, required: true },
    { name: 'main', count: 1, min: 1, max: 1, required: true },
    { name: 'broken', count: null, min: 0, max: 0, required: false },
  ],
  signals: [
    { name: 'accountSwitcher', found: false },
    { name: 'twid', found: true },
  ],
  health: degraded,
};
const skeleton: PageSkeleton = { platform: 'x', html: '<!DOCTYPE html>\n<html><body><main role="main">⋯</main></body></html>\n', path: '/home', elements: 3, truncated: false };

describe('the popup, on a degraded page', () => {
  it('says why the guard is degraded, in words, and names what is missing', () => {
    const el = popup();
    const state = el.querySelector('[data-status="state-degraded"]')!.textContent!;
    expect(state).toContain('none of the signals that show the active account');
    expect(state).toContain('a composer is on this page, but none of the signals that name the active account');
    expect(state).toContain('elements of the page the guard relies on are missing');
    expect(el.querySelector('[data-status="health-missing"]')!.textContent).toBe('Missing: accountSwitcher, stateScript');
  });

  it('a degraded reading with the identity read: degraded all the same, in French too', () => {
    const el = popup({
      t: tFr,
      tab: { kind: 'guarded', status: { ...status, identity: { platform: 'x', handle: 'marie_dupont', source: 't' }, problem: undefined, accountId: 'x:marie_dupont', health: { state: 'degraded', causes: ['unrecognized-publish'], missing: ['publishControl'] } } },
    });
    expect(el.querySelector('[data-status="state-degraded"]')!.textContent).toContain("n'a pas été vérifiée");
    expect(el.querySelector('[data-status="health-missing"]')!.textContent).toBe('Manquant : publishControl');
  });

  it('offers "Check this page" and "Report a broken page" on a guarded tab only', () => {
    const onCheck = vi.fn();
    const onReport = vi.fn();
    const el = popup({ onCheck, onReport });
    (el.querySelector('[data-action="check-page"]') as HTMLButtonElement).click();
    (el.querySelector('[data-action="report-page"]') as HTMLButtonElement).click();
    expect(onCheck).toHaveBeenCalledTimes(1);
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(popup({ tab: { kind: 'unsupported' } }).querySelector('[data-action="check-page"]')).toBeNull();
  });
});

describe('Check this page', () => {
  it('one row per hook: its count here, what the test pages have, and how they compare', () => {
    const el = mount(<CheckPage t={tEn} state={{ kind: 'ready', check }} />);
    const rows = [...el.querySelectorAll('[data-list="check-page"] tr')].map((tr) => [tr.getAttribute('data-hook'), tr.getAttribute('data-count'), tr.getAttribute('data-check'), tr.textContent]);
    expect(rows).toEqual([
      ['accountSwitcher', '0', 'none', 'accountSwitcher0 none here0–1'],
      ['stateScript', '0', 'missing', 'stateScript0 missing≥ 1 (required)'],
      ['userAvatar', '12', 'more', 'userAvatar12 more than in any test page≥ 1 (required)'],
      ['main', '1', 'ok', 'main1≥ 1 (required)'],
      ['broken', 'error', 'invalid', 'broken✖ selector rejected0'],
    ]);
    expect(el.querySelector('[data-status="check-summary"]')!.textContent).toBe('Required hooks that match nothing: stateScript');
    expect(el.querySelector('[data-status="check-signals"]')!.textContent).toBe('Identity signals found: twid');
    expect(rowCheck({ name: 'a', count: 2, min: 0, max: 2, required: false })).toBe('ok');
  });

  it('says when all is well, while it reads, and when the page does not answer', () => {
    const fine = mount(<CheckPage t={tFr} state={{ kind: 'ready', check: { ...check, hooks: [check.hooks[3]!], signals: [] } }} />);
    expect(fine.querySelector('[data-status="check-summary"]')!.textContent).toBe('Tous les repères requis sont présents.');
    expect(fine.querySelector('[data-status="check-signals"]')!.textContent).toBe("Aucun signal d'identité trouvé sur cette page.");
    expect(mount(<CheckPage t={tEn} state={{ kind: 'loading' }} />).querySelector<HTMLButtonElement>('[data-action="check-page"]')!.disabled).toBe(true);
    expect(mount(<CheckPage t={tEn} state={{ kind: 'failed' }} />).querySelector('[data-status="check-failed"]')).not.toBeNull();
  });

  it('the section always has a name: the result’s heading once there is one, the button’s words before', () => {
    const nameOf = (el: Element) => {
      const section = el.querySelector('section.check-page')!;
      const by = section.getAttribute('aria-labelledby');
      return by ? el.querySelector(`#${by}`)?.textContent ?? null : section.getAttribute('aria-label');
    };
    for (const kind of ['idle', 'loading', 'failed'] as const) expect(nameOf(mount(<CheckPage t={tEn} state={{ kind } as never} />))).toBe(tEn('popup_check_page'));
    expect(nameOf(mount(<CheckPage t={tEn} state={{ kind: 'ready', check }} />))).toBe(tEn('popup_check_heading', [tEn('platform_x')]));
  });
});

describe('Report a broken page', () => {
  it('shows the whole skeleton as text for review, then saves it under a name that says nothing of the page', () => {
    const onSave = vi.fn();
    const onClose = vi.fn();
    const el = mount(<ReportPage t={tEn} state={{ kind: 'ready', skeleton }} onSave={onSave} onClose={onClose} now={() => new Date(2025, 0, 6)} />);
    expect(el.querySelector('[data-status="skeleton"]')!.textContent).toBe(skeleton.html);
    expect(el.querySelector('[data-status="skeleton"] main')).toBeNull(); // shown as text, never as markup
    expect(el.textContent).toContain('3 elements, page /home');
    (el.querySelector('[data-action="save-skeleton"]') as HTMLButtonElement).click();
    expect(onSave).toHaveBeenCalledWith('right-account-x-skeleton-2025-01-06.html', skeleton.html);
    (el.querySelector('[data-action="close-report"]') as HTMLButtonElement).click();
    expect(onClose).toHaveBeenCalled();
    expect(skeletonFileName('linkedin', new Date(2025, 10, 3))).toBe('right-account-linkedin-skeleton-2025-11-03.html');
  });

  it('says when it was saved, and when the page was too large to keep whole', () => {
    const el = mount(<ReportPage t={tFr} state={{ kind: 'ready', skeleton: { ...skeleton, truncated: true }, saved: 'right-account-x-skeleton-2025-01-06.html' }} />);
    expect(el.querySelector('[data-status="report-saved"]')!.textContent).toBe('Enregistré sous right-account-x-skeleton-2025-01-06.html.');
    expect(el.querySelector('[data-status="report-truncated"]')).not.toBeNull();
  });
});

describe('the ribbon and the journal', () => {
  it('the ribbon adds a "detection degraded" mark', () => {
    const el = mount(<Ribbon t={tEn} view={{ tone: 'unknown', name: null, handle: null, kind: null, color: null, problem: 'no-identity-signal', paused: false, degraded: true }} />);
    expect(el.querySelector('.ribbon')!.getAttribute('data-degraded')).toBe('true');
    expect(el.querySelector('[data-field="degraded"]')!.textContent).toBe('detection degraded');
    const fine = mount(<Ribbon t={tEn} view={{ tone: 'personal', name: 'Marie', handle: null, kind: 'personal', color: '#123456', problem: null, paused: false }} />);
    expect(fine.querySelector('[data-field="degraded"]')).toBeNull();
  });

  it('a degraded journal entry: its outcome, no surface, and what was missing; the outcome filter knows it', () => {
    const el = mount(
      <JournalView t={tEn} locale="en-GB" settings={settings} entries={[entry({ outcome: 'degraded', words: ['stateScript', 'publishControl'] })]} cleared={false} onClear={vi.fn()} onExport={vi.fn()} />,
    );
    const row = el.querySelector('[data-list="journal-entries"] tr[data-outcome="degraded"]')!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[3]).toBe('');
    expect(cells[4]).toBe('Detection degraded');
    expect(cells[6]).toBe('Missing: stateScript, publishControl');
    expect([...el.querySelectorAll('[data-action="filter-outcome"] option')].map((o) => o.textContent)).toContain('Detection degraded');
    // A degraded reading is not a warning the user saw: the weekly counts do not count it.
    expect(el.querySelector('[data-list="weekly-counts"] [data-count="warnings"]')!.textContent).toContain('0');
  });
});
