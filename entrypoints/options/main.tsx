import { browser } from 'wxt/browser';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { OptionsView } from '@/components/OptionsView';
import { readAddPrefill, readExceptionPrefill, useOptionsStore } from '@/utils/ui/options-store';
import { translatorForLanguage } from '@/utils/i18n-browser';
import { STORAGE_KEYS } from '@/utils/settings/storage-keys';
import '@/components/pages.css';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// The id Chrome or Edge gave the extension, for a team policy file; Firefox's is the gecko id, which has an "@".
const chromeId = browser.runtime.id.includes('@') ? null : browser.runtime.id;

// "Add the account I'm on now" (popup): read once, then dropped from the address so that a reload does not reopen it.
const initialPrefill = readAddPrefill(location.search);
// "Don't flag this again for this account" (the banner): likewise.
const initialException = readExceptionPrefill(location.search);
if (location.search) history.replaceState(null, '', location.pathname + location.hash);

function App() {
  const store = useOptionsStore();
  const [prefill] = useState(initialPrefill);
  const language = store.settings?.language ?? 'auto';
  const t = translatorForLanguage(language);
  const locale = language === 'auto' ? browser.i18n.getUILanguage() : language;
  document.title = t('optionsTitle');
  document.documentElement.lang = locale;
  return (
    <OptionsView
      t={t}
      locale={locale}
      settings={store.settings}
      importStatus={store.importStatus}
      backups={store.backups}
      prefill={store.settings ? prefill : null}
      exceptionPrefill={store.settings ? initialException : null}
      sensitive={store.sensitive}
      onSensitive={(until, note) => void store.setSensitive(until, note)}
      sensitiveError={store.sensitiveError}
      onImport={(file) => void store.importFile(file)}
      onExport={() => void store.exportFile().then(({ text }) => download('right-account-settings.json', text))}
      onSaveConfiguration={store.saveConfiguration}
      onSetPreferences={store.setPreferences}
      onRestoreBackup={store.restoreBackup}
      storage={store.storage}
      dropped={store.dropped}
      onRestoreDropped={store.restoreDropped}
      onDiscardDropped={store.discardDropped}
      policy={store.policy}
      chromeId={chromeId}
      onDownloadPolicy={(file) => download(file.name, file.text)}
      openSites={store.openSites}
      onCheckTabs={() => void store.findOpenAccounts()}
    />
  );
}

void useOptionsStore.getState().load();
// The first run's "Add the account I'm on": which account each open site shows, asked again when the user comes back.
void useOptionsStore.getState().findOpenAccounts();
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void useOptionsStore.getState().findOpenAccounts();
});
// Changes made elsewhere (another options tab, the popup) show up without a reload.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  if ([STORAGE_KEYS.settings, STORAGE_KEYS.settingsHealth, STORAGE_KEYS.settingsDropped, STORAGE_KEYS.sensitivePeriod, STORAGE_KEYS.policy].some((k) => k in changes)) void useOptionsStore.getState().load();
  else if (STORAGE_KEYS.backups in changes) void useOptionsStore.getState().loadBackups();
});
render(<App />, document.getElementById('app')!);
