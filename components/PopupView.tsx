/**
 * The popup: the active tab's platform and identity (avatar or initials in the account's colour), whether it is a
 * configured account, the guard's state (active, degraded and why, paused until when, off), pause and resume, the
 * intended account for the tab, the last journal entries, and for a guarded tab "Check this page" and "Report a broken
 * page" (./popup/CheckPage.tsx, ./popup/ReportPage.tsx).
 *
 * Automation hooks:
 * - data-action: set-intended, pause, resume, add-account, open-journal, open-options; the guard's switch: guard-off
 *   (asks how long), then guard-off-hour | guard-off-morning | guard-off-manual | guard-off-cancel; guard-on; and
 *   check-page, report-page, save-skeleton, close-report (their components list their own hooks)
 * - data-status: unsupported, no-content-script, identity, not-detected, configured | unregistered,
 *   intended-mismatch, state-active | state-degraded | state-paused | state-off | state-idle | state-on (the guard's
 *   state, said once: state-on only where no tab state is shown), guard-off-choices, pause-spares-protected,
 *   recent-empty, health-missing (the names of what a degraded reading misses); settings-unreadable | settings-newer
 *   | settings-salvaged (the stored settings cannot all be trusted), journal-stopped (the journal stopped recording,
 *   and why), write-error (a change asked from the popup was not made, and why)
 * - data-list: recent-journal (items carry data-outcome: an outcome, or guard-off | guard-on | sensitive-on |
 *   sensitive-off for a switch)
 * - the team policy: policy-locked (the lock beside what it sets: the tab's account, the switch), policy-guard-locked,
 *   policy-no-pause, policy-pause-limit
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Account, Identity, Pauses, Platform, Settings, SensitivePeriod } from '@/utils/types';
import type { MessageKey, Translate } from '@/utils/i18n';
import type { PopupError, TabState } from '@/utils/ui/popup-store';
import { isSwitch, switchOutcome, type JournalItem, type StorageStatus, type TabStatus } from '@/utils/messaging/protocol';
import { describeWriteError } from './import-errors';
import { journalStoppedText } from './storage-notices';
import type { DetectionProblem, HealthCause, PageHealth } from '@/utils/types';
import { CheckPage, type CheckState } from './popup/CheckPage';
import { ReportPage, type ReportState } from './popup/ReportPage';
import { accountColor, accountLabel, formatUntil, formatWhen, initials, textColorOn } from '@/utils/format';
import { GUARD_OFF_HOUR_MS, nextMorning } from '@/utils/ui/guard-off';
import { guardIsOff, guardOffEnd } from '@/utils/rules/status';
import { switchText } from './switch-text';
import { newestFirst } from '@/utils/journal/filter';
import { SensitivePeriodControl } from './SensitivePeriod';
import { ProfileAlarmList } from './ProfileAlarms';
import type { ProfileAlarms } from '@/utils/rules/takeover';
import { guardStatus, pauseSpares } from '@/utils/rules/status';
import { maxPauseMinutes, POLICY_MAX_PAUSE_MINUTES, policySensitivePeriod, type TeamPolicy } from '@/utils/settings/policy';
import { LockedChip } from './PolicyLock';
import './journal.css';
import { plural } from '@/utils/plural';

export const PAUSE_MINUTES = 15;
export const RECENT_ENTRIES = 5;

export interface PopupViewProps {
  t: Translate;
  tab: TabState;
  settings: Settings | null;
  /** The takeover alarms raised, and how to end one (the change was the user's). */
  profileAlarms?: ProfileAlarms;
  onAcceptProfile?: (accountId: string) => void;
  /** The sensitive period running, if any, and how to start or end one. */
  sensitive?: SensitivePeriod | null;
  onSensitive?: (until: number | null, note: string) => void;
  /** Switch the guard on, or off until a time (ms since epoch) or, with null, until the user turns it back on. */
  onSetGuard: (enabled: boolean, until: number | null) => void;
  onIntend: (accountId: string | null) => void;
  onOpenOptions: () => void;
  /** The language times are written in (BCP 47). */
  locale?: string;
  /** Platform → end of its pause (ms), as the background has them. */
  pauses?: Pauses;
  /** The journal, in any order; the popup shows the newest few. null: not loaded. */
  journal?: JournalItem[] | null;
  /** ms since epoch (tests pin it). */
  now?: number;
  onPause?: (platform: Platform) => void;
  onResume?: (platform: Platform) => void;
  /** Receives the options page path that pre-fills the account (relative to the extension's root). */
  onAddAccount?: (path: string) => void;
  onOpenJournal?: () => void;
  /** Whether the stored settings can be trusted and the journal records (null: not known). */
  storage?: StorageStatus | null;
  /** The last change asked from the popup that was not made. */
  error?: PopupError | null;
  /** "Check this page": its state, and the button's action. */
  check?: CheckState;
  onCheck?: () => void;
  /** "Report a broken page": its state, the button's action, saving the reviewed skeleton, closing it. */
  report?: ReportState;
  onReport?: () => void;
  onSaveReport?: (fileName: string, html: string) => void;
  onCloseReport?: () => void;
  /** The team policy in force (`settings` is already merged with it): what it sets shows locked. */
  policy?: TeamPolicy | null;
}

