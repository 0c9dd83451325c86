/**
 * The import directions of architecture.md §2 (../shared/design/, beside the project) and of the README's
 * "Architecture", checked on every .ts/.tsx file under entrypoints/, components/ and utils/. A failure prints one
 * line per violation, `file:line → import (rule)`, then why each broken rule holds. The checker is
 * tests/unit/import-rules.ts; the synthetic trees below prove that each rule can fail.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImports, formatViolation, importsOf, type ImportRule, type SourceText, type Violation } from './import-rules';

/** The directions. Patterns: a trailing "/" is a folder, `<p>` a platform folder, `<other>`/`<any>` another/any one. */
const RULES: readonly ImportRule[] = [
  {
    id: 'rules-pure',
    from: 'utils/rules/',
    only: ['utils/rules/', 'utils/types.ts'],
    why: 'the rules engine is pure (no DOM, no browser API, no package): it runs in Vitest with no fakes and in the benchmark as it is',
  },
  {
    id: 'platform-alone',
    from: 'utils/platforms/<p>/',
    never: ['utils/platforms/<other>/', 'utils/guard/', 'utils/background/', 'components/', 'utils/settings/', 'utils/messaging/', 'utils/rules/'],
    why: 'a platform knows the DOM of its one site, and nothing of other sites, rules, banner, settings, messages or storage',
  },
  {
    id: 'kit-generic',
    from: 'utils/platforms/*.ts',
    never: ['utils/platforms/<any>/'],
    why: 'the adapter interface and the shared kit serve every platform: platforms depend on them, never the reverse',
  },
  {
    id: 'guard-interface',
    from: 'utils/guard/',
    never: ['utils/platforms/<any>/'],
    why: 'the guard knows the adapter interface (utils/platforms/adapter.ts, the kit), never a particular platform: adding one must not touch it',
  },
  {
    id: 'components-views',
    from: 'components/',
    never: ['utils/platforms/', 'utils/background/', 'utils/guard/'],
    why: 'views render what they are given (props in, callbacks out); what a page or the worker knows reaches them as data',
  },
  {
    id: 'components-no-browser-api',
    from: 'components/',
    neverPackages: ['wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill'],
    transitive: true,
    code: /^(browser|chrome)\.\w+$/,
    why: 'views use no extension API, not even through a module they import, so they render in tests and screenshots as they are',
  },
  {
    id: 'background-only-writer',
    from: '**',
    exempt: 'utils/background/',
    code: /(^|\.)storage\.(local|session)\.(set|remove|clear)$/,
    why: 'decision 2: the background worker is the only writer of storage; content scripts and pages ask it with a message',
  },
];

const ROOT = resolve(__dirname, '../..');
const LAYERS = ['entrypoints', 'components', 'utils'];

function sourcesUnder(dir: string): SourceText[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(path);
    if (!/\.tsx?$/.test(entry.name)) return [];
    return [{ path: relative(ROOT, path).split(sep).join('/'), text: readFileSync(path, 'utf8') }];
  });
}

const isFile = (path: string) => existsSync(join(ROOT, path)) && statSync(join(ROOT, path)).isFile();

/** The failure text: one line per violation, then why each broken rule holds. */
function report(violations: readonly Violation[], rules: readonly ImportRule[] = RULES): string {
  const broken = rules.filter((rule) => violations.some((v) => v.rule === rule.id));
  return [
    `${violations.length} violation(s) of the import directions (architecture.md §2):`,
    ...violations.map((v) => `  ${formatViolation(v)}`),
    'why:',
    ...broken.map((rule) => `  ${rule.id}: ${rule.why}`),
  ].join('\n');
}

