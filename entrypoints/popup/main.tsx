import { render } from 'preact';
import { PopupView } from '@/components/PopupView';
import { usePopupStore } from '@/utils/ui/popup-store';
import { t } from '@/utils/i18n-browser';
import '@/components/pages.css';

function App() {
  const { tab, settings, setGuardEnabled, setIntended } = usePopupStore();
  return (
    <PopupView
      t={t}
      tab={tab}
      settings={settings}
      onToggleGuard={(enabled) => void setGuardEnabled(enabled)}
      onIntend={(accountId) => void setIntended(accountId)}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

document.documentElement.lang = browser.i18n.getUILanguage();
void usePopupStore.getState().load();
render(<App />, document.getElementById('app')!);
