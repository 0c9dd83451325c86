/**
 * The popup: the active tab's platform and identity (avatar or initials in the account's colour), whether it is a
 * configured account, the guard's state (active, degraded and why, paused until when, off), pause and resume, the
 * intended account for the tab, the last journal entries.
 *
 * Automation hooks:
 * - data-action: set-intended, pause, resume, add-account, open-journal, open-options; the guard's switch: guard-off
 *   (asks how long), then guard-off-hour | guard-off-morning | guard-off-manual | guard-off-cancel; guard-on
 * - data-status: unsupported, no-content-script, identity, not-detected, configured | unregistered,
 *   intended-mismatch, state-active | state-degraded | state-paused | state-off | state-idle | state-on (the guard's
 *   state, said once: state-on only where no tab state is shown), guard-off-choices,
 *   pause-spares-protected, recent-empty; settings-unreadable | settings-newer | settings-salvaged (the stored
 *   settings cannot all be trusted), journal-stopped (the journal stopped recording, and why), write-error (a change
 *   asked from the popup was not made, and why)
 * - data-list: recent-journal (items carry data-outcome: an outcome, or guard-off | guard-on for a switch)
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Account, Identity, Pauses, Platform, Settings } from '@/utils/types';
import type { MessageKey, Translate } from '@/utils/i18n';
import type { PopupError, TabState } from '@/utils/ui/popup-store';
import { isGuardSwitch, type JournalItem, type StorageStatus, type TabStatus } from '@/utils/messaging/protocol';
import { describeWriteError } from './import-errors';
import { journalStoppedText } from './storage-notices';
import type { DetectionProblem } from '@/utils/types';
import { accountColor, accountLabel, formatUntil, formatWhen, initials, textColorOn } from '@/utils/format';
import { GUARD_OFF_HOUR_MS, nextMorning } from '@/utils/ui/guard-off';
import { guardIsOff, guardOffEnd } from '@/utils/rules/status';
import { guardSwitchText } from './JournalView';
import { newestFirst } from '@/utils/journal/filter';
import { guardStatus, pauseSpares } from '@/utils/rules/status';
import './journal.css';
import { plural } from '@/utils/plural';

export const PAUSE_MINUTES = 15;
export const RECENT_ENTRIES = 5;

export interface PopupViewProps {
  t: Translate;
  tab: TabState;
  settings: Settings | null;
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
}

const PROBLEM_KEYS: Record<DetectionProblem, MessageKey> = {
  'no-identity-signal': 'problem_no_identity_signal',
  'conflicting-signals': 'problem_conflicting_signals',
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
  | { kind: 'degraded'; problem: DetectionProblem }
  | { kind: 'active' };

/** The popup's words for the tab's guard status (utils/rules/status.ts), in order of precedence. */
export function guardState(status: TabStatus, settings: Settings, pauses: Pauses | undefined, now: number): GuardState {
  const tab = guardStatus(settings, status.platform, status, pauses ? pauses[status.platform] : status.pausedUntil, now);
  if (tab.guard === 'off') return { kind: 'off', until: tab.offUntil };
  if (tab.guard !== 'on') return { kind: 'idle' };
  // The platform's pause, even where it spares a protected account: the popup lists those below.
  if (tab.pausedUntil) return { kind: 'paused', until: tab.pausedUntil };
  if (tab.problem) return { kind: 'degraded', problem: tab.problem };
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
function GuardSwitch({ t, off, locale = 'en', now, onSetGuard }: Pick<PopupViewProps, 't' | 'locale' | 'now' | 'onSetGuard'> & { off: boolean }) {
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
  const { t, status, settings, pauses, now, locale, onPause, onResume } = props;
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
            ? t('popup_state_degraded', [t(PROBLEM_KEYS[state.problem])])
            : t('popup_state_active');
  const spared = settings.accounts.filter((a) => a.platform === status.platform && pauseSpares(settings, a)).map((a) => accountLabel(a) ?? a.id);
  const canPause = state.kind === 'active' || state.kind === 'degraded';
  return (
    <div>
      <p class={`guard-state ${state.kind}`} role="status" data-status={`state-${state.kind}`}>
        {text}
      </p>
      <div class="actions">
        {state.kind === 'paused' ? (
          <button type="button" data-action="resume" onClick={() => onResume?.(status.platform)}>
            {t('popup_resume')}
          </button>
        ) : canPause ? (
          <button type="button" data-action="pause" onClick={() => onPause?.(status.platform)}>
            {t('popup_pause', [platform])}
          </button>
        ) : null}
        <GuardSwitch {...props} off={state.kind === 'off'} />
      </div>
      {(canPause || state.kind === 'paused') && spared.length ? (
        <p class="muted small" data-status="pause-spares-protected">
          {t('popup_pause_spares_protected', [spared.join(', ')])}
        </p>
      ) : null}
    </div>
  );
}

function TabSection(props: PopupViewProps & { now: number; locale: string }) {
  const { t, tab, settings, onIntend, onAddAccount } = props;
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
            isGuardSwitch(e) ? (
              <li key={`${e.time}-${i}`} data-outcome={`guard-${e.guard}`}>
                <span class="who">
                  <time dateTime={new Date(e.time).toISOString()}>{formatWhen(locale, e.time, now)}</time>
                </span>
                <span class={`outcome guard-${e.guard}`}>{guardSwitchText(t, e, locale, now)}</span>
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

const ERROR_KEYS: Record<PopupError['action'], MessageKey> = { guard: 'popup_error_guard', pause: 'popup_error_pause', intended: 'popup_error_intended' };

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
      <TabSection {...props} now={now} locale={locale} />
      {!tabSaysState && tab.kind !== 'loading' ? <GuardSwitchSection {...props} now={now} locale={locale} /> : null}
      <Recent t={t} journal={props.journal} locale={locale} now={now} onOpenJournal={props.onOpenJournal} />
      <p>
        <a href="options.html" data-action="open-options" onClick={(e) => (e.preventDefault(), onOpenOptions())}>
          {t('popupOpenOptions')}
        </a>
      </p>
    </main>
  );
}
