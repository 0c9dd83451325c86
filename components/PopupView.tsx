/** The popup (first version): the tab's platform and identity, whether it is a configured account, guard on/off. */
import type { Settings } from '@/utils/types';
import type { MessageKey, Translate } from '@/utils/i18n';
import type { TabState } from '@/utils/ui/popup-store';
import type { TabStatus } from '@/utils/messaging/protocol';
import type { DetectionProblem } from '@/utils/platforms/adapter';
import { accountLabel } from '@/utils/format';

export interface PopupViewProps {
  t: Translate;
  tab: TabState;
  settings: Settings | null;
  onToggleGuard: (enabled: boolean) => void;
  onIntend: (accountId: string | null) => void;
  onOpenOptions: () => void;
}

const PROBLEM_KEYS: Record<DetectionProblem, MessageKey> = {
  'no-identity-signal': 'problem_no_identity_signal',
  'conflicting-signals': 'problem_conflicting_signals',
};

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

function TabSection({ t, tab, settings, onIntend }: { t: Translate; tab: TabState; settings: Settings | null; onIntend: (id: string | null) => void }) {
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
          {identity.avatarUrl ? <img src={identity.avatarUrl} alt="" referrerpolicy="no-referrer" /> : <span class="avatar">?</span>}
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
      {!status.platformConfigured ? <p class="notice">{t('popupNoAccountsHere', [t(`platform_${status.platform}`)])}</p> : null}
      <IntendedPicker t={t} status={status} settings={settings} onIntend={onIntend} />
    </section>
  );
}

export function PopupView({ t, tab, settings, onToggleGuard, onIntend, onOpenOptions }: PopupViewProps) {
  const enabled = settings?.guardEnabled ?? true;
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <TabSection t={t} tab={tab} settings={settings} onIntend={onIntend} />
      <div class="row">
        <label>
          <input type="checkbox" data-action="toggle-guard" checked={enabled} onChange={(e) => onToggleGuard(e.currentTarget.checked)} />{' '}
          {t('popupGuard')}
        </label>
        <span class="muted" data-status={enabled ? 'guard-on' : 'guard-off'}>
          {t(enabled ? 'popupGuardOn' : 'popupGuardOff')}
        </span>
      </div>
      <p>
        <a href="#" onClick={(e) => (e.preventDefault(), onOpenOptions())}>
          {t('popupOpenOptions')}
        </a>
      </p>
    </main>
  );
}
