/**
 * What a switch says in the journal and the popup (the guard off or back on, a sensitive period begun or over): its own
 * module, so that the popup does not bundle the journal page to say it.
 */
import type { SwitchEntry } from '@/utils/messaging/protocol';
import type { Translate } from '@/utils/i18n';
import { formatWhen } from '@/utils/format';

/** The guard off (until when) or back on; a sensitive period begun (until when, its note) or over. */
export function switchText(t: Translate, e: SwitchEntry, locale: string, now?: number): string {
  if (e.kind === 'sensitive-period') {
    if (e.period === 'off' || e.until === null) return t(e.cause === 'ended' ? 'journal_sensitive_ended' : e.cause === 'policy' ? 'journal_sensitive_policy_off' : 'journal_sensitive_off');
    const until = formatWhen(locale, e.until, now);
    const text = e.note ? t('journal_sensitive_on_note', [until, e.note]) : t('journal_sensitive_on', [until]);
    return e.cause === 'policy' ? t('journal_by_policy', [text]) : text;
  }
  if (e.guard === 'on') return t(e.cause === 'ended' ? 'journal_switch_ended' : 'journal_switch_on');
  return e.until === null ? t('journal_switch_off') : t('journal_switch_off_until', [formatWhen(locale, e.until, now)]);
}
