import { afterAll, beforeAll, expect, test } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from './free-port';
import { findSidePanel } from './side-panel-page';
import { launchExtension, type LaunchedExtension } from './launch-extension';

// The real Chrome side panel is not a tab, so Playwright reaches it over the DevTools protocol.
let ext: LaunchedExtension;
let cdp: Browser;
let port: number;

beforeAll(async () => {
  port = await freePort();
  ext = await launchExtension(undefined, [`--remote-debugging-port=${port}`]);
});
afterAll(async () => {
  await cdp?.close();
  await ext?.close();
});

const findPanel = () => findSidePanel(cdp);

test('the coach opens in the real side panel and stays with the window across tabs', async () => {
  const call = await ext.context.newPage();
  await call.goto('about:blank');
  const workspace = await ext.open('workspace.html');
  await workspace.getByRole('button', { name: 'Open the coach panel' }).click();
  cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  await expect.poll(() => findPanel() !== undefined).toBe(true);
  const panel = findPanel()!;

  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  const value = await panel.getByTestId('prompt-value').textContent();
  expect(value).toBeTruthy();
  // A narrow panel, as in Chrome: nothing should need a wide window.
  expect(await panel.evaluate(() => innerWidth)).toBeLessThan(500);

  // Switching tabs keeps the same panel and the same running round.
  await call.bringToFront();
  await panel.waitForTimeout(1200);
  expect(findPanel()).toBe(panel);
  expect(await panel.getByTestId('prompt-value').textContent()).toBe(value);
  await expect
    .poll(async () =>
      Number(await panel.getByTestId('round-timer').getAttribute('data-elapsed-ms')),
    )
    .toBeGreaterThan(1000);
});
