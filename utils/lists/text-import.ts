/**
 * Word lists as plain files: reading a .txt or .csv the user picked (one word or phrase per line; for CSV, the
 * first column), and writing a list back out as text. Pure: no DOM, no browser API.
 *
 * Reading rules: a leading BOM is dropped; CRLF, CR and LF all end a line; every entry is trimmed; empty entries
 * are skipped (also entries of nothing but invisible characters, such as a lone zero-width space); a first entry
 * "word", "words", "mot" or "mots" (any case) is a header and skipped; duplicates (as the matcher sees them: ignoring
 * case, accents and invisible characters) are dropped, keeping the first. Refused, with nothing
 * returned but the reason: more than 1 MiB of text, more than 10,000 words, an entry longer than 200 characters,
 * or no word at all.
 */
import { normalizeForMatching } from '../rules/normalize';
import { LIMITS } from '../settings/schema';

export const LIST_FILE_LIMITS = { bytes: LIMITS.fileBytes, words: LIMITS.totalWords, word: LIMITS.word } as const;

export type ListFileError =
  | { code: 'too-large'; bytes: number; max: number }
  | { code: 'too-many-words'; count: number; max: number }
  | { code: 'word-too-long'; line: number; max: number }
  | { code: 'empty' };

export type ListFileResult = { ok: true; words: string[] } | { ok: false; error: ListFileError };

const HEADERS = new Set(['word', 'words', 'mot', 'mots']);

/** Whether a file name says CSV (else the file is read as plain text, one entry per line). */
export const isCsvName = (name: string) => /\.csv$/i.test(name.trim());

/** The rows of a CSV text, each row's fields (RFC 4180 quoting: "a, b" and "say ""hi""", line breaks inside quotes). */
export function parseCsv(text: string, delimiter = detectDelimiter(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
      i++;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      // A quote opens a quoted field only at its start (spaces before it are dropped with the trim anyway).
      field = '';
      quoted = true;
    } else if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (field !== '' || row.length > 0 || quoted) endRow();
  return rows;
}

/**
 * The delimiter of a CSV text, from its first line outside quotes: ";" (what spreadsheets write in French),
 * a tab, else ",".
 */
export function detectDelimiter(text: string): string {
  let quoted = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  if (counts[';']! > counts[',']! && counts[';']! >= counts['\t']!) return ';';
  if (counts['\t']! > counts[',']!) return '\t';
  return ',';
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * The entries of a text, trimmed, without empties, without duplicates (ignoring case, accents and invisible
 * characters), in order. An entry kept is kept as written.
 */
export function cleanWords(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const raw of entries) {
    const word = raw.trim();
    const key = normalizeForMatching(word).trim();
    if (!key) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

/** The words of the editor's textarea: one per line. */
export const wordsFromText = (text: string): string[] => cleanWords(stripBom(text).split(/\r\n|\r|\n/));

/** A list as a .txt file: one word per line, a final line break. */
export const wordsToText = (words: readonly string[]): string => (words.length ? `${words.join('\n')}\n` : '');

/** Reads a .txt or .csv file's text (see the rules at the top). */
export function parseListFile(text: string, fileName: string): ListFileResult {
  const fail = (error: ListFileError): ListFileResult => ({ ok: false, error });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIST_FILE_LIMITS.bytes) return fail({ code: 'too-large', bytes, max: LIST_FILE_LIMITS.bytes });
  const body = stripBom(text);
  const entries = isCsvName(fileName) ? parseCsv(body).map((row) => row[0] ?? '') : body.split(/\r\n|\r|\n/);
  // Line numbers are the file's (1-based), counted before empties are skipped, so that the user can find the line.
  const firstIndex = entries.findIndex((e) => e.trim() !== '');
  if (firstIndex >= 0 && HEADERS.has(entries[firstIndex]!.trim().toLowerCase())) entries[firstIndex] = '';
  const tooLong = entries.findIndex((e) => e.trim().length > LIST_FILE_LIMITS.word);
  if (tooLong >= 0) return fail({ code: 'word-too-long', line: tooLong + 1, max: LIST_FILE_LIMITS.word });
  const words = cleanWords(entries);
  if (words.length > LIST_FILE_LIMITS.words) return fail({ code: 'too-many-words', count: words.length, max: LIST_FILE_LIMITS.words });
  if (words.length === 0) return fail({ code: 'empty' });
  return { ok: true, words };
}

/** A list name from a file name: "concurrents.csv" → "concurrents" (at most 100 characters). */
export function listNameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.(txt|csv)$/i, '').trim();
  return base.slice(0, LIMITS.listName);
}

/** A file name for a list's export: "Grossièretés" → "Grossièretés.txt", without characters file systems refuse. */
export function fileNameForList(name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/^[.\s-]+|[.\s-]+$/g, '');
  return `${safe || 'word-list'}.txt`;
}
