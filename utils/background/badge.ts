/**
 * The toolbar badge of a tab, from what its guard reported: the account's colour and initials, "?" when the
 * identity cannot be read, "!" for an account that is not configured, "‖" while the guard is paused there, "–"
 * when it is switched off.
 * Pure: the service applies it with browser.action.
 */
import type { Pauses, Settings } from '../types';
import type { TabReport } from '../messaging/protocol';
import { accountColor, accountLabel, initials } from '../format';
import { translatorForLanguage } from '../i18n-browser';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

export const BADGE_COLORS = { unknown: '#b91c1c', unregistered: '#b45309', paused: '#4b5563', off: '#4b5563' } as const;

export function badgeFor(report: TabReport, settings: Settings, pauses: Pauses, now: number): Badge {
  const t = translatorForLanguage(settings.language);
  const account = report.accountId ? settings.accounts.find((a) => a.id === report.accountId) : undefined;
  const label = account ? (account.name ?? accountLabel(account) ?? '') : '';
  if (report.state === 'unconfigured') return { text: '', color: BADGE_COLORS.off, title: t('extName') };
  // A sign rather than a word: the badge holds four characters, and "off" is English.
  if (!settings.guardEnabled) return { text: '–', color: BADGE_COLORS.off, title: t('badgeOff') };
  const until = pauses[report.platform] ?? 0;
  // A paused guard still guards protected accounts when the user asked so: the badge says what is true.
  const spared = account?.protected && settings.pauseSparesProtected;
  if (until > now && !spared)
    return { text: '‖', color: BADGE_COLORS.paused, title: t('badgePaused', [new Date(until).toLocaleTimeString(settings.language === 'auto' ? [] : [settings.language], { hour: '2-digit', minute: '2-digit' })]) };
  if (report.state === 'account' && account)
    return { text: initials(account.name ?? account.handle), color: accountColor(account), title: t('badgeAccount', [label]) };
  if (report.state === 'unregistered') return { text: '!', color: BADGE_COLORS.unregistered, title: t('badgeUnregistered') };
  return { text: '?', color: BADGE_COLORS.unknown, title: t('badgeUnknown') };
}
