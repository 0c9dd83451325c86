// Agency-size settings for `npm run bench` (issue 14): 300 accounts across the four platforms, grouped by client, with
// the demo's accounts among them (the fixture pages are theirs, so that the demo's risky drafts still stop), and word
// lists up to the import's limit of 10,000 words. Deterministic: the same file every run.
import { DEMO_SETTINGS } from '../demo/chromium.mjs';

export const BIG_ACCOUNTS = 300;
/** The import's limit (LIMITS.totalWords in utils/settings/schema.ts), own words included. */
export const IMPORT_WORDS = 10_000;
/** What the issue asks the guard to stay fast with; more than one file can hold (see seedGuardWords). */
export const BIG_WORDS = 50_000;

const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin'];
const handleFor = (platform, client, n) =>
  platform === 'x' ? `c${client}_x${n}` : platform === 'instagram' ? `c${client}.ig${n}` : platform === 'facebook' ? `61550${String(client * 100 + n).padStart(9, '0')}` : `client-${client}-li-${n}`;
/** A word no draft of the bench contains: "motclé4821", "expression 17 risquée". */
const wordOf = (i) => (i % 7 === 0 ? `expression ${i} risquée` : i % 5 === 0 ? `#tag${i}` : `motclé${i}${i % 3 === 0 ? '*' : ''}`);

export function bigSettingsFile() {
  const demo = JSON.parse(DEMO_SETTINGS);
  const accounts = [...demo.accounts];
  for (let i = 0; accounts.length < BIG_ACCOUNTS; i++) {
    const platform = PLATFORMS[i % 4];
    const client = Math.floor(i / 10);
    accounts.push({
      platform,
      handle: handleFor(platform, client, i % 10),
      name: `Client ${client} ${platform} ${i % 10}`,
      group: `Client ${client}`,
      kind: i % 3 === 0 ? 'personal' : 'brand',
      protected: i % 4 === 1,
      ownWords: [`#client${client}`, `client ${client} officiel`],
    });
  }
  const used = accounts.reduce((n, a) => n + (a.ownWords?.length ?? 0), 0) + demo.wordLists.reduce((n, l) => n + l.words.length, 0);
  const lists = [...demo.wordLists];
  let next = 0;
  for (let l = 0; used + next < IMPORT_WORDS; l++) {
    const count = Math.min(1000, IMPORT_WORDS - used - next);
    lists.push({ name: `Liste ${l}`, words: Array.from({ length: count }, () => wordOf(next++)), appliesTo: l % 2 ? ['brand'] : ['brand', 'personal'], action: 'confirm' });
  }
  return JSON.stringify({ ...demo, accounts, wordLists: lists });
}

/**
 * 50,000 words are more than the product lets a user import (10,000) or a team policy push (10,000 more): to measure
 * the guard at the size anyway, the guard's snapshot the background wrote is given lists up to BIG_WORDS, from
 * an extension page, straight into storage.local. Only the bench does this; it checks afterwards that the background
 * did not write its own snapshot back meanwhile (a restart of the worker would), so a figure is never printed for a
 * smaller case than it says.
 */
export async function seedGuardWords(page, total = BIG_WORDS) {
  return page.evaluate(
    async ({ total, from }) => {
      const local = chrome.storage.local;
      const { guardSnapshot } = await local.get('guardSnapshot');
      const words = (s) => s.accounts.reduce((n, a) => n + a.ownWords.length + (a.exceptions?.length ?? 0), 0) + s.wordLists.reduce((n, l) => n + l.words.length, 0);
      const settings = guardSnapshot.settings;
      let n = from;
      const wordLists = [...settings.wordLists];
      for (let l = 0; words({ ...settings, wordLists }) < total; l++) {
        const count = Math.min(1000, total - words({ ...settings, wordLists }));
        wordLists.push({ id: `bench-${l}`, name: `Banc ${l}`, words: Array.from({ length: count }, () => `banc${n++}`), appliesTo: ['brand', 'personal'], action: 'confirm', enabled: true, includeAccounts: [], excludeAccounts: [] });
      }
      await local.set({ guardSnapshot: { ...guardSnapshot, settings: { ...settings, wordLists } } });
      return words({ ...settings, wordLists });
    },
    { total, from: 0 },
  );
}

/** How many accounts and words the guard's snapshot holds now. */
export async function snapshotSize(page) {
  return page.evaluate(async () => {
    const { guardSnapshot: s } = await chrome.storage.local.get('guardSnapshot');
    const settings = s.settings;
    return {
      accounts: settings.accounts.length,
      words: settings.accounts.reduce((n, a) => n + a.ownWords.length + (a.exceptions?.length ?? 0), 0) + settings.wordLists.reduce((n, l) => n + l.words.length, 0),
    };
  });
}
