// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProgressCharts } from '../../components/plan/progress-charts';
import type { VoteRow } from '../../lib/peer/loop-schema';
import { valueProgress } from '../../lib/plan/value-progress';
import { finishedSession } from '../fixtures/finished-session';
import { testFramework } from '../fixtures/test-framework';

afterEach(() => cleanup());

const framework = testFramework(['Judgment', 'Courage']);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const d1 = Date.UTC(2026, 11, 1, 10);
const d2 = Date.UTC(2026, 11, 3, 10);
const vote: VoteRow = {
  loopId: 'loop-a',
  interviewNo: 1,
  revision: 1,
  interviewer: 'Ana',
  frameworkId: 'test',
  values: [{ valueId: 'judgment', score: 3, evidence: '' }],
  overall: 'hire',
  rationale: '',
  sealedAt: Math.floor(d2 / 1000),
  id: 'loop-a-1-1',
  origin: 'imported',
  storedAt: d2,
  block: 'x',
};
const sessions = [finishedSession('a', d1, [{ value: 'Judgment', score: 2 }])];

describe('ProgressCharts', () => {
  it('shows the interviewers’ score beside the self-score in the table view', () => {
    render(<ProgressCharts progress={valueProgress(framework, sessions, dayOf, [vote])} />);
    expect(screen.queryByText(/appear here once peer votes are imported/)).toBeNull();
    fireEvent.change(screen.getByLabelText('Measure'), { target: { value: 'meanScore' } });
    const table = screen.getByRole('table', { name: /Judgment — Self-score/ });
    expect(
      within(table).getByRole('columnheader', { name: 'Interviewers’ score (1–4)' }),
    ).toBeTruthy();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['2.0', '—'],
      ['—', '3.0'],
    ]);
    expect(
      screen.getByRole('img', {
        name: /Judgment, self-score.*Interviewers’ score \(1–4\): latest 3\.0, drawn dashed/,
      }),
    ).toBeTruthy();
  });

  it('without votes, says where the interviewers’ scores will come from', () => {
    render(<ProgressCharts progress={valueProgress(framework, sessions, dayOf)} />);
    expect(screen.getByText(/appear here once peer votes are imported/)).toBeTruthy();
    expect(screen.queryByRole('columnheader', { name: /Interviewers’ score/ })).toBeNull();
  });
});
