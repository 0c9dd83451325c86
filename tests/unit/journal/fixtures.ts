/** Journal entries for the journal tests, at local times so that days and weeks do not depend on the time zone. */
import type { JournalEntry } from '../../../utils/messaging/protocol';

export const at = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

export const entry = (over: Partial<JournalEntry>): JournalEntry => ({
  time: at(2025, 1, 6),
  platform: 'x',
  account: '@marie_dupont',
  accountId: 'x:marie_dupont',
  surface: 'post',
  decision: 'allow',
  outcome: 'allowed',
  reasons: [],
  words: [],
  ...over,
});
