import { render } from 'preact';
import { OptionsView } from '@/components/OptionsView';
import { useOptionsStore } from '@/utils/ui/options-store';
import { t } from '@/utils/i18n-browser';
import '@/components/pages.css';

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function App() {
  const { settings, importStatus, importFile, exportFile } = useOptionsStore();
  return (
    <OptionsView
      t={t}
      settings={settings}
      importStatus={importStatus}
      onImport={(file) => void importFile(file)}
      onExport={() => void exportFile().then(({ text }) => download('right-account-settings.json', text))}
    />
  );
}

document.title = t('optionsTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
void useOptionsStore.getState().load();
render(<App />, document.getElementById('app')!);
