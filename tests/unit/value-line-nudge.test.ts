import { describe, expect, it } from 'vitest';
import { valueLineNudge } from '../../lib/stories/value-line-nudge';

describe('valueLineNudge', () => {
  it('nudges when the value line is about another value than the prompt', () => {
    expect(
      valueLineNudge('The value I acted on was Courage because I stopped the launch.', 'Judgment'),
    ).toBe('Its value line names another value: link it to Judgment out loud when you tell it.');
  });

  it('stays quiet when the line names the prompt value, loosely, or there is nothing to compare', () => {
    expect(valueLineNudge('I showed good judgement in pausing.', 'Judgment')).toBeNull();
    expect(valueLineNudge('', 'Judgment')).toBeNull();
    expect(valueLineNudge('The value was Courage.', null)).toBeNull();
  });
});
