import { defineConfig } from 'vitest/config';

// Benchmarks that need the built extension in Chromium; run by `npm run bench`, not `npm test`.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/bench/**/*.browser-bench.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
