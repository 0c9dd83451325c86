/**
 * Word lists compiled once into a trie of folded words, so that finding every configured word, phrase,
 * #hashtag or @mention in a draft costs one pass over the draft's words (times the longest phrase), however
 * many words are configured. No regular expression is built from the user's words.
 */
import { tokenize, type Token } from './normalize';

export interface MatcherEntry<T> {
  /** As configured: "pain au levain", "#BoulangerieDupont", "@marie", "connard*". */
  pattern: string;
  tag: T;
}

export interface MatchHit<T> {
  tag: T;
  pattern: string;
  /** UTF-16 offsets of the whole match in the searched text. */
  start: number;
  end: number;
}

export interface Matcher<T> {
  find(text: string): MatchHit<T>[];
  /** How many patterns were compiled (patterns made of no word at all are ignored). */
  readonly size: number;
}

interface Node<T> {
  /** Key: sigil + folded word ("#tag", "@name", "word"). */
  next: Map<string, Node<T>>;
  /** Entries whose pattern ends exactly here. */
  ends: MatcherEntry<T>[];
  /** Entries whose last word is a prefix wildcard: key = sigil + folded prefix. */
  prefixes: Map<string, MatcherEntry<T>[]>;
  /** The distinct lengths of those prefix keys, so a word is checked with one lookup per length. */
  prefixLengths: number[];
}

const newNode = <T>(): Node<T> => ({ next: new Map(), ends: [], prefixes: new Map(), prefixLengths: [] });
const keyOf = (t: Pick<Token, 'sigil' | 'word'>) => t.sigil + t.word;

export function compileMatcher<T>(entries: readonly MatcherEntry<T>[]): Matcher<T> {
  const root = newNode<T>();
  const indexOf = new Map(entries.map((e, i) => [e, i]));
  let size = 0;
  for (const entry of entries) {
    const raw = entry.pattern.trim();
    const wildcard = raw.endsWith('*');
    const tokens = tokenize(wildcard ? raw.replace(/\*+$/, '') : raw);
    if (tokens.length === 0) continue;
    let node = root;
    for (let i = 0; i < tokens.length - 1; i++) {
      const key = keyOf(tokens[i]!);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      node = child;
    }
    const last = tokens[tokens.length - 1]!;
    if (wildcard) {
      const key = keyOf(last);
      const list = node.prefixes.get(key);
      if (list) list.push(entry);
      else {
        node.prefixes.set(key, [entry]);
        if (!node.prefixLengths.includes(key.length)) node.prefixLengths.push(key.length);
      }
    } else {
      const key = keyOf(last);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = newNode()));
      child.ends.push(entry);
    }
    size++;
  }

  /** The keys a text word can match: itself, and without its sigil (a plain "wtf" also matches "#wtf"). */
  const keysFor = (t: Token) => (t.sigil ? [keyOf(t), t.word] : [t.word]);

  function find(text: string): MatchHit<T>[] {
    const tokens = tokenize(text);
    const hits: MatchHit<T>[] = [];
    const seen = new Set<string>();
    const add = (entry: MatcherEntry<T>, from: Token, to: Token) => {
      const id = `${from.start}:${to.end}:${indexOf.get(entry)}`;
      if (seen.has(id)) return;
      seen.add(id);
      hits.push({ tag: entry.tag, pattern: entry.pattern, start: from.start, end: to.end });
    };
    for (let i = 0; i < tokens.length; i++) {
      // Walk the trie from word i; every path is as long as the longest configured phrase at most.
      let frontier: Node<T>[] = [root];
      for (let j = i; j < tokens.length && frontier.length; j++) {
        const token = tokens[j]!;
        const keys = keysFor(token);
        const nextFrontier: Node<T>[] = [];
        for (const node of frontier) {
          for (const length of node.prefixLengths) {
            for (const key of keys) {
              if (key.length < length) continue;
              const matched = node.prefixes.get(key.slice(0, length));
              if (matched) for (const e of matched) add(e, tokens[i]!, token);
            }
          }
          for (const key of keys) {
            const child = node.next.get(key);
            if (!child) continue;
            for (const e of child.ends) add(e, tokens[i]!, token);
            nextFrontier.push(child);
          }
        }
        frontier = nextFrontier;
      }
    }
    hits.sort((a, b) => a.start - b.start || a.end - b.end);
    return hits;
  }

  return { find, size };
}
