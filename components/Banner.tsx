/**
 * The in-page warning: who you are about to publish as, every reason it is risky, the draft with the matched
 * words highlighted, Cancel (default) and Publish. Rendered by utils/guard into a shadow root; props in,
 * callbacks out. User text is only ever rendered as text nodes (Preact escapes it), never as HTML.
 *
 * Automation hooks (stable, documented in the README): role="alertdialog", one [data-reason="<id>"] per reason,
 * buttons [data-action="cancel"] and [data-action="confirm"]. Cancel comes first: the host focuses it on mount.
 */
import { useState } from 'preact/hooks';
import type { Account, Identity, Platform } from '@/utils/types';
import type { Decision, Reason, WordHit } from '@/utils/rules/verdict';
import type { DetectionProblem } from '@/utils/types';
import type { MessageKey, Translate } from '@/utils/i18n';
import { accountLabel, initials, excerpt } from '@/utils/format';

export interface BannerProps {
  t: Translate;
  decision: Exclude<Decision, 'allow'>;
  platform: Platform;
  identity: Identity | null;
  problem?: DetectionProblem;
  account: Account | null;
  reasons: Reason[];
  draft: string;
  /** Set when the publish control vanished before the confirmed publish could be replayed. */
  vanished?: boolean;
  onCancel: () => void;
  /** Receives the DOM event so the caller can refuse untrusted (script-generated) clicks. */
  onConfirm: (event: MouseEvent) => void;
}

const PROBLEM_KEYS: Record<DetectionProblem, MessageKey> = {
  'no-identity-signal': 'problem_no_identity_signal',
  'conflicting-signals': 'problem_conflicting_signals',
};

function hitsOf(reasons: Reason[]): WordHit[] {
  return reasons.flatMap((r) =>
    r.id === 'risky-words' ? r.lists.flatMap((l) => l.hits) : r.id === 'other-account-words' ? r.owners.flatMap((o) => o.hits) : [],
  );
}

function Words({ hits }: { hits: WordHit[] }) {
  const unique = [...new Set(hits.map((h) => h.word))];
  return (
    <span class="words">
      {unique.map((w) => (
        <mark key={w}>{w}</mark>
      ))}
    </span>
  );
}

function ReasonText({ reason, t, platform }: { reason: Reason; t: Translate; platform: Platform }) {
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
      return (
        <>
          {t('reason_identity_changed', [
            accountLabel(reason.before) ?? t('identityChangedUnknown'),
            accountLabel(reason.now) ?? t('identityChangedUnknown'),
          ])}
        </>
      );
    case 'intended-account':
      return <>{t('reason_intended_account', [accountLabel(reason.intended) ?? ''])}</>;
  }
}

export function Banner(props: BannerProps) {
  const { t, decision, platform, identity, account, reasons, draft, problem, vanished } = props;
  const [avatarFailed, setAvatarFailed] = useState(false);

  const label = accountLabel(account ?? identity);
  const name = account?.name ?? identity?.name;
  const kind = account?.kind;
  const parts = excerpt(draft, hitsOf(reasons));
  const titleId = 'right-account-title';
  const tone = decision === 'block' ? 'block' : account?.protected ? 'protected' : 'confirm';

  return (
    <div class={`banner ${tone}`} role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby="right-account-reasons">
      <h2 id={titleId}>{t(decision === 'block' ? 'bannerTitleBlock' : 'bannerTitleConfirm')}</h2>
      <p class="as">{t('bannerPublishingAs')}</p>
      <div class="who">
        {identity?.avatarUrl && !avatarFailed ? (
          <img class="avatar" src={identity.avatarUrl} alt="" referrerpolicy="no-referrer" onError={() => setAvatarFailed(true)} />
        ) : (
          <span class="avatar none" aria-hidden="true">
            {initials(name ?? label ?? undefined)}
          </span>
        )}
        <div class="names">
          <strong>{name ?? label ?? t('unknownAccount')}</strong>
          {label && label !== name ? <span class="handle">{label}</span> : null}
          <span class="chips">
            <span class="chip">{t(`platform_${platform}`)}</span>
            {kind ? <span class={`chip ${kind}`}>{t(`kind_${kind}`)}</span> : identity ? <span class="chip warn">{t('notConfigured')}</span> : null}
            {account?.protected ? <span class="chip protected">{t('protectedLabel')}</span> : null}
          </span>
        </div>
      </div>
      {problem ? <p class="degraded">{t('bannerDegraded', [t(PROBLEM_KEYS[problem])])}</p> : null}
      <ul id="right-account-reasons" class="reasons">
        {reasons.map((r) => (
          <li key={r.id} data-reason={r.id}>
            <ReasonText reason={r} t={t} platform={platform} />
          </li>
        ))}
      </ul>
      {draft.trim() ? (
        <figure class="draft">
          <figcaption>{t('bannerDraft')}</figcaption>
          <blockquote>
            {parts.map((p, i) => (p.highlighted ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
          </blockquote>
        </figure>
      ) : null}
      {decision === 'block' ? <p class="help">{t('bannerBlockedHelp')}</p> : null}
      {vanished ? (
        <p class="help" role="status" data-status="vanished">
          {t('bannerVanished')}
        </p>
      ) : null}
      <div class="actions">
        <button type="button" data-action="cancel" onClick={props.onCancel}>
          {t(vanished ? 'bannerClose' : 'bannerCancel')}
        </button>
        {decision === 'confirm' && !vanished ? (
          <button type="button" class="primary" data-action="confirm" onClick={(e) => props.onConfirm(e)}>
            {label ? t('bannerConfirm', [label]) : t('bannerConfirmUnknown')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
