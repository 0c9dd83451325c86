/** The sentences that say the journal stopped recording, shared by the popup and the journal page. */
import type { Translate } from '@/utils/i18n';
import type { JournalHealth } from '@/utils/messaging/protocol';
import { describeWriteError } from './import-errors';
import { plural } from '@/utils/plural';
import { formatWhen } from '@/utils/format';

const format = (time: number, locale: string) => formatWhen(locale, time);

/** "The journal stopped recording on …: why. N attempts were not recorded." */
export const journalStoppedText = (t: Translate, health: JournalHealth, locale: string): string =>
  plural(t, 'journal_stopped', health.missed, [format(health.stoppedAt, locale), describeWriteError(health.error, t), health.missed]);

/** "The journal did not record from … to …: N attempts were lost (why)." once it records again. */
export const journalGapText = (t: Translate, health: JournalHealth, locale: string): string =>
  plural(t, 'journal_gap', health.missed, [format(health.stoppedAt, locale), format(health.resumedAt ?? health.stoppedAt, locale), health.missed, describeWriteError(health.error, t)]);
