import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchExtension, type LaunchedExtension } from './launch-extension';

// Two separate browser profiles: the candidate's and the interviewers'. Nothing connects them
// except the text the test carries across, as people would paste it into a call's chat.
let candidate: LaunchedExtension;
let interviewer: LaunchedExtension;

beforeAll(async () => {
  candidate = await launchExtension();
  interviewer = await launchExtension();
});
afterAll(async () => {
  await candidate?.close();
  await interviewer?.close();
});

const SECRET = 'SECRET-STORY rollback at midnight';

test('a loop planned by the candidate is run and voted on in another browser, then revealed', async () => {
  // The interviewer keeps stories of their own in their profile: none may show while interviewing.
  const own = await interviewer.open('workspace.html#stories');
  await own.getByRole('button', { name: 'New story' }).click();
  await own.getByRole('textbox', { name: 'Title', exact: true }).fill(SECRET);
  // The story list shows the title once it is stored.
  await expect.poll(() => own.getByText(SECRET).count()).toBeGreaterThan(0);
  await own.waitForTimeout(500);
  await own.close();

  // The candidate plans a loop of four and hands out two parts.
  const ws = await candidate.open('workspace.html#loops');
  await ws.getByRole('textbox', { name: 'Your name (shown to the interviewers)' }).fill('Sam');
  await ws.getByRole('textbox', { name: 'Interviewer 1 name' }).fill('Priya');
  await ws.getByRole('textbox', { name: 'Interviewer 2 name' }).fill('Jonas');
  const core = ws
    .getByRole('group', { name: 'Values for interview 3' })
    .getByRole('checkbox', { name: 'Judgment (every interview)' });
  expect(await core.isChecked()).toBe(true);
  expect(await core.isDisabled()).toBe(true);
  await ws.getByRole('button', { name: 'Create loop' }).click();
  const part1 = await ws
    .getByRole('textbox', { name: /Plan block for interview 1 \(Priya\)/ })
    .inputValue();
  const part2 = await ws
    .getByRole('textbox', { name: /Plan block for interview 2 \(Jonas\)/ })
    .inputValue();
  expect(part1).toMatch(/^\[\[loopside plan 1 /);
  await expect.poll(() => ws.getByTestId('vote-status').count()).toBe(4);

  // The interviewer chooses their role and pastes their part, chat chatter included.
  const panel = await interviewer.open('sidepanel.html');
  await panel.getByRole('radio', { name: /Interviewer/ }).click();
  const paste = panel.getByRole('textbox', { name: 'Your part of the loop plan' });
  await paste.fill(`Sam 09:58: here is your part\n${part1.slice(0, -4)}`);
  await panel.getByRole('button', { name: 'Start from this plan' }).click();
  await expect
    .poll(() => panel.getByRole('alert').textContent())
    .toMatch(/Block 1 \(line 2\): it is cut off/);
  await paste.fill(`Sam 09:58: here is your part\n${part1}\nSam 09:59: good luck`);
  await panel.getByRole('button', { name: 'Start from this plan' }).click();
  await expect.poll(() => panel.getByTestId('interviewer-value').textContent()).toBe('Judgment');
  expect(await panel.getByText('interview 1 of 4 with Sam').count()).toBe(1);
  expect(await panel.getByRole('heading', { name: 'Strong evidence sounds like' }).count()).toBe(1);
  expect(await panel.getByRole('heading', { name: 'Weak evidence sounds like' }).count()).toBe(1);
  expect((await panel.getByTestId('interviewer-question').textContent())?.length).toBeGreaterThan(
    20,
  );

  // Keyboard first: Space starts, p probes, 1 marks, n moves on, v opens the vote.
  await panel.locator('body').press(' ');
  await expect.poll(() => panel.getByRole('button', { name: 'Pause' }).count()).toBe(1);
  await panel.locator('body').press('p');
  await expect.poll(() => panel.locator('.probe').count()).toBe(1);
  await panel.locator('body').press('1');
  await expect
    .poll(() => panel.getByRole('checkbox', { name: 'Named the value', exact: true }).isChecked())
    .toBe(true);
  await panel
    .getByRole('textbox', { name: 'Evidence notes (private)' })
    .fill('Chose to pause the launch; named judgment; 40% fewer errors.');
  await expect.poll(() => panel.getByText('Saved').count()).toBe(1);
  if (process.env.UPDATE_DOCS) {
    await panel.setViewportSize({ width: 420, height: 1100 });
    await panel.screenshot({ path: 'docs/interviewer.png', fullPage: true });
  }
  // Nothing of the profile owner's story bank, cue cards or caption signals is anywhere.
  expect(await panel.getByText(SECRET).count()).toBe(0);
  expect(await panel.getByRole('region', { name: 'Story lookup' }).count()).toBe(0);
  expect(await panel.locator('#story-search').count()).toBe(0);

  // Esc leaves the notes so the single keys work again.
  await panel.keyboard.press('Escape');
  await panel.keyboard.press('n');
  await expect
    .poll(() => panel.getByTestId('interviewer-value').textContent())
    .toBe('Communication');
  // One notes box, the new value's own: empty, not the last value's box left in place.
  const notes = panel.getByRole('textbox', { name: 'Evidence notes (private)' });
  await expect.poll(() => notes.count()).toBe(1);
  expect(await notes.inputValue()).toBe('');
  // The interviewer's view is the page's one main landmark, as the candidate's is.
  expect(await panel.getByRole('main').count()).toBe(1);
  await panel.keyboard.press('v');

  const vote = async (overall: string, rationale: string) => {
    // check() fails if a choice springs back until the run is stored again.
    await panel.getByRole('radio', { name: 'Judgment: 3 of 4' }).check();
    await panel
      .getByRole('textbox', { name: 'Evidence for Judgment', exact: true })
      .fill('Weighed speed against risk out loud.');
    await panel.getByRole('radio', { name: 'Communication: 2 of 4' }).check();
    await panel
      .getByRole('textbox', { name: 'Evidence for Communication', exact: true })
      .fill('Long set-up; the result came late.');
    await panel.getByRole('radio', { name: overall, exact: true }).check();
    await panel.getByRole('textbox', { name: 'Rationale', exact: true }).fill(rationale);
    await panel.getByRole('button', { name: 'Seal vote' }).click();
    await panel.getByRole('button', { name: 'Seal it' }).click();
    await expect.poll(() => panel.getByRole('heading', { name: 'Vote sealed' }).count()).toBe(1);
    return panel.getByRole('textbox', { name: 'Vote block' }).inputValue();
  };

  // An incomplete vote cannot be sealed, and says what is missing.
  await panel.getByRole('button', { name: 'Seal vote' }).click();
  await expect.poll(() => panel.getByRole('alert').textContent()).toMatch(/Choose an overall vote/);

  const vote1 = await vote('Hire', 'Sound calls under pressure; answers ran long.');
  expect(vote1).toMatch(/^\[\[loopside vote 1 /);
  expect(vote1.length).toBeLessThan(1500);

  // A second interviewer (same browser, next part) runs their own interview and votes.
  await panel.getByRole('textbox', { name: 'Your part of the loop plan' }).fill(part2);
  await panel.getByRole('button', { name: 'Start from this plan' }).click();
  await expect.poll(() => panel.getByText('interview 2 of 4 with Sam').count()).toBe(1);
  // Vote clicked before Start is not a dead end: back to the interview, still unstarted.
  await panel.getByRole('button', { name: 'Vote' }).click();
  await panel.getByRole('button', { name: 'Back to the questions' }).click();
  await panel.getByRole('button', { name: 'Start' }).click();
  await panel.getByRole('button', { name: 'Vote' }).click();
  const vote2 = await vote('No hire', 'Could not name the value behind the decision.');

  // The first part pasted again brings back its sealed vote and block, not a run that can never
  // be sealed; a replacement begun by mistake can be left, the sealed vote unchanged.
  await panel.getByRole('textbox', { name: 'Your part of the loop plan' }).fill(part1);
  await panel.getByRole('button', { name: 'Start from this plan' }).click();
  await expect
    .poll(() => panel.getByRole('textbox', { name: 'Vote block' }).inputValue())
    .toBe(vote1);
  await panel.getByRole('button', { name: 'Replace this vote' }).click();
  await panel.getByRole('button', { name: 'Keep my sealed vote' }).click();
  await expect
    .poll(() => panel.getByRole('textbox', { name: 'Vote block' }).inputValue())
    .toBe(vote1);

  // Back at the candidate's: an edited block changes nothing and says which block is wrong.
  const votes = ws.getByRole('textbox', { name: /Paste votes/ });
  const edited = vote2.replace(/vote 1 (.)/, (_m, c: string) => `vote 1 ${c === 'A' ? 'B' : 'A'}`);
  await votes.fill(`Priya 10:46: mine\n${vote1}\nJonas 10:47: ${edited}`);
  await ws.getByRole('button', { name: 'Import votes' }).click();
  await expect
    .poll(() => ws.getByRole('alert').first().textContent())
    .toMatch(/Nothing was imported/);
  expect(await ws.getByRole('alert').first().textContent()).toMatch(/Block 2 \(line 3\)/);
  expect(await ws.getByText('vote in', { exact: false }).count()).toBe(0);

  await votes.fill(`Priya 10:46: mine\n${vote1}\nJonas 10:47: ${vote2}`);
  await ws.getByRole('button', { name: 'Import votes' }).click();
  await expect.poll(() => ws.getByText('2 votes in.').count()).toBe(1);
  await expect.poll(() => ws.getByText(/vote in, sealed/).count()).toBe(2);
  // Which votes are in shows; what they say does not, until the reveal.
  expect(await ws.getByText('Sound calls under pressure', { exact: false }).count()).toBe(0);
  expect(await ws.getByText('No hire', { exact: true }).count()).toBe(0);

  await ws.getByRole('button', { name: 'Reveal votes' }).click();
  await ws.getByRole('button', { name: 'Reveal anyway' }).click();
  await expect
    .poll(() => ws.getByRole('heading', { name: /^Outcome:/ }).textContent())
    .toBe('Outcome: Borderline');
  await expect.poll(() => ws.getByTestId('revealed-vote').count()).toBe(2);
  const revealed = (await ws.locator('.loop-report').textContent()) ?? '';
  for (const text of [
    'Priya',
    'Jonas',
    'Hire',
    'No hire',
    'Could not name the value',
    'Weighed speed against risk',
  ]) {
    expect(revealed).toContain(text);
  }
  expect(
    await ws.getByRole('list', { name: 'Values to practise next' }).getByRole('listitem').count(),
  ).toBe(2);

  const [download] = await Promise.all([
    ws.waitForEvent('download'),
    ws.getByRole('button', { name: 'Export loop report (Markdown)' }).click(),
  ]);
  const md = readFileSync((await download.path())!, 'utf8');
  expect(md).toMatch(/^# Loop report: Practice loop/);
  expect(md).toContain('**Borderline**');
  expect(md).toContain('Jonas (interview 2): 3/4');
  expect(md).toContain('## Practise next');
});
