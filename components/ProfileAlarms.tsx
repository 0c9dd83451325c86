/**
 * The takeover alarms, in the popup: which protected account shows another name than before, what changed and since
 * when, and "This change is mine" to end the alarm (utils/rules/takeover.ts). Props in, callbacks out.
 *
 * Automation hooks: [data-list="profile-alarms"] with one li[data-account-id] each, [data-action="accept-profile"].
 */
import type { Account } from '@/utils/types';
import type { ProfileAlarms as Alarms } from '@/utils/rules/takeover';
import type { Translate } from '@/utils/i18n';
import { accountLabel } from '@/utils/format';

export interface ProfileAlarmsProps {
  t: Translate;
  locale: string;
  alarms: Alarms;
  accounts: Account[];
  onAccept(accountId: string): void;
}

export function ProfileAlarmList({ t, locale, alarms, accounts, onAccept }: ProfileAlarmsProps) {
  const raised = Object.entries(alarms).filter(([id]) => accounts.some((a) => a.id === id));
  if (!raised.length) return null;
  const when = (ms: number) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
  return (
    <ul class="alarms" role="alert" data-list="profile-alarms">
      {raised.map(([id, alarm]) => {
        const account = accounts.find((a) => a.id === id)!;
        return (
          <li key={id} data-account-id={id}>
            <p>{t('popup_profile_changed', [accountLabel(account) ?? id, alarm.before.name, alarm.now.name, when(alarm.since)])}</p>
            <button type="button" data-action="accept-profile" onClick={() => onAccept(id)}>
              {t('popup_profile_accept')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
