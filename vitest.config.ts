import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';
import preact from '@preact/preset-vite';
import { hookTable } from './build/hook-table';

export default defineConfig({
  plugins: [WxtVitest(), preact(), hookTable()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    // zustand imports "react"; preset-vite aliases it to preact/compat only for inlined deps.
    server: { deps: { inline: ['zustand'] } },
  },
});
