// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoryBank } from '../../components/stories/story-bank';
import { getDb } from '../../lib/db/loopside-db';
import { putStory } from '../../lib/db/story-queries';
import { emptyStory, type Story } from '../../lib/stories/story-schema';

const downloads = vi.hoisted(() => [] as { filename: string; text: string; type?: string }[]);
vi.mock('../../lib/browser/download-text', () => ({
  downloadText: (filename: string, text: string, type?: string) => {
    downloads.push({ filename, text, type });
  },
}));

function story(id: string, over: Partial<Story> = {}): Story {
  return { ...emptyStory(id, 1_700_000_000_000), ...over };
}

const strongStory = (id: string, over: Partial<Story> = {}): Story =>
  story(id, {
    title: 'Paused the pricing launch',
    values: ['Judgment'],
    valueLine: 'The value I acted on was Judgment because the test data contradicted the plan.',
    situation: 'A pricing change was due to ship to every market on Monday.',
    task: 'I owned the experiment that was meant to confirm it.',
    action: 'I pulled the numbers apart by market and asked for a one-week hold.',
    result: 'Two markets were spared a change that would have cut their sign-ups.',
    outcome: 'Sign-ups in those markets stayed flat instead of falling 9%.',
    reflection: 'I would share the early data with finance in the first week.',
    ...over,
  });

async function stored(id: string): Promise<Story | undefined> {
  return getDb().stories.get(id);
}

function textbox(name: string): HTMLInputElement | HTMLTextAreaElement {
  return screen.getByRole('textbox', { name }) as HTMLInputElement | HTMLTextAreaElement;
}

beforeEach(async () => {
  const db = getDb();
  await Promise.all([db.stories.clear(), db.settings.clear(), db.frameworks.clear()]);
  localStorage.clear();
  downloads.length = 0;
});

afterEach(() => {
  cleanup();
});

