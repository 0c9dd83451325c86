/**
 * Builds the guard's snapshot (utils/settings/snapshot.ts) from what the background has read: the user's settings as
 * read item by item, their health, and the team policy in force. Pure: the service writes it, in the same call as what
 * it follows from whenever it can (utils/background/service.ts).
 */
import type { Settings } from '../types';
import type { SettingsHealth } from '../settings/health';
import { effectiveSettings, type TeamPolicy } from '../settings/policy';
import { GUARD_SNAPSHOT_FORMAT, type GuardSnapshot } from '../settings/snapshot';

export function buildGuardSnapshot(user: Settings, health: Pick<SettingsHealth, 'failClosed' | 'setAsidePlatforms'>, policy: TeamPolicy | null): GuardSnapshot {
  const settings = effectiveSettings(user, policy);
  return {
    format: GUARD_SNAPSHOT_FORMAT,
    // A list that is switched off is never checked: it need not travel to every page.
    settings: settings.wordLists.every((l) => l.enabled) ? settings : { ...settings, wordLists: settings.wordLists.filter((l) => l.enabled) },
    failClosed: health.failClosed,
    setAsidePlatforms: health.failClosed ? [] : [...health.setAsidePlatforms],
  };
}
