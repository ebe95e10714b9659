import { describe, expect, it } from 'vitest';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { applyPromptMarks, promptMarkKey, setMark } from '../../lib/practice/prompt-marks';
import { parseSetting } from '../../lib/settings/setting-schemas';
import { promptMarksSetting } from '../../lib/settings/settings';
import { selectPrompts } from '../../lib/practice/select-prompts';

const value = netflixValues.values.find((v) => v.prompts.length >= 2)!;
const [first, second] = value.prompts as [string, string];
const key = (p: string) => promptMarkKey(netflixValues.id, value.id, p);

describe('prompt marks', () => {
  it('draws only the drilled prompts of a value', () => {
    const marked = applyPromptMarks(netflixValues, { [key(second)]: 'drill' });
    expect(marked.values.find((v) => v.id === value.id)!.prompts).toEqual([second]);
    for (let seed = 0; seed < 10; seed++) {
      const prompts = selectPrompts({
        framework: marked,
        presetId: 'custom',
        valueIds: [value.id],
        seed,
      });
      expect(prompts.every((p) => p.question === second)).toBe(true);
    }
  });

  it('never draws a prompt left out, unless the value would have none', () => {
    const out = applyPromptMarks(netflixValues, { [key(first)]: 'out' });
    expect(out.values.find((v) => v.id === value.id)!.prompts).not.toContain(first);
    const all = Object.fromEntries(value.prompts.map((p) => [key(p), 'out' as const]));
    expect(
      applyPromptMarks(netflixValues, all).values.find((v) => v.id === value.id)!.prompts,
    ).toEqual(value.prompts);
  });

  it('leaves other frameworks and values alone and reads stored marks defensively', () => {
    const marks = { [promptMarkKey('other-pack', value.id, first)]: 'out' as const };
    expect(applyPromptMarks(netflixValues, marks)).toEqual(netflixValues);
    const stored = (v: unknown) => parseSetting(promptMarksSetting, v);
    expect(stored({ a: 'drill', b: 'nonsense', c: 3 })).toEqual({ a: 'drill' });
    // Not a record at all: the same as no marks (every reader used to fall back to {}).
    expect(stored(['drill'])).toEqual({});
    expect(setMark(setMark({}, 'a', 'drill'), 'a', null)).toEqual({});
  });
});
