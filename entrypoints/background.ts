import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { forgetTab, handleMessage, loadSettings } from '@/utils/background/service';

export default defineBackground(() => {
  // Registered synchronously at top level so a message that wakes the worker is never missed.
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  // Bring stored settings to the current schema as soon as the extension is installed or updated.
  browser.runtime.onInstalled.addListener(() => void loadSettings());
  // An intended account is "for this tab": it ends with the tab.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
