/**
 * Verdict time for a 5,000-character French/English draft against 10,000 configured words (spread over accounts'
 * own words and word lists: single words, phrases, prefix wildcards, #hashtags, @mentions): the compiled engine vs
 * the naive approach (one big case-insensitive regex alternation built per call). Loaded by tests/bench/run.mjs
 * through Vite; plain TypeScript, no test framework. Takes about 2 s.
 */
import type { Account, Settings, WordList } from '../../utils/types';
import { compileRules, evaluate } from '../../utils/rules/engine';
import type { VerdictInput } from '../../utils/rules/verdict';

const FRENCH = [
  'merde', 'putain', 'bordel', 'connard', 'salaud', 'crétin', 'débile', 'nul', 'arnaque', 'scandale', 'honte', 'grève',
  'boulangerie', 'croissant', 'baguette', 'viennoiserie', 'levain', 'farine', 'fournil', 'brioche', 'éclair', 'tarte',
  'promotion', 'soldes', 'gratuit', 'concours', 'cadeau', 'offert', 'réduction', 'livraison', 'commande', 'rupture',
  'vacances', 'chat', 'chien', 'maman', 'copine', 'soirée', 'apéro', 'gueule', 'bourré', 'fatigué', 'déprime', 'ras',
  'politique', 'élection', 'manifestation', 'syndicat', 'impôts', 'patron', 'licenciement', 'salaire', 'démission',
];
const ENGLISH = [
  'shit', 'damn', 'crap', 'bloody', 'idiot', 'stupid', 'scam', 'lawsuit', 'refund', 'outrage', 'boycott', 'strike',
  'bakery', 'sourdough', 'pastry', 'coffee', 'latte', 'espresso', 'muffin', 'bagel', 'giveaway', 'discount', 'free',
  'sale', 'hiring', 'layoffs', 'salary', 'boss', 'hangover', 'drunk', 'party', 'weekend', 'holiday', 'kids', 'wife',
  'husband', 'girlfriend', 'boyfriend', 'vote', 'election', 'protest', 'union', 'taxes', 'resign', 'quit', 'fired',
];
const SYLLABLES = ['ba', 'lu', 'ti', 'ro', 'me', 'ka', 'zo', 'ne', 'pi', 'vo', 'ché', 'lé', 'gné', 'qu', 'ar', 'on', 'ist', 'ou'];

/** A distinct made-up word for every n (bijective base-18 over syllables), ending in a letter. */
function madeUp(n: number): string {
  let s = '';
  let k = n + 1;
  while (k > 0) {
    k--;
    s += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  }
  return s + 'x';
}

/** `total` distinct patterns: about 72% words, 10% phrases, 8% wildcards, 7% hashtags, 3% mentions. */
function patterns(total: number): string[] {
  const real = [...FRENCH, ...ENGLISH];
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string) => {
    if (!seen.has(p)) {
      seen.add(p);
      out.push(p);
    }
  };
  for (const w of real) add(w);
  for (const p of ['pain au levain', 'mon boss', 'bloody hell', 'fuck*', 'connard*', '#BoulangerieDupont', '@marie_dupont']) add(p);
  for (let i = 0; out.length < total; i++) {
    const w = madeUp(i);
    const r = i % 100;
    if (r < 10) add(`${w} ${real[i % real.length]}${i % 3 ? '' : ` ${madeUp(i + 1)}`}`);
    else if (r < 18) add(`${w}*`);
    else if (r < 25) add(`#${w}`);
    else if (r < 28) add(`@${w}`);
    else add(w);
  }
  return out;
}