const PROBLEM_KEYS: Record<DetectionProblem, MessageKey> = {
  'no-identity-signal': 'problem_no_identity_signal',
  'conflicting-signals': 'problem_conflicting_signals',
};

const CAUSE_KEYS: Record<HealthCause, MessageKey> = {
  'no-identity-marker': 'health_cause_no_identity_marker',
  'missing-hooks': 'health_cause_missing_hooks',
  'unrecognized-publish': 'health_cause_unrecognized_publish',
};

/** `options.html?add=1&platform=…&handle=…&name=…`: the options page pre-fills a new account from it. */
export function addAccountPath(identity: Pick<Identity, 'platform' | 'handle' | 'name'>): string {
  const params: [string, string | undefined][] = [
    ['add', '1'],
    ['platform', identity.platform],
    ['handle', identity.handle],
    ['name', identity.name?.trim() || undefined],
  ];
  return `options.html?${params
    .filter((p): p is [string, string] => !!p[1])
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')}`;
}

export type GuardState =
  | { kind: 'off'; until: number | null }
  | { kind: 'idle' }
  | { kind: 'paused'; until: number }
  /** The identity cannot be read with certainty (`problem`), or the page's reading degraded (`health`), or both. */
  | { kind: 'degraded'; problem: DetectionProblem | null; health: PageHealth }
  | { kind: 'active' };

/** Why the guard is degraded, in one sentence: the identity's problem, then each cause of a degraded reading. */
function degradedWhy(t: Translate, problem: DetectionProblem | null, health: PageHealth): string {
  const parts = [...(problem ? [t(PROBLEM_KEYS[problem])] : []), ...health.causes.map((c) => t(CAUSE_KEYS[c]))].map((p) => p.replace(/[.\s]+$/, ''));
  return `${parts.join('; ')}.`;
}

/** The popup's words for the tab's guard status (utils/rules/status.ts), in order of precedence. */
export function guardState(status: TabStatus, settings: Settings, pauses: Pauses | undefined, now: number): GuardState {
  const tab = guardStatus(settings, status.platform, status, pauses ? pauses[status.platform] : status.pausedUntil, now, status.health ? { health: status.health } : {});
  if (tab.guard === 'off') return { kind: 'off', until: tab.offUntil };
  if (tab.guard !== 'on') return { kind: 'idle' };
  // The platform's pause, even where it spares a protected account: the popup lists those below.
  if (tab.pausedUntil) return { kind: 'paused', until: tab.pausedUntil };
  if (tab.problem || tab.degraded) return { kind: 'degraded', problem: tab.problem, health: tab.health };
  return { kind: 'active' };
}

/**
 * Initials in the account's colour. Never the platform's picture: loading it here would be a request from the
 * extension itself (the banner in the page shows the picture the page already loaded).
 */
