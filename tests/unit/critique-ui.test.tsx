// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProbeSuggestionsArea } from '../../components/critique/probe-suggestions';
import { RunQuestions } from '../../components/interviewer/run-questions';
import { StoryEditor } from '../../components/stories/story-editor';
import { SessionList } from '../../components/workspace/session-list';
import { startRun } from '../../lib/peer/interview-run';
import { finishedSession } from '../fixtures/finished-session';
import { sampleLoop, sampleRun } from '../fixtures/peer-rows';
import { getDb } from '../../lib/db/loopside-db';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { emptyStory, type Story } from '../../lib/stories/story-schema';
import { sampleProbeSuggestions, sampleStoryCritique } from '../fixtures/critique-rows';
import { standInLanguageModel, type StandInOptions } from '../fixtures/stand-in-language-model';

const story: Story = {
  ...emptyStory('s1', 1_700_000_000_000),
  title: 'Stopped the checkout rollout',
  values: ['Judgment'],
  valueLine: 'The value I acted on was Judgment because trust mattered more than the date.',
  situation: 'Checkout errors doubled halfway through a migration with a fixed launch date.',
  task: 'I owned the release call for the payments team.',
  action: 'I think I paused the rollout and walked my director through the error budget.',
  result: 'We relaunched two weeks later with no incidents.',
  outcome: 'Checkout errors fell 38% in the following month.',
  reflection: 'I would warn sales a week before the launch.',
};

const scope = globalThis as { LanguageModel?: unknown };
function install(options: StandInOptions) {
  const lm = standInLanguageModel(options);
  scope.LanguageModel = lm;
  return lm;
}

function renderEditor() {
  return render(
    <StoryEditor
      story={story}
      framework={netflixValues}
      onDuplicate={() => {}}
      onDelete={() => {}}
    />,
  );
}

async function openCritique() {
  fireEvent.click(screen.getByRole('button', { name: 'Critique this story' }));
  return screen.findByTestId('model-state');
}

beforeEach(async () => {
  await getDb().critiques.clear();
  await getDb().stories.put(story);
});
afterEach(() => {
  cleanup();
  delete scope.LanguageModel;
});

describe('the story critique area', () => {
  it('loads only when asked for, and an unavailable model hides nothing else', async () => {
    const lm = install({ availability: 'unavailable' });
    renderEditor();
    expect(screen.queryByTestId('model-state')).toBeNull();
    expect(lm.calls.availability).toHaveLength(0);

    const state = await openCritique();
    await waitFor(() =>
      expect(state.textContent).toBe('On-device model: Not available on this computer'),
    );
    expect(screen.getByText(/no cloud fallback/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Download|Critique this story/ })).toBeNull();
    // The editor is all there and still works.
    const title = screen.getByRole('textbox', { name: 'Title' }) as HTMLInputElement;
    expect(title.value).toBe(story.title);
    fireEvent.change(title, { target: { value: 'Stopped the rollout' } });
    expect(title.value).toBe('Stopped the rollout');
    for (const name of ['Duplicate', 'Archive', 'Delete']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    expect(screen.getByRole('checkbox', { name: 'Judgment' })).toBeTruthy();
    expect(lm.calls.create).toHaveLength(0);
  });

  it('says so in a browser without LanguageModel', async () => {
    renderEditor();
    const state = await openCritique();
    await waitFor(() =>
      expect(state.textContent).toBe('On-device model: Not available in this browser'),
    );
    expect(screen.getByText(/as in Firefox and older Chrome/)).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Measurable outcome' })).toBeTruthy();
  });

  it('offers the download with its size, starts it only on the click, then shows and stores the critique', async () => {
    const lm = install({
      availability: 'downloadable',
      activation: true,
      reply: JSON.stringify(sampleStoryCritique),
    });
    renderEditor();
    const state = await openCritique();
    await waitFor(() =>
      expect(state.textContent).toBe(
        'On-device model: Downloadable — about 4 GB, needs your click',
      ),
    );
    expect(lm.calls.create).toHaveLength(0);

    fireEvent.click(
      screen.getByRole('button', { name: 'Download the model (about 4 GB) and critique' }),
    );
    const result = await screen.findByTestId('critique-result');
    expect(result.textContent).toContain('What did you know when you paused it?');
    expect(result.querySelector('q')?.textContent).toBe('paused the rollout');
    await waitFor(() => expect(state.textContent).toBe('On-device model: Ready'));
    const [row] = await getDb().critiques.toArray();
    expect(row).toMatchObject({
      id: 'story:s1',
      kind: 'story',
      availability: 'downloadable',
      promptVersion: 'critique-prompt/1',
      schemaVersion: 'critique-schema/1',
    });
    expect(lm.calls.prompt[0]!.input).toContain('[Value line] The value I acted on was Judgment');
  });

  it('shows a download already under way, and its progress once it reports some', async () => {
    const lm = install({
      availability: 'downloading',
      reply: JSON.stringify(sampleStoryCritique),
    });
    renderEditor();
    const state = await openCritique();
    await waitFor(() => expect(state.textContent).toBe('On-device model: Downloading'));
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(state.textContent ?? ''));
    observer.observe(state, { subtree: true, characterData: true, childList: true });
    fireEvent.click(screen.getByRole('button', { name: 'Critique when the download finishes' }));
    await screen.findByTestId('critique-result');
    observer.disconnect();
    expect(seen).toContain('On-device model: Downloading 40 %');
    expect(lm.calls.create).toHaveLength(1);
  });

  it('refuses a rewritten story with a message and stores nothing', async () => {
    install({
      availability: 'available',
      reply: JSON.stringify({
        ...sampleStoryCritique,
        improvedStory: 'I led the rollout and we won.',
      }),
    });
    renderEditor();
    await openCritique();
    fireEvent.click(await screen.findByRole('button', { name: 'Critique this story' }));
    const alert = await screen.findByTestId('critique-message');
    expect(alert.textContent).toMatch(/never shows a rewritten story or a scripted answer/);
    expect(screen.queryByTestId('critique-result')).toBeNull();
    expect(await getDb().critiques.count()).toBe(0);
  });
});

