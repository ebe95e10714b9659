import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort } from './free-port';
import { findSidePanel } from './side-panel-page';
import { grantedBuild } from './granted-build';
import { launchExtension, type LaunchedExtension } from './launch-extension';

// The granted build grants careers.loopside.test, standing in for the activeTab grant a user's click
// on the toolbar button or the page's menu item gives. The panel is the real Chrome side panel,
// reached over the DevTools protocol, so "this page" is the tab beside it.
const SITE = 'https://careers.loopside.test';
const pages: Record<string, string> = {
  '/values': 'values-headings.html',
  '/jobs/data-engineer': 'job-posting.html',
  '/sign-in': 'no-article.html',
  '/hostile': 'hostile.html',
};

let ext: LaunchedExtension;
let cdp: Browser;
let port: number;

beforeAll(async () => {
  port = await freePort();
  ext = await launchExtension(grantedBuild(), [`--remote-debugging-port=${port}`]);
  await ext.context.route(`${SITE}/**`, (route) => {
    const file = pages[new URL(route.request().url()).pathname];
    return file
      ? route.fulfill({
          contentType: 'text/html',
          body: readFileSync(resolve('tests/fixtures/clip', file), 'utf8'),
        })
      : route.fulfill({ status: 404, body: 'not found' });
  });
});
afterAll(async () => {
  await cdp?.close();
  await ext?.close();
});

const findPanel = () => findSidePanel(cdp);

test('a values page is clipped from the panel, read in the workspace, and becomes the framework a round uses', async () => {
  const site = await ext.context.newPage();
  await site.goto(`${SITE}/values`);
  const workspace = await ext.open('workspace.html');
  await workspace.getByRole('button', { name: 'Open the coach panel' }).click();
  cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  await expect.poll(() => findPanel() !== undefined).toBe(true);
  const panel = findPanel()!;

  // A page with no article: a clear message and nothing stored.
  await site.goto(`${SITE}/sign-in`);
  await site.bringToFront();
  await panel.getByRole('button', { name: 'Clip this page to Loopside' }).click();
  await expect
    .poll(() => panel.getByRole('alert').textContent())
    .toMatch(/No article was found.*nothing was stored/);

  // A hostile page: clipped, but none of its live parts reach storage.
  await site.goto(`${SITE}/hostile`);
  await panel.getByRole('button', { name: 'Clip this page to Loopside' }).click();
  await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/Clipped “.*Quietfox/);
  const stored = await workspace.evaluate(
    () =>
      new Promise<string>((done) => {
        const open = indexedDB.open('loopside');
        open.onsuccess = () => {
          const all = open.result.transaction('clippedPages').objectStore('clippedPages').getAll();
          all.onsuccess = () => done(JSON.stringify(all.result));
        };
      }),
  );
  expect(stored).toContain('Tell the room what it does not want to hear');
  for (const bad of [
    '<script',
    'onerror',
    'onclick',
    'javascript:',
    '<iframe',
    '<svg',
    '<img',
    'style=',
    'evil.invalid',
    'tracker.invalid',
  ]) {
    expect(stored).not.toContain(bad);
  }
  expect(await site.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBe(true);

  await site.goto(`${SITE}/values`);
  await panel.getByRole('button', { name: 'Clip this page to Loopside' }).click();
  await expect
    .poll(() => panel.getByRole('status').textContent())
    .toMatch(/Clipped “.*Harbor Lane.*” as values page/);

  await workspace.bringToFront();
  await workspace.getByRole('link', { name: 'Clipped pages' }).click();
  await expect(workspace.getByRole('heading', { name: 'Clipped pages' })).toBeDefined();
  const card = workspace.getByRole('article', { name: /Harbor Lane/ });
  await card.getByRole('button', { name: /^Read/ }).click();
  expect(await card.getByTestId('clip-reader').textContent()).toContain(
    'You say the hard thing early and kindly',
  );
  expect(await card.getByRole('link', { name: `${SITE}/values` }).count()).toBe(1);
  expect(await card.getByLabel('Kind').inputValue()).toBe('values-page');

  // Delete and undo keep the clip.
  await card.getByRole('button', { name: /^Delete/ }).click();
  await expect.poll(() => workspace.getByRole('article', { name: /Harbor Lane/ }).count()).toBe(0);
  await workspace.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => workspace.getByRole('article', { name: /Harbor Lane/ }).count()).toBe(1);

  await card.getByRole('button', { name: 'Make a framework from this page' }).click();
  const names = await card
    .getByLabel('Value name')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(names).toEqual(['Judgment', 'Candor', 'Ownership', 'Curiosity', 'Generosity']);
  await card.getByLabel('Framework name').fill('Harbor Lane values');
  // Keep one value only, with a prompt of the user's own, so the round's prompt is predictable.
  for (const name of ['Judgment', 'Ownership', 'Curiosity', 'Generosity']) {
    await card.getByRole('button', { name: `Remove ${name}` }).click();
  }
  await card
    .getByLabel('Prompts for Candor (one per line, optional)')
    .fill('Tell me about feedback you gave a peer that they did not want to hear.');
  await card.getByRole('button', { name: 'Save as framework' }).click();
  await expect
    .poll(() => card.getByRole('status').textContent())
    .toMatch(/Saved “Harbor Lane values”.*next round uses/);

  await expect
    .poll(() => panel.getByLabel('Value framework').locator('option:checked').textContent())
    .toBe('Harbor Lane values');
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  await expect.poll(() => panel.getByTestId('prompt-value').textContent()).toBe('Candor');
  expect(await panel.textContent('body')).toContain(
    'Tell me about feedback you gave a peer that they did not want to hear.',
  );
});

test('a clipped job posting gives its terms to the round tied to it and marks stories using them', async () => {
  const panel = findPanel()!;
  await panel.getByRole('button', { name: 'Finish round' }).click();
  await panel.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await panel.getByRole('button', { name: 'New round' }).click();
  const site = await ext.context.newPage();
  await site.goto(`${SITE}/jobs/data-engineer`);
  await site.bringToFront();
  await panel.getByRole('button', { name: 'Clip this page to Loopside' }).click();
  await expect
    .poll(() => panel.getByRole('status').textContent())
    .toMatch(/Clipped “Senior Data Engineer.*” as job posting/);

  const picker = panel.getByLabel('Job posting for this round');
  const postingLabel = await picker
    .locator('option', { hasText: 'Senior Data Engineer' })
    .textContent();
  await picker.selectOption({ label: postingLabel! });
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  const terms = panel.getByRole('region', { name: /Terms from Senior Data Engineer/ });
  await expect.poll(() => terms.textContent()).toContain('royalty');
  expect(await terms.textContent()).toContain('kafka');

  // Writing a story: the posting's terms show beside it, and a story using them is marked.
  const workspace = await ext.open('workspace.html#stories');
  await workspace.getByRole('button', { name: /New story/ }).click();
  await workspace.getByLabel('Title').fill('Rebuilt the royalty pipeline on Kafka');
  const side = workspace.getByRole('region', { name: /Terms from Senior Data Engineer/ });
  await expect
    .poll(() => side.locator('.job-terms__used').allTextContents())
    .toEqual(expect.arrayContaining(['royalty (used)', 'kafka (used)']));
  await expect
    .poll(() => workspace.getByRole('list', { name: 'Stories' }).textContent())
    .toMatch(/Uses posting terms · 2/);
});
