import { defineConfig } from 'vitest/config';

// Benchmarks that need the built extension in Chromium; run by `npm run bench`, not `npm test`.
// Each builds the package it measures; one file at a time, so builds and timings never overlap.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/bench/**/*.browser-bench.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
