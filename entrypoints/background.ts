import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { forgetTab, handleMessage, loadSettings, refreshPolicy, settleSensitivePeriod } from '@/utils/background/service';
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
  // The team policy: read at every start of the background (Firefox reads its managed storage once per start), and
  // again when an administrator changes it (Chrome and Edge tell with the area "managed").
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void refreshPolicy();
  });
  void refreshPolicy();
  // A sensitive period that ended while the browser was closed is journaled at its end.
  void settleSensitivePeriod();
});
