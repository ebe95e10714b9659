import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension';

let ext: LaunchedExtension;

beforeAll(async () => {
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
});

/** The chart summaries a screen reader hears, one per value. */
const chartLabels = (page: Page) =>
  page
    .locator('svg[role="img"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));

test('a date four weeks out gives a plan; a round ticks its task and moves hours and a chart; a rehearsal empties the queue', async () => {
  const ws = await ext.open('workspace.html#stories');
  await ws.getByRole('button', { name: 'New story' }).click();
  await ws
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Rolled back the pricing test');
  await ws
    .getByRole('textbox', { name: 'Action', exact: true })
    .fill('I stopped the experiment after two days and told the team why.');
  await ws.waitForTimeout(500);

  await ws.goto(ext.url('workspace.html#plan'));
  await expect.poll(() => ws.getByRole('heading', { name: 'Prep plan' }).count()).toBe(1);
  const inFour = await ws.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 28);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  });
  // A bad date says so and makes nothing.
  await ws.getByRole('button', { name: 'Make my plan' }).click();
  await expect.poll(() => ws.getByRole('alert').textContent()).toMatch(/calendar day/);
  await ws.getByLabel('Interview date', { exact: true }).fill(inFour);
  await ws.getByRole('button', { name: 'Make my plan' }).click();

  await expect.poll(() => ws.getByRole('heading', { name: 'Your 4-week plan' }).count()).toBe(1);
  await expect.poll(() => ws.getByText('28 days to the interview').count()).toBeGreaterThan(0);
  const mock = ws.getByRole('checkbox', { name: 'Behavioural mock 1 of 3' });
  expect(await mock.isChecked()).toBe(false);
  expect(await ws.getByRole('checkbox', { name: 'A full simulated loop' }).count()).toBe(1);
  expect(await ws.getByTestId('hours-total').textContent()).toBe('0 min');
  const chartsBefore = await chartLabels(ws);
  expect(chartsBefore.length).toBeGreaterThan(5);
  expect(chartsBefore.every((l) => l.includes('no data yet'))).toBe(true);

  // The panel shows the days left too.
  const panel = await ext.context.newPage();
  await panel.clock.install();
  await panel.goto(ext.url('sidepanel.html'));
  await expect.poll(() => panel.getByText('28 days to the interview').count()).toBe(1);
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  await expect.poll(() => panel.getByText('Prompt 1 of').count()).toBe(1);
  const valueName = (await panel.getByTestId('prompt-value').textContent())?.trim() ?? '';
  await panel.getByRole('checkbox', { name: 'I named the value I acted on' }).click();
  await panel.getByRole('radio', { name: /^Score 3 of 4/ }).check();
  // Twelve minutes of answering, without waiting twelve minutes.
  await panel.clock.fastForward('12:00');
  await panel.getByRole('button', { name: 'Next' }).click();
  await expect.poll(() => panel.getByText('Prompt 2 of').count()).toBe(1);
  await panel.getByRole('button', { name: 'Finish round' }).click();
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await expect.poll(() => panel.getByRole('heading', { name: 'Round debrief' }).count()).toBe(1);

  await ws.bringToFront();
  await expect.poll(() => mock.isChecked()).toBe(true);
  await expect.poll(() => ws.getByText('Ticked by Loopside: it saw this done.').count()).toBe(1);
  await expect.poll(() => ws.getByTestId('hours-total').textContent()).toMatch(/^1[23] min$/);
  const chartsAfter = await chartLabels(ws);
  const changed = chartsAfter.filter((l, i) => l !== chartsBefore[i]);
  expect(changed.length).toBeGreaterThan(0);
  expect(
    changed.some((l) => l.startsWith(`${valueName}, answers practised: 1 day, latest 1`)),
  ).toBe(true);
  await ws.getByText(`Table view: ${valueName}`).click();
  const table = ws.getByRole('table', { name: new RegExp(`^${valueName} — Answers practised`) });
  expect(await table.getByRole('cell').first().textContent()).toBe('1');

  // Rehearse the due story: it leaves the queue.
  const rehearse = ws.getByRole('button', { name: 'Rehearse Rolled back the pricing test' });
  await expect.poll(() => rehearse.count()).toBe(1);
  await rehearse.click();
  const card = ws.getByRole('group', { name: 'Rehearsing Rolled back the pricing test' });
  await expect.poll(() => card.getByRole('timer').count()).toBe(1);
  await card.getByRole('button', { name: 'Good' }).click();
  await expect.poll(() => rehearse.count()).toBe(0);
  await expect
    .poll(() => ws.getByText(/Nothing due\. Next: Rolled back the pricing test on/).count())
    .toBe(1);

  // "Practise next" starts a one-value round that the open panel picks up.
  const practise = ws.getByRole('region', { name: 'Practise next' }).getByRole('button').first();
  const practised = ((await practise.textContent()) ?? '').replace(/^Practise /, '');
  await practise.click();
  await panel.bringToFront();
  await expect.poll(() => panel.getByText('Prompt 1 of').count()).toBe(1);
  expect((await panel.getByTestId('prompt-value').textContent())?.trim()).toBe(practised);
  await ws.bringToFront();

  // Readiness: a "flexible" pay answer gets the warning.
  await ws.getByRole('textbox', { name: 'Your number (total per year)' }).fill("I'm flexible");
  await expect.poll(() => ws.getByText(/Saying you are flexible reads as/).count()).toBe(1);

  const [download] = await Promise.all([
    ws.waitForEvent('download'),
    ws.getByRole('button', { name: 'Export plan as Markdown' }).click(),
  ]);
  const md = readFileSync(await download.path(), 'utf8');
  expect(md).toContain('# Interview prep plan');
  expect(md).toContain('4-week plan · 28 days left');
  expect(md).toContain('- [x] Behavioural mock 1 of 3');
  expect(md).toContain("I'm flexible");
  expect(md).toMatch(new RegExp(`\\| ${valueName} \\| 1 \\| 3\\.0 \\|`));
});
