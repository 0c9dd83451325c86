/**
 * The options page: accounts, word lists, "try it", preferences, import/export and automatic backups. Every change
 * is sent through the callbacks (the background is the only writer); this view holds no browser API.
 *
 * Automation hooks (each section documents its own): sections [data-section="accounts|word-lists|try-it|preferences|
 * import-export|backups|dropped"]; import/export: [data-action="import-settings"] (file input), [data-action="export-settings"],
 * [data-status="import-ok"], [data-status="import-error"] (every import ends in one of the two: a file too large,
 * unreadable or refused, a write that failed, no answer); the settings' health: components/options/DroppedSection.tsx;
 * the team policy: components/options/PolicyItems.tsx and PolicyExport.tsx.
 */
import type { Preferences, Settings, SensitivePeriod } from '@/utils/types';
import type { Translate } from '@/utils/i18n';
import type { BackupSummary, PolicyStatus, StorageStatus } from '@/utils/messaging/protocol';
import type { SettingsFileContent } from '@/utils/settings/file';
import type { StoredDroppedItem } from '@/utils/settings/dropped';
import type { OpenSite } from '@/utils/ui/open-accounts';
import type { AccountPrefill, ChangeOutcome, ExceptionPrefill, ImportStatus, RestoreOutcome, SaveResult } from '@/utils/ui/options-store';
import { describeImportError, describeWriteError } from './import-errors';
import { FilePicker } from './FilePicker';
import { AccountsSection } from './options/AccountsSection';
import { PreferencesSection } from './options/PreferencesSection';
import { SensitivePeriodControl } from './SensitivePeriod';
import { BackupsSection } from './options/BackupsSection';
import { WordListsSection } from './options/WordListsSection';
import { TryItSection } from './options/TryItSection';
import { DroppedSection, SettingsHealthNotice } from './options/DroppedSection';
import { PolicySection } from './options/PolicyItems';
import { PolicyExport } from './options/PolicyExport';
import { effectiveSettings, lockedPreferences, policySensitivePeriod } from '@/utils/settings/policy';
import type { PolicyFile } from '@/utils/settings/policy-file';
import './options/options.css';
import { plural } from '@/utils/plural';

export interface OptionsViewProps {
  t: Translate;
  settings: Settings | null;
  importStatus: ImportStatus;
  onImport: (file: File) => void;
  onExport: () => void;
  /** BCP 47 language of the page, for dates. */
  locale?: string;
  backups?: BackupSummary[];
  /** "Add the account I'm on now" (from the popup): the add form opens filled in. */
  prefill?: AccountPrefill | null;
  /** "Don't flag this again for this account", from the banner: the account's form opens with these words allowed. */
  exceptionPrefill?: ExceptionPrefill | null;
  /** The sensitive period running, if any, and how to start or end one. */
  sensitive?: SensitivePeriod | null;
  onSensitive?: (until: number | null, note: string) => void;
  /** Why the last start or end of a sensitive period was not made (a write error code), or null. */
  sensitiveError?: string | null;
  onSaveConfiguration?: (content: SettingsFileContent) => Promise<SaveResult>;
  onSetPreferences?: (prefs: Partial<Preferences>) => Promise<ChangeOutcome>;
  onRestoreBackup?: (time: number) => Promise<ChangeOutcome>;
  /** Whether the settings can be trusted and the journal records (null: not known yet). */
  storage?: StorageStatus | null;
  /** The items of the stored settings that could not be read. */
  dropped?: StoredDroppedItem[];
  onRestoreDropped?: (id: number) => Promise<RestoreOutcome>;
  onDiscardDropped?: (id: number) => Promise<ChangeOutcome>;
  /** The team policy as the background read it (null: none, or not known yet). */
  policy?: PolicyStatus | null;
  /** The extension's id in Chrome or Edge (null in Firefox), for the policy file. */
  chromeId?: string | null;
  onDownloadPolicy?: (file: PolicyFile) => void;
  /** What the open tabs of the four sites show (the first run's "Add the account I'm on"); null: not asked yet. */
  openSites?: OpenSite[] | null;
  onCheckTabs?: () => void;
}

const refuse = async (): Promise<SaveResult> => ({ ok: false, errors: [{ code: 'unknown', path: '' }] });
const notAnswered = async (): Promise<ChangeOutcome> => ({ ok: false, error: 'no-answer' });

