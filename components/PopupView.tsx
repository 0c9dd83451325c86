/** The popup (first version): the tab's platform and identity, whether it is a configured account, guard on/off. */
import type { Settings } from '@/utils/types';
import type { MessageKey, Translate } from '@/utils/i18n';
import type { TabState } from '@/utils/ui/popup-store';
import type { DetectionProblem } from '@/utils/platforms/adapter';
import { accountLabel } from '@/utils/format';

export interface PopupViewProps {
  t: Translate;
  tab: TabState;
  settings: Settings | null;
  onToggleGuard: (enabled: boolean) => void;
  onOpenOptions: () => void;
}

const PROBLEM_KEYS: Record<DetectionProblem, MessageKey> = {
  'no-identity-signal': 'problem_no_identity_signal',
  'conflicting-signals': 'problem_conflicting_signals',
};

function TabSection({ t, tab, settings }: { t: Translate; tab: TabState; settings: Settings | null }) {
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
    </section>
  );
}

export function PopupView({ t, tab, settings, onToggleGuard, onOpenOptions }: PopupViewProps) {
  const enabled = settings?.guardEnabled ?? true;
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      <TabSection t={t} tab={tab} settings={settings} />
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
