/**
 * Text folding for matching: case-insensitive, accent-insensitive, NFKC (full-width look-alikes and ligatures
 * fold to plain letters). Folding is done one code point at a time so that it stays linear and every folded
 * character can be traced back to its offset in the original text (for highlighting).
 *
 * Two folds:
 * - `normalizeText` / `foldCodePoint`: the fold above. Account ids of name-only accounts are derived from it
 *   (utils/settings/schema.ts) and stored, so it must never change what it gives for a string.
 * - `normalizeForMatching` / `foldForMatching`, used by `tokenize` and so by every match: the same fold, with
 *   Unicode's default-ignorable code points (`Default_Ignorable_Code_Point`: zero-width space and joiners, soft
 *   hyphen, word joiner, bidi marks, variation selectors, tag characters, Hangul fillers…) folded to nothing. The
 *   reader does not see them, so the matcher must not either: "pain au le\u200Bvain" is "pain au levain", in a
 *   draft and in a word list alike.
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
  return foldEach(s, foldCodePoint);
}

/** Folds `s` one code point at a time with `fold`; ASCII takes the table's short cut (it folds the same in both). */
function foldEach(s: string, fold: (codePoint: string) => string): string {
  let out = '';
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i);
    if (code < 128) {
      out += ASCII_FOLD[code]!;
      i++;
      continue;
    }
    const size = codePointSize(s, i, code);
    out += fold(size === 1 ? s[i]! : s.slice(i, i + 2));
    i += size;
  }
  return out;
}

/**
 * Unicode's `Default_Ignorable_Code_Point`: characters that have no visible glyph of their own (U+00AD soft hyphen,
 * U+034F, U+061C, U+115F–U+1160, U+17B4–U+17B5, U+180B–U+180F, U+200B–U+200F, U+202A–U+202E, U+2060–U+206F,
 * U+3164, U+FE00–U+FE0F, U+FEFF, U+FFA0, U+FFF0–U+FFF8, U+1BCA0–U+1BCA3, U+1D173–U+1D17A, U+E0000–U+E0FFF).
 * The `u`-flag property escape is ECMAScript (V8 and SpiderMonkey both have it); the unit tests compare it with
 * that list.
 */
const DEFAULT_IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

const matchFolded = new Map<string, string>();

/**
 * The fold of one code point for matching: `foldCodePoint`, without default-ignorable code points (so a
 * default-ignorable code point folds to nothing). Each character of the result folds to itself. Memoised.
 *
 * Emoji stay as the user wrote them: a variation selector (U+FE0F, U+FE0E) folds to nothing, so a listed "❤️"
 * (U+2764 U+FE0F) matches "❤" and a listed "❤" matches "❤️"; the zero-width joiner folds to nothing on both sides,
 * so a listed "👨‍👩‍👧" is the three emoji 👨 👩 👧 and matches itself (and the same three emoji written without joiners).
 */
export function foldForMatching(ch: string): string {
  let out = matchFolded.get(ch);
  if (out === undefined) {
    out = foldCodePoint(ch).replace(DEFAULT_IGNORABLE, '');
    matchFolded.set(ch, out);
  }
  return out;
}

/**
 * `normalizeText` without default-ignorable code points: the text as the matcher reads it. Idempotent, never
 * throws, and the fold of a concatenation is the concatenation of the folds (it works one code point at a time).
 */
export function normalizeForMatching(s: string): string {
  return foldEach(s, foldForMatching);
}

export type Sigil = '' | '#' | '@';

/** A word (or, from `tokenize(text, true)`, a symbol) of the text, folded, with its place in the original text. */
export interface Token {
  /** Folded word characters (letters, digits, underscore); for a symbol token, the one folded symbol. */
  word: string;
  /** '#' or '@' when the word was written as a hashtag or a mention; always '' for a symbol. */
  sigil: Sigil;
  /** UTF-16 offsets of the token in the original text (sigil included). */
  start: number;
  end: number;
  /** Set on symbol tokens only (see `tokenize`). */
  symbol?: true;
}

/** What one folded character is to the tokenizer. */
const Kind = {
  Separator: 0,
  Word: 1,
  /** \p{S} (math, currency, modifier and other symbols: + = < > | ~ $ € ^ ©…) or an emoji (Extended_Pictographic). */
  Symbol: 2,
  Hash: 3,
  At: 4,
} as const;
type Kind = (typeof Kind)[keyof typeof Kind];

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;
const SYMBOL_CHAR = /^[\p{S}\p{Extended_Pictographic}]$/u;
const kindOf = (c: string): Kind => (c === '#' ? Kind.Hash : c === '@' ? Kind.At : WORD_CHAR.test(c) ? Kind.Word : SYMBOL_CHAR.test(c) ? Kind.Symbol : Kind.Separator);

