/**
 * Options page, "Try it": paste a draft, choose one of the configured accounts (or an unknown account on a
 * platform that has accounts), and see the verdict the guard would give with the saved settings, with its reasons
 * worded as the banner words them (both render them with components/Reasons.tsx). Runs the pure rules engine in the
 * page.
 *
 * Automation hooks: [data-section="try-it"]; [data-action="tryit-draft"] (textarea), [data-action="tryit-account"]
 * (select: "account:<id>" or "unknown:<platform>"); [data-status="tryit-verdict"] with data-decision
 * (allow|confirm|block); [data-list="tryit-reasons"] with one [data-reason="<id>"] per reason.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Identity, Platform, Settings } from '@/utils/types';
import { PLATFORMS } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import { verdictHits } from '@/utils/rules/verdict';
import { compileRules, evaluate } from '@/utils/rules/engine';
import { guardIsOff } from '@/utils/rules/status';
import { accountLabel } from '@/utils/format';
import { HighlightedDraft, ReasonList } from '../Reasons';
import './wordlists.css';

export interface TryItSectionProps {
  t: Translate;
  settings: Settings;
}

export function TryItSection({ t, settings }: TryItSectionProps) {
  const [draft, setDraft] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);

  const platforms = PLATFORMS.filter((p) => settings.accounts.some((a) => a.platform === p));
  const choices = [
    ...settings.accounts.map((a) => ({ value: `account:${a.id}`, label: `${a.name && a.handle ? `${a.name} (${accountLabel(a)})` : accountLabel(a) ?? a.id} · ${t(`platform_${a.platform}`)} · ${t(`kind_${a.kind}`)}` })),
    ...(platforms.length ? platforms : (['x'] as Platform[])).map((p) => ({ value: `unknown:${p}`, label: t('tryit_unknown', [t(`platform_${p}`)]) })),
  ];
  // The choice made, while it still exists; else the first account.
  const value = chosen && choices.some((c) => c.value === chosen) ? chosen : choices[0]!.value;

  const { verdict, platform } = useMemo(() => {
    const account = value.startsWith('account:') ? settings.accounts.find((a) => `account:${a.id}` === value) : undefined;
    const platform: Platform = account?.platform ?? (value.slice('unknown:'.length) as Platform);
    const identity: Identity | null = account
      ? { platform, ...(account.handle ? { handle: account.handle } : {}), ...(account.name ? { name: account.name } : {}), source: 'try-it' }
      : null;
    return { verdict: evaluate(compileRules(settings), { platform, identity, openedAs: null, draft, now: Date.now() }), platform };
  }, [settings, value, draft]);

  const hits = verdictHits(verdict.reasons);
  const note = guardIsOff(settings, Date.now()) ? t('tryit_guardOff') : settings.accounts.length === 0 ? t('tryit_noAccounts') : null;

  return (
    <section class="tryit" aria-labelledby="tryit-title" data-section="try-it">
      <h2 id="tryit-title">{t('tryit_title')}</h2>
      <p class="muted">{t('tryit_help')}</p>
      <div class="tryit-inputs">
        <label for="tryit-draft" class="wl-label">
          {t('tryit_draft')}
        </label>
        <textarea id="tryit-draft" rows={4} value={draft} data-action="tryit-draft" onInput={(e) => setDraft(e.currentTarget.value)} />
        <label class="tryit-account">
          <span class="wl-label">{t('tryit_account')}</span>{' '}
          <select value={value} data-action="tryit-account" onChange={(e) => setChosen(e.currentTarget.value)}>
            {choices.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {note ? <p class="muted">{note}</p> : null}
      <div class={`tryit-verdict ${verdict.decision}`} role="status" aria-live="polite" data-status="tryit-verdict" data-decision={verdict.decision}>
        <p class="tryit-decision">{t(`tryit_verdict_${verdict.decision}`)}</p>
        {verdict.reasons.length ? (
          <ReasonList class="reasons" data-list="tryit-reasons" aria-label={t('tryit_reasons')} t={t} platform={platform} reasons={verdict.reasons} />
        ) : null}
      </div>
      {verdict.reasons.length && hits.length ? (
        <figure class="tryit-draft">
          <figcaption class="muted small">{t('tryit_highlighted')}</figcaption>
          <blockquote>
            <HighlightedDraft draft={draft} hits={hits} max={2000} />
          </blockquote>
        </figure>
      ) : null}
    </section>
  );
}
