/**
 * The in-page warning: who you are about to publish as, every reason it is risky, the draft with the matched
 * words highlighted, Cancel (default) and Publish. Rendered by utils/guard into a shadow root; props in,
 * callbacks out. User text is only ever rendered as text nodes (Preact escapes it), never as HTML.
 *
 * Automation hooks (stable, documented in the README): role="alertdialog", one [data-reason="<id>"] per reason
 * (rendered by components/Reasons.tsx, shared with the options page's "Try it"), buttons [data-action="cancel"]
 * and [data-action="confirm"]. Cancel comes first: the host focuses it on mount.
 */
import { useState } from 'preact/hooks';
import type { Account, Identity, Platform } from '@/utils/types';
import { verdictHits, type Decision, type Reason } from '@/utils/rules/verdict';
import type { DetectionProblem } from '@/utils/types';
import type { MessageKey, Translate } from '@/utils/i18n';
import { accountLabel, initials } from '@/utils/format';
import { HighlightedDraft, ReasonList } from './Reasons';

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
  /** Set when a confirm was refused because the page hid, covered or moved the banner when it was clicked. */
  refused?: boolean;
  onCancel: () => void;
  /** Receives the DOM event so the caller can refuse untrusted (script-generated) clicks. */
  onConfirm: (event: MouseEvent) => void;
}

const PROBLEM_KEYS: Record<DetectionProblem, MessageKey> = {
  'no-identity-signal': 'problem_no_identity_signal',
  'conflicting-signals': 'problem_conflicting_signals',
};

export function Banner(props: BannerProps) {
  const { t, decision, platform, identity, account, reasons, draft, problem, vanished } = props;
  const [avatarFailed, setAvatarFailed] = useState(false);

  const label = accountLabel(account ?? identity);
  const name = account?.name ?? identity?.name;
  const kind = account?.kind;
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
      <ReasonList id="right-account-reasons" class="reasons" t={t} platform={platform} reasons={reasons} />
      {draft.trim() ? (
        <figure class="draft">
          <figcaption>{t('bannerDraft')}</figcaption>
          <blockquote>
            <HighlightedDraft draft={draft} hits={verdictHits(reasons)} />
          </blockquote>
        </figure>
      ) : null}
      {decision === 'block' ? <p class="help">{t('bannerBlockedHelp')}</p> : null}
      {props.refused ? (
        <p class="help" role="alert" data-status="refused">
          {t('bannerRefused')}
        </p>
      ) : null}
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
