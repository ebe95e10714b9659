import { describe, expect, it } from 'vitest';
import { amazonLeadershipPrinciples } from '../../lib/frameworks/amazon-leadership-principles';
import { builtinFrameworks } from '../../lib/frameworks/builtin-frameworks';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { netflixCultureMemo2024 } from '../../lib/frameworks/netflix-culture-memo-2024';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { findPreset, roundPresets } from '../../lib/practice/round-presets';
import { selectPrompts, type RoundPrompt } from '../../lib/practice/select-prompts';

const SEEDS = Array.from({ length: 40 }, (_, i) => i * 7919 + 1);
const valueIdsOf = (ps: RoundPrompt[]) => ps.flatMap((p) => (p.valueId ? [p.valueId] : []));
const labels = (ps: RoundPrompt[]) => ps.map((p) => p.label);
const probeKind = (f: Framework, id: string) => f.probes.find((p) => p.id === id)?.kind;

describe('round presets', () => {
  it.each([
    ['recruiter-screen', 30, 30, 30],
    ['hiring-manager', 45, 45, 60],
    ['role-screen', 60, 60, 90],
    ['onsite', 45, 45, 45],
    ['coding', 45, 45, 45],
    ['system-design', 45, 45, 45],
  ])('%s runs %i minutes by default (%i–%i)', (id, minutes, min, max) => {
    expect(findPreset(id)).toMatchObject({ minutes, minMinutes: min, maxMinutes: max });
  });

  it('offers a custom round and keeps every default inside its range', () => {
    expect(findPreset('custom')?.kind).toBe('custom');
    expect(findPreset('nope')).toBeUndefined();
    for (const p of roundPresets) {
      expect(p.minutes).toBeGreaterThanOrEqual(p.minMinutes);
      expect(p.minutes).toBeLessThanOrEqual(p.maxMinutes);
      expect(p.description.length).toBeGreaterThan(0);
    }
  });
});

