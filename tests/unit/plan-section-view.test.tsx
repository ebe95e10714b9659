// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PlanSection } from '../../components/plan/plan-section';
import { getDb } from '../../lib/db/loopside-db';
import { writeSetting } from '../../lib/db/settings-queries';
import { putStory } from '../../lib/db/story-queries';
import { addDays } from '../../lib/plan/day-math';
import { localDay } from '../../lib/format/local-day';
import { demoSessionsSetting } from '../../lib/settings/settings';
import { emptyStory } from '../../lib/stories/story-schema';
import { finishedSession } from '../fixtures/finished-session';

beforeEach(async () => {
  const db = getDb();
  await Promise.all(
    [
      db.plans,
      db.hourEntries,
      db.rehearsals,
      db.readiness,
      db.stories,
      db.sessions,
      db.settings,
    ].map((t) => t.clear()),
  );
  await putStory(db, { ...emptyStory('s1', 1), title: 'Shipped the fix late' });
});
afterEach(() => cleanup());

const noop = () => undefined;

describe('PlanSection', () => {
  it('turns a date into a plan, logs hours by hand and refuses bad minutes without losing the text', async () => {
    render(<PlanSection openPanel={noop} focus={null} />);
    const date = await screen.findByLabelText('Interview date');
    fireEvent.change(date, { target: { value: addDays(localDay(Date.now()), 10) } });
    fireEvent.click(screen.getByRole('button', { name: 'Make my plan' }));
    expect(
      await screen.findByRole('heading', { name: 'Your 2-week plan (compressed)' }),
    ).toBeTruthy();
    expect(
      screen.getByText(/Compressed: the 2-week plan needs 14 days and there are 10/),
    ).toBeTruthy();
    expect(screen.getAllByText('10 days to the interview').length).toBeGreaterThan(0);

    const hours = screen.getByRole('region', { name: 'Practice hours' });
    const form = within(hours).getByRole('form', { name: 'Log practice done elsewhere' });
    fireEvent.change(within(form).getByLabelText('Minutes'), { target: { value: 'ninety' } });
    fireEvent.change(within(form).getByLabelText('What it was'), {
      target: { value: 'Mock with Sam' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Log practice' }));
    expect((await within(hours).findByRole('alert')).textContent).toMatch(/whole number/);
    expect((within(form).getByLabelText('What it was') as HTMLInputElement).value).toBe(
      'Mock with Sam',
    );
    fireEvent.change(within(form).getByLabelText('Minutes'), { target: { value: '90' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Log practice' }));
    await waitFor(() =>
      expect(within(hours).getByTestId('hours-total').textContent).toBe('1 h 30 min'),
    );
  });

  it('a hand tick sticks, and a past date says so', async () => {
    render(<PlanSection openPanel={noop} focus={null} />);
    const date = await screen.findByLabelText('Interview date');
    fireEvent.change(date, { target: { value: addDays(localDay(Date.now()), 28) } });
    fireEvent.click(screen.getByRole('button', { name: 'Make my plan' }));
    const memo = await screen.findByRole('checkbox', { name: 'Read the culture memo end to end' });
    fireEvent.click(memo);
    // Ticked from the click on: a box that springs back until the plan is stored fails a second look.
    expect((memo as HTMLInputElement).checked).toBe(true);
    await waitFor(async () =>
      expect((await getDb().plans.get('current'))?.ticked).toEqual(['4w-read-memo']),
    );
    await waitFor(() => expect((memo as HTMLInputElement).checked).toBe(true));

    fireEvent.change(screen.getByLabelText('Interview date'), {
      target: { value: addDays(localDay(Date.now()), -2) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Change date' }));
    expect(await screen.findByText(/The interview date has passed/)).toBeTruthy();
    expect(screen.getAllByText('Interview date passed').length).toBeGreaterThan(0);

    // A year typed wrong is caught before it makes a plan.
    fireEvent.change(screen.getByLabelText('Interview date'), {
      target: { value: addDays(localDay(Date.now()), 800) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Change date' }));
    expect((await screen.findByRole('alert')).textContent).toContain(
      'That date is more than two years away',
    );
    expect(screen.getAllByText('Interview date passed').length).toBeGreaterThan(0);

    // The next date starts a fresh plan from today.
    fireEvent.change(screen.getByLabelText('Interview date'), {
      target: { value: addDays(localDay(Date.now()), 28) },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Change date' }));
    await waitFor(async () => {
      const row = await getDb().plans.get('current');
      expect(row?.startDate).toBe(localDay(Date.now()));
      expect(row?.ticked).toEqual([]);
    });
    expect(await screen.findByRole('heading', { name: 'Your 4-week plan' })).toBeTruthy();
  });

  it('stores the pay sources, the research date and a planned story, and shows each at once', async () => {
    render(<PlanSection openPanel={noop} focus={null} />);
    const levels = (await screen.findByRole('checkbox', {
      name: 'Levels data (e.g. Levels.fyi)',
    })) as HTMLInputElement;
    fireEvent.click(levels);
    // Ticked from the click on, not only once the stored row comes back.
    expect(levels.checked).toBe(true);
    const day = addDays(localDay(Date.now()), -1);
    fireEvent.change(screen.getByLabelText('Researched on'), { target: { value: day } });
    expect((screen.getByLabelText('Researched on') as HTMLInputElement).value).toBe(day);
    const planned = screen.getAllByRole('combobox', { name: /^Story planned for / })[0]!;
    fireEvent.change(planned, { target: { value: 's1' } });
    expect((planned as HTMLSelectElement).value).toBe('s1');
    await waitFor(async () => {
      const row = await getDb().readiness.toCollection().first();
      expect(row?.compSources).toEqual(['levels']);
      expect(row?.compResearchedOn).toBe(day);
      expect(Object.values(row?.plannedStories ?? {})).toEqual(['s1']);
    });
    expect(levels.checked).toBe(true);
    expect((planned as HTMLSelectElement).value).toBe('s1');
    fireEvent.click(levels);
    expect(levels.checked).toBe(false);
    await waitFor(async () =>
      expect((await getDb().readiness.toCollection().first())?.compSources).toEqual([]),
    );
  });

  it('leaves demo rounds out of the practice hours and the value charts', async () => {
    const db = getDb();
    const at = Date.now() - 60_000;
    await db.sessions.bulkPut([
      finishedSession('real', at, [{ value: 'Judgment' }], {
        minutes: 10,
        frameworkId: 'netflix-values',
      }),
      finishedSession('demo', at, [{ value: 'Courage' }], {
        minutes: 3,
        frameworkId: 'netflix-values',
      }),
    ]);
    await writeSetting(db, demoSessionsSetting, ['demo']);
    render(<PlanSection openPanel={noop} focus={null} />);
    const hours = await screen.findByRole('region', { name: 'Practice hours' });
    await waitFor(() =>
      expect(within(hours).getByText(/^Rounds and the practice room:/).textContent).toBe(
        'Rounds and the practice room: 10 min',
      ),
    );
  });
});
