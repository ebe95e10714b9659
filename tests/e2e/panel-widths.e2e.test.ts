import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type LaunchedExtension } from './launch-extension';

let ext: LaunchedExtension;
beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** Nothing wider than the panel, and the framework picker wide enough for the framework's name. */
async function fits(panel: Page) {
  return panel.evaluate(() => {
    const root = document.documentElement;
    const select = document.querySelector<HTMLSelectElement>('.switcher select');
    let pickerFits = false;
    if (select) {
      const label = select.selectedOptions[0]?.textContent ?? '';
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = getComputedStyle(select).font;
      const rect = select.getBoundingClientRect();
      const style = getComputedStyle(select);
      // Room for the text inside the box's padding and beside the drop-down arrow (about 24 px
      // in Chromium), inside the window.
      const room = rect.width - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
      pickerFits = rect.right <= window.innerWidth && ctx.measureText(label).width <= room;
    }
    // The story search keeps room to type in, beside or above "Only <value>".
    const search = document.querySelector<HTMLInputElement>('#story-search');
    const searchRoom = search ? search.getBoundingClientRect().width >= 150 : true;
    return { overflow: root.scrollWidth - root.clientWidth, pickerFits, searchRoom };
  });
}

test('the panel is usable at 240 px (Firefox sidebar) and 320 px: nothing cut, picker readable', async () => {
  const panel = await ext.open('sidepanel.html');
  await panel.getByRole('button', { name: 'Start round' }).waitFor();
  for (const width of [240, 320]) {
    await panel.setViewportSize({ width, height: 800 });
    await expect
      .poll(() => fits(panel))
      .toEqual({ overflow: 0, pickerFits: true, searchRoom: true });
  }
  await panel.getByRole('button', { name: 'Start round' }).click();
  await panel.getByTestId('prompt-value').waitFor();
  for (const width of [240, 320]) {
    await panel.setViewportSize({ width, height: 800 });
    await expect
      .poll(() => fits(panel))
      .toEqual({ overflow: 0, pickerFits: true, searchRoom: true });
    // Every round control stays on screen and clickable.
    for (const name of ['Pause', 'Probe', 'Skip', 'Next', 'Finish round']) {
      const box = await panel.getByRole('button', { name, exact: true }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    }
  }
});

test('long value and framework names fit too (Amazon Leadership Principles at 240 px)', async () => {
  const panel = await ext.open('sidepanel.html');
  await panel.setViewportSize({ width: 240, height: 800 });
  // The round the first test left running ends first: the framework is chosen between rounds.
  await panel.getByRole('button', { name: 'Finish round' }).click();
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await panel.getByRole('button', { name: 'New round' }).click();
  await panel.locator('.switcher select').selectOption({ label: 'Amazon Leadership Principles' });
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  await panel.getByTestId('prompt-value').waitFor();
  for (let i = 0; i < 4; i++) {
    for (const width of [240, 252]) {
      await panel.setViewportSize({ width, height: 800 });
      await expect
        .poll(() => fits(panel))
        .toEqual({ overflow: 0, pickerFits: true, searchRoom: true });
    }
    await panel.getByRole('button', { name: 'Next', exact: true }).click();
  }
});
