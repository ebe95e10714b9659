// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { findTeamsCaptionRoot, readTeamsBlocks } from '../../lib/captions/teams-adapter';
import { buildTeamsCall } from '../fixtures/captions/teams-dom';
import { resetDocument, watchHarness } from '../fixtures/captions/watch-harness';

afterEach(() => resetDocument(document));

const texts = (h: ReturnType<typeof watchHarness>) =>
  h.latest().map(({ speaker, text, final }) => [speaker, text, final]);

describe('readTeamsBlocks', () => {
  it('pairs each caption text with its author', () => {
    const call = buildTeamsCall(document);
    call.addLine('Priya Shah', 'What was your role?');
    call.addLine('Sam Lee', 'I owned the rollout.');
    const root = findTeamsCaptionRoot(document) as Element;
    expect(readTeamsBlocks(root).map(({ speaker, text }) => [speaker, text])).toEqual([
      ['Priya Shah', 'What was your role?'],
      ['Sam Lee', 'I owned the rollout.'],
    ]);
  });
});

describe('Teams caption watcher', () => {
  it('normal flow with mid-sentence fragments and a speaker change', async () => {
    const call = buildTeamsCall(document);
    const h = watchHarness('teams', document);
    h.watcher.start();
    const q = call.addLine('Priya Shah', 'What was');
    await h.settle();
    call.setText(q, 'What was your role?');
    await h.settle();
    const a = call.addLine('Sam Lee', 'I owned');
    await h.settle();
    call.setText(a, 'I owned the rollout.');
    await h.settle();
    expect(texts(h)).toEqual([
      ['Priya Shah', 'What was your role?', true],
      ['Sam Lee', 'I owned the rollout.', false],
    ]);
    expect(h.latest().every((u) => !u.isSelf)).toBe(true);
  });

  it('virtualised list: dropped and re-created nodes are not repeated', async () => {
    const call = buildTeamsCall(document);
    const h = watchHarness('teams', document);
    h.watcher.start();
    for (let i = 0; i < 6; i++) {
      call.addLine(i % 2 ? 'Sam Lee' : 'Priya Shah', `Line ${i} of the conversation here.`);
      call.keepLast(3);
      await h.settle();
    }
    call.rerender(0);
    await h.settle();
    call.rerender(3);
    await h.settle();
    call.addLine('Priya Shah', 'And the result?');
    await h.settle();
    expect(texts(h).map(([, text]) => text)).toEqual([
      'Line 0 of the conversation here.',
      'Line 1 of the conversation here.',
      'Line 2 of the conversation here.',
      'Line 3 of the conversation here.',
      'Line 4 of the conversation here.',
      'Line 5 of the conversation here.',
      'And the result?',
    ]);
  });

  it('replaced wrapper: lost then refound, the open line continues', async () => {
    const call = buildTeamsCall(document);
    const h = watchHarness('teams', document);
    h.watcher.start();
    const a = call.addLine('Sam Lee', 'We measured');
    await h.settle();
    call.replaceWrapper();
    await h.settle();
    call.setText(a, 'We measured churn weekly.');
    await h.settle();
    expect(h.states()).toEqual(['searching', 'working', 'lost', 'refound']);
    expect(texts(h)).toEqual([['Sam Lee', 'We measured churn weekly.', false]]);
  });

  it('a long line whose text resets becomes a new utterance', async () => {
    const call = buildTeamsCall(document);
    const h = watchHarness('teams', document);
    h.watcher.start();
    const long = 'The first thing I did was talk to every team lead about the migration plan';
    const a = call.addLine('Sam Lee', long);
    await h.settle();
    call.setText(a, 'then we');
    await h.settle();
    expect(texts(h)).toEqual([
      ['Sam Lee', long, true],
      ['Sam Lee', 'then we', false],
    ]);
  });

  it('"Unknown" author that resolves keeps one utterance with the real name', async () => {
    const call = buildTeamsCall(document);
    const h = watchHarness('teams', document);
    h.watcher.start();
    const a = call.addLine('Unknown', 'Can you say more');
    await h.settle();
    call.setAuthor(a, 'Priya Shah');
    call.setText(a, 'Can you say more about that?');
    await h.settle();
    expect(texts(h)).toEqual([['Priya Shah', 'Can you say more about that?', false]]);
  });

  it('captions off during a call: explains where to turn them on', async () => {
    const call = buildTeamsCall(document, { captions: false });
    const h = watchHarness('teams', document);
    h.watcher.start();
    expect(h.health.at(-1)?.state).toBe('captions-off');
    expect(h.health.at(-1)?.detail).toMatch(/live captions/);
    call.captionsOn();
    await h.settle();
    expect(h.states().at(-1)).toBe('working');
  });
});
