/**
 * Word lists compiled once into a trie of folded words, so that finding every configured word, phrase,
 * #hashtag or @mention in a draft costs one pass over the draft's words (times the longest phrase), however
 * many words are configured. No regular expression is built from the user's words.
 *
 * Pattern semantics (see tokenize in ./normalize for what a word and a symbol are):
 * - case-, accent- and compatibility-insensitive (folded like normalizeText), whole words only;
 * - default-ignorable code points (zero-width space, soft hyphen, word joiner, variation selectors…) are not there,
 *   in the pattern and in the text: "le\u200Bvain" is "levain";
 * - several words make a phrase; whatever separates them in the text (spaces, line breaks, hyphens,
 *   punctuation, and symbols or emoji when the pattern has none) does not matter, only the sequence of words;
 * - "#tag" matches only the hashtag and "@name" only the mention; a plain "tag" also matches "#tag" and "@tag";
 * - a trailing "*" makes the last word a prefix: "connard*" matches "connard", "connards", "connarde";
 * - symbols count when the pattern has any: each symbol (\p{S}: + = < > | ~ $ € ^ © …; every emoji; a "#" or "@"
 *   right after a word, as in "C#") is a unit of its own, and the text must hold the pattern's words and symbols
 *   in the same order with no other word or symbol in between (spaces and punctuation still do not matter).
 *   So "C++" matches "C++" but not a lone "C", "C#" matches "C#" but not "C" nor "C #dev", and "🖕" matches
 *   "🖕" wherever it stands, also glued to a word ("lol🖕"). A symbol has no word boundary: "C++" also matches in
 *   "C++17". A "*" after a symbol means nothing;
 * - a pattern with no word and no symbol in it ("", "***", "#", "!!!", "--") is ignored: `patternProblem` says
 *   'never-matches' for it, so that the options page can show it.
 */
import { tokenize, type Token } from './normalize';

export interface MatcherEntry<T> {
  /** As configured: "pain au levain", "#BoulangerieDupont", "@marie", "connard*". */
  pattern: string;
  tag: T;
}

export interface MatchHit<T> {
  tag: T;
  /** The pattern as configured. */
  pattern: string;
  /** UTF-16 offsets of the whole match in the searched text (a sigil included). */
  start: number;
  end: number;
}

export interface Matcher<T> {
  /** Every occurrence of every entry, in text order (start, then end, then entry order), one per entry and place. */
  find(text: string): MatchHit<T>[];
  /** How many entries were compiled (patterns made of no word at all are ignored). */
  readonly size: number;
}

interface Compiled<T> {
  entry: MatcherEntry<T>;
  /** The entry's rank in the entries given, to order hits at one place deterministically. */
  rank: number;
}

interface Node<T> {
  /** Key: sigil + folded word ("#tag", "@name", "word"). */
  next: Map<string, Node<T>>;
  /** Entries whose pattern ends exactly at this node. */
  ends: Compiled<T>[];
  /** Entries whose last word is a prefix wildcard, by sigil + folded prefix; null while there are none. */
  prefixes: Map<string, Compiled<T>[]> | null;
  /** The distinct lengths of those prefix keys, ascending: a word is checked with one lookup per length. */
  prefixLengths: number[];
}

const newNode = <T>(): Node<T> => ({ next: new Map(), ends: [], prefixes: null, prefixLengths: [] });
const keyOf = (t: Token) => (t.sigil ? t.sigil + t.word : t.word);

/**
 * The words and symbols of a pattern, and whether its last word is a prefix (a trailing "*" after a word). Null when
 * it has neither word nor symbol: such a pattern can never match.
 */
export function parsePattern(pattern: string): { tokens: Token[]; prefix: boolean } | null {
  const raw = pattern.trim();
  const star = raw.endsWith('*');
  const tokens = tokenize(star ? raw.replace(/\*+$/, '') : raw, true);
  if (!tokens.length) return null;
  return { tokens, prefix: star && !tokens[tokens.length - 1]!.symbol };
}

/** What is wrong with a word-list entry as a pattern: 'never-matches' when it has no word and no symbol. */
export type PatternProblem = 'never-matches';

export function patternProblem(pattern: string): PatternProblem | null {
  return parsePattern(pattern) ? null : 'never-matches';
}

export function compileMatcher<T>(entries: readonly MatcherEntry<T>[]): Matcher<T> {
  const builder = matcherBuilder<T>();
  for (const entry of entries) builder.add(entry);
  return builder.matcher();
}

/**
 * A matcher built one entry at a time, so that a large configuration can be compiled in slices of idle time
 * (utils/rules/engine.ts, compileRulesInSteps). `matcher()` gives the matcher of every entry added so far; entries
 * added in the same order give the same matcher as compileMatcher.
 */
