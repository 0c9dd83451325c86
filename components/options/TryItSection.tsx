/**
 * Options page, "Try it": paste a draft, choose one of the configured accounts (or an unknown account on a
 * platform that has accounts), and see the verdict the guard would give with the saved settings, with its reasons
 * worded as the banner words them (same message keys, same matched words). Runs the pure rules engine in the page.
 *
 * Automation hooks: [data-section="try-it"]; [data-action="tryit-draft"] (textarea), [data-action="tryit-account"]
 * (select: "account:<id>" or "unknown:<platform>"); [data-status="tryit-verdict"] with data-decision
 * (allow|confirm|block); [data-list="tryit-reasons"] with one [data-reason="<id>"] per reason.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Identity, Platform, Settings } from '@/utils/types';
import { PLATFORMS } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { Reason, WordHit } from '@/utils/rules/verdict';
import { compileRules, evaluate } from '@/utils/rules/engine';
import { accountLabel, excerpt } from '@/utils/format';
import './wordlists.css';

export interface TryItSectionProps {
  t: Translate;
  settings: Settings;
}

function Words({ hits }: { hits: WordHit[] }) {
  return (
    <span class="words">
      {[...new Set(hits.map((h) => h.word))].map((w) => (
        <mark key={w}>{w}</mark>
      ))}
    </span>
  );
}

/** One reason, in the banner's words (components/Banner.tsx uses the same message keys and arguments). */
function ReasonText({ t, reason, platform }: { t: Translate; reason: Reason; platform: Platform }) {
  switch (reason.id) {
    case 'protected-account':
      return <>{t('reason_protected_account', [accountLabel(reason.account) ?? ''])}</>;
    case 'unknown-identity':
      return <>{t('reason_unknown_identity')}</>;
    case 'unregistered-identity':
      return <>{t('reason_unregistered_identity', [accountLabel(reason.identity) ?? '', t(`platform_${platform}`)])}</>;
    case 'other-account-words':
      return (
        <>
          {reason.owners.map((o) => (
            <span class="group" key={o.account.id}>
              {t('reason_other_account_words', [accountLabel(o.account) ?? ''])} <Words hits={o.hits} />
            </span>
          ))}
        </>
      );
    case 'risky-words':
      return (
        <>
          {reason.lists.map((l) => (
            <span class="group" key={l.list.id}>
              {t('reason_risky_words', [l.list.name])} <Words hits={l.hits} />
            </span>
          ))}
        </>
      );
    case 'identity-changed':
      return <>{t('reason_identity_changed', [accountLabel(reason.before) ?? t('identityChangedUnknown'), accountLabel(reason.now) ?? t('identityChangedUnknown')])}</>;
    case 'intended-account':
      return <>{t('reason_intended_account', [accountLabel(reason.intended) ?? ''])}</>;
  }
}

const hitsOf = (reasons: Reason[]): WordHit[] =>
  reasons.flatMap((r) => (r.id === 'risky-words' ? r.lists.flatMap((l) => l.hits) : r.id === 'other-account-words' ? r.owners.flatMap((o) => o.hits) : []));

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
    return { verdict: evaluate(compileRules(settings), { platform, identity, openedAs: null, draft }), platform };
  }, [settings, value, draft]);

  const parts = excerpt(draft, hitsOf(verdict.reasons), 2000);
  const note = !settings.guardEnabled ? t('tryit_guardOff') : settings.accounts.length === 0 ? t('tryit_noAccounts') : null;

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
          <ul class="reasons" data-list="tryit-reasons" aria-label={t('tryit_reasons')}>
            {verdict.reasons.map((r) => (
              <li key={r.id} data-reason={r.id}>
                <ReasonText t={t} reason={r} platform={platform} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {verdict.reasons.length && hitsOf(verdict.reasons).length ? (
        <figure class="tryit-draft">
          <figcaption class="muted small">{t('tryit_highlighted')}</figcaption>
          <blockquote>{parts.map((p, i) => (p.highlighted ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</blockquote>
        </figure>
      ) : null}
    </section>
  );
}
