import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const timeZoneTests = ['tests/unit/local-day.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Most tests exercise lib/ and need no DOM; files that render or read a page say so with a
    // `// @vitest-environment happy-dom` first line. A DOM per file costs about half a second.
    environment: 'node',
    environmentOptions: {
      happyDOM: {
        settings: {
          // Frames are created (caption adapters look inside Zoom's) but never navigate, so no
          // page is fetched and happy-dom has no "iframe page loading is disabled" error to print.
          enableIframePageLoading: true,
          navigation: { disableChildFrameNavigation: true },
        },
      },
    },
    setupFiles: ['tests/unit/setup.ts'],
    // Vitest's default is one worker fewer than the cores: a single worker on 2-core machines.
    maxWorkers: 2,
    // Worker threads start faster than child processes. Tests of lib/ (*.test.ts) share each
    // worker's loaded modules, which halves their start-up cost; they use their own database
    // names and restore what they stub. View tests (*.test.tsx) mock modules and render against
    // the app's one database, so each file gets fresh modules. The time-zone tests set
    // process.env.TZ, which only a whole process honours, so they run in a forked worker.
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          pool: 'threads',
          isolate: false,
          include: ['tests/unit/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...timeZoneTests],
        },
      },
      {
        extends: true,
        test: { name: 'views', pool: 'threads', include: ['tests/unit/**/*.test.tsx'] },
      },
      {
        extends: true,
        test: { name: 'time-zones', pool: 'forks', include: [...timeZoneTests] },
      },
    ],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
