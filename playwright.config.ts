import { defineConfig } from '@playwright/test';

// Both projects run the same scenarios (tests/e2e/*.spec.ts) against the built extension: Chromium through
// Playwright, Firefox through puppeteer-core over WebDriver BiDi (Playwright cannot drive Debian's Firefox).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', metadata: { engine: 'chromium' } },
    { name: 'firefox', metadata: { engine: 'firefox' } },
  ],
});