function Avatar({ identity, account }: { identity: Identity; account: Account | null }) {
  const color = account ? accountColor(account) : null;
  return (
    <span class="avatar-initials" aria-hidden="true" style={color ? { background: color, color: textColorOn(color) } : { background: 'var(--line)' }}>
      {initials(account?.name ?? identity.name ?? identity.handle)}
    </span>
  );
}

function IntendedPicker({ t, status, settings, onIntend }: { t: Translate; status: TabStatus; settings: Settings | null; onIntend: (id: string | null) => void }) {
  const accounts = settings?.accounts.filter((a) => a.platform === status.platform) ?? [];
  if (!accounts.length) return null;
  const mismatch = status.intendedAccountId !== null && status.identity !== null && status.accountId !== status.intendedAccountId;
  return (
    <div class="intended">
      <label>
        {t('popupIntended')}{' '}
        <select data-action="set-intended" value={status.intendedAccountId ?? ''} onChange={(e) => onIntend(e.currentTarget.value || null)}>
          <option value="">{t('popupIntendedNone')}</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {accountLabel(a)}
              {a.name && a.handle ? ` (${a.name})` : ''}
            </option>
          ))}
        </select>
      </label>
      <p class="muted small">{t('popupIntendedHelp')}</p>
      {mismatch ? (
        <p class="notice" role="status" data-status="intended-mismatch">
          {t('popupIntendedMismatch')}
        </p>
      ) : null}
    </div>
  );
}

/** "Guard off: nothing is checked", or "Guard off until 08:00: nothing is checked". */
const offText = (t: Translate, until: number | null, locale: string, now: number) =>
  until === null ? t('popup_state_off') : t('popup_state_off_until', [formatUntil(locale, until, now)]);

/**
 * The guard's switch: "Turn the guard back on" while it is off; otherwise "Turn the guard off…", which asks how long
 * (one hour, until tomorrow morning, until I turn it back on). The choices take the focus when they open; Escape or
 * "Keep it on" closes them and gives the focus back.
 */
function GuardSwitch({ t, off, locale = 'en', now, onSetGuard, policy }: Pick<PopupViewProps, 't' | 'locale' | 'now' | 'onSetGuard' | 'policy'> & { off: boolean }) {
  const [asking, setAsking] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const onButton = useRef<HTMLButtonElement>(null);
  // Where the focus goes once the choices close or the switch flips: never to the page's body.
  const refocus = useRef<'choices' | 'flip-off' | 'flip-on' | null>(null);
  useLayoutEffect(() => {
    if (asking) return first.current?.focus();
    const want = refocus.current;
    if (!want) return;
    if (want === 'flip-off' && off) onButton.current?.focus();
    else opener.current?.focus();
    if (want === 'choices' || (want === 'flip-off') === off) refocus.current = null;
  }, [asking, off]);
  const clock = () => now ?? Date.now();
  if (off)
    return (
      <button
        type="button"
        ref={onButton}
        data-action="guard-on"
        onClick={() => {
          refocus.current = 'flip-on';
          onSetGuard(true, null);
        }}
      >
        {t('popup_turn_on')}
      </button>
    );
  const close = () => {
    refocus.current = 'choices';
    setAsking(false);
  };
  const choose = (until: number | null) => {
    refocus.current = 'flip-off';
    setAsking(false);
    onSetGuard(false, until);
  };
  // The team policy keeps the guard on: no way to turn it off here (the background would refuse anyway), and why.
  if (policy?.allowTurnOff === false)
    return (
      <p class="muted small" data-status="policy-guard-locked">
        <LockedChip t={t} /> {t('popup_policy_guardLocked')}
      </p>
    );
  if (!asking)
    return (
      <button type="button" ref={opener} data-action="guard-off" aria-expanded="false" onClick={() => setAsking(true)}>
        {t('popup_turn_off')}
      </button>
    );
  const morning = nextMorning(clock());
  return (
    <div class="guard-off-choices" role="group" aria-labelledby="guard-off-question" data-status="guard-off-choices" onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), close())}>
      <p id="guard-off-question">{t('popup_off_question')}</p>
      <div class="actions">
        <button type="button" ref={first} data-action="guard-off-hour" onClick={() => choose(clock() + GUARD_OFF_HOUR_MS)}>
          {t('popup_off_hour')}
        </button>
        <button type="button" data-action="guard-off-morning" onClick={() => choose(nextMorning(clock()))}>
          {t('popup_off_morning', [formatUntil(locale, morning, clock())])}
        </button>
        <button type="button" data-action="guard-off-manual" onClick={() => choose(null)}>
          {t('popup_off_manual')}
        </button>
        <button type="button" data-action="guard-off-cancel" onClick={close}>
          {t('popup_off_cancel')}
        </button>
      </div>
    </div>
  );
}

