/**
 * Options page, preferences: language (the page re-renders in it at once), the unknown-identity policy, whether the
 * journal keeps post text (off by default), the journal's size cap, and whether protected accounts ignore pauses.
 * Each change is sent on its own (`settings/set-preferences`).
 *
 * Automation hooks: [data-section="preferences"]; [data-action="pref-language"] (select auto|en|fr),
 * "pref-unknown-identity-confirm" / "pref-unknown-identity-allow" (radios), "pref-keep-text" (checkbox),
 * "pref-journal-cap" (number), "pref-pause-spares-protected" (checkbox); statuses [data-status="prefs-saved"],
 * "prefs-error", "pref-journal-cap-error". A preference the team policy sets is disabled, with
 * [data-status="policy-locked"] beside it (PolicyItems.tsx).
 */
import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, type LanguagePreference, type Preferences, type Settings, type UnknownIdentityPolicy } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import { LIMITS } from '@/utils/settings/schema';
import type { ChangeOutcome } from '@/utils/ui/options-store';
import { describeWriteError } from '../import-errors';
import type { LockedPreference } from '@/utils/settings/policy';
import { LockedChip } from './PolicyItems';
import './options.css';

export interface PreferencesSectionProps {
  t: Translate;
  settings: Settings;
  /** Sends the change; a refusal (storage full, a newer version's settings…) is shown with its reason. */
  onChange: (prefs: Partial<Preferences>) => Promise<ChangeOutcome>;
  /** Preferences the team policy sets: shown with the policy's value (in `settings`), locked. */
  locked?: ReadonlySet<LockedPreference>;
}

export function PreferencesSection({ t, settings, onChange, locked = new Set() }: PreferencesSectionProps) {
  const [status, setStatus] = useState<{ kind: 'saved' } | { kind: 'error'; error: string } | null>(null);
  const [cap, setCap] = useState(String(settings.journalCap));
  useEffect(() => setCap(String(settings.journalCap)), [settings.journalCap]);
  const { min, max } = LIMITS.journalCap;
  const capValue = Number(cap);
  const capValid = /^\d+$/.test(cap.trim()) && capValue >= min && capValue <= max;

  const send = async (prefs: Partial<Preferences>) => {
    setStatus(null);
    const result = await onChange(prefs).catch((): ChangeOutcome => ({ ok: false, error: 'no-answer' }));
    setStatus(result.ok ? { kind: 'saved' } : { kind: 'error', error: result.error });
  };
  const commitCap = () => {
    if (capValid && capValue !== settings.journalCap) void send({ journalCap: capValue });
  };

  return (
    <section class="opt-section" aria-labelledby="prefs-title" data-section="preferences">
      <h2 id="prefs-title">{t('pref_title')}</h2>
      <div class="pref-grid">
        <label class="acc-field">
          <span class="acc-label">{t('pref_language')}</span>
          <select value={settings.language} data-action="pref-language" onChange={(e) => void send({ language: e.currentTarget.value as LanguagePreference })}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l === 'auto' ? undefined : l}>
                {t(`pref_language_${l}`)}
              </option>
            ))}
          </select>
        </label>

        <fieldset class="acc-field">
          <legend class="acc-label">
            {t('pref_unknownIdentity')} {locked.has('unknownIdentity') ? <LockedChip t={t} /> : null}
          </legend>
          {(['confirm', 'allow'] as UnknownIdentityPolicy[]).map((v) => (
            <label key={v} class="pref-option">
              <input
                type="radio"
                name="pref-unknown-identity"
                value={v}
                checked={settings.unknownIdentity === v}
                disabled={locked.has('unknownIdentity')}
                data-action={`pref-unknown-identity-${v}`}
                onChange={() => void send({ unknownIdentity: v })}
              />{' '}
              {t(`pref_unknownIdentity_${v}`)}
            </label>
          ))}
        </fieldset>

        <div class="acc-field">
          <label class="acc-check">
            <input type="checkbox" checked={settings.journalKeepText} disabled={locked.has('journalKeepText')} aria-describedby="pref-keep-text-help" data-action="pref-keep-text" onChange={(e) => void send({ journalKeepText: e.currentTarget.checked })} />{' '}
            {t('pref_keepText')} {locked.has('journalKeepText') ? <LockedChip t={t} /> : null}
          </label>
          <p class="muted small" id="pref-keep-text-help">
            {t('pref_keepTextHelp')}
          </p>
        </div>

        <div class="acc-field">
          <label class="acc-label" for="pref-journal-cap">
            {t('pref_journalCap')}
          </label>
          <input
            id="pref-journal-cap"
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={100}
            value={cap}
            aria-invalid={capValid ? 'false' : 'true'}
            aria-describedby={capValid ? undefined : 'pref-journal-cap-error'}
            data-action="pref-journal-cap"
            onInput={(e) => setCap(e.currentTarget.value)}
            onChange={commitCap}
            onBlur={commitCap}
            onKeyDown={(e) => e.key === 'Enter' && commitCap()}
          />
          {capValid ? null : (
            <p class="field-error" id="pref-journal-cap-error" data-status="pref-journal-cap-error">
              {t('pref_journalCapError', [min, max])}
            </p>
          )}
        </div>

        <label class="acc-field acc-check">
          <input type="checkbox" checked={settings.pauseSparesProtected} disabled={locked.has('pauseSparesProtected')} data-action="pref-pause-spares-protected" onChange={(e) => void send({ pauseSparesProtected: e.currentTarget.checked })} />{' '}
          {t('pref_pauseSparesProtected')} {locked.has('pauseSparesProtected') ? <LockedChip t={t} /> : null}
        </label>
      </div>
      <div role="status" class="sr-live">
        {status?.kind === 'saved' ? (
          <span class="status ok small" data-status="prefs-saved">
            {t('pref_saved')}
          </span>
        ) : null}
      </div>
      {status?.kind === 'error' ? (
        <p class="status error" role="alert" data-status="prefs-error">
          {t('pref_failed')} {describeWriteError(status.error, t)}
        </p>
      ) : null}
    </section>
  );
}
