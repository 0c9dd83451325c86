/**
 * Turns an import error (code, path, params) into a sentence in the user's language: "accounts[2].kind: …". Write
 * failures (storage full, a newer version's settings…) use the same codes everywhere, so every page says them alike.
 */
import type { ImportFailure } from '@/utils/messaging/protocol';
import type { MessageKey, Translate } from '@/utils/i18n';
import { plural } from '@/utils/plural';

const KIB = (bytes: string | number | undefined) => Math.ceil(Number(bytes ?? 0) / 1024);

const JSON_TYPES = ['string', 'number', 'boolean', 'array', 'object', 'null', 'undefined'] as const;
/** A JSON type name as the schema reports it ("array"), in the user's words ("une liste"). */
function typeWord(name: string | number | undefined, t: Translate): string {
  const known = JSON_TYPES.find((type) => type === name);
  return known ? t(`jsonType_${known}`) : String(name ?? '?');
}

export function describeImportError(error: ImportFailure, t: Translate): string {
  const p = error.params ?? {};
  const show = (v: string | number | undefined) => (typeof v === 'string' ? JSON.stringify(v) : String(v ?? '?'));
  let sentence: string;
  switch (error.code) {
    case 'not-json':
      sentence = t('importError_not_json', [p.position !== undefined ? t('importError_not_json_position', [p.position]) : '']);
      break;
    case 'too-large':
      sentence = t('importError_too_large', [KIB(p.bytes), KIB(p.max)]);
      break;
    case 'wrong-format':
    case 'unsupported-version':
    case 'invalid-handle':
      sentence = t(`importError_${error.code.replace(/-/g, '_')}` as MessageKey, [show(p.found)]);
      break;
    case 'wrong-type':
      sentence = t('importError_wrong_type', [typeWord(p.expected, t), typeWord(p.found, t)]);
      break;
    case 'invalid-value':
      sentence = t('importError_invalid_value', [show(p.found), String(p.allowed ?? '')]);
      break;
    case 'too-long':
      sentence = t('importError_too_long', [typeof p.max === 'number' ? plural(t, 'count_characters', p.max) : '?']);
      break;
    case 'too-many-words':
    case 'too-many-items':
      sentence = plural(t, error.code === 'too-many-words' ? 'importError_too_many_words' : 'importError_too_many_items', typeof p.count === 'number' ? p.count : 2, [p.count ?? '?', p.max ?? '?']);
      break;
    case 'duplicate-account':
      sentence = t('importError_duplicate_account', [p.first ?? '?']);
      break;
    case 'duplicate-list':
      sentence = t('importError_duplicate_list', [p.first ?? '?']);
      break;
    case 'forbidden-key':
      sentence = t('importError_forbidden_key', [show(p.key)]);
      break;
    case 'hidden-character':
      sentence = t('importError_hidden_character', [String(p.found ?? '?')]);
      break;
    case 'not-object':
    case 'missing-field':
    case 'empty-string':
    case 'unknown-key':
      sentence = t(`importError_${error.code.replace(/-/g, '_')}` as MessageKey);
      break;
    // A write that failed or was refused (utils/messaging/protocol.ts WriteError), and what the pages add to it.
    case 'settings-too-large':
      sentence = t('writeError_settings_too_large', [KIB(p.bytes), KIB(p.max)]);
      break;
    case 'storage-full':
    case 'write-failed':
    case 'newer-version':
    case 'settings-unreadable':
    case 'no-answer':
    case 'not-found':
    case 'not-restorable':
    case 'unreadable-backup':
    case 'policy-locked':
    case 'pause-too-long':
    case 'invalid':
      sentence = t(`writeError_${error.code.replace(/-/g, '_')}` as MessageKey);
      break;
    default:
      sentence = t('importError_unknown', [error.code]);
  }
  return error.path ? `${error.path}: ${sentence}` : sentence;
}

/** A write failure alone (the popup's switch, a preference, a backup): the same sentence as in an import's errors. */
export const describeWriteError = (code: string, t: Translate) => describeImportError({ code, path: '' }, t);
