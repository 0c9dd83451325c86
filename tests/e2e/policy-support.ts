/**
 * The team policy end to end, in a real browser with a real policy (README, "Deploying to a team" and "Testing the
 * team policy"):
 *
 * - Chromium on Linux reads policies from /etc/chromium/policies/managed/*.json; an extension's own policy is
 *   `3rdparty.extensions.<extension id>`. An unpacked extension's id comes from the folder it is loaded from, unless
 *   its manifest has a `key`: the scenario loads a copy of .output/chrome-mv3 whose manifest gets TEST_KEY (a public
 *   key made for these tests; its private half was never kept), so its id is TEST_EXTENSION_ID. The store build never
 *   has a key. Writing under /etc needs root, so this part runs only as root under CI (CI or
 *   RIGHT_ACCOUNT_SYSTEM_POLICIES=1, which .ci/run sets); the file is removed afterwards, and the folders too when
 *   the scenario created them. Other Chromium instances running meanwhile load the extension under another id: the
 *   file does not concern them.
 * - Firefox reads a managed-storage manifest from ~/.mozilla/managed-storage/<gecko id>.json on Linux. The scenario
 *   starts Firefox with a HOME of its own (a temporary folder) and writes the manifest there: no system folder, no
 *   root, nothing left behind.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './harness';

/** A public key for the test build's manifest only. */
export const TEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAl3uiUQ7uSj3xHhZl9CD+Eu7wiezyka9p/ZvKGlDvFew9mOgN08cwlfxFK6wSLOwcBCmD7dFPULL/JlbtzS4NCGhMwV99T2iMc8mQUIdtK7S+AgEGgoydGm+SGd02WvfCm2OEfGvEQFSkuTtWVTt0K8Qf/VcBFhEYPaDjowPgvUKRqpeGHF28NZC4PyCvnad/+Q1DvnhWpzG4aPwCDNU9wd8Q/u+QoJ3ZcEE6+o9TXEKxnHmSWpFuqgHsZHGSoPeWncKMwa4GD7cgAjwwP9iqDCuwEjpcH9GRUB3yDJ/K5FWjKJifGa0SPfwjefkKR5iwEXqL2JoOqpEHixOGjs0BtwIDAQAB';

/** Chrome's id for an extension with that key: the first 128 bits of the key's SHA-256, each hex digit as a to p. */
export function extensionIdOf(key: string): string {
  const hash = createHash('sha256').update(Buffer.from(key, 'base64')).digest('hex').slice(0, 32);
  return [...hash].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}
export const TEST_EXTENSION_ID = 'pbiajmjhmghbbfamkeaikcibkjlmaojf';

export const GECKO_ID = 'right-account@right-account.app';

/** Writing a browser policy into a system folder: only as root, and only under CI (or when asked to). */
export const SYSTEM_POLICIES_ALLOWED = process.getuid?.() === 0 && (!!process.env.CI || process.env.RIGHT_ACCOUNT_SYSTEM_POLICIES === '1');

/** A copy of the Chrome build whose manifest carries TEST_KEY; remove it with the returned function. */
export function keyedChromeBuild(): { dir: string; remove(): void } {
  const parent = mkdtempSync(join(tmpdir(), 'right-account-keyed-'));
  const dir = join(parent, 'chrome-mv3');
  cpSync(join(ROOT, '.output/chrome-mv3'), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, key: TEST_KEY }));
  return { dir, remove: () => rmSync(parent, { recursive: true, force: true }) };
}

/** Where Debian's Chromium reads mandatory policies. */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';
const CHROMIUM_POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'right-account-e2e.json');

/**
 * Writes (or rewrites) the Chromium policy file for TEST_EXTENSION_ID. The returned function removes it, and the
 * folders this created (only if empty). A file left by an interrupted run is ours (its name says so): it is replaced.
 */
export function writeChromiumPolicy(values: Record<string, unknown>): () => void {
  const created: string[] = [];
  for (let dir = CHROMIUM_POLICY_DIR; !existsSync(dir); dir = dirname(dir)) created.unshift(dir);
  mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
  rewriteChromiumPolicy(values);
  return () => {
    if (existsSync(CHROMIUM_POLICY_FILE)) unlinkSync(CHROMIUM_POLICY_FILE);
    for (const dir of created.reverse()) {
      try {
        rmdirSync(dir);
      } catch {
        // Not empty: someone else's files are there too.
      }
    }
  };
}

export function rewriteChromiumPolicy(values: Record<string, unknown>): void {
  writeFileSync(CHROMIUM_POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [TEST_EXTENSION_ID]: values } } }, null, 2));
}

/** A HOME for Firefox with a managed-storage manifest in it; remove it with the returned function. */
export function firefoxHomeWithPolicy(values: Record<string, unknown>): { home: string; rewrite(values: Record<string, unknown>): void; remove(): void } {
  const home = mkdtempSync(join(tmpdir(), 'right-account-firefox-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  const rewrite = (v: Record<string, unknown>) =>
    writeFileSync(join(dir, `${GECKO_ID}.json`), JSON.stringify({ name: GECKO_ID, description: 'Right Account team policy (end-to-end test)', type: 'storage', data: v }, null, 2));
  rewrite(values);
  return { home, rewrite, remove: () => rmSync(home, { recursive: true, force: true }) };
}
