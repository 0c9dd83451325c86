/**
 * Text folding for matching: case-insensitive, accent-insensitive, NFKC (full-width look-alikes and ligatures
 * fold to plain letters). Folding is done one code point at a time so that it stays linear and every folded
 * character can be traced back to its offset in the original text (for highlighting).
 */

const folded = new Map<string, string>();

function foldOnce(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The fold of one code point: repeated until stable, so that folding a folded string changes nothing. */
export function foldCodePoint(ch: string): string {
  let out = folded.get(ch);
  if (out !== undefined) return out;
  let current = ch;
  for (let i = 0; i < 4; i++) {
    let next = '';
    for (const c of current) next += foldOnce(c);
    next = next.normalize('NFKC');
    // NFKC may recompose into a character that folds further; take each piece back through the fold.
    let again = '';
    for (const c of next) again += foldOnce(c);
    if (again === current) break;
    current = again;
  }
  out = current;
  folded.set(ch, out);
  return out;
}

// ASCII needs no Unicode machinery: one table lookup per character.
const ASCII_FOLD: string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i).toLowerCase());

/** Folds a whole string. Idempotent: normalizeText(normalizeText(s)) === normalizeText(s). Never throws. */
export function normalizeText(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    out += code < 128 ? ASCII_FOLD[code] : foldCodePoint(ch);
  }
  return out;
}

/** A word of the text, folded, with its place in the original text. */
export interface Token {
  /** Folded word characters. */
  word: string;
  /** '#' or '@' when the word was written as a hashtag or a mention. */
  sigil: '' | '#' | '@';
  /** UTF-16 offsets of the token in the original text (sigil included). */
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isAsciiWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function isWordFold(f: string): boolean {
  // A folded code point counts as a word character if its fold is made of word characters (e.g. "ﬁ" → "fi").
  if (f.length === 0) return false;
  for (const c of f) if (!WORD_CHAR.test(c)) return false;
  return true;
}

const wordFoldCache = new Map<string, boolean>();

/**
 * Splits text into words: maximal runs of letters, digits and underscores (after folding). Everything else
 * separates. A word right after '#' or '@' carries that sigil. Combining marks inside a word fold to nothing and
 * do not split it.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let word = '';
  let start = -1;
  let sigil: Token['sigil'] = '';
  let pendingSigil: Token['sigil'] = '';
  let pendingSigilAt = -1;
  let i = 0;
  const flush = (end: number) => {
    if (word) tokens.push({ word, sigil, start, end });
    word = '';
    start = -1;
    sigil = '';
  };
  while (i < text.length) {
    const code = text.charCodeAt(i);
    let ch: string;
    let size = 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) size = 2;
    }
    ch = size === 1 ? text[i]! : text.slice(i, i + 2);
    let fold: string;
    let isWord: boolean;
    if (code < 128) {
      fold = ASCII_FOLD[code]!;
      isWord = isAsciiWordCode(code);
    } else {
      fold = foldCodePoint(ch);
      let cached = wordFoldCache.get(ch);
      if (cached === undefined) {
        cached = isWordFold(fold);
        wordFoldCache.set(ch, cached);
      }
      isWord = cached;
    }
    if (isWord) {
      if (!word) {
        start = pendingSigilAt === i - 1 && pendingSigil ? i - 1 : i;
        sigil = pendingSigilAt === i - 1 ? pendingSigil : '';
      }
      word += fold;
    } else if (fold === '' && word) {
      // A combining mark inside a word (e + U+0301): folds away, the word goes on.
    } else {
      flush(i);
      if (fold === '#' || fold === '@') {
        pendingSigil = fold;
        pendingSigilAt = i;
      }
    }
    i += size;
  }
  flush(i);
  return tokens;
}
