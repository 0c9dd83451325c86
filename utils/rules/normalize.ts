/**
 * Text folding for matching: case-insensitive, accent-insensitive, NFKC (full-width look-alikes and ligatures
 * fold to plain letters). Folding is done one code point at a time so that it stays linear and every folded
 * character can be traced back to its offset in the original text (for highlighting).
 *
 * Pure: no DOM, no browser API.
 */

/** A bound on re-applying the fold of one code point until it is stable (it always settles well before). */
const MAX_ROUNDS = 8;
const MARKS = /\p{M}+/gu;
/** What a lone surrogate folds to, so that two halves never pair up into a different character once folded. */
const REPLACEMENT = '\uFFFD';

/**
 * Lower-casing one code point at a time has no context, so it never produces the final sigma: folding the final
 * sigma to the ordinary one makes "ΟΔΟΣ" and "οδος" the same word.
 */
const FINAL_SIGMA = /\u03C2/g;

function strip(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(FINAL_SIGMA, '\u03C3');
}

const folded = new Map<string, string>();

function computeFold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code >= 0xd800 && code <= 0xdfff) return REPLACEMENT;
  let current = ch;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    // NFKD, drop the marks, lower-case: repeated until stable (lower-casing can bring a decomposable letter back).
    let next = current;
    for (let i = 0; i < MAX_ROUNDS; i++) {
      const again = strip(next);
      if (again === next) break;
      next = again;
    }
    // Then NFKC (it may recompose, e.g. Hangul syllables); a recomposed string goes round once more.
    next = next.normalize('NFKC');
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The fold of one code point (or of a lone surrogate, which folds to U+FFFD): a string of zero or more code
 * points, each of which folds to itself. Memoised.
 */
export function foldCodePoint(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = computeFold(ch);
    folded.set(ch, out);
  }
  return out;
}

// ASCII needs no Unicode machinery: one table lookup per character.
const ASCII_FOLD: readonly string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i).toLowerCase());

/** The length (1 or 2 UTF-16 units) of the code point at i; a lone surrogate counts as one. */
function codePointSize(s: string, i: number, code: number): 1 | 2 {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) {
    const low = s.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * Folds a whole string, one code point at a time: per code point NFKD, combining marks dropped, lower case
 * (repeated until stable), then NFKC. Idempotent: normalizeText(normalizeText(s)) === normalizeText(s) for every
 * string. Never throws (lone surrogates become U+FFFD).
 */
export function normalizeText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      out += ASCII_FOLD[code]!;
      i++;
      continue;
    }
    const size = codePointSize(s, i, code);
    out += foldCodePoint(size === 1 ? s[i]! : s.slice(i, i + 2));
    i += size;
  }
  return out;
}

export type Sigil = '' | '#' | '@';

/** A word of the text, folded, with its place in the original text. */
export interface Token {
  /** Folded word characters (letters, digits, underscore). */
  word: string;
  /** '#' or '@' when the word was written as a hashtag or a mention. */
  sigil: Sigil;
  /** UTF-16 offsets of the token in the original text (sigil included). */
  start: number;
  end: number;
}

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const isAsciiWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;

/**
 * For each non-ASCII code point, its fold split into single code points, each with whether it is a word character
 * (\p{L}\p{N}_). Most folds are one code point; some are several ("ﬁ" → "fi", "㈱" → "(株)").
 */
interface FoldParts {
  chars: string[];
  word: boolean[];
}
const partsCache = new Map<string, FoldParts>();

function foldParts(ch: string): FoldParts {
  let parts = partsCache.get(ch);
  if (parts === undefined) {
    const chars = Array.from(foldCodePoint(ch));
    parts = { chars, word: chars.map((c) => WORD_CHAR.test(c)) };
    partsCache.set(ch, parts);
  }
  return parts;
}

/**
 * Splits text into words: maximal runs of letters, digits and underscores after folding (each code point is
 * folded, then each character of its fold is a word character or a separator). Everything else separates:
 * spaces, punctuation, apostrophes, hyphens, emoji. Combining marks fold to nothing, so they neither split a word
 * nor separate a sigil from its word.
 *
 * A word right after '#' or '@' carries that sigil, unless the sigil itself follows a word character (as in an
 * e-mail address "contact@boulangerie.fr" or "C#"): platforms do not make those a mention or a hashtag either.
 *
 * Offsets are UTF-16 indices into `text`; a word that starts or ends inside the fold of one code point takes that
 * code point's whole extent.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let start = 0;
  let end = 0;
  let sigil: Sigil = '';
  /** The sigil just seen (only if nothing but marks came since), and where it started. */
  let pending: Sigil = '';
  let pendingAt = 0;
  /** Whether the last non-empty folded character was a word character. */
  let prevWord = false;

  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII fast path.
      if (isAsciiWordCode(code)) {
        if (!word) {
          start = pending ? pendingAt : i;
          sigil = pending;
        }
        word += ASCII_FOLD[code]!;
        end = i + 1;
        prevWord = true;
      } else {
        if (word) {
          tokens.push({ word, sigil, start, end });
          word = '';
        }
        pending = !prevWord && (code === 35 || code === 64) ? (code === 35 ? '#' : '@') : '';
        // A sigil that follows a word character is not a sigil; after a separator it is (even "##tag").
        if (pending) pendingAt = i;
        prevWord = false;
      }
      i++;
      continue;
    }
    const size = codePointSize(text, i, code);
    const parts = foldParts(size === 1 ? text[i]! : text.slice(i, i + 2));
    // A combining mark folds to nothing: inside a word it belongs to the letter before it (highlight it too).
    if (parts.chars.length === 0 && word) end = i + size;
    for (let k = 0; k < parts.chars.length; k++) {
      const c = parts.chars[k]!;
      if (parts.word[k]) {
        if (!word) {
          start = pending ? pendingAt : i;
          sigil = pending;
        }
        word += c;
        end = i + size;
        prevWord = true;
      } else {
        if (word) {
          tokens.push({ word, sigil, start, end });
          word = '';
        }
        pending = !prevWord && (c === '#' || c === '@') ? c : '';
        if (pending) pendingAt = i;
        prevWord = false;
      }
    }
    i += size;
  }
  if (word) tokens.push({ word, sigil, start, end });
  return tokens;
}
