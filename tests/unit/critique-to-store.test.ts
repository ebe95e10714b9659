import { expect, it } from 'vitest';
import { critiqueRowSchema } from '../../lib/critique/critique-row-schema';
import { answerCritiqueToStore, storyCritiqueToStore } from '../../lib/critique/critique-to-store';
import { sourceDigest } from '../../lib/critique/critique-sources';
import { sampleAnswerCritique, sampleStoryCritique } from '../fixtures/critique-rows';

it('builds the row each kind of critique is kept as, which the schema reads back', () => {
  const made = {
    critique: sampleStoryCritique,
    droppedQuotes: 2,
    availability: 'available' as const,
  };
  const row = storyCritiqueToStore('s-1', 'I paused the rollout.', made, 9);
  expect(row).toMatchObject({
    id: 'story:s-1',
    kind: 'story',
    subjectId: 's-1',
    answerIndex: null,
    createdAt: 9,
    droppedQuotes: 2,
    sourceDigest: sourceDigest('I paused the rollout.'),
  });
  expect(critiqueRowSchema.parse(row)).toEqual(row);

  const made2 = {
    critique: sampleAnswerCritique,
    droppedQuotes: 0,
    availability: 'downloadable' as const,
  };
  const row2 = answerCritiqueToStore('r-1', 2, 'We waited a week.', made2, 10);
  expect(row2).toMatchObject({ id: 'answer:r-1:2', kind: 'answer', answerIndex: 2 });
  expect(critiqueRowSchema.parse(row2)).toEqual(row2);
});
