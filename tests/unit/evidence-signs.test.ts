import { describe, expect, it } from 'vitest';
import { builtinFrameworks } from '../../lib/frameworks/builtin-frameworks';
import { evidenceSignsFor, genericSigns } from '../../lib/frameworks/evidence-signs';
import { parseFramework } from '../../lib/frameworks/parse-framework';
import { testFramework } from '../fixtures/test-framework';

describe('evidence signs', () => {
  for (const f of builtinFrameworks) {
    it(`covers every value of ${f.name} with three or four signs each way`, () => {
      for (const v of f.values) {
        const { signs, generic } = evidenceSignsFor(f, f.id, v.id);
        expect(generic, v.name).toBe(false);
        expect(signs.strong.length, v.name).toBeGreaterThanOrEqual(3);
        expect(signs.strong.length, v.name).toBeLessThanOrEqual(4);
        expect(signs.weak.length, v.name).toBeGreaterThanOrEqual(3);
        expect(signs.weak.length, v.name).toBeLessThanOrEqual(4);
      }
    });
  }

  it('uses a custom pack’s own signs, and generic ones when it has none', () => {
    const pack = testFramework(['Grit', 'Care']);
    pack.values[0]!.evidence = { strong: ['Kept going after a no'], weak: ['Gave up early'] };
    const parsed = parseFramework(JSON.parse(JSON.stringify(pack)));
    expect(parsed.ok).toBe(true);
    expect(evidenceSignsFor(pack, pack.id, 'grit').signs.strong).toEqual(['Kept going after a no']);
    expect(evidenceSignsFor(pack, pack.id, 'care')).toEqual({ signs: genericSigns, generic: true });
  });
});
