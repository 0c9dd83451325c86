/**
 * What the team policy sets, as the options page shows it: locked, with "Set by your organisation", never editable
 * here (utils/settings/policy.ts). Props in, nothing out: the policy is changed by an administrator only.
 *
 * Automation hooks:
 * - [data-section="policy"] (shown when a policy is in force, was ignored, or could not be read): the rules in
 *   [data-list="policy-rules"], one li[data-rule="guard-on|no-pause|max-pause|unknown-identity|pause-spares|
 *   never-keep-text|sensitive"]; [data-status="policy-overrides"] (the user's items a policy item replaces),
 *   [data-status="policy-problems"] (items ignored, each in an li), [data-status="policy-read-failed"];
 * - in the accounts section, [data-list="policy-accounts"], one li[data-account-id][data-locked="policy"] each; in the
 *   word lists section, [data-list="policy-lists"], one li[data-list-id][data-locked="policy"] each; every locked
 *   item carries [data-status="policy-locked"] (the lock and "Set by your organisation"), and
 *   [data-status="policy-replaces"] when it replaces one of the user's own.
 */
import type { Account, Settings, WordList } from '@/utils/types';
import { languageOf, type Translate } from '@/utils/i18n';
import type { PolicyStatus } from '@/utils/messaging/protocol';
import { policyOverrides, policySensitivePeriod, type TeamPolicy } from '@/utils/settings/policy';
import { accountColor, accountLabel, formatWhen, initials, textColorOn } from '@/utils/format';
import { describeImportError } from '../import-errors';
import { LockedChip } from '../PolicyLock';
import { plural } from '@/utils/plural';
import './policy.css';

export { LockedChip };

