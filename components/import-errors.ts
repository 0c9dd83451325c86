/** Turns an import error (code, path, params) into a sentence in the user's language. */
import type { ImportFailure } from '@/utils/messaging/protocol';
import type { Translate } from '@/utils/i18n';

export function describeImportError(error: ImportFailure, t: Translate): string {
  return `${error.path || '/'}: ${error.code}`;
}
