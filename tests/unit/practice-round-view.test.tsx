// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PracticeRound } from '../../components/practice/practice-round';
import type { Session } from '../../lib/practice/session-schema';
import { finishedSession } from '../fixtures/finished-session';

afterEach(() => cleanup());

const noop = () => undefined;
const actions = {
  toggle: noop,
  next: noop,
  skip: noop,
  finish: noop,
  probe: noop,
  ticks: () => Promise.resolve(),
  score: () => Promise.resolve(),
  notes: () => Promise.resolve(),
};

/** A running round of three prompts, on prompt `index`. */
function running(index: number): Session {
  const s = finishedSession('r', 1_700_000_000_000, [
    { value: 'Judgment' },
    { value: 'Courage' },
    { value: 'Candor' },
  ]);
  return { ...s, status: 'active', finishedAt: null, currentIndex: index };
}

describe('PracticeRound', () => {
  it('says on the last prompt that Skip and Done end the round', () => {
    const props = {
      framework: undefined,
      now: 1_700_000_000_000,
      actions,
      notesRef: createRef<HTMLTextAreaElement>(),
    };
    const { rerender } = render(<PracticeRound session={running(1)} {...props} />);
    expect(screen.getByRole('button', { name: 'Skip' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Next' })).toBeTruthy();
    rerender(<PracticeRound session={running(2)} {...props} />);
    expect(screen.getByRole('button', { name: 'Skip and finish' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Done' })).toBeTruthy();
  });

  it('shows a tick and a score at once, before the round is stored again', () => {
    // The writes never come back here: what shows is the click, not the stored round.
    const pending = () => new Promise<never>(() => undefined);
    render(
      <PracticeRound
        session={running(0)}
        framework={undefined}
        now={1_700_000_000_000}
        actions={{ ...actions, ticks: pending, score: pending }}
        notesRef={createRef<HTMLTextAreaElement>()}
      />,
    );
    const tick = screen.getByRole('checkbox', { name: 'I gave a measurable outcome' });
    fireEvent.click(tick);
    expect((tick as HTMLInputElement).checked).toBe(true);
    const three = screen.getByRole('radio', { name: 'Score 3 of 4: Solid' });
    fireEvent.click(three);
    expect((three as HTMLInputElement).checked).toBe(true);
  });

  it('Esc leaves the finish question, and the round keys wait while it is asked', () => {
    render(
      <PracticeRound
        session={running(1)}
        framework={undefined}
        now={1_700_000_000_000}
        actions={actions}
        notesRef={createRef<HTMLTextAreaElement>()}
      />,
    );
    const heard: string[] = [];
    const listen = (e: KeyboardEvent) => heard.push(e.key);
    window.addEventListener('keydown', listen);
    fireEvent.click(screen.getByRole('button', { name: 'Finish round' }));
    expect(screen.getByRole('group', { name: 'Finish this round?' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(heard).toEqual([]);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByRole('group', { name: 'Finish this round?' })).toBeNull();
    // Focus goes back to where the question came from, not to the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Finish round' }));
    fireEvent.keyDown(document.body, { key: 'n' });
    expect(heard).toEqual(['n']);
    window.removeEventListener('keydown', listen);
  });
});