/** Where no tab state is shown (another site, no settings yet): the guard's own state, once, with its switch. */
function GuardSwitchSection(props: PopupViewProps & { now: number; locale: string }) {
  const { t, settings, now, locale } = props;
  const off = !!settings && guardIsOff(settings, now);
  return (
    <div>
      <p class={`guard-state ${off ? 'off' : 'on'}`} role="status" data-status={off ? 'state-off' : 'state-on'}>
        {settings && off ? offText(t, guardOffEnd(settings, now), locale, now) : t('popup_state_on')}
      </p>
      <div class="actions">
        <GuardSwitch {...props} off={off} />
      </div>
    </div>
  );
}

function GuardStateSection(props: PopupViewProps & { status: TabStatus; settings: Settings; now: number; locale: string }) {
  const { t, status, settings, pauses, now, locale, onPause, onResume, policy = null } = props;
  const state = guardState(status, settings, pauses, now);
  const platform = t(`platform_${status.platform}`);
  const text =
    state.kind === 'off'
      ? offText(t, state.until, locale, now)
      : state.kind === 'idle'
        ? t('popup_state_idle', [platform])
        : state.kind === 'paused'
          ? t('popup_state_paused', [platform, formatUntil(locale, state.until, now)])
          : state.kind === 'degraded'
            ? t('popup_state_degraded', [degradedWhy(t, state.problem, state.health)])
            : t('popup_state_active');
  const spared = settings.accounts.filter((a) => a.platform === status.platform && pauseSpares(settings, a)).map((a) => accountLabel(a) ?? a.id);
  // The team policy may forbid pauses, or shorten them (utils/settings/policy.ts).
  const allowed = maxPauseMinutes(policy);
  const minutes = Math.min(PAUSE_MINUTES, allowed);
  const pausable = state.kind === 'active' || state.kind === 'degraded';
  const canPause = pausable && minutes > 0;
  return (
    <div>
      <p class={`guard-state ${state.kind}`} role="status" data-status={`state-${state.kind}`}>
        {text}
      </p>
      {state.kind === 'degraded' && state.health.missing.length ? (
        <div class="health-missing">
          <p class="small" data-status="health-missing">
            {t('health_missing', [state.health.missing.join(', ')])}
          </p>
          <p class="muted small">{t('health_help')}</p>
        </div>
      ) : null}
      <div class="actions">
        {state.kind === 'paused' ? (
          <button type="button" data-action="resume" onClick={() => onResume?.(status.platform)}>
            {t('popup_resume')}
          </button>
        ) : canPause ? (
          <button type="button" data-action="pause" onClick={() => onPause?.(status.platform)}>
            {minutes === PAUSE_MINUTES ? t('popup_pause', [platform]) : plural(t, 'popup_pause_minutes', minutes, [minutes, platform])}
          </button>
        ) : null}
        <GuardSwitch {...props} off={state.kind === 'off'} />
      </div>
      {pausable && allowed === 0 ? (
        <p class="muted small" data-status="policy-no-pause">
          <LockedChip t={t} /> {t('popup_policy_noPause')}
        </p>
      ) : (pausable || state.kind === 'paused') && allowed < POLICY_MAX_PAUSE_MINUTES ? (
        <p class="muted small" data-status="policy-pause-limit">
          <LockedChip t={t} /> {plural(t, 'popup_policy_maxPause', allowed)}
        </p>
      ) : null}
      {(canPause || state.kind === 'paused') && spared.length ? (
        <p class="muted small" data-status="pause-spares-protected">
          {t('popup_pause_spares_protected', [spared.join(', ')])}
        </p>
      ) : null}
    </div>
  );
}

