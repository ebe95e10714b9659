// What recording costs: CPU of every Chromium process (browser, renderer, GPU, capture and
// audio services) while the practice room records with the camera and microphone, beside the
// same page with the same camera self-view open but not recording, and the bytes a minute of
// recording takes at the chosen settings. Run through `npm run bench`; it builds the extension.
// Windows are WINDOW_S long, alternated (idle, recording, idle, recording) so a noisy shared
// machine hits both sides alike; a 10-minute figure is the per-minute rate times ten (the cost
// is a steady per-frame cost, so it scales linearly — this run does not record 10 minutes).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import chromiumFlags from '../../scripts/chromium-flags.json';
import { profileProcesses } from '../e2e/browser-process';
import { CHROMIUM } from '../e2e/launch-extension';
import { buildExtension } from './build-extension';

const WINDOW_S = Number(process.env.RECORDING_BENCH_SECONDS ?? 40);
const ROUNDS = 2;
const TICKS = 100; // getconf CLK_TCK on Linux

let context: BrowserContext | undefined;
let userDataDir = '';
let url: (page: string) => string;

/** Fields after the command name in /proc/<pid>/stat: [0] state, [1] ppid, [11] utime, [12] stime. */
function statFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // Gone meanwhile.
  }
}

let processCount = 0;

/** CPU seconds used so far by this browser profile's processes and all their children. */
function cpuSeconds(): number {
  const parent = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const f = statFields(Number(name));
    if (f) parent.set(Number(name), Number(f[1]));
  }
  const mine = new Set(profileProcesses(userDataDir));
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parent)
      if (!mine.has(pid) && mine.has(ppid)) {
        mine.add(pid);
        grew = true;
      }
  }
  processCount = mine.size;
  let ticks = 0;
  for (const pid of mine) {
    const f = statFields(pid);
    if (f) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / TICKS;
}

async function window(
  page: Page,
  record: boolean,
): Promise<{ cpuPerMin: number; bytes: number; ms: number }> {
  if (record) {
    await page.getByRole('button', { name: 'Start recording' }).click();
    await page.getByTestId('recording-indicator').waitFor();
  }
  const c0 = cpuSeconds();
  const t0 = Date.now();
  await page.waitForTimeout(WINDOW_S * 1000);
  const c1 = cpuSeconds();
  const ms = Date.now() - t0;
  let bytes = 0;
  if (record) {
    await page.locator('body').press('r');
    await page.getByTestId('recording-saved').waitFor();
    bytes = await page.evaluate(
      () =>
        new Promise<number>((done, fail) => {
          const open = indexedDB.open('loopside');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('recordings').objectStore('recordings').getAll();
            req.onsuccess = () => {
              const rows = req.result as { bytes: number; startedAt: number }[];
              rows.sort((a, b) => b.startedAt - a.startedAt);
              open.result.close();
              done(rows[0]?.bytes ?? 0);
            };
          };
        }),
    );
  }
  return { cpuPerMin: ((c1 - c0) / ms) * 60_000, bytes, ms };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

describe('recording cost', () => {
  beforeAll(async () => {
    const dir = buildExtension();
    userDataDir = mkdtempSync(join(tmpdir(), 'loopside-bench-rec-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        ...chromiumFlags,
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    url = (p) => `chrome-extension://${id}/${p}`;
  });
  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  it(`CPU and bytes per minute, recording vs. not, ${ROUNDS}×${WINDOW_S} s each`, async () => {
    const page = await context!.newPage();
    await page.goto(url('practice-room.html'));
    // The same page both ways: the self-view camera on, a round running.
    await page.getByRole('button', { name: 'Turn on camera' }).click();
    await page.getByTestId('self-view').waitFor();
    await page.getByRole('radio', { name: /Onsite interview/ }).check();
    await page.getByRole('button', { name: 'Start round' }).click();
    await page.getByTestId('prompt-value').waitFor();
    await page.waitForTimeout(3000);

    const idle: number[] = [];
    const rec: number[] = [];
    const perMin: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      idle.push((await window(page, false)).cpuPerMin);
      const r = await window(page, true);
      rec.push(r.cpuPerMin);
      perMin.push((r.bytes / r.ms) * 60_000);
    }
    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(2)} MB`;
    const ratio = median(rec) / median(idle);
    console.log(
      [
        `recording cost (camera+mic, 640x360 @ 15 fps, VP8 ~500 kbit/s + Opus 48 kbit/s; Chromium fake devices; ${processCount} processes counted)`,
        `  CPU s per minute, all Chromium processes — not recording (baseline): median ${median(idle).toFixed(2)} [${idle.map((x) => x.toFixed(2)).join(', ')}]`,
        `  CPU s per minute, all Chromium processes — recording:               median ${median(rec).toFixed(2)} [${rec.map((x) => x.toFixed(2)).join(', ')}]`,
        `  ratio recording / baseline: ${ratio.toFixed(2)}×; extra CPU ≈ ${(median(rec) - median(idle)).toFixed(2)} s per minute`,
        `  10-minute run (extrapolated ×10): ${(median(rec) * 10).toFixed(1)} CPU s recording vs ${(median(idle) * 10).toFixed(1)} CPU s not`,
        `  bytes per minute: median ${mb(median(perMin))} [${perMin.map(mb).join(', ')}] → ${mb(median(perMin) * 10)} per 10 minutes`,
      ].join('\n'),
    );
    expect(perMin.every((b) => b > 0)).toBe(true);
  });
});
