import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { killBrowser, launchOnProfile, profileProcesses } from './browser-process';

let profile: string;
let open: BrowserContext | undefined;

beforeAll(() => {
  profile = mkdtempSync(join(tmpdir(), 'loopside-crash-'));
});
afterAll(async () => {
  await open?.close().catch(() => undefined);
  rmSync(profile, { recursive: true, force: true });
});

/**
 * Waits until the field shows every key sent (on a busy machine the page can take a while to
 * receive the last ones, and a key it never got was not typed yet), then `ms` more, then kills the
 * whole browser.
 */
async function crashAfter(field: Locator, typed: string, ms: number): Promise<void> {
  await expect.poll(() => field.inputValue(), { interval: 5 }).toBe(typed);
  await new Promise((r) => setTimeout(r, ms));
  expect(killBrowser(profile)).toBeGreaterThan(0);
  open = undefined;
  await expect.poll(() => profileProcesses(profile).length).toBe(0);
}

async function relaunch() {
  // A test that failed earlier may have left its browser open on the profile.
  await open?.close().catch(() => undefined);
  const b = await launchOnProfile(profile);
  open = b.context;
  return b;
}

test('a story field typed 100 ms before the browser is killed is all there after a restart', async () => {
  const b = await relaunch();
  const ws = await b.context.newPage();
  await ws.goto(b.url('workspace.html#stories'));
  await ws.getByRole('button', { name: 'New story' }).click();
  const title = ws.getByRole('textbox', { name: 'Title', exact: true });
  await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
  const typed = 'Stopped the launch a day early — and said why, in writing. ✓ 38%';
  await title.pressSequentially(typed, { delay: 15 });
  await crashAfter(title, typed, 100);

  const again = await relaunch();
  const page = await again.context.newPage();
  await page.goto(again.url('workspace.html#stories'));
  await expect
    .poll(() => page.getByRole('textbox', { name: 'Title', exact: true }).inputValue())
    .toBe(typed);
  await again.context.close();
  open = undefined;
});

test('a note typed 100 ms before the browser is killed is all there after a restart', async () => {
  const b = await relaunch();
  const panel = await b.context.newPage();
  await panel.goto(b.url('sidepanel.html'));
  await panel.getByRole('radio', { name: /Recruiter screen/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  const typed = 'Name the number first: 212k base, then the sources. שלום 🚀 end';
  const notes = panel.getByRole('textbox', { name: 'Notes' });
  await notes.pressSequentially(typed, { delay: 15 });
  await crashAfter(notes, typed, 100);

  const again = await relaunch();
  const page = await again.context.newPage();
  await page.goto(again.url('sidepanel.html'));
  await expect.poll(() => page.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(typed);
});