function TabSection(props: PopupViewProps & { now: number; locale: string }) {
  const { t, tab, settings, onIntend, onAddAccount, policy } = props;
  if (tab.kind === 'loading') return null;
  if (tab.kind === 'unsupported') return <p class="notice" data-status="unsupported">{t('popupNotSupported')}</p>;
  if (tab.kind === 'no-content-script') return <p class="notice" data-status="no-content-script">{t('popupNoContentScript')}</p>;
  const { status } = tab;
  const account = settings?.accounts.find((a) => a.id === status.accountId) ?? null;
  const identity = status.identity;
  return (
    <section data-platform={status.platform}>
      <p class="muted">
        {t(`platform_${status.platform}`)} · {t('popupActiveAs')}
      </p>
      {identity ? (
        <div class="identity" data-status="identity">
          <Avatar identity={identity} account={account} />
          <div>
            <strong>{account?.name ?? identity.name ?? accountLabel(identity)}</strong>
            <div class="muted">{accountLabel(identity)}</div>
            <div class="chips">
              {account ? <span class={`chip ${account.kind}`}>{t(`kind_${account.kind}`)}</span> : null}
              {account?.protected ? <span class="chip protected">{t('protectedLabel')}</span> : null}
              {account && policy?.accounts.some((a) => a.id === account.id) ? <LockedChip t={t} /> : null}
              <span class="chip" data-status={account ? 'configured' : 'unregistered'}>
                {account ? t('popupMatches') : t('notConfigured')}
              </span>
            </div>
          </div>
        </div>
      ) : (
        <div data-status="not-detected">
          <strong>{t('popupNotDetected')}</strong>
          {status.problem ? <p class="muted small">{t(PROBLEM_KEYS[status.problem])}</p> : null}
        </div>
      )}
      {identity && !account && (identity.handle || identity.name?.trim()) ? (
        <div class="actions">
          <button type="button" data-action="add-account" onClick={() => onAddAccount?.(addAccountPath(identity))}>
            {t('popup_add_account')}
          </button>
        </div>
      ) : null}
      {!status.platformConfigured ? <p class="notice">{t('popupNoAccountsHere', [t(`platform_${status.platform}`)])}</p> : null}
      {settings ? <GuardStateSection {...props} settings={settings} status={status} /> : null}
      <IntendedPicker t={t} status={status} settings={settings} onIntend={onIntend} />
      <CheckPage t={t} state={props.check ?? { kind: 'idle' }} onCheck={props.onCheck} />
      <ReportPage t={t} state={props.report ?? { kind: 'idle' }} onReport={props.onReport} onSave={props.onSaveReport} onClose={props.onCloseReport} />
    </section>
  );
}

function Recent({ t, journal, locale, now, onOpenJournal }: { t: Translate; journal: JournalItem[] | null | undefined; locale: string; now: number; onOpenJournal?: () => void }) {
  if (journal === undefined) return null;
  const recent = journal ? newestFirst(journal).slice(0, RECENT_ENTRIES) : [];
  return (
    <section aria-labelledby="popup-recent-heading">
      <h2 id="popup-recent-heading">{t('popup_recent')}</h2>
      {journal && recent.length === 0 ? (
        <p class="muted small" data-status="recent-empty">
          {t('popup_recent_empty')}
        </p>
      ) : (
        <ul class="recent" data-list="recent-journal">
          {recent.map((e, i) =>
            isSwitch(e) ? (
              <li key={`${e.time}-${i}`} data-outcome={switchOutcome(e)} class="switch">
                <span class="who">
                  <time dateTime={new Date(e.time).toISOString()}>{formatWhen(locale, e.time, now)}</time>
                </span>
                <span class={`outcome ${switchOutcome(e)}`}>{switchText(t, e, locale, now)}</span>
              </li>
            ) : (
              <li key={`${e.time}-${i}`} data-outcome={e.outcome}>
                <span class="who">
                  <time dateTime={new Date(e.time).toISOString()}>{formatWhen(locale, e.time, now)}</time> · {t(`platform_${e.platform}`)} ·{' '}
                  {e.account ?? t('journal_unknown_account')}
                </span>
                <span class={`outcome ${e.outcome}`}>{t(`journal_outcome_${e.outcome}`)}</span>
              </li>
            ),
          )}
        </ul>
      )}
      <p class="small">
        <a
          href="journal.html"
          data-action="open-journal"
          onClick={(e) => {
            e.preventDefault();
            onOpenJournal?.();
          }}
        >
          {t('popup_open_journal')}
        </a>
      </p>
    </section>
  );
}

