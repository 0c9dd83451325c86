/**
 * The toolbar badge of a tab, from what its guard reported and the tab's status (utils/rules/status.ts): the
 * account's colour and initials, "?" when the identity cannot be read, "!" for an account that is not configured,
 * "‖" on grey while the guard is paused there, "OFF" on near-black when it is switched off (distinct from a pause: a
 * pause is one site for minutes, off is everything), nothing where no account is configured; "!" in
 * red, above all but the user's own switch, when the stored settings cannot be trusted there (unreadable, or the only
 * account of the platform set aside): the guard asks before every publish and the user should know why; and "⚠" in
 * violet when the page's reading is degraded (utils/platforms/health.ts): before the account's initials, because a
 * badge that names an account on a page the guard reads badly would say more than the guard knows.
 * Pure: the service applies it with browser.action.
 */
import type { Pauses, Settings } from '../types';
import { askFirstReason, type SettingsHealth } from '../settings/health';
import type { TabReport } from '../messaging/protocol';
import { accountColor, accountLabel, formatUntil, initials } from '../format';
import { translatorForLanguage } from '../i18n-browser';
import { guardStatus } from '../rules/status';
import type { ProfileAlarms } from '../rules/takeover';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** Each dark enough for white text (AA, checked by a unit test with textColorOn). */
export const BADGE_COLORS = { unknown: '#b91c1c', unregistered: '#b45309', paused: '#4b5563', off: '#111827', degraded: '#6d28d9' } as const;

/** The badge of a switched-off guard: a word, not a sign, so that it never reads as the pause's "‖". */
export const BADGE_OFF_TEXT = 'OFF';

/** The badge's text for a degraded reading: a warning sign, unlike any initials, "?", "!", "‖" or "OFF". */
export const DEGRADED_BADGE = '⚠';

export function badgeFor(report: TabReport, settings: Settings, pauses: Pauses, now: number, health: SettingsHealth | null = null, alarms: ProfileAlarms = {}): Badge {
  const t = translatorForLanguage(settings.language);
  const askFirst = askFirstReason(health, report.platform);
  const status = guardStatus(settings, report.platform, report, pauses[report.platform], now, { askFirst, ...(report.health ? { health: report.health } : {}) });
  const { account } = status;
  const locale = settings.language === 'auto' ? undefined : settings.language;
  if (status.guard === 'off')
    return { text: BADGE_OFF_TEXT, color: BADGE_COLORS.off, title: status.offUntil === null ? t('badgeOff') : t('badgeOffUntil', [formatUntil(locale, status.offUntil, now)]) };
  // A takeover alarm first: it is the one thing that must be seen even during a pause.
  if (account && alarms[account.id]) return { text: '‼', color: BADGE_COLORS.unknown, title: t('badgeProfileChanged', [accountLabel(account) ?? '']) };
  if (askFirst) return { text: '!', color: BADGE_COLORS.unknown, title: t(askFirst === 'settings-unreadable' ? 'badgeSettingsUnreadable' : 'badgeAccountSetAside') };
  if (status.guard !== 'on') return { text: '', color: BADGE_COLORS.off, title: t('extName') };
  if (status.paused) return { text: '‖', color: BADGE_COLORS.paused, title: t('badgePaused', [formatUntil(locale, status.pausedUntil!, now)]) };
  if (status.degraded) return { text: DEGRADED_BADGE, color: BADGE_COLORS.degraded, title: t('badgeDegraded', [status.health.missing.join(', ')]) };
  if (account) return { text: initials(account.name ?? account.handle), color: accountColor(account), title: t('badgeAccount', [account.name ?? accountLabel(account) ?? '']) };
  if (status.who === 'unregistered') return { text: '!', color: BADGE_COLORS.unregistered, title: t('badgeUnregistered') };
  return { text: '?', color: BADGE_COLORS.unknown, title: t('badgeUnknown') };
}
