import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension';
import { seriousAxeViolations } from './axe-violations';

let ext: LaunchedExtension;
const outside: string[] = [];
beforeAll(async () => {
  ext = await launchExtension();
  // No cloud fallback: nothing the critique does may leave the machine.
  ext.context.on('request', (r) => {
    if (!/^(chrome-extension|data|blob|about):/.test(r.url())) outside.push(r.url());
  });
});
afterAll(async () => {
  await ext?.close();
});

const story = {
  Title: 'Stopped the checkout rollout',
  Situation: 'Checkout errors doubled halfway through a migration with a fixed launch date.',
  Task: 'I owned the release call for the payments team.',
  Action: 'I paused the rollout and walked my director through the error budget.',
  Result: 'We relaunched two weeks later with no incidents.',
  'Measurable outcome': 'Checkout errors fell 38% in the following month.',
  'What I would do differently': 'I would warn sales a week before the launch.',
  'Value line': 'The value I acted on was Judgment because trust mattered more than the date.',
};

/** What the product must say for each state the browser itself reports. */
const words: Record<string, string> = {
  missing: 'Not available in this browser',
  unavailable: 'Not available on this computer',
  downloadable: 'Downloadable — about 4 GB, needs your click',
  downloading: 'Downloading',
  available: 'Ready',
};

async function browserReports(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const lm = (globalThis as { LanguageModel?: { availability: (o: object) => Promise<string> } })
      .LanguageModel;
    if (!lm) return 'missing';
    const io = [{ type: 'text', languages: ['en'] }];
    return lm.availability({ expectedInputs: io, expectedOutputs: io });
  });
}

test('the story critique explains which state the browser’s model is in, and the workspace is unchanged', async () => {
  const ws = await ext.open('workspace.html#stories');
  const reported = await browserReports(ws);
  console.log(`Chromium reports LanguageModel: ${reported}`);

  await ws.getByRole('button', { name: 'New story' }).click();
  for (const [label, text] of Object.entries(story)) {
    await ws.getByRole('textbox', { name: label, exact: true }).fill(text);
  }
  await ws.getByRole('checkbox', { name: 'Judgment', exact: true }).click();
  await expect.poll(() => ws.getByText('Strong story: nothing missing').count()).toBe(1);

  // Nothing of the critique runs before it is asked for.
  expect(await ws.getByTestId('model-state').count()).toBe(0);
  await ws.getByRole('button', { name: 'Critique this story' }).click();
  const state = ws.getByTestId('model-state');
  await expect
    .poll(() => state.textContent())
    .toBe(`On-device model: ${words[reported] ?? reported}`);
  if (reported === 'unavailable') {
    await ws.getByText(/cannot run on this computer/).waitFor();
    expect(await ws.getByRole('button', { name: /Download the model/ }).count()).toBe(0);
  }

  // The rest of the editor is as it was: still typing, still saving, still judging the story.
  await ws.getByRole('textbox', { name: 'Title', exact: true }).fill('Stopped the rollout');
  await expect.poll(() => ws.getByText('Strong story: nothing missing').count()).toBe(1);
  for (const colorScheme of ['light', 'dark'] as const) {
    await ws.emulateMedia({ colorScheme });
    expect(await seriousAxeViolations(ws), colorScheme).toEqual([]);
    expect(await ws.getByRole('main').count()).toBe(1);
  }
  await ws.reload();
  await ws
    .getByRole('button', { name: /Stopped the rollout/ })
    .first()
    .click();
  await expect
    .poll(() => ws.getByRole('textbox', { name: 'Title', exact: true }).inputValue())
    .toBe('Stopped the rollout');
  expect(outside).toEqual([]);
  await ws.close();
});

test('where the browser has no LanguageModel, the critique says so and nothing else changes', async () => {
  await ext.context.addInitScript(() => {
    delete (globalThis as { LanguageModel?: unknown }).LanguageModel;
  });
  const ws = await ext.open('workspace.html#stories');
  expect(await browserReports(ws)).toBe('missing');
  await ws
    .getByRole('button', { name: /Stopped the rollout/ })
    .first()
    .click();
  await ws.getByRole('button', { name: 'Critique this story' }).click();
  await expect
    .poll(() => ws.getByTestId('model-state').textContent())
    .toBe('On-device model: Not available in this browser');
  await ws.getByText(/Everything else in Loopside works as before/).waitFor();
  expect(
    await ws.getByRole('textbox', { name: 'Measurable outcome', exact: true }).inputValue(),
  ).toBe(story['Measurable outcome']);
  expect(await seriousAxeViolations(ws)).toEqual([]);
  await ws.close();
});

test('the candidate’s panel shows nothing from the model during a live round', async () => {
  const panel = await ext.open('sidepanel.html');
  await panel.getByRole('button', { name: 'Start round' }).click();
  await panel.getByTestId('prompt-value').waitFor();
  const text = (await panel.locator('body').textContent()) ?? '';
  expect(text).not.toMatch(/critique|on-device model|follow-ups from/i);
  expect(await panel.getByRole('button', { name: /critique|suggest follow-ups/i }).count()).toBe(0);
  expect(outside).toEqual([]);
});
