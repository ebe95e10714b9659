import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension';

let ext: LaunchedExtension;
const requests: string[] = [];

beforeAll(async () => {
  ext = await launchExtension();
  ext.context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await ext?.close();
});

const external = () =>
  requests.filter(
    (u) => !u.startsWith(`chrome-extension://${ext.extensionId}/`) && !u.startsWith('data:'),
  );

test('a note typed 200 ms before the page closes is all there on reopening', async () => {
  const panel = await ext.open('sidepanel.html');
  await panel.getByRole('radio', { name: /Recruiter screen/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  const note = 'Lead with the number: 38% fewer errors — then the why. ✓ שלום 🚀';
  await panel.getByRole('textbox', { name: 'Notes' }).pressSequentially(note, { delay: 5 });
  await panel.waitForTimeout(200);
  await panel.close({ runBeforeUnload: true });

  const again = await ext.open('sidepanel.html');
  await expect.poll(() => again.getByRole('textbox', { name: 'Notes' }).inputValue()).toBe(note);
  await again.getByRole('button', { name: 'Finish round' }).click();
  await again.getByRole('button', { name: 'Finish and see the debrief' }).click();
  await again.close();
});

test('a backup exported from the workspace brings the stories back after a wipe', async () => {
  const ws = await ext.open('workspace.html#stories');
  for (const title of ['Shipped the rollback tool', 'Said no to the redesign — لا']) {
    await ws.getByRole('button', { name: 'New story' }).click();
    await ws.getByRole('textbox', { name: 'Title', exact: true }).fill(title);
    await ws.getByRole('textbox', { name: 'Measurable outcome' }).fill('Cut incident time by 40%');
  }
  await ws.waitForTimeout(600);

  await ws.goto(ext.url('workspace.html#backup'));
  const [download] = await Promise.all([
    ws.waitForEvent('download'),
    ws.getByRole('button', { name: 'Export my data' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^loopside-backup-.*\.json$/);
  const file = await download.path();

  // Wipe the stories and rounds the way a lost profile would.
  await ws.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('loopside');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['stories', 'sessions'], 'readwrite');
          tx.objectStore('stories').clear();
          tx.objectStore('sessions').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
        };
      }),
  );
  await ws.goto(ext.url('workspace.html#stories'));
  await ws.reload();
  await expect.poll(() => ws.getByText('Shipped the rollback tool').count()).toBe(0);

  await ws.goto(ext.url('workspace.html#backup'));
  await ws.getByLabel('Choose a backup file').setInputFiles(file);
  const summary = ws.getByLabel('What this backup holds');
  await expect.poll(() => summary.textContent()).toContain('2 stories');
  await ws.getByRole('button', { name: 'Merge into my data' }).click();
  await expect.poll(() => ws.locator('.backup__done').count()).toBe(1);

  await ws.goto(ext.url('workspace.html#stories'));
  await expect.poll(() => ws.getByText('Shipped the rollback tool').count()).toBeGreaterThan(0);
  expect(await ws.getByText('Said no to the redesign — لا').count()).toBeGreaterThan(0);
});

test('a whole practice round makes no network request outside the extension', async () => {
  requests.length = 0;
  const panel = await ext.open('sidepanel.html');
  await panel.getByRole('radio', { name: /Onsite interview/ }).check();
  await panel.getByRole('button', { name: 'Start round' }).click();
  for (let i = 0; i < 6; i++) {
    await panel.getByRole('button', { name: 'Probe' }).click();
    await panel.getByRole('textbox', { name: 'Notes' }).fill(`answer ${i}`);
    await panel.keyboard.press('Escape');
    await panel.keyboard.press('/');
    await panel.keyboard.type('roll');
    await panel.keyboard.press('Escape');
    const next = panel.getByRole('button', { name: /^(Next|Done)$/ });
    await next.click();
  }
  await expect.poll(() => panel.getByRole('heading', { name: 'Round debrief' }).count()).toBe(1);
  const ws = await ext.open('workspace.html#sessions');
  await ws.locator('[data-testid="session-row"] summary').first().click();
  await ws.goto(ext.url('workspace.html#coverage'));
  expect(requests.length).toBeGreaterThan(0);
  expect(external()).toEqual([]);
});
