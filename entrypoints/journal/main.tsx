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
  const { settings, entries, cleared, clear } = useJournalStore();
  const language = settings?.language ?? 'auto';
  const t = translatorForLanguage(language);
  const locale = language === 'auto' ? browser.i18n.getUILanguage() : language;
  document.title = t('journal_title');
  document.documentElement.lang = locale;
  return <JournalView t={t} locale={locale} settings={settings} entries={entries} cleared={cleared} onClear={() => void clear()} onExport={download} />;
}

void useJournalStore.getState().load();
// New entries and settings changes show up without a reload (the background is the only writer).
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (STORAGE_KEYS.journal in changes || STORAGE_KEYS.settings in changes)) void useJournalStore.getState().load();
});
render(<App />, document.getElementById('app')!);