function ImportResult({ t, status }: { t: Translate; status: ImportStatus }) {
  if (!status) return null;
  if (status.kind === 'ok')
    return (
      <p class="status ok" role="status" data-status="import-ok">
        {t('importOk', [plural(t, 'count_accounts', status.accounts), plural(t, 'count_wordLists', status.wordLists)])}
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

export function OptionsView({
  t,
  settings,
  importStatus,
  onImport,
  onExport,
  locale = 'en',
  backups = [],
  prefill = null,
  exceptionPrefill = null,
  sensitive = null,
  onSensitive,
  sensitiveError = null,
  onSaveConfiguration = refuse,
  onSetPreferences = notAnswered,
  onRestoreBackup = notAnswered,
  storage = null,
  dropped = [],
  onRestoreDropped = async () => ({ ok: false, errors: [{ code: 'no-answer', path: '' }] }),
  onDiscardDropped = notAnswered,
  policy = null,
  chromeId = null,
  onDownloadPolicy = () => undefined,
  openSites = null,
  onCheckTabs,
}: OptionsViewProps) {
  // The user's own settings are what the sections edit and save; the guard, "Try it" and the locked preferences show
  // them merged with the team policy (utils/settings/policy.ts).
  const teamPolicy = policy?.policy ?? null;
  const effective = settings ? effectiveSettings(settings, teamPolicy) : null;
  const policyShown = !!policy && (!!teamPolicy || policy.problems.length > 0 || !!policy.error);
  const sections: [string, string][] = [
    ...(policyShown ? ([['policy-title', t('policy_title')]] as [string, string][]) : []),
    ...(dropped.length ? ([['dropped-title', t('dropped_title')]] as [string, string][]) : []),
    ['accounts-title', t('optionsAccounts')],
    ['wl-title', t('optionsWordLists')],
    ['tryit-title', t('tryit_title')],
    ['prefs-title', t('pref_title')],
    ['io-title', t('optionsImportExport')],
    ['backups-title', t('backup_title')],
  ];
  return (
    <main class="page options">
      <h1>{t('optionsTitle')}</h1>
      <nav class="opt-nav" aria-label={t('opt_nav')}>
        <ul>
          {sections.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
          <li>
            {/* Its own page: the journal can hold thousands of entries and has its own filters. */}
            <a href="journal.html" data-action="open-journal">
              {t('journal_heading')}
            </a>
          </li>
        </ul>
      </nav>

      <SettingsHealthNotice t={t} storage={storage} />
      <PolicySection t={t} status={policy} settings={settings} />
      <DroppedSection t={t} locale={locale} items={dropped} onRestore={onRestoreDropped} onDiscard={onDiscardDropped} />

      {settings && effective ? (
        <>
          <AccountsSection
            t={t}
            settings={settings}
            onSave={onSaveConfiguration}
            prefill={prefill}
            exceptionPrefill={exceptionPrefill}
            policy={teamPolicy}
            openSites={openSites}
            onCheckTabs={onCheckTabs}
          />
          {/* Word lists and "Try it": components/options/WordListsSection.tsx and TryItSection.tsx (another engineer's). */}
          <WordListsSection t={t} settings={settings} onSave={onSaveConfiguration} policy={teamPolicy} />
          <TryItSection t={t} settings={effective} />
          <PreferencesSection t={t} settings={effective} onChange={onSetPreferences} locked={lockedPreferences(teamPolicy)} />
          {onSensitive ? (
            <section class="opt-section" aria-labelledby="sensitive-title" data-section="sensitive">
              <h2 id="sensitive-title">{t('sensitive_title')}</h2>
              <SensitivePeriodControl
                t={t}
                locale={locale}
                now={Date.now()}
                period={sensitive}
                locked={!!policySensitivePeriod(teamPolicy, Date.now())}
                onStart={(until, note) => onSensitive(until, note)}
                onEnd={() => onSensitive(null, '')}
              />
              {sensitiveError ? (
                <p class="notice" role="alert" data-status="sensitive-error">
                  {t('sensitive_error')} {describeWriteError(sensitiveError, t)}
                </p>
              ) : null}
            </section>
          ) : null}
        </>
      ) : null}

      <section class="opt-section" aria-labelledby="io-title" data-section="import-export">
        <h2 id="io-title">{t('optionsImportExport')}</h2>
        <p class="muted">{t('optionsImportHelp')}</p>
        <FilePicker label={t('optionsImport')} accept="application/json,.json" action="import-settings" onPick={onImport} />
        <ImportResult t={t} status={importStatus} />
        <p>
          <button type="button" data-action="export-settings" onClick={onExport}>
            {t('optionsExport')}
          </button>
        </p>
        {settings ? <PolicyExport t={t} settings={settings} chromeId={chromeId} onDownload={onDownloadPolicy} /> : null}
      </section>

      {settings ? <BackupsSection t={t} locale={locale} backups={backups} onRestore={onRestoreBackup} /> : null}
    </main>
  );
}
