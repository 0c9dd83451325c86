/**
 * Options page, what could not be read: a notice at the top when the stored settings cannot be trusted (unreadable,
 * written by a newer version, some items set aside), and the items set aside, each with why, "Restore" (checked like
 * an edit: if it still does not pass, the reason shows) and "Discard" (after a confirmation).
 *
 * Automation hooks: statuses [data-status="settings-unreadable|settings-newer|settings-salvaged"] (the notice);
 * [data-section="dropped"]; [data-list="dropped"] with one <li data-dropped-id="<id>" data-kind="account|wordList|
 * preference|field|record"> each; buttons [data-action="dropped-restore"], "dropped-discard",
 * "dropped-discard-confirm", "dropped-discard-cancel" (in an item); statuses [data-status="dropped-restored"],
 * "dropped-restore-error", "dropped-discard-error" (in the item concerned, or the section once the item is gone).
 */
import { useState } from 'preact/hooks';
import type { Translate } from '@/utils/i18n';
import { PLATFORMS, type Platform } from '@/utils/types';
import type { ImportFailure, StorageStatus } from '@/utils/messaging/protocol';
import { RESTORABLE_KINDS, type StoredDroppedItem } from '@/utils/settings/dropped';
import { isObject, revealHiddenCharacters } from '@/utils/settings/schema';
import type { ChangeOutcome, RestoreOutcome } from '@/utils/ui/options-store';
import { describeImportError, describeWriteError } from '../import-errors';
import { SaveErrors } from './SaveErrors';
import { formatBackupTime } from './BackupsSection';
import './options.css';
import { plural } from '@/utils/plural';

/** Text from a stored value, with every hidden character written out ("⟨U+202E⟩"): it cannot reorder the page. */
export const shown = revealHiddenCharacters;

const str = (v: unknown) => (typeof v === 'string' ? shown(v) : null);

/** What the item is, in a few words, from its stored value (untrusted: only strings are read, shown as text). */
function droppedTitle(item: StoredDroppedItem, t: Translate): string {
  const v = isObject(item.value) ? item.value : {};
  switch (item.kind) {
    case 'account': {
      const handle = str(v.handle);
      const name = str(v.name);
      const platform = (PLATFORMS as readonly unknown[]).includes(v.platform) ? t(`platform_${v.platform as Platform}`) : (str(v.platform) ?? '?');
      const who = [handle ? `@${handle.replace(/^@/, '')}` : null, name].filter(Boolean).join(' · ') || '?';
      return t('dropped_account', [who, platform]);
    }
    case 'wordList':
      return t('dropped_wordList', [str(v.name) ?? '?']);
    case 'preference':
      return t('dropped_preference', [item.path, item.value === undefined ? '—' : shown(JSON.stringify(item.value) ?? '')]);
    case 'field':
      return t('dropped_field', [item.path]);
    default:
      return t('dropped_record');
  }
}

export function SettingsHealthNotice({ t, storage }: { t: Translate; storage: StorageStatus | null }) {
  const health = storage?.settings;
  if (!health || health.state === 'ok') return null;
  const platforms = health.setAsidePlatforms.map((p) => t(`platform_${p}`)).join(', ');
  if (health.state === 'unreadable')
    return (
      <div class="status error" role="alert" data-status="settings-unreadable">
        <p>{t('health_unreadable')}</p>
      </div>
    );
  if (health.state === 'newer')
    return (
      <div class="status error" role="alert" data-status="settings-newer">
        <p>{t('health_newer', [health.storedVersion ?? '?'])}</p>
        {platforms ? <p>{t('health_askFirst', [platforms])}</p> : null}
      </div>
    );
  return (
    <div class="status error" role="status" data-status="settings-salvaged">
      <p>
        {plural(t, 'health_salvaged', health.setAside)} <a href="#dropped-title">{t('dropped_title')}</a>
      </p>
      {platforms ? <p>{t('health_askFirst', [platforms])}</p> : null}
    </div>
  );
}

export interface DroppedSectionProps {
  t: Translate;
  locale: string;
  items: StoredDroppedItem[];
  onRestore: (id: number) => Promise<RestoreOutcome>;
  onDiscard: (id: number) => Promise<ChangeOutcome>;
}

