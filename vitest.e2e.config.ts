import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // Strictly durable IndexedDB writes wait for the disk; give UI polls room on a busy machine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
