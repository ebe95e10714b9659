import { describe, expect, it } from 'vitest';
import { amazonLeadershipPrinciples } from '../../lib/frameworks/amazon-leadership-principles';
import { builtinFrameworks } from '../../lib/frameworks/builtin-frameworks';
import { chosenFramework, frameworkList } from '../../lib/frameworks/framework-list';
import { commonProbes } from '../../lib/frameworks/common-probes';
import { frameworkSchema, probeKindSchema } from '../../lib/frameworks/framework-schema';
import { netflixCultureMemo2024 } from '../../lib/frameworks/netflix-culture-memo-2024';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { parseFramework } from '../../lib/frameworks/parse-framework';

const names = (f: { values: { name: string }[] }) => f.values.map((v) => v.name);

describe('built-in frameworks', () => {
  it.each(builtinFrameworks.map((f) => [f.id, f] as const))('%s parses with the schema', (_, f) => {
    const parsed = frameworkSchema.safeParse(f);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it('lists the Netflix interview values first and makes them the default', () => {
    const mine = { ...netflixValues, id: 'mine', name: 'Mine' };
    // Before the other shipped packs load, the default and the user's own are offered.
    expect(frameworkList(null, [mine]).map((f) => f.id)).toEqual(['netflix-values', 'mine']);
    const all = frameworkList(builtinFrameworks.slice(1), [mine]);
    expect(all.map((f) => f.id)).toEqual([...builtinFrameworks.map((f) => f.id), 'mine']);
    expect(chosenFramework(all, null)).toEqual({ active: netflixValues, found: true });
    expect(chosenFramework(all, 'netflix-memo-2024').active).toBe(netflixCultureMemo2024);
    expect(chosenFramework(all, 'mine').active).toBe(mine);
    // A choice that is gone (a removed pack) falls back to the default, and says it was not found.
    expect(chosenFramework(all, 'removed')).toEqual({ active: netflixValues, found: false });
  });

  it('ships the nine Netflix interview values with Judgment and Communication as core', () => {
    expect(names(netflixValues)).toEqual([
      'Judgment',
      'Selflessness',
      'Courage',
      'Communication',
      'Innovation',
      'Inclusion',
      'Integrity',
      'Passion',
      'Impact',
    ]);
    expect(netflixValues.coreValueIds).toEqual(['judgment', 'communication']);
  });

  it('labels the culture memo with its June 2024 date and its eight values', () => {
    expect(netflixCultureMemo2024.name).toContain('June 2024');
    expect(netflixCultureMemo2024.date).toBe('2024-06-01');
    expect(names(netflixCultureMemo2024)).toEqual([
      'Selflessness',
      'Judgment',
      'Candor',
      'Creativity',
      'Courage',
      'Inclusion',
      'Curiosity',
      'Resilience',
    ]);
  });

  it('ships all sixteen Amazon Leadership Principles', () => {
    expect(amazonLeadershipPrinciples.values).toHaveLength(16);
    expect(names(amazonLeadershipPrinciples)).toContain('Have Backbone; Disagree and Commit');
    expect(names(amazonLeadershipPrinciples)).toContain(
      'Success and Scale Bring Broad Responsibility',
    );
  });

  it.each([
    [netflixValues, 5],
    [netflixCultureMemo2024, 5],
    [amazonLeadershipPrinciples, 3],
  ] as const)('$id gives every value at least $1 prompts', (f, min) => {
    for (const v of f.values) expect(v.prompts.length, v.id).toBeGreaterThanOrEqual(min);
  });

  it('never repeats a prompt, within or across frameworks', () => {
    const all = builtinFrameworks.flatMap((f) => f.values.flatMap((v) => v.prompts));
    const normal = all.map((p) => p.toLowerCase().replace(/\s+/g, ' ').trim());
    expect(new Set(normal).size).toBe(all.length);
  });

  it("does not reuse the source article's example questions", () => {
    const all = builtinFrameworks.flatMap((f) => f.values.flatMap((v) => v.prompts)).join('\n');
    expect(all).not.toContain('more context than your manager');
    expect(all).not.toContain('genuinely uncomfortable');
    expect(all).not.toContain('publicly credited someone');
  });

  it('keeps synonyms lower case and specific (no "impactful")', () => {
    for (const f of builtinFrameworks) {
      for (const v of f.values) {
        expect(v.synonyms.length, v.id).toBeGreaterThan(0);
        for (const s of v.synonyms) expect(s, v.id).toBe(s.toLowerCase());
      }
    }
    const impact = netflixValues.values.find((v) => v.id === 'impact');
    expect(impact?.synonyms).not.toContain('impactful');
    const judgment = netflixValues.values.find((v) => v.id === 'judgment');
    expect(judgment?.synonyms).toEqual(expect.arrayContaining(['judgement', 'judgment call']));
  });

  it('offers several probes of every kind, with unique ids', () => {
    for (const kind of probeKindSchema.options) {
      expect(commonProbes.filter((p) => p.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(commonProbes.map((p) => p.id)).size).toBe(commonProbes.length);
    for (const f of builtinFrameworks) expect(f.probes.length).toBe(commonProbes.length);
  });
});

const validPack = () => ({
  id: 'my-pack',
  name: 'My values',
  source: 'Written by me',
  coreValueIds: ['grit'],
  values: [
    { id: 'grit', name: 'Grit', definition: 'Keeps going.', prompts: ['Tell me about a slog.'] },
    { id: 'care', name: 'Care', definition: 'Looks after people.', prompts: ['Tell me about…'] },
  ],
  probes: [{ id: 'why', kind: 'principle', text: 'Which value was that?' }],
});

describe('parseFramework', () => {
  it('accepts a valid pack and fills defaults', () => {
    const pack = validPack();
    const result = parseFramework(pack);
    expect(result).toMatchObject({ ok: true, framework: { id: 'my-pack' } });
    if (result.ok) expect(result.framework.values[0]?.synonyms).toEqual([]);
  });

  it('accepts raw JSON text', () => {
    expect(parseFramework(JSON.stringify(validPack())).ok).toBe(true);
    // Saved by an editor that writes a byte-order mark first.
    expect(parseFramework(`\uFEFF${JSON.stringify(validPack())}`).ok).toBe(true);
  });

  it('accepts every built-in framework round-tripped through JSON', () => {
    for (const f of builtinFrameworks) {
      expect(parseFramework(JSON.stringify(f)).ok, f.id).toBe(true);
    }
  });

  type Breaker = (p: ReturnType<typeof validPack>) => unknown;
  it.each<[string, Breaker | unknown, string]>([
    ['text that is not JSON', 'hello', 'the file is not valid JSON'],
    ['not an object', () => 42, 'must be a JSON object'],
    ['an array', () => [], 'must be a JSON object'],
    ['null', () => null, 'must be a JSON object'],
    [
      'missing name',
      (p: Record<string, unknown>) => ({ ...p, name: undefined }),
      'name: is missing',
    ],
    [
      'blank name',
      (p: Record<string, unknown>) => ({ ...p, name: '   ' }),
      'name: must not be empty',
    ],
    [
      'empty prompts',
      (p: ReturnType<typeof validPack>) => {
        p.values[1]!.prompts = [];
        return p;
      },
      'values[1].prompts: every value needs at least one prompt',
    ],
    [
      'prompts of the wrong type',
      (p: ReturnType<typeof validPack>) => ({
        ...p,
        values: [{ ...p.values[0], prompts: 'Tell me' }],
      }),
      'values[0].prompts: should be a list, not text',
    ],
    [
      'duplicate value ids',
      (p: ReturnType<typeof validPack>) => ({ ...p, values: [p.values[0], p.values[0]] }),
      'values[1].id: value ids must be unique: "grit" is used twice',
    ],
    [
      'two values of one name',
      (p: ReturnType<typeof validPack>) => ({
        ...p,
        values: [p.values[0], { ...p.values[0], id: 'grit-2', name: ' GRIT ' }],
      }),
      'values[1].name: value names must be unique: "GRIT" is used twice',
    ],
    [
      'duplicate probe ids',
      (p: ReturnType<typeof validPack>) => ({ ...p, probes: [p.probes[0], p.probes[0]] }),
      'probes[1].id: probe ids must be unique',
    ],
    [
      'unknown core value',
      (p: ReturnType<typeof validPack>) => ({ ...p, coreValueIds: ['grit', 'zeal'] }),
      'coreValueIds[1]: coreValueIds must name values of this framework: "zeal"',
    ],
    [
      'unknown probe kind',
      (p: ReturnType<typeof validPack>) => ({
        ...p,
        probes: [{ id: 'x', kind: 'vibe', text: 'Hi' }],
      }),
      'probes[0].kind: must be one of',
    ],
    [
      'bad id characters',
      (p: ReturnType<typeof validPack>) => ({ ...p, id: 'My Pack!' }),
      'id: ids are lower-case letters, digits and dashes',
    ],
    [
      'no values',
      (p: ReturnType<typeof validPack>) => ({ ...p, values: [] }),
      'values: a framework needs at least one value',
    ],
    [
      'a bad date',
      (p: ReturnType<typeof validPack>) => ({ ...p, date: 'June 2024' }),
      'date: should be a date written YYYY-MM-DD',
    ],
    [
      'a number where text belongs',
      (p: ReturnType<typeof validPack>) => ({ ...p, source: 42 }),
      'source: should be text, not a number',
    ],
  ])('rejects %s with a message naming the place', (_, breaker, message) => {
    const input = typeof breaker === 'function' ? (breaker as Breaker)(validPack()) : breaker;
    const result = parseFramework(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
  });

  it('reports several problems at once but keeps the message short', () => {
    const result = parseFramework({ id: 'x' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toContain('name: is missing');
      expect(result.error).toMatch(/and \d+ more/);
    }
  });
});
