import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { ensureGuardSnapshot, forgetTab, handleMessage, refreshPolicy, settleSensitivePeriod } from '@/utils/background/service';
import { reinjectContentScripts } from '@/utils/background/reinject';
import { STORAGE_KEYS } from '@/utils/settings/storage-keys';

/** What the guard's snapshot is built from. */
const GUARD_SOURCES = [STORAGE_KEYS.settings, STORAGE_KEYS.settingsHealth, STORAGE_KEYS.policy];

export default defineBackground(() => {
  // The guard's snapshot is this version's, built from what is stored now (missing after an update, stale after a
  // write that failed): checked once at every start of the worker, and written again only when it differs.
  let snapshotChecked: Promise<unknown> | undefined;
  const checkSnapshot = () => (snapshotChecked ??= ensureGuardSnapshot());
  // Registered synchronously at top level so a message that wakes the worker is never missed.
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  // Bring stored settings to the current schema as soon as the extension is installed or updated, write what the
  // guard decides on, then guard the tabs that were already open (their old copy of the content script is cut off from
  // the extension): the fresh copies find this version's snapshot.
  browser.runtime.onInstalled.addListener(() => {
    // Even if the check failed: a tab guarded on a missing snapshot asks first, one not guarded at all does not.
    void checkSnapshot()
      .catch(() => undefined)
      .then(() => reinjectContentScripts());
  });
  // An intended account is "for this tab": it ends with the tab.
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // The team policy: read at every start of the background (Firefox reads its managed storage once per start), and
  // again when an administrator changes it (Chrome and Edge tell with the area "managed").
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') void refreshPolicy();
    // Every write of the service carries the guard's snapshot with the record it follows from. A record changed any
    // other way (a copy of another version, a developer's console) gets its snapshot here, so the guard never decides
    // on settings that are no longer the stored ones for longer than this takes.
    else if (area === 'local' && !(STORAGE_KEYS.guardSnapshot in changes) && GUARD_SOURCES.some((key) => key in changes)) void ensureGuardSnapshot();
  });
  void refreshPolicy();
  void checkSnapshot();
  // A sensitive period that ended while the browser was closed is journaled at its end.
  void settleSensitivePeriod();
});
