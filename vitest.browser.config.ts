// Browser tests drive a real Chromium through Playwright; run them one file at
// a time so two browsers never compete for the machine's two cores.
import { defineConfig } from 'vitest/config';
import { reporters } from './tests/vitest-reporters.js';

export default defineConfig({
  test: {
    reporters: reporters(),
    include: ['tests/browser/**/*.test.{ts,tsx}'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
