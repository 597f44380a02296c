import { defineConfig } from 'vitest/config';
import { reporters } from './tests/vitest-reporters.js';

export default defineConfig({
  test: {
    reporters: reporters(),
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/browser/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