export function LockedAccounts({ t, accounts, yours }: { t: Translate; accounts: Account[]; yours: Account[] }) {
  if (!accounts.length) return null;
  const replaced = new Set(yours.map((a) => a.id));
  return (
    <div class="policy-items">
      <h3 id="policy-accounts-title">{t('policy_accountsTitle', [accounts.length])}</h3>
      <ul class="acc-list" data-list="policy-accounts" aria-labelledby="policy-accounts-title">
        {accounts.map((a) => {
          const color = accountColor(a);
          return (
            <li key={a.id} class={`card acc-item acc-locked${a.protected ? ' acc-protected' : ''}`} data-account-id={a.id} data-locked="policy" style={{ borderInlineStartColor: color }}>
              <span class="acc-avatar" aria-hidden="true" style={{ background: color, color: textColorOn(color) }}>
                {initials(a.name ?? a.handle)}
              </span>
              <div class="acc-body">
                <div class="card-title">
                  <strong>{a.name ?? accountLabel(a) ?? a.id}</strong> {a.name && a.handle ? <span class="muted">{accountLabel(a)}</span> : null} <span class="muted small">· {t(`platform_${a.platform}`)}</span>
                </div>
                <div class="chips">
                  <LockedChip t={t} />
                  <span class={`chip ${a.kind}`}>{t(`kind_${a.kind}`)}</span>
                  {a.protected ? <span class="chip protected">{t('protectedLabel')}</span> : null}
                  {a.group ? <span class="chip group">{a.group}</span> : null}
                </div>
                {a.ownWords.length ? <p class="muted small words">{t('optionsOwnWords', [a.ownWords.join(', ')])}</p> : null}
                {replaced.has(a.id) ? (
                  <p class="small" data-status="policy-replaces">
                    {t('policy_replacesYours')}
                  </p>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function LockedLists({ t, lists, yours }: { t: Translate; lists: WordList[]; yours: WordList[] }) {
  if (!lists.length) return null;
  const replaced = new Set(yours.map((l) => l.id));
  return (
    <div class="policy-items">
      <h3 id="policy-lists-title">{t('policy_listsTitle', [lists.length])}</h3>
      <ul class="policy-lists" data-list="policy-lists" aria-labelledby="policy-lists-title">
        {lists.map((l) => (
          <li key={l.id} class="card" data-list-id={l.id} data-locked="policy">
            <div class="card-title">
              <strong>{l.name}</strong>
            </div>
            <div class="chips">
              <LockedChip t={t} />
              <span class={`chip${l.action === 'block' ? ' protected' : ''}`}>{t(`list_action_${l.action}`)}</span>
              {l.appliesTo.map((k) => (
                <span key={k} class="chip">
                  {t(`list_kind_${k}`)}
                </span>
              ))}
              {l.enabled ? null : <span class="chip">{t('policy_listOff')}</span>}
            </div>
            <details>
              <summary>{t('policy_listWords', [l.words.length])}</summary>
              <p class="small words">{l.words.join(', ')}</p>
            </details>
            {replaced.has(l.id) ? (
              <p class="small" data-status="policy-replaces">
                {t('policy_replacesYourList')}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function rules(t: Translate, policy: TeamPolicy): [string, string][] {
  const out: [string, string][] = [];
  if (policy.allowTurnOff === false) out.push(['guard-on', t('policy_rule_guardOn')]);
  if (policy.allowPause === false) out.push(['no-pause', t('policy_rule_noPause')]);
  else if (policy.maxPauseMinutes !== undefined) out.push(['max-pause', plural(t, 'policy_rule_maxPause', policy.maxPauseMinutes)]);
  if (policy.unknownIdentity) out.push(['unknown-identity', t('policy_rule_unknownIdentity', [t(`pref_unknownIdentity_${policy.unknownIdentity}`)])]);
  if (policy.pauseSparesProtected !== undefined) out.push(['pause-spares', t(policy.pauseSparesProtected ? 'policy_rule_pauseSpares_on' : 'policy_rule_pauseSpares_off')]);
  if (policy.journalText === 'never') out.push(['never-keep-text', t('policy_rule_neverKeepText')]);
  const period = policySensitivePeriod(policy, Date.now());
  if (period) {
    const until = formatWhen(languageOf(t), period.until);
    out.push(['sensitive', period.note ? t('policy_rule_sensitive_note', [until, period.note]) : t('policy_rule_sensitive', [until])]);
  }
  return out;
}

export interface PolicySectionProps {
  t: Translate;
  status: PolicyStatus | null;
  /** The user's own settings: to say which of their items the policy replaces. */
  settings: Pick<Settings, 'accounts' | 'wordLists'> | null;
}

/** The policy at a glance: that it exists, its rules, what it replaces, what was ignored and why. */
export function PolicySection({ t, status, settings }: PolicySectionProps) {
  if (!status || (!status.policy && !status.problems.length && !status.error)) return null;
  const policy = status.policy;
  const shown = policy ? rules(t, policy) : [];
  const overrides = settings ? policyOverrides(settings, policy) : { accounts: [], wordLists: [] };
  const replaced = [...overrides.accounts.map((a) => accountLabel(a) ?? a.name ?? a.id), ...overrides.wordLists.map((l) => l.name)];
  return (
    <section class="opt-section policy" aria-labelledby="policy-title" data-section="policy">
      <h2 id="policy-title">
        <span aria-hidden="true">🔒</span> {t('policy_title')}
      </h2>
      <p>{t('policy_intro')}</p>
      {policy ? <p class="muted">{t('policy_summary', [policy.accounts.length, policy.wordLists.length])}</p> : null}
      {shown.length ? (
        <>
          <h3>{t('policy_rulesTitle')}</h3>
          <ul data-list="policy-rules">
            {shown.map(([rule, text]) => (
              <li key={rule} data-rule={rule}>
                {text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {replaced.length ? (
        <p class="notice" data-status="policy-overrides">
          {t('policy_overrides', [replaced.join(', ')])}
        </p>
      ) : null}
      {status.error ? (
        <p class="status error" role="status" data-status="policy-read-failed">
          {t('policy_readFailed')}
        </p>
      ) : null}
      {status.problems.length ? (
        <div class="status error" role="status" data-status="policy-problems">
          <p>{t('policy_problems', [status.ignored])}</p>
          <ul>
            {status.problems.map((p, i) => (
              <li key={i}>{describeImportError(p, t)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