export interface MatcherBuilder<T> {
  add(entry: MatcherEntry<T>): void;
  matcher(): Matcher<T>;
}

export function matcherBuilder<T>(): MatcherBuilder<T> {
  /** Patterns made of words only: walked over the text's words (symbols in the text do not matter to them). */
  const words = newNode<T>();
  /** Patterns with at least one symbol: walked over the text's words and symbols. */
  const mixed = newNode<T>();
  let hasMixed = false;
  const seenEntries = new Set<MatcherEntry<T>>();
  let size = 0;
  function add(entry: MatcherEntry<T>): void {
    // The same entry object given twice is one entry: it must not give two hits at one place.
    if (seenEntries.has(entry)) return;
    seenEntries.add(entry);
    const parsed = parsePattern(entry.pattern);
    if (!parsed) return;
    const compiledEntry: Compiled<T> = { entry, rank: size++ };
    const { tokens, prefix } = parsed;
    const withSymbols = tokens.some((t) => t.symbol);
    if (withSymbols) hasMixed = true;
    let node = withSymbols ? mixed : words;
    const steps = prefix ? tokens.length - 1 : tokens.length;
    for (let i = 0; i < steps; i++) {
      const key = keyOf(tokens[i]!);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    if (!prefix) {
      node.ends.push(compiledEntry);
      return;
    }
    const key = keyOf(tokens[tokens.length - 1]!);
    node.prefixes ??= new Map();
    const list = node.prefixes.get(key);
    if (list) list.push(compiledEntry);
    else {
      node.prefixes.set(key, [compiledEntry]);
      if (!node.prefixLengths.includes(key.length)) {
        node.prefixLengths.push(key.length);
        node.prefixLengths.sort((a, b) => a - b);
      }
    }
  }

  function find(text: string): MatchHit<T>[] {
    const found: { hit: MatchHit<T>; rank: number }[] = [];
    const add = (list: Compiled<T>[], start: number, end: number) => {
      for (const c of list) found.push({ hit: { tag: c.entry.tag, pattern: c.entry.pattern, start, end }, rank: c.rank });
    };
    /** Matches one word (or symbol) of the text at one node: wildcard ends, exact ends, and the nodes to go on from. */
    const step = (node: Node<T>, token: Token, start: number, out: Node<T>[], count: number): number => {
      // A word written "#tag" is looked up as "#tag" and as "tag"; a bare word (or a symbol) only as itself.
      const full = keyOf(token);
      const bare = token.sigil ? token.word : null;
      // Wildcards end with a word: a symbol is never one.
      if (node.prefixes && !token.symbol) {
        for (const length of node.prefixLengths) {
          if (length > full.length) break;
          const a = node.prefixes.get(full.slice(0, length));
          if (a) add(a, start, token.end);
          if (bare !== null && length <= bare.length) {
            const b = node.prefixes.get(bare.slice(0, length));
            if (b) add(b, start, token.end);
          }
        }
      }
      const child = node.next.get(full);
      if (child) {
        if (child.ends.length) add(child.ends, start, token.end);
        out[count++] = child;
      }
      if (bare !== null) {
        const plain = node.next.get(bare);
        if (plain) {
          if (plain.ends.length) add(plain.ends, start, token.end);
          out[count++] = plain;
        }
      }
      return count;
    };
    // Two frontiers used in turn, with explicit counts (no array resizing in the loop).
    let frontier: Node<T>[] = [];
    let next: Node<T>[] = [];
    const walk = (root: Node<T>, tokens: readonly Token[]) => {
      for (let i = 0; i < tokens.length; i++) {
        const first = tokens[i]!;
        // Walk the trie from token i; no path is longer than the longest configured phrase.
        let count = step(root, first, first.start, frontier, 0);
        for (let j = i + 1; j < tokens.length && count > 0; j++) {
          const token = tokens[j]!;
          let nextCount = 0;
          for (let k = 0; k < count; k++) nextCount = step(frontier[k]!, token, first.start, next, nextCount);
          [frontier, next] = [next, frontier];
          count = nextCount;
        }
      }
    };
    if (hasMixed) {
      // One pass of the tokenizer gives both: the words alone are exactly what tokenize(text) gives.
      const units = tokenize(text, true);
      walk(words, units.filter((t) => !t.symbol));
      walk(mixed, units);
    } else walk(words, tokenize(text));
    // Order each place by end, then by entry order (two walks: sort by start too).
    found.sort((a, b) => a.hit.start - b.hit.start || a.hit.end - b.hit.end || a.rank - b.rank);
    return found.map((f) => f.hit);
  }

  return { add, matcher: () => ({ find, size }) };
}
