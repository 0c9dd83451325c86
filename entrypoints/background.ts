import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { forgetTab, handleMessage, loadSettings } from '@/utils/background/service';
import { reinjectContentScripts } from '@/utils/background/reinject';

export default defineBackground(() => {
  // Registered synchronously at top level so a message that wakes the worker is never missed.
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  // Bring stored settings to the current schema as soon as the extension is installed or updated, and guard the tabs
  // that were already open (their old copy of the content script is cut off from the extension).
  browser.runtime.onInstalled.addListener(() => {
    void loadSettings();
    void reinjectContentScripts();
  });
  // An intended account is "for this tab": it ends with the tab.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
