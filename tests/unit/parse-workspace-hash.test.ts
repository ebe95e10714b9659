import { describe, expect, it } from 'vitest';
import { parseWorkspaceHash } from '../../lib/routing/parse-workspace-hash';

const sections = ['stories', 'coverage', 'sessions'] as const;
const parse = (hash: string) => parseWorkspaceHash(hash, sections, 'stories', 'sessions');

describe('a workspace address', () => {
  it('names a section and what it is narrowed to', () => {
    expect(parse('#coverage')).toEqual({ section: 'coverage', param: null });
    expect(parse('#stories/Judgment%20%26%20Courage')).toEqual({
      section: 'stories',
      param: 'Judgment & Courage',
    });
    expect(parse('#session=abc%2F1')).toEqual({ section: 'sessions', param: 'abc/1' });
    expect(parse('')).toEqual({ section: 'stories', param: null });
    expect(parse('#nowhere')).toEqual({ section: 'stories', param: null });
  });

  it('drops a part that does not decode instead of failing', () => {
    // decodeURIComponent('%E0') throws: the page used to render nothing.
    expect(parse('#stories/%E0')).toEqual({ section: 'stories', param: null });
  });
});
