/**
 * A sensitive period, for a crisis, a tragedy or an embargo: until a date the user chooses, every publish from a brand
 * account asks first, with the user's note; afterwards it ends by itself (utils/rules/sensitive.ts). The same control in
 * the popup and the options page. Props in, callbacks out.
 *
 * Automation hooks: [data-status="sensitive-on"] (while one runs) with [data-action="sensitive-end"], or
 * [data-status="sensitive-locked"] when the team policy sets it; [data-action="sensitive-until"] (datetime-local),
 * [data-action="sensitive-note"], [data-action="sensitive-start"].
 */
import { useState } from 'preact/hooks';
import type { SensitivePeriod as Period } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import { nextMorning } from '@/utils/ui/guard-off';

export interface SensitivePeriodProps {
  t: Translate;
  locale: string;
  period: Period | null;
  /** ms since epoch (tests pin it). */
  now: number;
  onStart(until: number, note: string): void;
  onEnd(): void;
  /** The team policy sets a sensitive period: the one running is its, and only the administrator ends or changes it. */
  locked?: boolean;
}

/** The value of a datetime-local input for a time, in the browser's time zone. */
const localInput = (ms: number) => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};


export function SensitivePeriodControl({ t, locale, period, now, onStart, onEnd, locked = false }: SensitivePeriodProps) {
  const [until, setUntil] = useState(() => localInput(nextMorning(now))); // the popup's "tomorrow morning", the same hour
  const [note, setNote] = useState('');
  const when = (ms: number) => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(new Date(ms));
  if (period && period.until > now)
    return (
      <div class="sensitive on" role="status" data-status="sensitive-on">
        <p>
          <strong>{t('sensitive_on', [when(period.until)])}</strong>
          {period.note ? <span class="muted"> · {period.note}</span> : null}
        </p>
        {locked ? (
          <LockedNote t={t} />
        ) : (
          <button type="button" data-action="sensitive-end" onClick={onEnd}>
            {t('sensitive_end')}
          </button>
        )}
      </div>
    );
  // Set by the team policy but not stored yet (the background is writing it): nothing to start meanwhile.
  if (locked) return <LockedNote t={t} />;
  const end = new Date(until).getTime();
  return (
    <details class="sensitive">
      <summary>{t('sensitive_start_title')}</summary>
      <p class="muted small">{t('sensitive_help')}</p>
      <label>
        {t('sensitive_until')} <input type="datetime-local" value={until} min={localInput(now)} data-action="sensitive-until" onInput={(e) => setUntil(e.currentTarget.value)} />
      </label>
      <label>
        {t('sensitive_note')} <input type="text" maxLength={200} value={note} data-action="sensitive-note" onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="button" data-action="sensitive-start" disabled={!(end > now)} onClick={() => onStart(end, note.trim())}>
        {t('sensitive_start')}
      </button>
    </details>
  );
}

/** The team policy's period: only the administrator ends or changes it. */
const LockedNote = ({ t }: { t: Translate }) => (
  <p class="muted small" data-status="sensitive-locked">
    🔒 {t('sensitive_locked')}
  </p>
);