const ERROR_KEYS: Record<PopupError['action'], MessageKey> = {
  guard: 'popup_error_guard',
  pause: 'popup_error_pause',
  intended: 'popup_error_intended',
  profile: 'popup_error_profile',
  sensitive: 'sensitive_error',
};

/** What the popup must say before anything else: settings it cannot trust, a journal that stopped, a change not made. */
function StorageNotices({ t, storage, error, locale }: { t: Translate; storage?: StorageStatus | null; error?: PopupError | null; locale: string }) {
  const health = storage?.settings;
  const journal = storage?.journal;
  return (
    <>
      {health?.state === 'unreadable' ? (
        <p class="status error" role="alert" data-status="settings-unreadable">
          {t('popup_settings_unreadable')}
        </p>
      ) : health?.state === 'newer' ? (
        <p class="status error" role="alert" data-status="settings-newer">
          {t('popup_settings_newer')}
        </p>
      ) : health?.state === 'salvaged' ? (
        <p class="status error" role="status" data-status="settings-salvaged">
          {plural(t, 'popup_settings_salvaged', health.setAside)}
          {health.setAsidePlatforms.length ? ` ${t('health_askFirst', [health.setAsidePlatforms.map((p) => t(`platform_${p}`)).join(', ')])}` : ''}
        </p>
      ) : null}
      {journal && journal.resumedAt === undefined ? (
        <p class="status error" role="alert" data-status="journal-stopped">
          {journalStoppedText(t, journal, locale)}
        </p>
      ) : null}
      {error ? (
        <p class="status error" role="alert" data-status="write-error">
          {t(ERROR_KEYS[error.action])} {describeWriteError(error.error, t)}
        </p>
      ) : null}
    </>
  );
}

export function PopupView(props: PopupViewProps) {
  const { t, settings, tab, onOpenOptions } = props;
  const now = props.now ?? Date.now();
  const locale = props.locale ?? 'en';
  // The tab's section says the guard's state when it can (guarded tab, settings read); elsewhere this one does.
  const tabSaysState = tab.kind === 'guarded' && !!settings;
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <StorageNotices t={t} storage={props.storage} error={props.error} locale={locale} />
      {props.profileAlarms && settings ? (
        <ProfileAlarmList t={t} locale={locale} alarms={props.profileAlarms} accounts={settings.accounts} onAccept={(id) => props.onAcceptProfile?.(id)} />
      ) : null}
      <TabSection {...props} now={now} locale={locale} />
      {!tabSaysState && tab.kind !== 'loading' ? <GuardSwitchSection {...props} now={now} locale={locale} /> : null}
      {props.onSensitive ? (
        <SensitivePeriodControl
          t={t}
          locale={locale}
          now={now}
          period={props.sensitive ?? null}
          locked={!!policySensitivePeriod(props.policy ?? null, now)}
          onStart={(until, note) => props.onSensitive?.(until, note)}
          onEnd={() => props.onSensitive?.(null, '')}
        />
      ) : null}
      <Recent t={t} journal={props.journal} locale={locale} now={now} onOpenJournal={props.onOpenJournal} />
      <p>
        <a href="options.html" data-action="open-options" onClick={(e) => (e.preventDefault(), onOpenOptions())}>
          {t('popupOpenOptions')}
        </a>
      </p>
    </main>
  );
}