describe('StoryBank', () => {
  it('shows the stories read before its first render at once, with no loading step', async () => {
    const newest = strongStory('s-new', { updatedAt: 2 });
    const older = story('s-old', { title: 'Rewrote the on-call rota', updatedAt: 1 });
    await Promise.all([putStory(getDb(), newest), putStory(getDb(), older)]);
    render(
      <StoryBank
        valueFilter={null}
        start={{ recentStories: [newest, older], frameworks: { custom: [], activeId: null } }}
      />,
    );
    // No waiting: the first render already lists them, newest first, with the first one open.
    const rows = within(screen.getByRole('list', { name: 'Stories' })).getAllByRole('button');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('Paused the pricing launch'),
      expect.stringContaining('Rewrote the on-call rota'),
    ]);
    expect(screen.queryByText('Loading stories…')).toBeNull();
    expect(textbox('Title').value).toBe('Paused the pricing launch');
    // The whole bank follows and the count settles.
    expect(await screen.findByText(/^2 stories/)).toBeTruthy();
  });

  it('creates a story, focuses its title and saves what is typed', async () => {
    render(<StoryBank valueFilter={null} />);
    expect(await screen.findByText(/No stories yet/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'New story' }));
    const title = await screen.findByRole('textbox', { name: 'Title' });
    await waitFor(() => expect(document.activeElement).toBe(title));

    fireEvent.change(title, { target: { value: 'Rewrote the on-call rota' } });
    fireEvent.change(textbox('Situation'), { target: { value: 'Pages every night.' } });
    fireEvent.change(textbox('Tags'), { target: { value: ' on-call,  ,people , ' } });

    const rows = await getDb().stories.toArray();
    expect(rows).toHaveLength(1);
    const id = rows[0]!.id;
    await waitFor(async () => {
      const s = await stored(id);
      expect(s?.title).toBe('Rewrote the on-call rota');
      expect(s?.situation).toBe('Pages every night.');
      expect(s?.tags).toEqual(['on-call', 'people']);
    });
    const list = screen.getByRole('list', { name: 'Stories' });
    await waitFor(() => expect(within(list).getByText('Rewrote the on-call rota')).toBeTruthy());
  });

  it('labels every field so it can be found by name', async () => {
    await putStory(getDb(), story('s1', { title: 'Labelled' }));
    render(<StoryBank valueFilter={null} />);
    await screen.findByRole('textbox', { name: 'Title' });
    for (const name of [
      'Situation',
      'Task',
      'Action',
      'Result',
      'Measurable outcome',
      'What I would do differently',
      'Value line',
      'Role',
      'Company',
      'When',
      'Tags',
    ]) {
      const box = textbox(name);
      expect(box.getAttribute('dir')).toBe('auto');
    }
    expect(textbox('Value line').getAttribute('placeholder')).toMatch(
      /^The value I acted on was … because …$/,
    );
  });

  it('keeps typed text when the editor closes before the save delay', async () => {
    await putStory(getDb(), story('s1', { title: 'Old' }));
    const view = render(<StoryBank valueFilter={null} />);
    fireEvent.change(await screen.findByRole('textbox', { name: 'Action' }), {
      target: { value: 'I wrote the runbook' },
    });
    view.unmount();
    await waitFor(async () => expect((await stored('s1'))?.action).toBe('I wrote the runbook'));
  });

  it('updates the completeness panel as gaps are filled', async () => {
    await putStory(getDb(), strongStory('s1', { outcome: '', values: [] }));
    render(<StoryBank valueFilter={null} />);
    const panel = await screen.findByRole('region', { name: /to fix/ });
    expect(within(panel).getByText('Tag the value this story proves.')).toBeTruthy();
    expect(
      within(panel).getByText('Add the measurable outcome, with a number in it.'),
    ).toBeTruthy();
    expect(screen.getByText('2 to add')).toBeTruthy();

    fireEvent.change(textbox('Measurable outcome'), { target: { value: 'It went fine.' } });
    expect(
      await screen.findByText(
        'Put a number in the outcome: a count, a percentage, money or time saved.',
      ),
    ).toBeTruthy();
    fireEvent.change(textbox('Measurable outcome'), { target: { value: 'Churn fell 12%.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Judgment' }));

    expect(await screen.findByText('Strong story: nothing missing')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Strong')).toBeTruthy());
    await waitFor(async () => expect((await stored('s1'))?.outcome).toBe('Churn fell 12%.'));
  });

  it('focuses the field a gap points at', async () => {
    await putStory(getDb(), strongStory('s1', { reflection: '' }));
    render(<StoryBank valueFilter={null} />);
    fireEvent.click(await screen.findByRole('button', { name: /what you would do differently/ }));
    expect(document.activeElement).toBe(textbox('What I would do differently'));
  });

  it('tags values with checkboxes from the active framework and keeps foreign tags removable', async () => {
    await putStory(getDb(), story('s1', { title: 'Tagged', values: ['Candor'] }));
    render(<StoryBank valueFilter={null} />);
    const judgment = await screen.findByRole('checkbox', { name: 'Judgment' });
    expect((judgment as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/From another framework/)).toBeTruthy();

    fireEvent.click(judgment);
    // Ticked from the click on, before the story is stored again.
    expect((judgment as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Courage' }));
    await waitFor(async () =>
      expect((await stored('s1'))?.values).toEqual(['Candor', 'Judgment', 'Courage']),
    );
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: 'Judgment' }) as HTMLInputElement).checked).toBe(
        true,
      ),
    );

    fireEvent.click(screen.getByRole('checkbox', { name: 'Judgment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Candor' }));
    await waitFor(async () => expect((await stored('s1'))?.values).toEqual(['Courage']));
    await waitFor(() => expect(screen.queryByText(/From another framework/)).toBeNull());
  });

  it('deletes a story and Undo restores the exact record', async () => {
    const original = strongStory('s1', { tags: ['pricing'], lastPractisedAt: 1_700_000_500_000 });
    await putStory(getDb(), original);
    render(<StoryBank valueFilter={null} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));

    const toast = await screen.findByRole('status');
    expect(toast.textContent).toBe('Story deleted · Undo');
    await waitFor(async () => expect(await stored('s1')).toBeUndefined());
    expect(screen.queryByRole('textbox', { name: 'Title' })).toBeNull();

    fireEvent.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await stored('s1')).toEqual(original));
    expect(
      ((await screen.findByRole('textbox', { name: 'Title' })) as HTMLInputElement).value,
    ).toBe('Paused the pricing launch');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('drops the Undo offer after a few seconds', async () => {
    await putStory(getDb(), story('s1', { title: 'Short-lived' }));
    render(<StoryBank valueFilter={null} />);
    const del = await screen.findByRole('button', { name: 'Delete' });
    // Only timeouts are faked, and real time keeps running, so the database still answers.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    try {
      fireEvent.click(del);
      await screen.findByRole('status');
      // Let the effect that starts the countdown run before the clock moves.
      await act(async () => {});
      act(() => vi.advanceTimersByTime(7000));
      expect(screen.getByRole('status')).toBeTruthy();
      act(() => vi.advanceTimersByTime(1500));
      expect(screen.queryByRole('status')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('duplicates and archives', async () => {
    await putStory(getDb(), strongStory('s1'));
    render(<StoryBank valueFilter={null} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Duplicate' }));
    await waitFor(() =>
      expect((textbox('Title') as HTMLInputElement).value).toBe('Paused the pricing launch (copy)'),
    );
    const rows = await getDb().stories.toArray();
    expect(rows).toHaveLength(2);
    const copy = rows.find((r) => r.id !== 's1')!;
    expect(copy.situation).toBe(strongStory('s1').situation);

    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await waitFor(async () => expect((await stored(copy.id))?.archived).toBe(true));
    const list = screen.getByRole('list', { name: 'Stories' });
    await waitFor(() =>
      expect(within(list).queryByText('Paused the pricing launch (copy)')).toBeNull(),
    );
    // The editor moves on to a story still in the list.
    await waitFor(() =>
      expect((textbox('Title') as HTMLInputElement).value).toBe('Paused the pricing launch'),
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    expect(within(list).getByText('Paused the pricing launch (copy)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unarchive' })).toBeTruthy();
  });

  it('filters by value and offers a way back to all stories', async () => {
    await putStory(getDb(), story('a', { title: 'About a hard call', values: ['judgment'] }));
    await putStory(getDb(), story('b', { title: 'About speaking up', values: ['Courage'] }));
    render(<StoryBank valueFilter="Judgment" />);
    const list = await screen.findByRole('list', { name: 'Stories' });
    await waitFor(() => expect(within(list).getByText('About a hard call')).toBeTruthy());
    expect(within(list).queryByText('About speaking up')).toBeNull();
    // The count says it is a part of the bank.
    expect(screen.getByText('1 of 2 stories')).toBeTruthy();
    expect(screen.getByText(/Showing stories for/).textContent).toBe(
      'Showing stories for Judgment · clear',
    );
    expect(screen.getByRole('link', { name: 'clear' }).getAttribute('href')).toBe('#stories');
  });

  it('searches the bank by title and text, ignoring case and accents', async () => {
    await putStory(getDb(), story('a', { title: 'Paused the pricing launch' }));
    await putStory(
      getDb(),
      story('b', { title: 'Café rollout', action: 'I rewrote the Résumé parser over a weekend.' }),
    );
    await putStory(getDb(), story('c', { title: 'Mentoring two hires' }));
    render(<StoryBank valueFilter={null} />);
    const list = await screen.findByRole('list', { name: 'Stories' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));

    const search = screen.getByRole('searchbox', { name: 'Search stories' });
    expect((search as HTMLInputElement).type).toBe('search');

    fireEvent.change(search, { target: { value: 'PRICING' } });
    await waitFor(() => expect(within(list).queryByText('Café rollout')).toBeNull());
    expect(within(list).getByText('Paused the pricing launch')).toBeTruthy();
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    // The count says how much of the bank the search leaves.
    expect(screen.getByText('1 of 3 stories')).toBeTruthy();

    fireEvent.change(search, { target: { value: 'resume' } });
    await waitFor(() => expect(within(list).getByText('Café rollout')).toBeTruthy());
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);

    fireEvent.change(search, { target: { value: 'cafe' } });
    await waitFor(() => expect(within(list).getByText('Café rollout')).toBeTruthy());

    fireEvent.change(search, { target: { value: 'zeppelin' } });
    expect((await screen.findByText(/No story matches/)).textContent).toContain(
      'No story matches “zeppelin”.',
    );
    expect(within(list).queryAllByRole('listitem')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    expect(screen.queryByText(/No story matches/)).toBeNull();
    expect((search as HTMLInputElement).value).toBe('');
  });

  it('exports the bank as a dated Markdown file', async () => {
    await putStory(getDb(), strongStory('s1'));
    render(<StoryBank valueFilter={null} />);
    const button = await screen.findByRole('button', { name: 'Export as Markdown' });
    await waitFor(() => expect((button as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(button);
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.filename).toMatch(/^loopside-stories-\d{4}-\d{2}-\d{2}\.md$/);
    expect(downloads[0]!.text).toContain('Paused the pricing launch');
    expect(downloads[0]!.type).toBe('text/markdown');
  });
});
