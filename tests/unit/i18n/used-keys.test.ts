/**
 * Every message in _locales is one the product shows: a key no code names is a string translators keep up for nothing,
 * and often the sign of a screen that lost a sentence. A key counts as named when the code spells it as a string (or
 * the manifest as `__MSG_key__`), builds it from a prefix (`t(\`platform_${p}\`)`), or asks for its plural forms
 * (`plural(t, 'journal_count', …)` → `_one`, `_other`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../public/_locales/en/messages.json';

const ROOT = resolve(__dirname, '../../..');
const SOURCES = ['components', 'utils', 'entrypoints'];

function sourceText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|html)$/.test(name)) files.push(path);
    }
  };
  for (const dir of SOURCES) walk(join(ROOT, dir));
  return [...files, join(ROOT, 'wxt.config.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');
}

describe('locale keys', () => {
  it('every key is named by the code', () => {
    const code = sourceText();
    // Spelled as a string ('key', "key", `key`), or begun by one (`prefix_${…}`, 'prefix_' + …).
    const quoted = (text: string) => ["'", '"', '`'].some((q) => code.includes(`${q}${text}${q}`)) || code.includes(`__MSG_${text}__`);
    const begun = (prefix: string) => code.includes(`\`${prefix}\${`) || code.includes(`'${prefix}' +`);
    const named = (key: string) => {
      if (quoted(key)) return true;
      const plural = key.replace(/_(one|other)$/, '');
      if (plural !== key && quoted(plural)) return true;
      const parts = key.split('_');
      return parts.some((_, i) => i > 0 && begun(`${parts.slice(0, i).join('_')}_`));
    };
    expect(Object.keys(en).filter((key) => !named(key))).toEqual([]);
  });
});
