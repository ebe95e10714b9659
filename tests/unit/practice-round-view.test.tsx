// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
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
  ticks: noop,
  score: noop,
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
});
