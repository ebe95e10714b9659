import * as z from 'zod/mini';

const id = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lower-case letters, digits and dashes'));
const text = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(max));

export const probeKindSchema = z.enum([
  'principle',
  'feedback',
  'limits',
  'revisit',
  'position',
  'differently',
  'keeper',
  'depth',
]);
export type ProbeKind = z.infer<typeof probeKindSchema>;

const frameworkValueSchema = z.object({
  id,
  name: text(60),
  /** One line, in our own words. */
  definition: text(240),
  /** Words that count as naming this value in speech (lower case). */
  synonyms: z._default(z.array(text(40)), []),
  /** Behavioural prompts for this value. */
  prompts: z.array(text(400)).check(z.minLength(1, 'every value needs at least one prompt')),
  /** What strong and weak answers sound like, for the interviewer's view; optional in packs. */
  evidence: z.optional(
    z.object({
      strong: z.array(text(200)).check(z.minLength(1), z.maxLength(6)),
      weak: z.array(text(200)).check(z.minLength(1), z.maxLength(6)),
    }),
  ),
});
export type FrameworkValue = z.infer<typeof frameworkValueSchema>;

export const probeSchema = z.object({
  id,
  kind: probeKindSchema,
  text: text(300),
});
export type Probe = z.infer<typeof probeSchema>;

export const frameworkSchema = z
  .object({
    id,
    name: text(80),
    source: text(200),
    /** ISO date (YYYY-MM-DD) the framework was published, when known. */
    date: z.optional(z.iso.date()),
    /** Values asked about in nearly every loop (Judgment and Communication for the default). */
    coreValueIds: z._default(z.array(id), []),
    /**
     * Values that show how someone decides (Judgment, Courage…); hiring-manager and technical
     * rounds lean on them. Optional so hand-written packs need not know about it.
     */
    decisionValueIds: z.optional(z.array(id)),
    values: z
      .array(frameworkValueSchema)
      .check(z.minLength(1, 'a framework needs at least one value')),
    probes: z.array(probeSchema).check(z.minLength(1, 'a framework needs at least one probe')),
  })
  .check(
    // One pass that points at the exact offending entry, so an imported pack's error says where.
    z.superRefine((f, ctx) => {
      const seenValues = new Set<string>();
      f.values.forEach((v, i) => {
        if (seenValues.has(v.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `value ids must be unique: "${v.id}" is used twice`,
            path: ['values', i, 'id'],
          });
        }
        seenValues.add(v.id);
      });
      const seenProbes = new Set<string>();
      f.probes.forEach((p, i) => {
        if (seenProbes.has(p.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `probe ids must be unique: "${p.id}" is used twice`,
            path: ['probes', i, 'id'],
          });
        }
        seenProbes.add(p.id);
      });
      const refs: Array<['coreValueIds' | 'decisionValueIds', string[]]> = [
        ['coreValueIds', f.coreValueIds],
        ['decisionValueIds', f.decisionValueIds ?? []],
      ];
      for (const [field, ids] of refs) {
        ids.forEach((c, i) => {
          if (!seenValues.has(c)) {
            ctx.addIssue({
              code: 'custom',
              message: `${field} must name values of this framework: "${c}" is not one`,
              path: [field, i],
            });
          }
        });
      }
    }),
  );
export type Framework = z.infer<typeof frameworkSchema>;