export function buildBenchInput(totalWords = 10_000, draftChars = 5_000) {
  const words = patterns(totalWords);
  // 3,000 words over 20 X accounts (their own words), 7,000 over 7 word lists.
  const accounts: Account[] = Array.from({ length: 20 }, (_, a) => ({
    id: `x:account_${a}`,
    platform: 'x',
    handle: `account_${a}`,
    name: `Account ${a}`,
    kind: a % 3 === 0 ? 'personal' : 'brand',
    protected: a % 5 === 0,
    ownWords: [] as string[],
  }));
  const wordLists: WordList[] = Array.from({ length: 7 }, (_, l) => ({
    id: `list-${l}`,
    name: `Liste ${l}`,
    words: [] as string[],
    appliesTo: l % 2 ? ['brand'] : ['brand', 'personal'],
    action: l === 6 ? 'block' : 'confirm',
  }));
  words.forEach((w, i) => {
    // Interleaved so that real words and every kind of pattern land both in accounts and in lists.
    if (i % 10 < 3) accounts[i % 20]!.ownWords.push(w);
    else wordLists[i % 7]!.words.push(w);
  });
  const settings: Settings = { schemaVersion: 1, accounts, wordLists, unknownIdentity: 'confirm', guardEnabled: true };

  const prose = [
    "Ce matin, l'équipe du fournil a sorti les premières fournées : croissants, pains au chocolat et notre pain au levain.",
    'Come by the shop this weekend, the sourdough is fresh and the coffee is on us for the first ten customers!',
    "N'oubliez pas : le concours se termine dimanche à minuit, tentez votre chance en commentant ce message.",
    "We're so proud of the team — thank you all for your kind words & your support over the years. 🥖❤️",
    'Horaires de la semaine : du mardi au samedi de 7h à 19h30, le dimanche de 7h à 13h. Fermé le lundi.',
    'Mon boss pense que je ne lis pas les commentaires… bloody hell, what a week, merde alors.',
  ];
  let draft = '';
  for (let i = 0; draft.length < draftChars; i++) {
    draft += prose[i % prose.length] + ' ';
    // Now and then some of the configured made-up words, as a hashtag, a mention and a plain word.
    if (i % 4 === 3) draft += `#${madeUp(i * 97 + 20)} @${madeUp(i * 31 + 25)} ${madeUp(i * 53)}. `;
  }
  draft = draft.slice(0, draftChars);
  return { settings, words, draft };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The naive search: one big case-insensitive alternation of the escaped words between \b boundaries, built on
 * every call (a wildcard becomes \w*, the spaces of a phrase \s+). Without the `u` flag, which would make it about
 * seven times slower still: the comparison must not flatter the engine.
 */
function naive(words: readonly string[], draft: string): number {
  const alternatives = words.map((w) => {
    const wildcard = w.endsWith('*');
    return escape(wildcard ? w.slice(0, -1) : w).replace(/\s+/g, '\\s+') + (wildcard ? '\\w*' : '');
  });
  const re = new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
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

export interface BenchVerdictResult {
  engineMedianMs: number;
  naiveMedianMs: number;
  /** naiveMedianMs / engineMedianMs. */
  ratio: number;
  words: number;
  draftChars: number;
  /** Compiling the 10,000 words once (not part of engineMedianMs). */
  compileMs: number;
  engineRuns: number;
  naiveRuns: number;
  /** Words the engine reported (all reasons) and matches the naive regex found, as a sanity check. */
  engineHits: number;
  naiveHits: number;
}

/** Medians over 301 engine runs (after 30 warm-up runs) and 21 naive runs. */
export function benchVerdict(options: { engineRuns?: number; naiveRuns?: number } = {}): BenchVerdictResult {
  const engineRuns = options.engineRuns ?? 301;
  const naiveRuns = options.naiveRuns ?? 21;
  const { settings, words, draft } = buildBenchInput();
  const t0 = performance.now();
  const rules = compileRules(settings);
  const compileMs = performance.now() - t0;
  // From a brand account: its own words are skipped, every other account's words and the brand lists are checked.
  const input: VerdictInput = { platform: 'x', identity: { platform: 'x', handle: 'account_1', source: 'bench' }, openedAs: null, draft };
  const verdict = evaluate(rules, input);
  let engineHits = 0;
  for (const r of verdict.reasons) {
    if (r.id === 'risky-words') for (const l of r.lists) engineHits += l.hits.length;
    if (r.id === 'other-account-words') for (const o of r.owners) engineHits += o.hits.length;
  }
  time(30, () => evaluate(rules, input)); // warm-up
  const engineMedianMs = median(time(engineRuns, () => evaluate(rules, input)));
  let naiveHits = 0;
  const naiveMedianMs = median(time(naiveRuns, () => (naiveHits = naive(words, draft))));
  return {
    engineMedianMs,
    naiveMedianMs,
    ratio: naiveMedianMs / engineMedianMs,
    words: words.length,
    draftChars: draft.length,
    compileMs,
    engineRuns,
    naiveRuns,
    engineHits,
    naiveHits,
  };
}