describe('architecture: import directions', () => {
  const tree = LAYERS.flatMap((layer) => sourcesUnder(join(ROOT, layer)));

  it('every .ts/.tsx file of entrypoints/, components/ and utils/ keeps every direction', () => {
    const violations = checkImports(tree, RULES, isFile);
    if (violations.length > 0) throw new Error(report(violations));
  });

  it('reads the whole tree, and every relative or @/ import resolves to a file (the checker sees what the build sees)', () => {
    for (const layer of LAYERS) expect(tree.some((f) => f.path.startsWith(`${layer}/`)), layer).toBe(true);
    const unresolved = tree.flatMap((f) => importsOf(f, isFile).filter((ref) => !ref.external && !isFile(ref.target)).map((ref) => `${f.path}:${ref.line} → ${ref.spec}`));
    expect(unresolved).toEqual([]);
    const guard = importsOf(tree.find((f) => f.path === 'utils/guard/guard.ts')!, isFile);
    expect(guard.map((ref) => ref.target)).toContain('utils/platforms/adapter.ts');
  });
});

// ---------------------------------------------------------------------------------------------- the checker can fail

/** A synthetic tree: path → text. */
const tree = (files: Record<string, string>): SourceText[] => Object.entries(files).map(([path, text]) => ({ path, text }));
const lines = (files: Record<string, string>) => checkImports(tree(files), RULES).map(formatViolation);

