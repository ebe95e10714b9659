import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file launches its own browser on its own temporary profile and free port, so files
    // run two at a time (one per core of the machines these run on).
    fileParallelism: true,
    maxWorkers: 2,
    // Threads start faster than forked processes; each browser is a child process either way.
    pool: 'threads',
    // Files share each worker's loaded modules (playwright-core, puppeteer-core): every file
    // launches its own browser, and no helper keeps state between files.
    isolate: false,
    // Strictly durable IndexedDB writes wait for the disk; give UI polls room on a busy machine.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
