import { emptyStory, type Story } from './story-schema';

/**
 * A complete story that passes every completeness check: something to show a first-time user, and
 * the baseline tests break one field at a time.
 */
export function exampleStory(id = 'example', now = 0): Story {
  return {
    ...emptyStory(id, now),
    title: 'Paused the pricing launch',
    situation: 'Our team was two days from launching new prices in nine markets.',
    task: 'I owned the rollout plan and the go/no-go call.',
    action: 'I re-ran the experiment data, found a refund spike, and argued to pause.',
    result: 'We paused, fixed the refund bug, and relaunched a week later without the spike.',
    outcome: 'Refund requests fell 40% and we kept $2M of annual revenue.',
    reflection: 'I would bring finance into the data review a week earlier.',
    valueLine: 'The value I acted on was Judgment because the data contradicted the plan.',
    values: ['Judgment'],
    role: 'Product Manager',
    company: 'Northwind',
    when: '2023',
    tags: ['pricing'],
  };
}
