// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { RunQuestions } from '../../components/interviewer/run-questions';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { startRun } from '../../lib/peer/interview-run';
import type { InterviewRun } from '../../lib/peer/loop-schema';
import { runProblems } from '../../lib/peer/run-health';
import { sampleLoop, sampleRun } from '../fixtures/peer-rows';

afterEach(() => cleanup());

const started = () => startRun(sampleRun(sampleLoop(), 1), 1_700_000_000_100);

/** The interviewer's view of `run`; the names of the actions pressed go into the returned list. */
function show(run: InterviewRun, framework: Framework | undefined): string[] {
  const did: string[] = [];
  const act = (name: string) => () => void did.push(name);
  render(
    <RunQuestions
      run={run}
      framework={framework}
      now={run.createdAt + 10}
      actions={{
        toggle: act('toggle'),
        next: act('next'),
        probe: act('probe'),
        vote: act('vote'),
        discard: act('discard'),
        marks: async () => {},
        notes: async () => {},
      }}
      notesRef={{ current: null }}
    />,
  );
  return did;
}

it('a run pointing past its questions shows what is wrong and a way on, not a blank view', () => {
  const run = { ...started(), currentIndex: 98 };
  expect(runProblems(run).map((p) => p.path.join('.'))).toEqual(['currentIndex']);
  const did = show(run, netflixValues);
  expect(screen.getByRole('heading', { name: 'This interview can’t be shown' })).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toContain(
    'It points at question 99, but its plan has 3',
  );
  fireEvent.click(screen.getByRole('button', { name: 'Go to the vote' }));
  fireEvent.click(screen.getByRole('button', { name: 'Discard this interview' }));
  expect(did).toEqual(['vote', 'discard']);
});

it('an interview on a pack this browser lacks says so beside the general signs', () => {
  const base = started();
  show(
    { ...base, plan: { ...base.plan, frameworkId: 'acme-values', frameworkName: 'Acme values' } },
    undefined,
  );
  expect(
    screen.getByText(/^General signs: this browser does not have the “Acme values” pack/),
  ).toBeTruthy();
});
