// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FULL_LIST_MAX, StoryList } from '../../components/stories/story-list';
import { listWindow } from '../../lib/stories/list-window';
import { emptyStory } from '../../lib/stories/story-schema';

afterEach(cleanup);

const items = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    story: { ...emptyStory(`s${i}`, 1_000 + i), title: `Story number ${i}` },
    gapCount: i % 3,
  }));

describe('listWindow', () => {
  it('covers the rows in view plus a margin, clamped to the list', () => {
    expect(listWindow(10_000, 64, 0, 640, 8)).toEqual({ first: 0, last: 18 });
    expect(listWindow(10_000, 64, 6_400, 640, 8)).toEqual({ first: 92, last: 118 });
    expect(listWindow(10_000, 64, 64 * 10_000, 640, 8)).toEqual({ first: 9_992, last: 10_000 });
    expect(listWindow(0, 64, 0, 640)).toEqual({ first: 0, last: 0 });
    expect(listWindow(5, 64, -50, 640)).toEqual({ first: 0, last: 5 });
  });
});

describe('StoryList with a big bank', () => {
  it('shows every story of a small bank', () => {
    render(<StoryList items={items(FULL_LIST_MAX)} selectedId={undefined} onSelect={() => {}} />);
    expect(
      within(screen.getByRole('list', { name: 'Stories' })).getAllByRole('button'),
    ).toHaveLength(FULL_LIST_MAX);
  });

  it('renders only rows near the view of 10,000 stories and follows the scroll', () => {
    const onSelect = vi.fn();
    render(<StoryList items={items(10_000)} selectedId="s1" onSelect={onSelect} />);
    const list = screen.getByRole('list', { name: 'Stories' });
    const buttons = within(list).getAllByRole('button');
    expect(buttons.length).toBeGreaterThan(5);
    expect(buttons.length).toBeLessThan(60);
    expect(buttons[1]?.getAttribute('aria-current')).toBe('true');
    const rows = within(list).getAllByRole('listitem');
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('10000');
    expect(rows[0]?.getAttribute('aria-posinset')).toBe('1');

    list.scrollTop = 64 * 5_000;
    fireEvent.scroll(list);
    const row = screen.getByRole('button', { name: /Story number 5000\b/ });
    fireEvent.click(row);
    expect(onSelect).toHaveBeenCalledWith('s5000');
    expect(screen.queryByRole('button', { name: /Story number 1\b/ })).toBeNull();
  });
});
