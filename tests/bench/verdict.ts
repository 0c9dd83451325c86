/**
 * Verdict time for a 5,000-character draft against 10,000 configured words: the compiled engine vs the naive
 * approach (one big case-insensitive regex alternation built per call). Loaded by tests/bench/run.mjs through Vite.
 */
import type { Account, Settings, WordList } from '../../utils/types';
import { compileRules, evaluate } from '../../utils/rules/engine';

const SYLLABLES = ['ba', 'lu', 'ti', 'ro', 'me', 'ka', 'zo', 'ne', 'pi', 'vo', 'ché', 'lé', 'gn', 'qu', 'ar'];

function word(n: number): string {
  let s = '';
  do {
    s += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return s + 'x';
}

export function buildBenchInput(totalWords = 10_000) {
  const patterns: string[] = [];
  for (let i = 0; i < totalWords; i++) {
    const w = word(i);
    patterns.push(i % 10 === 0 ? `${w} ${word(i + 7)}` : i % 10 === 1 ? `#${w}` : i % 10 === 2 ? `${w}*` : w);
  }
  const accounts: Account[] = Array.from({ length: 20 }, (_, a) => ({
    id: `x:acc${a}`,
    platform: 'x',
    handle: `acc${a}`,
    kind: a % 2 ? 'brand' : 'personal',
    protected: false,
    ownWords: patterns.slice(a * 100, a * 100 + 100),
  }));
  const rest = patterns.slice(2000);
  const wordLists: WordList[] = Array.from({ length: 8 }, (_, l) => ({
    id: `l${l}`,
    name: `List ${l}`,
    words: rest.slice(l * 1000, l * 1000 + 1000),
    appliesTo: ['brand', 'personal'],
    action: 'confirm',
  }));
  const settings: Settings = { schemaVersion: 1, accounts, wordLists, unknownIdentity: 'confirm', guardEnabled: true };
  const prose = "Ce matin, l'équipe a préparé du pain au levain et des croissants. We're so happy to see you all! ";
  let draft = '';
  for (let i = 0; draft.length < 5000; i++) draft += i % 7 === 3 ? ` ${word(i * 37)} ` : prose;
  draft = draft.slice(0, 5000);
  return { settings, patterns, draft };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function naive(patterns: string[], draft: string): number {
  const source = patterns.map((p) => (p.endsWith('*') ? `${escape(p.slice(0, -1))}\\w*` : escape(p))).join('|');
  const re = new RegExp(`(?:^|\\b)(?:${source})(?:\\b|$)`, 'giu');
  return draft.normalize('NFKC').match(re)?.length ?? 0;
}

function time(runs: number, fn: () => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchVerdict() {
  const { settings, patterns, draft } = buildBenchInput();
  const t0 = performance.now();
  const rules = compileRules(settings);
  const compileMs = performance.now() - t0;
  const input = { platform: 'x' as const, identity: { platform: 'x' as const, handle: 'acc1', source: 'bench' }, openedAs: null, draft };
  time(20, () => evaluate(rules, input)); // warm-up
  const engineMedianMs = median(time(300, () => evaluate(rules, input)));
  time(3, () => naive(patterns, draft));
  const naiveMedianMs = median(time(21, () => naive(patterns, draft)));
  return { engineMedianMs, naiveMedianMs, ratio: naiveMedianMs / engineMedianMs, words: patterns.length, draftChars: draft.length, compileMs };
}