describe('selectPrompts', () => {
  it('draws the same round for the same seed', () => {
    for (const preset of roundPresets) {
      const a = selectPrompts({ framework: netflixValues, presetId: preset.id, seed: 42 });
      const b = selectPrompts({ framework: netflixValues, presetId: preset.id, seed: 42 });
      expect(b, preset.id).toEqual(a);
    }
  });

  it('gives different question wordings for different seeds', () => {
    for (const preset of roundPresets) {
      const rounds = new Set(
        SEEDS.slice(0, 10).map((seed) =>
          selectPrompts({ framework: netflixValues, presetId: preset.id, seed })
            .map((p) => p.question)
            .join('|'),
        ),
      );
      expect(rounds.size, preset.id).toBeGreaterThan(1);
    }
  });

  it('never shows an empty question, repeats a key, or points at a probe that does not exist', () => {
    for (const framework of builtinFrameworks) {
      for (const preset of roundPresets) {
        for (const seed of SEEDS.slice(0, 10)) {
          const round = selectPrompts({ framework, presetId: preset.id, seed });
          expect(round.length, preset.id).toBeGreaterThan(0);
          expect(new Set(round.map((p) => p.key)).size).toBe(round.length);
          expect(new Set(round.map((p) => p.question)).size).toBe(round.length);
          for (const p of round) {
            expect(p.question.trim()).not.toBe('');
            expect(p.label.trim()).not.toBe('');
            expect(p.definition.trim()).not.toBe('');
            expect(p.probeIds.length).toBeGreaterThanOrEqual(2);
            expect(p.probeIds.length).toBeLessThanOrEqual(3);
            expect(new Set(p.probeIds).size).toBe(p.probeIds.length);
            for (const id of p.probeIds) expect(probeKind(framework, id), id).toBeDefined();
          }
        }
      }
    }
  });

  it('puts the principle probe first on every value prompt', () => {
    for (const preset of roundPresets) {
      for (const p of selectPrompts({ framework: netflixValues, presetId: preset.id, seed: 3 })) {
        if (p.valueId) expect(probeKind(netflixValues, p.probeIds[0]!)).toBe('principle');
      }
    }
  });

  describe('onsite', () => {
    it('draws about six distinct values and always includes Judgment and Communication', () => {
      for (const seed of SEEDS) {
        const round = selectPrompts({ framework: netflixValues, presetId: 'onsite', seed });
        const ids = valueIdsOf(round);
        expect(round.length).toBeGreaterThanOrEqual(5);
        expect(round.length).toBeLessThanOrEqual(6);
        expect(ids).toHaveLength(round.length);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids).toEqual(expect.arrayContaining(['judgment', 'communication']));
      }
    });

    it('spreads across values over many rounds rather than always asking the same ones', () => {
      const seen = new Set(
        SEEDS.flatMap((seed) =>
          valueIdsOf(selectPrompts({ framework: netflixValues, presetId: 'onsite', seed })),
        ),
      );
      expect(seen.size).toBe(netflixValues.values.length);
    });

    it('spreads across a framework with no core values', () => {
      const round = selectPrompts({
        framework: amazonLeadershipPrinciples,
        presetId: 'onsite',
        seed: 5,
      });
      expect(new Set(valueIdsOf(round)).size).toBe(round.length);
      expect(round.length).toBe(6);
    });

    it('honours a requested count but never drops the core values', () => {
      const small = selectPrompts({
        framework: netflixValues,
        presetId: 'onsite',
        seed: 1,
        count: 1,
      });
      expect(valueIdsOf(small).sort()).toEqual(['communication', 'judgment']);
      const four = selectPrompts({
        framework: netflixValues,
        presetId: 'onsite',
        seed: 1,
        count: 4,
      });
      expect(four).toHaveLength(4);
    });
  });

  it('recruiter screen: career arc, what you want, a value or two, then the number', () => {
    for (const seed of SEEDS) {
      const round = selectPrompts({ framework: netflixValues, presetId: 'recruiter-screen', seed });
      expect(labels(round).slice(0, 2)).toEqual(['Career arc', 'What you want']);
      expect(round.at(-1)?.label).toBe('Compensation number');
      const values = valueIdsOf(round);
      expect(values.length).toBeGreaterThanOrEqual(1);
      expect(values.length).toBeLessThanOrEqual(2);
      expect(values.some((v) => netflixValues.coreValueIds.includes(v))).toBe(true);
    }
  });

  it('hiring-manager call: decision stories plus judgment-heavy value prompts', () => {
    for (const seed of SEEDS) {
      const round = selectPrompts({ framework: netflixValues, presetId: 'hiring-manager', seed });
      const stories = round.filter((p) => p.label === 'Decision story');
      expect(stories).toHaveLength(2);
      expect(new Set(stories.map((p) => p.question)).size).toBe(2);
      for (const s of stories) expect(probeKind(netflixValues, s.probeIds[0]!)).toBe('revisit');
      expect(valueIdsOf(round)).toContain('judgment');
      expect(round).toHaveLength(5);
    }
    const amazon = selectPrompts({
      framework: amazonLeadershipPrinciples,
      presetId: 'hiring-manager',
      seed: 9,
    });
    expect(valueIdsOf(amazon)).toContain('are-right-a-lot');
  });

  it.each([
    ['engineer', ['Architecture', 'Operating what you build']],
    ['pm', ['Product sense', 'Metrics']],
    ['designer', ['Portfolio decisions', 'Design trade-offs']],
  ] as const)('role screen for a %s: role prompts then values', (role, roleLabels) => {
    const round = selectPrompts({
      framework: netflixValues,
      presetId: 'role-screen',
      seed: 11,
      role,
    });
    const topics = round.filter((p) => p.valueId === null);
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(new Set(labels(topics))).toEqual(new Set(roleLabels));
    expect(valueIdsOf(round).length).toBeGreaterThanOrEqual(1);
    expect(round.findIndex((p) => p.valueId !== null)).toBe(topics.length);
  });

  it('coding round: narrate clarify, approach, complexity and tests, then defend a decision', () => {
    const round = selectPrompts({ framework: netflixValues, presetId: 'coding', seed: 8 });
    expect(labels(round)).toEqual([
      'Clarify the problem',
      'Approach',
      'Complexity',
      'Testing',
      expect.any(String),
    ]);
    expect(netflixValues.decisionValueIds).toContain(round[4]?.valueId);
  });

  it('system design: distinct design areas plus one decision value prompt', () => {
    const areas = new Set<string>();
    for (const seed of SEEDS) {
      const round = selectPrompts({ framework: netflixValues, presetId: 'system-design', seed });
      const topics = round.filter((p) => p.valueId === null);
      expect(topics).toHaveLength(2);
      expect(new Set(labels(topics)).size).toBe(2);
      for (const t of topics) areas.add(t.label);
      expect(valueIdsOf(round)).toHaveLength(1);
    }
    expect(areas).toEqual(
      new Set([
        'Video streaming',
        'CDN and edge caching',
        'Recommendations',
        'Chaos engineering',
        'A/B testing at scale',
      ]),
    );
  });

  describe('custom', () => {
    it('covers every value once, and core values twice, by default', () => {
      const round = selectPrompts({ framework: netflixValues, presetId: 'custom', seed: 4 });
      const ids = valueIdsOf(round);
      expect(round).toHaveLength(netflixValues.values.length + 2);
      expect(ids.filter((id) => id === 'judgment')).toHaveLength(2);
      expect(ids.filter((id) => id === 'communication')).toHaveLength(2);
      expect(ids.filter((id) => id === 'impact')).toHaveLength(1);
    });

    it('drills only the chosen values', () => {
      const round = selectPrompts({
        framework: netflixValues,
        presetId: 'custom',
        seed: 4,
        valueIds: ['courage', 'judgment', 'not-a-value'],
      });
      expect(valueIdsOf(round).sort()).toEqual(['courage', 'judgment', 'judgment']);
    });

    it('draws nothing when no value is chosen', () => {
      const round = selectPrompts({
        framework: netflixValues,
        presetId: 'custom',
        seed: 4,
        valueIds: [],
      });
      expect(round).toEqual([]);
    });

    it('works with the dated memo framework', () => {
      const round = selectPrompts({
        framework: netflixCultureMemo2024,
        presetId: 'custom',
        seed: 2,
        valueIds: ['candor', 'resilience'],
      });
      expect(labels(round).sort()).toEqual(['Candor', 'Resilience']);
    });
  });

  it('copes with a tiny user framework without crashing or repeating questions', () => {
    const tiny: Framework = {
      id: 'tiny',
      name: 'Tiny',
      source: 'me',
      coreValueIds: ['grit'],
      values: [
        {
          id: 'grit',
          name: 'Grit',
          definition: 'Keeps going.',
          synonyms: [],
          prompts: ['Q1', 'Q2'],
        },
      ],
      probes: [
        { id: 'why', kind: 'principle', text: 'Which value?' },
        { id: 'num', kind: 'depth', text: 'Numbers?' },
      ],
    };
    for (const preset of roundPresets) {
      const round = selectPrompts({ framework: tiny, presetId: preset.id, seed: 1 });
      expect(new Set(round.map((p) => p.question)).size, preset.id).toBe(round.length);
    }
    expect(
      selectPrompts({ framework: tiny, presetId: 'onsite', seed: 1 })
        .map((p) => p.question)
        .sort(),
    ).toEqual(['Q1', 'Q2']);
  });

  it('rejects an unknown preset', () => {
    expect(() => selectPrompts({ framework: netflixValues, presetId: 'panel', seed: 1 })).toThrow(
      /panel/,
    );
  });
});
