import { browser } from 'wxt/browser';
import { render } from 'preact';
import { JournalView } from '@/components/JournalView';
import { useJournalStore } from '@/utils/ui/journal-store';
import { translatorForLanguage } from '@/utils/i18n-browser';
import { STORAGE_KEYS } from '@/utils/settings/storage-keys';
import '@/components/pages.css';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function App() {
  const { settings, entries, cleared, clear, health, clearError } = useJournalStore();
  const language = settings?.language ?? 'auto';
  const t = translatorForLanguage(language);
  const locale = language === 'auto' ? browser.i18n.getUILanguage() : language;
  document.title = t('journal_title');
  document.documentElement.lang = locale;
  return <JournalView t={t} locale={locale} settings={settings} entries={entries} cleared={cleared} onClear={() => void clear()} onExport={download} health={health} clearError={clearError} />;
}

void useJournalStore.getState().load();
// New entries and settings changes show up without a reload (the background is the only writer).
// The journal's health too, in storage.session when storage.local was too full to take it.
const WATCHED: string[] = [STORAGE_KEYS.journal, STORAGE_KEYS.settings, STORAGE_KEYS.journalHealth];
browser.storage.onChanged.addListener((changes, area) => {
  if ((area === 'local' || area === 'session') && WATCHED.some((k) => k in changes)) void useJournalStore.getState().load();
});
render(<App />, document.getElementById('app')!);
