import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { hookTable } from './build/hook-table';
import { contentScriptAliases } from './build/content-script-aliases';
import { SITE_MATCHES } from './utils/platforms/sites';

/** Where the content scripts run: the only sites the extension may touch. */
const SITES = Object.values(SITE_MATCHES).flat();

// Firefox is built as MV2 on purpose (see README, "Why Firefox MV2"): in Firefox MV3 the user can withhold
// host access per site, which would silently switch the guard off on a platform.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every dependency, WXT's own helpers included, is a visible import line.
  imports: false,
  // hookTable: `selectors.ts?hook-table`, the selector tables' fixture counts as data (build/hook-table.ts).
  vite: () => ({ plugins: [preact(), hookTable()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting (Chrome) and the four sites (Firefox's tabs.executeScript): to guard the tabs already open when the
    // extension is installed or updated (utils/background/reinject.ts). The sites are those of the content scripts.
    permissions: ['storage', ...(browser === 'firefox' ? SITES : ['scripting'])],
    ...(browser === 'firefox' ? {} : { host_permissions: SITES }),
    action: { default_title: '__MSG_extName__' },
    // The banner and the ribbon are this page in a frame (utils/guard/frame-host.ts): loadable by the four sites only.
    web_accessible_resources: [{ resources: ['in-page.html'], matches: SITES }],
    // The team policy an administrator may push (utils/settings/policy.ts, README "Deploying to a team"). Firefox has no
    // such manifest key: it reads the same keys from policies.json or a managed-storage manifest as they are.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'right-account@right-account.app',
              strict_min_version: '140.0',
              // No data leaves the browser: declared so that Firefox shows it at install.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions exists from Firefox 140 on desktop and 142 on Android.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    // The content scripts' own resolutions (build/content-script-aliases.ts): the browser's own API instead of the
    // polyfill, and no WXT context announcing the extension to every page.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script')) return;
      const replaced = contentScriptAliases(import.meta.dirname);
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        for (const a of alias) if (typeof a.find === 'string' && a.find in replaced) a.replacement = replaced[a.find]!;
        for (const [find, replacement] of Object.entries(replaced)) if (!alias.some((a) => a.find === find)) alias.unshift({ find, replacement });
      } else config.resolve = { ...config.resolve, alias: { ...(alias as Record<string, string> | undefined), ...replaced } };
    },
  },
  zip: {
    excludeSources: ['tests/**', '.output/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', '.ci/**'],
  },
});
