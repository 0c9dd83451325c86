/**
 * The lock and "Set by your organisation", on everything the team policy sets (options page and popup). Hook:
 * [data-status="policy-locked"].
 */
import type { Translate } from '@/utils/i18n';
import './policy-lock.css';

export function LockedChip({ t }: { t: Translate }) {
  return (
    <span class="chip locked" data-status="policy-locked">
      <span aria-hidden="true">🔒</span> {t('policy_locked')}
    </span>
  );
}
