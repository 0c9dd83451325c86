/**
 * The in-page warning: who you are about to publish as, every reason it is risky, the draft with the matched
 * words highlighted, Cancel (default) and Publish. Rendered by utils/guard into a shadow root; props in,
 * callbacks out. User text is only ever rendered as text nodes (Preact escapes it), never as HTML.
 *
 * Friction in proportion to risk (utils/rules/friction.ts): a likely mistake gets the strongest look and a title that
 * says the problem in words ("You are @marie_dupont, not @boulangerie_dupont"), with Cancel the filled, default
 * button; a routine check of a protected account is calm; a block has no Publish button and says how to change the
 * rule. Severity is never told by colour alone: the icon, the title and the words differ per level.
 *
 * Automation hooks (stable, documented in the README): role="alertdialog" with data-level="mistake|check|block", one
 * [data-reason="<id>"] per reason (rendered by components/Reasons.tsx, shared with the options page's "Try it"),
 * buttons [data-action="cancel"] and [data-action="confirm"]. Cancel comes first: it has the focus on mount.
 */
import { useState } from 'preact/hooks';
import type { Account, Identity, Platform } from '@/utils/types';
import { verdictHits, type Decision, type Reason } from '@/utils/rules/verdict';
import { leadReason, type FrictionLevel } from '@/utils/rules/friction';
import type { DetectionProblem } from '@/utils/types';
import type { MessageKey, Translate } from '@/utils/i18n';
import { accountColor, accountLabel, initials, textColorOn } from '@/utils/format';
import { HighlightedDraft, ReasonList } from './Reasons';

export interface BannerProps {
  t: Translate;
  decision: Exclude<Decision, 'allow'>;
  /** How strong a stop this is (utils/rules/friction.ts); absent: a likely mistake, or a block. */
  level?: FrictionLevel;
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
  /** A likely mistake: put the draft on the clipboard and cancel, to paste it as the right account. */
  onCopyAndCancel?: () => void;
  /** Another account's words: cancel, and offer this draft to that account's next composer. */
  onHandOff?: () => void;
  /** A risky-words reason: open the options with these words allowed for this account, for review. */
  onAllowWords?: (words: string[]) => void;
  /** Set when the draft could not be put on the clipboard. */
  copyFailed?: boolean;
}

const PROBLEM_KEYS: Record<DetectionProblem, MessageKey> = {
  'no-identity-signal': 'problem_no_identity_signal',
  'conflicting-signals': 'problem_conflicting_signals',
};

const ICONS: Record<FrictionLevel, string> = { mistake: '!', check: '✓', block: '⛔' };

/** The title: the problem in words for a likely mistake, who publishes for a routine check, which list for a block. */
function bannerTitle(t: Translate, level: FrictionLevel, reasons: readonly Reason[], who: string | null, account: Account | null): string {
  const you = who ?? t('unknownAccount');
  if (level === 'block') {
    const list = reasons.find((r) => r.id === 'risky-words')?.lists.find((l) => l.list.action === 'block')?.list.name;
    return list ? t('bannerTitleBlockedBy', [list]) : t('bannerTitleBlock');
  }
  if (level === 'check') return t('bannerTitleCheck', [accountLabel(account) ?? you]);
  const lead = leadReason(reasons);
  switch (lead?.id) {
    case 'settings-unreadable':
      return t('bannerTitleSettingsUnreadable');
    case 'account-set-aside':
      return t('bannerTitleAccountSetAside');
    case 'other-account-words':
      return t('bannerTitleNotThem', [you, accountLabel(lead.owners[0]?.account) ?? '']);
    case 'intended-account':
      return t('bannerTitleNotThem', [you, accountLabel(lead.intended) ?? '']);
    case 'identity-changed':
      return lead.now ? t('bannerTitleChanged', [accountLabel(lead.now) ?? you]) : t('bannerTitleUnknown');
    case 'unknown-identity':
      return t('bannerTitleUnknown');
    case 'unregistered-identity':
      return t('bannerTitleUnregistered', [you]);
    case 'risky-words':
      return t('bannerTitleRisky', [lead.lists[0]?.list.name ?? '']);
    case 'sensitive-period':
      return t('bannerTitleSensitive');
    case 'profile-changed':
      return t('bannerTitleProfileChanged', [accountLabel(lead.account) ?? '']);
    default:
      return t('bannerTitleConfirm');
  }
}

