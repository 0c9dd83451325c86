/** The options page (first version): configured accounts and word lists, import and export of the v1 file. */
import type { Settings } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { ImportStatus } from '@/utils/ui/options-store';
import { accountLabel } from '@/utils/format';
import { describeImportError } from './import-errors';

export interface OptionsViewProps {
  t: Translate;
  settings: Settings | null;
  importStatus: ImportStatus;
  onImport: (file: File) => void;
  onExport: () => void;
}

function ImportResult({ t, status }: { t: Translate; status: ImportStatus }) {
  if (!status) return null;
  if (status.kind === 'ok')
    return (
      <p class="status ok" role="status" data-status="import-ok">
        {t('importOk', [status.accounts, status.wordLists])}
      </p>
    );
  return (
    <div class="status error" role="alert" data-status="import-error">
      <p>{t('importFailed')}</p>
      {status.kind === 'unreadable' ? (
        <p>{t('importCannotRead')}</p>
      ) : (
        <ul>
          {status.errors.map((e, i) => (
            <li key={i}>{describeImportError(e, t)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function OptionsView({ t, settings, importStatus, onImport, onExport }: OptionsViewProps) {
  return (
    <main class="page options">
      <h1>{t('optionsTitle')}</h1>

      <section aria-labelledby="accounts-title">
        <h2 id="accounts-title">{t('optionsAccounts')}</h2>
        {settings && settings.accounts.length === 0 ? <p class="empty">{t('optionsNoAccounts')}</p> : null}
        <ul class="cards" data-list="accounts">
          {settings?.accounts.map((a) => (
            <li key={a.id} class="card" data-account-id={a.id}>
              <div class="card-title">
                <strong>{a.name ?? accountLabel(a)}</strong> {a.name && a.handle ? <span class="muted">{accountLabel(a)}</span> : null}
              </div>
              <div class="chips">
                <span class="chip">{t(`platform_${a.platform}`)}</span>
                <span class={`chip ${a.kind}`}>{t(`kind_${a.kind}`)}</span>
                {a.protected ? <span class="chip protected">{t('protectedLabel')}</span> : null}
              </div>
              {a.ownWords.length ? <p class="muted small">{t('optionsOwnWords', [a.ownWords.join(', ')])}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="lists-title">
        <h2 id="lists-title">{t('optionsWordLists')}</h2>
        <ul class="cards" data-list="word-lists">
          {settings?.wordLists.map((l) => (
            <li key={l.id} class="card">
              <div class="card-title">
                <strong>{l.name}</strong> <span class="muted">{t('optionsListWords', [l.words.length])}</span>
              </div>
              <p class="muted small">
                {t('optionsListAppliesTo', [l.appliesTo.map((k) => t(`kind_${k}`)).join(', ')])} · {t(`optionsListAction_${l.action}`)}
              </p>
              <p class="small words">{l.words.slice(0, 30).join(', ')}{l.words.length > 30 ? '…' : ''}</p>
            </li>
          ))}
        </ul>
        {settings ? (
          <p>
            {t('optionsUnknownIdentity')} <strong>{t(`optionsUnknownIdentity_${settings.unknownIdentity}`)}</strong>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="io-title">
        <h2 id="io-title">{t('optionsImportExport')}</h2>
        <p class="muted">{t('optionsImportHelp')}</p>
        <label class="file">
          {t('optionsImport')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-action="import-settings"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) onImport(file);
              input.value = '';
            }}
          />
        </label>
        <ImportResult t={t} status={importStatus} />
        <p>
          <button type="button" data-action="export-settings" onClick={onExport}>
            {t('optionsExport')}
          </button>
        </p>
      </section>
    </main>
  );
}
