// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { SealedVoteCard } from '../../components/interviewer/sealed-vote-card';
import { sampleLoop, sampleRun, sampleVoteRow } from '../fixtures/peer-rows';

afterEach(() => cleanup());

it('gives the block’s length, and past 1,500 characters says what to do if a chat cuts it', () => {
  const loop = sampleLoop();
  const run = sampleRun(loop, 1);
  const vote = sampleVoteRow(loop, 1, 'hire');
  const view = (block: string) => (
    <SealedVoteCard
      run={run}
      vote={{ ...vote, block }}
      onCopy={async () => true}
      onReplace={() => undefined}
    />
  );
  const { rerender } = render(view(vote.block));
  expect(screen.getByText(`${vote.block.length} characters`)).toBeTruthy();
  rerender(view('x'.repeat(2_351)));
  expect(screen.getByText(/^2,351 characters: longer than some chat boxes/)).toBeTruthy();
});