describe('architecture: the checker finds each kind of wrong import', () => {
  const base = {
    'utils/types.ts': 'export type Platform = "x";',
    'utils/guard/guard.ts': "import type { PlatformAdapter } from '../platforms/adapter';",
    'utils/platforms/adapter.ts': "import type { Platform } from '../types';",
    'utils/platforms/dom.ts': '',
    'utils/platforms/x/detect.ts': "import { text } from '../dom';",
    'utils/platforms/x/selectors.ts': '',
    'utils/platforms/facebook/detect.ts': '',
    'utils/settings/schema.ts': '',
    'utils/messaging/protocol.ts': "import type { Platform } from '../types';",
    'utils/messaging/client.ts': "import { browser } from 'wxt/browser';",
    'utils/ui/store.ts': "import { send } from '../messaging/client';",
    'utils/background/service.ts': "import { browser } from 'wxt/browser';\nawait browser.storage.local.set({ a: 1 });",
    'utils/rules/normalize.ts': '',
    'components/Banner.tsx': "import type { Platform } from '@/utils/types';",
  };

  it('a clean synthetic tree has no violation', () => expect(lines(base)).toEqual([]));

  it('utils/rules/engine.ts importing ../guard/guard: rules-pure, printed as file → import (rule)', () => {
    const found = checkImports(tree({ ...base, 'utils/rules/engine.ts': "import { normalize } from './normalize';\nimport { startGuard } from '../guard/guard';" }), RULES);
    expect(found.map(formatViolation)).toEqual(['utils/rules/engine.ts:2 → ../guard/guard (rules-pure)']);
    expect(report(found)).toBe(
      [
        '1 violation(s) of the import directions (architecture.md §2):',
        '  utils/rules/engine.ts:2 → ../guard/guard (rules-pure)',
        'why:',
        `  rules-pure: ${RULES[0]!.why}`,
      ].join('\n'),
    );
  });

  it('rules-pure: anything but utils/rules/ and utils/types.ts, packages and type-only imports included', () => {
    expect(
      lines({
        ...base,
        'utils/rules/engine.ts': [
          "import type { Platform } from '../types';",
          "import { n } from './normalize';",
          "import type { Settings } from '@/utils/settings/schema';",
          "import { browser } from 'wxt/browser';",
          "export { x } from '../platforms/x/selectors';",
        ].join('\n'),
      }),
    ).toEqual([
      'utils/rules/engine.ts:3 → @/utils/settings/schema (rules-pure)',
      'utils/rules/engine.ts:4 → wxt/browser (rules-pure)',
      'utils/rules/engine.ts:5 → ../platforms/x/selectors (rules-pure)',
    ]);
  });

  it('platform-alone: another platform, guard, settings, messaging, components; multi-line and dynamic imports too', () => {
    expect(
      lines({
        ...base,
        'utils/platforms/x/adapter.ts': [
          "import { findComposers } from './detect';",
          'import {',
          '  detectIdentity,',
          '  readDraft,',
          "} from '../facebook/detect';",
          "import type { Settings } from '../../settings/schema';",
          "const guard = () => import('../../guard/guard');",
          "export * as protocol from '@/utils/messaging/protocol';",
          "import { Banner } from '@/components/Banner';",
          "// import { forbidden } from '../../background/service';",
          "const text = \"import '../../background/service'\";",
        ].join('\n'),
      }),
    ).toEqual([
      'utils/platforms/x/adapter.ts:5 → ../facebook/detect (platform-alone)',
      'utils/platforms/x/adapter.ts:6 → ../../settings/schema (platform-alone)',
      'utils/platforms/x/adapter.ts:7 → ../../guard/guard (platform-alone)',
      'utils/platforms/x/adapter.ts:8 → @/utils/messaging/protocol (platform-alone)',
      'utils/platforms/x/adapter.ts:9 → @/components/Banner (platform-alone)',
    ]);
  });

  it('kit-generic and guard-interface: no platform folder from the shared kit or from the guard', () => {
    expect(
      lines({
        ...base,
        'utils/platforms/adapter-kit.ts': "import type { Platform } from '../types';\nimport { X_SELECTORS } from './x/selectors';",
        'utils/guard/run.ts': "import type { PlatformAdapter } from '../platforms/adapter';\nimport { text } from '../platforms/dom';\nexport type { XThing } from '../platforms/x/detect';",
      }),
    ).toEqual(['utils/platforms/adapter-kit.ts:2 → ./x/selectors (kit-generic)', 'utils/guard/run.ts:3 → ../platforms/x/detect (guard-interface)']);
  });

  it('components-views and components-no-browser-api: direct, global, and through a module (type-only imports are erased)', () => {
    expect(
      lines({
        ...base,
        'components/Popup.tsx': [
          "import type { PlatformAdapter } from '@/utils/platforms/adapter';",
          "import { startGuard } from '../utils/guard/guard';",
          "import { browser } from 'wxt/browser';",
          "import { send } from '@/utils/ui/store';",
          "import type { Store } from '@/utils/ui/store';",
          'chrome.runtime.sendMessage({});',
        ].join('\n'),
      }),
    ).toEqual([
      'components/Popup.tsx:1 → @/utils/platforms/adapter (components-views)',
      'components/Popup.tsx:2 → ../utils/guard/guard (components-views)',
      'components/Popup.tsx:3 → wxt/browser (components-no-browser-api)',
      'components/Popup.tsx:4 → @/utils/ui/store (components-no-browser-api) via utils/ui/store.ts → utils/messaging/client.ts → wxt/browser',
      'components/Popup.tsx:6 → chrome.runtime (components-no-browser-api)',
    ]);
  });

  it('background-only-writer: storage.local/.session writes outside utils/background/, never a read or a comment', () => {
    expect(
      lines({
        ...base,
        'utils/guard/settings-source.ts': [
          "import { browser } from 'wxt/browser';",
          'await browser.storage.local.get("settings");',
          '// browser.storage.local.set is the worker\'s job',
          'await browser.storage.local.set({ settings: {} });',
          'await browser?.storage.session\n  .remove("k");',
        ].join('\n'),
        'entrypoints/popup/main.tsx': 'void chrome.storage.local.clear();',
      }),
    ).toEqual([
      'utils/guard/settings-source.ts:4 → browser.storage.local.set (background-only-writer)',
      'utils/guard/settings-source.ts:5 → browser.storage.session.remove (background-only-writer)',
      'entrypoints/popup/main.tsx:1 → chrome.storage.local.clear (background-only-writer)',
    ]);
  });
});