/**
 * From the banner to the right place: copy the draft and cancel (a likely mistake), give it to the account whose words
 * it holds, or open the options with a flagged word allowed for this account. Each needs its callback.
 */
function RightPlace(props: BannerProps & { level: FrictionLevel }) {
  const { t, level, reasons, account, vanished } = props;
  if (vanished) return null;
  const owner = reasons.find((r) => r.id === 'other-account-words')?.owners[0]?.account;
  const risky = reasons.find((r) => r.id === 'risky-words');
  const words = risky ? [...new Set(risky.lists.flatMap((l) => l.hits.map((h) => h.word)))] : [];
  const copy = level === 'mistake' && props.onCopyAndCancel && props.draft.trim();
  const handOff = owner && props.onHandOff && props.draft.trim();
  const allow = account && words.length && props.onAllowWords;
  if (!copy && !handOff && !allow) return null;
  return (
    <div class="elsewhere">
      {copy ? (
        <button type="button" data-action="copy-cancel" onClick={props.onCopyAndCancel}>
          {t('bannerCopyAndCancel')}
        </button>
      ) : null}
      {handOff ? (
        <button type="button" data-action="hand-off" onClick={props.onHandOff}>
          {t('bannerHandOff', [accountLabel(owner) ?? ''])}
        </button>
      ) : null}
      {allow ? (
        <button type="button" data-action="allow-words" onClick={() => props.onAllowWords?.(words)}>
          {t('bannerAllowWords', [words.join(', '), accountLabel(account) ?? ''])}
        </button>
      ) : null}
    </div>
  );
}

/** Where a block rule is changed, in the words of the popup and the options page themselves. */
function blockedHelp(t: Translate, reasons: readonly Reason[]): string {
  const list = reasons.find((r) => r.id === 'risky-words')?.lists.find((l) => l.list.action === 'block')?.list.name;
  return list ? t('bannerBlockedPath', [t('popupOpenOptions'), t('list_title'), list, t('list_action')]) : t('bannerBlockedHelp');
}

export function Banner(props: BannerProps) {
  const { t, decision, platform, identity, account, reasons, draft, problem, vanished } = props;
  const [avatarFailed, setAvatarFailed] = useState(false);

  const label = accountLabel(account ?? identity);
  const name = account?.name ?? identity?.name;
  const kind = account?.kind;
  // The client's colour, the same as the ribbon's, the badge's and the popup's: a ring round the picture, or the initials' ground.
  const color = account ? accountColor(account) : null;
  const titleId = 'right-account-title';
  const level: FrictionLevel = decision === 'block' ? 'block' : (props.level ?? 'mistake');

  return (
    <div class={`banner ${level}`} data-level={level} role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby="right-account-reasons">
      <h2 id={titleId}>
        <span class="icon" aria-hidden="true">
          {ICONS[level]}
        </span>{' '}
        {bannerTitle(t, level, reasons, accountLabel(identity), account)}
      </h2>
      {/* Between the title and the buttons, what scrolls when the banner is long: the buttons are never scrolled over
          or under anything (a click meant for "Copy the draft" can never land on Publish). */}
      <div class="body">
        <p class="as">{t('bannerPublishingAs')}</p>
        <div class="who" style={color ? `--account: ${color}; --on-account: ${textColorOn(color)};` : undefined}>
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
        {decision === 'block' ? (
          <p class="help" data-status="blocked-help">
            {blockedHelp(t, reasons)}
          </p>
        ) : null}
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
        {props.copyFailed ? (
          <p class="help" role="alert" data-status="copy-failed">
            {t('bannerCopyFailed')}
          </p>
        ) : null}
        <RightPlace {...props} level={level} />
      </div>
      <div class="actions">
        <button type="button" class={level === 'mistake' ? 'primary' : undefined} data-action="cancel" onClick={props.onCancel}>
          {t(vanished ? 'bannerClose' : 'bannerCancel')}
        </button>
        {decision === 'confirm' && !vanished ? (
          <button type="button" class={level === 'mistake' ? 'outlined' : 'primary'} data-action="confirm" onClick={(e) => props.onConfirm(e)}>
            {label ? t('bannerConfirm', [label]) : t('bannerConfirmUnknown')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