type ItemStatus = { id: number; kind: 'restored' } | { id: number; kind: 'restore-error'; errors: ImportFailure[] } | { id: number; kind: 'discard-error'; error: string };

export function DroppedSection({ t, locale, items, onRestore, onDiscard }: DroppedSectionProps) {
  const [asking, setAsking] = useState<number | null>(null);
  const [status, setStatus] = useState<ItemStatus | null>(null);
  const [busy, setBusy] = useState(false);
  if (!items.length && status?.kind !== 'restored') return null;

  const run = async (task: () => Promise<ItemStatus | null>) => {
    setBusy(true);
    try {
      setStatus(await task());
    } finally {
      setBusy(false);
      setAsking(null);
    }
  };
  const restore = (id: number) =>
    run(async () => {
      const result = await onRestore(id).catch((): RestoreOutcome => ({ ok: false, errors: [{ code: 'no-answer', path: '' }] }));
      return result.ok ? { id, kind: 'restored' } : { id, kind: 'restore-error', errors: result.errors };
    });
  const discard = (id: number) =>
    run(async () => {
      const result = await onDiscard(id).catch((): ChangeOutcome => ({ ok: false, error: 'no-answer' }));
      return result.ok ? null : { id, kind: 'discard-error', error: result.error };
    });
  const itemError = (id: number) =>
    status?.id !== id ? null : status.kind === 'restore-error' ? (
      <SaveErrors status="dropped-restore-error" title={t('dropped_restoreFailed')} errors={status.errors} describe={(e) => describeImportError(e, t)} />
    ) : status.kind === 'discard-error' ? (
      <p class="status error" role="alert" data-status="dropped-discard-error">
        {t('dropped_discardFailed')} {describeWriteError(status.error, t)}
      </p>
    ) : null;

  return (
    <section class="opt-section" aria-labelledby="dropped-title" data-section="dropped">
      <h2 id="dropped-title">{t('dropped_title')}</h2>
      <p class="muted">{t('dropped_help')}</p>
      <ul class="backup-list" data-list="dropped">
        {items.map((item) => (
          <li key={item.id} class="backup-item dropped-item" data-dropped-id={item.id} data-kind={item.kind}>
            <div>
              <strong>{droppedTitle(item, t)}</strong>
              <span class="muted small"> · {t('dropped_when', [formatBackupTime(item.time, locale)])}</span>
              <ul class="small">
                {item.problems.map((p, i) => (
                  <li key={i}>{describeImportError(p, t)}</li>
                ))}
              </ul>
              {item.value !== undefined ? (
                <details>
                  <summary>{t('dropped_show')}</summary>
                  <pre class="small">{shown(JSON.stringify(item.value, null, 2) ?? '').slice(0, 2000)}</pre>
                </details>
              ) : null}
              {itemError(item.id)}
            </div>
            {asking === item.id ? (
              <div class="backup-confirm" role="group" aria-labelledby={`dropped-confirm-${item.id}`}>
                <p id={`dropped-confirm-${item.id}`}>{t(item.kind === 'record' ? 'dropped_confirmRecord' : 'dropped_confirm')}</p>
                <button type="button" class="danger" disabled={busy} data-action="dropped-discard-confirm" onClick={() => void discard(item.id)}>
                  {t('dropped_discard')}
                </button>{' '}
                <button type="button" data-action="dropped-discard-cancel" onClick={() => setAsking(null)}>
                  {t('backup_confirmNo')}
                </button>
              </div>
            ) : (
              <div class="acc-buttons">
                {RESTORABLE_KINDS.has(item.kind) && item.value !== undefined ? (
                  <button type="button" disabled={busy} data-action="dropped-restore" onClick={() => void restore(item.id)}>
                    {t('dropped_restore')}
                  </button>
                ) : null}
                <button type="button" class="danger" disabled={busy} data-action="dropped-discard" onClick={() => (setStatus(null), setAsking(item.id))}>
                  {t('dropped_discard')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <div role="status" class="sr-live">
        {status?.kind === 'restored' ? (
          <span class="status ok" data-status="dropped-restored">
            {t('dropped_restored')}
          </span>
        ) : null}
      </div>
      {status && status.kind !== 'restored' && !items.some((i) => i.id === status.id) ? itemError(status.id) : null}
    </section>
  );
}
