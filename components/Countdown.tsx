/**
 * The light hold of a routine publish from a protected account: "Publishing as @boulangerie_dupont in 5 s · Undo", in
 * the account's colour, with the post as it will go out. Non-modal: the focus stays in the composer (Escape there
 * undoes it too, see utils/guard/banner-host.ts). Props in, callbacks out; user text only as text nodes.
 *
 * Automation hooks (README): [data-right-account="countdown"] holding a role="status" element, one [data-reason] per
 * reason and [data-action="undo"]. When it ends, the post is published once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Account, Identity, Platform } from '@/utils/types';
import type { Reason } from '@/utils/rules/verdict';
import type { Translate } from '@/utils/i18n';
import { accountColor, accountLabel, textColorOn } from '@/utils/format';
import { ReasonList } from './Reasons';

export interface CountdownProps {
  t: Translate;
  platform: Platform;
  identity: Identity | null;
  account: Account | null;
  reasons: Reason[];
  draft: string;
  /** When the publish goes out (ms since epoch). */
  endsAt: number;
  onUndo: () => void;
  /** The clock (tests set it). */
  now?: () => number;
}

/** Stands for the account in its message, to find where the account goes in the translated words. */
const PLACEHOLDER = '\u0001';

export function Countdown({ t, platform, identity, account, reasons, draft, endsAt, onUndo, now = Date.now }: CountdownProps) {
  const seconds = () => Math.max(0, Math.ceil((endsAt - now()) / 1000));
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    const timer = setInterval(() => setLeft(seconds()), 200);
    return () => clearInterval(timer);
  }, [endsAt]);
  const label = accountLabel(account ?? identity) ?? '';
  const around = t('countdownWho', [PLACEHOLDER]).split(PLACEHOLDER);
  const color = account ? accountColor(account) : null;
  const style = color ? `--account: ${color}; --on-account: ${textColorOn(color)};` : undefined;
  return (
    <div class="countdown" data-right-account="countdown" style={style}>
      <p class="line">
        <span class="dot" aria-hidden="true" />
        {/* Announced once: the seconds that follow are not read out one by one. */}
        <span role="status">{t('countdownPublishingAs', [label])}</span>
        {/* In a narrow column the words around the account give way first, then a long account name (ellipsis);
            the seconds never do. The message is split at its placeholder, so translators keep the word order. */}
        <strong class="countdown-text" aria-hidden="true">
          {around[0]?.trim() ? <span class="countdown-as">{around[0].trim()}</span> : null}{' '}
          <span class="countdown-who">{label}</span>{' '}
          {around[1]?.trim() ? <span class="countdown-as">{around[1].trim()}</span> : null}{' '}
          <span class="countdown-seconds">{t('countdownIn', [left])}</span>
        </strong>
        <button type="button" data-action="undo" onClick={onUndo}>
          {t('countdownUndo')}
        </button>
      </p>
      {draft.trim() ? <blockquote class="post">{draft}</blockquote> : null}
      <ReasonList class="reasons" t={t} platform={platform} reasons={reasons} />
    </div>
  );
}
