/**
 * A verdict's reasons and the draft with its matched words highlighted, worded once for the in-page banner and the
 * options page's "Try it": both promise the same sentences (same message keys, same arguments), so both render
 * them from here. Props in, nothing out; user text only ever as text nodes (Preact escapes it), never as HTML.
 *
 * Automation hook: one <li data-reason="<id>"> per reason. The list's own attributes (id, class, data-list…) are
 * the caller's, passed through as given.
 */
import type { JSX } from 'preact';
import type { Platform } from '@/utils/types';
import type { Reason, WordHit } from '@/utils/rules/verdict';
import { languageOf, type Translate } from '@/utils/i18n';
import { accountLabel, excerpt, formatWhen } from '@/utils/format';


/** The matched words, each once, in the order they were first matched. */
function Words({ hits }: { hits: WordHit[] }) {
  return (
    <span class="words">
      {[...new Set(hits.map((h) => h.word))].map((w) => (
        <mark key={w}>{w}</mark>
      ))}
    </span>
  );
}

/** One reason, as a sentence (with the matched words where the reason is about words). */
export function ReasonText({ reason, t, platform }: { reason: Reason; t: Translate; platform: Platform }) {
  switch (reason.id) {
    case 'settings-unreadable':
      return <>{t('reason_settings_unreadable')}</>;
    case 'account-set-aside':
      return <>{t('reason_account_set_aside', [t(`platform_${platform}`)])}</>;
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
    case 'profile-changed':
      return <>{t('reason_profile_changed', [accountLabel(reason.account) ?? '', reason.before, reason.now, formatWhen(languageOf(t), reason.since)])}</>;
    case 'sensitive-period':
      return <>{reason.note ? t('reason_sensitive_period_note', [formatWhen(languageOf(t), reason.until), reason.note]) : t('reason_sensitive_period', [formatWhen(languageOf(t), reason.until)])}</>;
  }
}

export interface ReasonListProps extends JSX.HTMLAttributes<HTMLUListElement> {
  t: Translate;
  platform: Platform;
  reasons: Reason[];
}

/** Every reason, one list item each; any other prop is an attribute of the <ul>. */
export function ReasonList({ t, platform, reasons, ...list }: ReasonListProps) {
  return (
    <ul {...list}>
      {reasons.map((r) => (
        <li key={r.id} data-reason={r.id}>
          <ReasonText reason={r} t={t} platform={platform} />
        </li>
      ))}
    </ul>
  );
}

/** The draft, or a window of at most `max` characters of it, with every matched word in a <mark>. */
export function HighlightedDraft({ draft, hits, max }: { draft: string; hits: WordHit[]; max?: number }) {
  return <>{excerpt(draft, hits, max).map((p, i) => (p.highlighted ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