// ASCII needs no Unicode machinery: one table lookup per character. Built at the first use, not when the module loads:
// its Unicode regular expressions would otherwise be compiled on every page at document_start.
let asciiKind: Uint8Array | null = null;
const asciiKinds = () => (asciiKind ??= Uint8Array.from({ length: 128 }, (_, i) => kindOf(String.fromCharCode(i))));

/**
 * For each non-ASCII code point, its matching fold split into single code points, each with its kind. Most folds
 * are one code point; some are several ("ﬁ" → "fi", "㈱" → "(株)"), and marks and default-ignorables are none.
 */
interface FoldParts {
  chars: string[];
  kinds: Kind[];
}
const partsCache = new Map<string, FoldParts>();

function foldParts(ch: string): FoldParts {
  let parts = partsCache.get(ch);
  if (parts === undefined) {
    const chars = Array.from(foldForMatching(ch));
    parts = { chars, kinds: chars.map(kindOf) };
    partsCache.set(ch, parts);
  }
  return parts;
}

/**
 * Splits text into words: maximal runs of letters, digits and underscores after folding for matching (each code
 * point is folded, then each character of its fold is a word character or not). Everything else separates:
 * spaces, punctuation, apostrophes, hyphens, symbols, emoji. Combining marks and default-ignorable code points
 * (zero-width space, soft hyphen, word joiner…) fold to nothing: they neither split a word nor separate a sigil
 * from its word, and inside a word (or right after it) they belong to it (its extent covers them).
 *
 * A word right after '#' or '@' carries that sigil, unless the sigil itself follows a word character (as in an
 * e-mail address "contact@boulangerie.fr" or "C#"): platforms do not make those a mention or a hashtag either.
 *
 * With `symbols`, symbols are tokens too, one per folded symbol character, in text order among the words: every
 * \p{S} character (+ = < > | ~ $ € ^ © …) and every emoji (Extended_Pictographic: 🖕 💩 ❤ …; an emoji modifier
 * such as a skin tone is a symbol of its own), and a '#' or '@' that follows a word character ("C#"). Marks and
 * default-ignorables right after a symbol belong to it ("❤️" is the one symbol "❤" over both code points). Word
 * tokens are the same with or without `symbols`.
 *
 * Offsets are UTF-16 indices into `text`; a token that starts or ends inside the fold of one code point takes that
 * code point's whole extent.
 */
export function tokenize(text: string, symbols = false): Token[] {
  const ASCII_KIND = asciiKinds();
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
  /** The symbol token just pushed, while nothing but marks and default-ignorables came since. */
  let lastSymbol: Token | null = null;

  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII fast path.
      const kind = ASCII_KIND[code]! as Kind;
      if (kind === Kind.Word) {
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
        lastSymbol = null;
        // A sigil that follows a word character is not a sigil; after a separator it is (even "##tag").
        if ((kind === Kind.Hash || kind === Kind.At) && !prevWord) {
          pending = kind === Kind.Hash ? '#' : '@';
          pendingAt = i;
        } else {
          pending = '';
          if (symbols && kind !== Kind.Separator) tokens.push((lastSymbol = { word: ASCII_FOLD[code]!, sigil: '', start: i, end: i + 1, symbol: true }));
        }
        prevWord = false;
      }
      i++;
      continue;
    }
    const size = codePointSize(text, i, code);
    const parts = foldParts(size === 1 ? text[i]! : text.slice(i, i + 2));
    // A combining mark or a default-ignorable folds to nothing: it belongs to the word or symbol before it.
    if (parts.chars.length === 0) {
      if (word) end = i + size;
      else if (lastSymbol) lastSymbol.end = i + size;
    }
    for (let k = 0; k < parts.chars.length; k++) {
      const c = parts.chars[k]!;
      const kind = parts.kinds[k]!;
      if (kind === Kind.Word) {
        if (!word) {
          start = pending ? pendingAt : i;
          sigil = pending;
        }
        word += c;
        end = i + size;
        prevWord = true;
        lastSymbol = null;
      } else {
        if (word) {
          tokens.push({ word, sigil, start, end });
          word = '';
        }
        lastSymbol = null;
        if ((kind === Kind.Hash || kind === Kind.At) && !prevWord) {
          pending = c as Sigil;
          pendingAt = i;
        } else {
          pending = '';
          if (symbols && kind !== Kind.Separator) tokens.push((lastSymbol = { word: c, sigil: '', start: i, end: i + size, symbol: true }));
        }
        prevWord = false;
      }
    }
    i += size;
  }
  if (word) tokens.push({ word, sigil, start, end });
  return tokens;
}