describe('follow-ups for the peer interviewer', () => {
  it('suggests probes from the interviewer’s own notes', async () => {
    const lm = install({
      availability: 'available',
      reply: JSON.stringify(sampleProbeSuggestions),
    });
    const notes = 'Said we fixed it; no number; did not say what she would change.';
    render(
      <ProbeSuggestionsArea
        valueName="Judgment"
        question="Tell me about a call."
        notes={notes}
        asked={[]}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Suggest follow-ups' }));
    const list = await screen.findByRole('list', { name: 'Suggested follow-ups' });
    expect(list.textContent).toContain('What number told you it worked?');
    expect(lm.calls.prompt[0]!.input).toContain(notes);
  });
});

describe('the candidate’s side during a live call', () => {
  it('has no critique anywhere in the candidate’s live views', () => {
    const dirs = [
      'components/practice',
      'components/live',
      'components/panel',
      'components/practice-room',
    ];
    for (const dir of dirs) {
      for (const file of readdirSync(dir)) {
        const text = readFileSync(join(dir, file), 'utf8');
        expect(text, `${dir}/${file}`).not.toMatch(/critique|LanguageModel/i);
      }
    }
  });
});

describe('where the critique buttons appear', () => {
  it('offers an answer critique only for answers with a kept transcript, beside their signals', async () => {
    const session = finishedSession('round-1', 1_700_000_900_000, [
      { value: 'Judgment', signals: {} },
      { value: 'Courage', signals: {} },
    ]);
    await getDb().transcripts.put({
      id: 'round-1:1',
      sessionId: 'round-1',
      answerIndex: 1,
      lines: [
        {
          id: 'u1',
          speaker: 'Me',
          isSelf: true,
          text: 'I chose to wait a week.',
          start: 1,
          end: 2,
        },
      ],
      updatedAt: 1,
    });
    install({ availability: 'unavailable' });
    render(
      <SessionList
        sessions={[session]}
        valueNames={new Map()}
        storyTitles={new Map()}
        onExport={() => {}}
        demoIds={new Set()}
        openId="round-1"
        onDelete={() => {}}
      />,
    );
    const button = await screen.findByRole('button', {
      name: 'Critique answer 2 on this computer',
    });
    expect(screen.queryByRole('button', { name: 'Critique answer 1 on this computer' })).toBeNull();
    expect(screen.getAllByTestId('answer-signals')).toHaveLength(2);
    fireEvent.click(button);
    const state = await screen.findByTestId('model-state');
    await waitFor(() =>
      expect(state.textContent).toBe('On-device model: Not available on this computer'),
    );
    await getDb().transcripts.clear();
  });

  it('offers the interviewer follow-ups once the interview has started, not before', () => {
    const ready = sampleRun(sampleLoop(), 1);
    const actions = {
      toggle: () => {},
      next: () => {},
      probe: () => {},
      vote: () => {},
      discard: () => {},
      marks: async () => {},
      notes: async () => {},
    };
    const view = (run: typeof ready) => (
      <RunQuestions
        run={run}
        framework={netflixValues}
        now={run.createdAt + 10}
        actions={actions}
        notesRef={{ current: null }}
      />
    );
    const { rerender } = render(view(ready));
    const name = 'Suggest follow-ups from my notes (on this computer)';
    expect(screen.queryByRole('button', { name })).toBeNull();
    rerender(view(startRun(ready, ready.createdAt + 1)));
    expect(screen.getByRole('button', { name })).toBeTruthy();
  });
});
