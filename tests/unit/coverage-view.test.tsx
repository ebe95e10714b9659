// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoverageView } from '../../components/coverage/coverage-view';
import { getDb } from '../../lib/db/loopside-db';
import { putStory } from '../../lib/db/story-queries';
import { createSession } from '../../lib/practice/session-actions';
import { emptyStory, type Story } from '../../lib/stories/story-schema';

function strong(id: string, value: string, over: Partial<Story> = {}): Story {
  return {
    ...emptyStory(id, 1_700_000_000_000),
    title: `Story ${id}`,
    values: [value],
    valueLine: `The value I acted on was ${value} because the team needed a clear call.`,
    situation: 'A launch was at risk.',
    task: 'I owned the release.',
    action: 'I split the rollout into three stages.',
    result: 'The release shipped without a rollback across all regions.',
    outcome: 'Incidents fell from 6 to 1 per quarter.',
    reflection: 'I would ask support for their view in the first week.',
    ...over,
  };
}

function weak(id: string, value: string): Story {
  return { ...emptyStory(id, 1_700_000_000_000), title: `Draft ${id}`, values: [value] };
}

function row(value: string): HTMLElement {
  const found = screen
    .getAllByTestId('coverage-row')
    .find((r) => r.getAttribute('data-value') === value);
  if (!found) throw new Error(`no row for ${value}`);
  return found;
}

function counts(value: string): [string | null, string | null] {
  const r = row(value);
  return [r.getAttribute('data-strong'), r.getAttribute('data-weak')];
}

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.stories.clear(), db.settings.clear(), db.frameworks.clear()]);
  await Promise.all([
    putStory(db, strong('j1', 'Judgment')),
    putStory(db, strong('j2', 'judgment')),
    putStory(db, strong('c1', 'Courage')),
    putStory(db, weak('m1', 'Communication')),
    putStory(db, { ...strong('i1', 'Integrity'), archived: true }),
    putStory(db, strong('k1', 'Candor')),
  ]);
});

afterEach(() => {
  cleanup();
});

describe('CoverageView', () => {
  it('counts strong and weak stories per value of the active framework', async () => {
    render(<CoverageView />);
    await waitFor(() => expect(counts('Judgment')).toEqual(['2', '0']));
    expect(screen.getAllByTestId('coverage-row')).toHaveLength(9);
    expect(counts('Courage')).toEqual(['1', '0']);
    expect(counts('Communication')).toEqual(['0', '1']);
    // Archived stories do not count.
    expect(counts('Integrity')).toEqual(['0', '0']);
    // Numbers are in the cells and the status is in words, not only in colour.
    expect(row('Judgment').textContent).toContain('Goal met');
    expect(row('Courage').textContent).toContain('Needs 1 more strong story');
    expect(row('Communication').textContent).toContain('Needs 2 more strong stories');
  });

  it('names the three thinnest values and the progress toward the goal', async () => {
    render(<CoverageView />);
    await waitFor(() =>
      expect(screen.getByTestId('coverage-thinnest').textContent).toBe(
        'Thinnest: Selflessness, Innovation, Inclusion — aim for two strong stories each',
      ),
    );
    // The story tagged only with another framework's value counts in no row, nor as strong.
    expect(screen.getByTestId('coverage-progress').textContent).toBe('5 of 12 stories · 3 strong');
    expect(
      screen.getByText('Goal: at least 2 strong stories per value, about 12 stories in all.'),
    ).toBeTruthy();
    expect(
      screen.getByText(/1 story is tagged only with values from another framework/),
    ).toBeTruthy();
  });

  it('links each value to the story bank filtered by it', async () => {
    render(<CoverageView />);
    await waitFor(() => expect(counts('Judgment')).toEqual(['2', '0']));
    expect(screen.getByRole('link', { name: 'Judgment' }).getAttribute('href')).toBe(
      '#stories/Judgment',
    );
  });

  it('re-maps the counts when the framework changes', async () => {
    render(<CoverageView />);
    await waitFor(() => expect(counts('Judgment')).toEqual(['2', '0']));
    expect(screen.queryAllByTestId('coverage-row').some((r) => r.dataset.value === 'Candor')).toBe(
      false,
    );

    fireEvent.change(screen.getByRole('combobox', { name: 'Framework to map' }), {
      target: { value: 'netflix-memo-2024' },
    });
    // Only this view changes: the app keeps the framework rounds are run in.
    expect(await getDb().settings.get('activeFrameworkId')).toBeUndefined();
    await screen.findByText(/Rounds still use Netflix/);
    await waitFor(() => expect(counts('Candor')).toEqual(['1', '0']));
    expect(screen.getAllByTestId('coverage-row')).toHaveLength(8);
    expect(counts('Judgment')).toEqual(['2', '0']);
    expect(counts('Courage')).toEqual(['1', '0']);
    expect(
      screen.queryAllByTestId('coverage-row').some((r) => r.dataset.value === 'Integrity'),
    ).toBe(false);
    expect(
      screen.getByText(/1 story is tagged only with values from another framework/),
    ).toBeTruthy();
  });

  it('names the stories in each cell with how often and when they were practised', async () => {
    const db = getDb();
    await db.sessions.clear();
    const base = createSession({
      id: 'r1',
      frameworkId: 'netflix-values',
      frameworkName: 'Netflix values',
      presetId: 'onsite',
      presetName: 'Onsite interview',
      minutes: 45,
      seed: 1,
      prompts: [
        {
          key: 'a',
          valueId: 'judgment',
          label: 'Judgment',
          definition: '',
          question: 'Q',
          probeIds: [],
        },
      ],
      now: Date.UTC(2026, 0, 5),
    });
    const done = (id: string) => ({
      ...base,
      id,
      status: 'finished' as const,
      finishedAt: Date.UTC(2026, 0, 5),
      answers: base.answers.map((a) => ({ ...a, status: 'answered' as const, storyIds: ['j1'] })),
    });
    await db.sessions.bulkPut([done('r1'), done('r2'), done('demo')]);
    await db.settings.put({ key: 'demoSessionIds', value: ['demo'] });
    render(<CoverageView />);
    const cell = await waitFor(() => {
      const c = within(row('Judgment')).getByText('Story j1').closest('li');
      expect(c?.textContent).toContain('practised 2×');
      return c!;
    });
    expect(cell.textContent).toContain(new Date(Date.UTC(2026, 0, 5)).toLocaleDateString());
    expect(within(row('Judgment')).getByText('Story j2').closest('li')?.textContent).toContain(
      'not practised yet',
    );
    expect(within(row('Communication')).getByText('Draft m1')).toBeTruthy();
    await db.sessions.clear();
  });

  it('says when every value has reached the goal', async () => {
    const db = getDb();
    await db.stories.clear();
    await db.settings.put({ key: 'activeFrameworkId', value: 'netflix-memo-2024' });
    const memo = [
      'Selflessness',
      'Judgment',
      'Candor',
      'Creativity',
      'Courage',
      'Inclusion',
      'Curiosity',
      'Resilience',
    ];
    await Promise.all(
      memo.flatMap((v) => [putStory(db, strong(`${v}-1`, v)), putStory(db, strong(`${v}-2`, v))]),
    );
    render(<CoverageView />);
    await waitFor(() =>
      expect(screen.getByTestId('coverage-thinnest').textContent).toBe(
        'Every value of Netflix culture memo (June 2024) has at least 2 strong stories.',
      ),
    );
    expect(screen.getByTestId('coverage-progress').textContent).toBe(
      '16 stories, past the goal of 12 · 16 strong',
    );
  });
});
