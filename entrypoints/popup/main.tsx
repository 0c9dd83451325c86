import { browser } from 'wxt/browser';
import { render } from 'preact';
import { PopupView } from '@/components/PopupView';
import { usePopupStore } from '@/utils/ui/popup-store';
import { translatorForLanguage } from '@/utils/i18n-browser';
import { STORAGE_KEYS } from '@/utils/settings/storage-keys';
import { downloadText } from '@/components/options/download';
import '@/components/pages.css';

/** Opens an extension page in a new tab, then closes the popup (a real popup only: not when opened as a tab). */
async function openPage(path: string) {
  // Relative to popup.html, which is at the extension's root like every page it opens.
  await browser.tabs.create({ url: new URL(path, location.href).href });
  if (!(await browser.tabs.getCurrent().catch(() => undefined))) window.close();
}

function App() {
  const { tab, settings, policy, pauses, journal, storage, error, setGuard, setIntended, pause, resume, sensitive, setSensitive, profileAlarms, acceptProfile, check, report, checkPage, reportPage, closeReport, reportSaved } = usePopupStore();
  const language = settings?.language ?? 'auto';
  const t = translatorForLanguage(language);
  const locale = language === 'auto' ? browser.i18n.getUILanguage() : language;
  document.documentElement.lang = locale;
  return (
    <PopupView
      t={t}
      locale={locale}
      tab={tab}
      settings={settings}
      policy={policy}
      pauses={pauses}
      journal={journal}
      storage={storage}
      error={error}
      onSetGuard={(enabled, until) => void setGuard(enabled, until)}
      onIntend={(accountId) => void setIntended(accountId)}
      onPause={(platform) => void pause(platform)}
      sensitive={sensitive}
      profileAlarms={profileAlarms}
      onAcceptProfile={(id) => void acceptProfile(id)}
      onSensitive={(until, note) => void setSensitive(until, note)}
      onResume={(platform) => void resume(platform)}
      onAddAccount={(path) => void openPage(path)}
      onOpenJournal={() => void openPage('journal.html')}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
      check={check}
      onCheck={() => void checkPage()}
      report={report}
      onReport={() => void reportPage()}
      onSaveReport={(fileName, html) => {
        downloadText(fileName, html);
        reportSaved(fileName);
      }}
      onCloseReport={closeReport}
    />
  );
}

void usePopupStore.getState().load();
// A pause that ends, a journal entry, a settings change: the popup follows without being reopened.
// The journal's and the settings' health too: a journal that stops recording, settings that cannot be read. (The
// journal's health is in storage.session when storage.local was too full to take it.)
const WATCHED: string[] = [STORAGE_KEYS.journal, STORAGE_KEYS.settings, STORAGE_KEYS.pauses, STORAGE_KEYS.sensitivePeriod, STORAGE_KEYS.profileAlarms, STORAGE_KEYS.settingsHealth, STORAGE_KEYS.journalHealth, STORAGE_KEYS.policy];
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'local' || area === 'session') && WATCHED.some((k) => k in changes)) void usePopupStore.getState().load();
});
render(<App />, document.getElementById('app')!);
