import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Firefox is built as MV2 on purpose (see README, "Why Firefox MV2"): in Firefox MV3 the user can withhold
// host access per site, which would silently switch the guard off on a platform.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every dependency, WXT's own helpers included, is a visible import line.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
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
  zip: {
    excludeSources: ['tests/**', '.output/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', '.ci/**'],
  },
});
