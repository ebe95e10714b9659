import * as z from 'zod/mini';

/**
 * Limits keep a five-value vote block written in English under 1,500 characters when pasted into
 * a call's chat (eight values: about 2,600). The block carries UTF-8 in base64, so a letter outside
 * ASCII takes two to four times the room.
 */
export const PEER_LIMITS = {
  name: 40,
  evidence: 120,
  rationale: 200,
  loopName: 60,
  valueName: 60,
  values: 8,
  interviews: 6,
} as const;

const shortId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/));
const line = (max: number) => z.string().check(z.maxLength(max));
const nonEmpty = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const OVERALL_VOTES = ['strong-hire', 'hire', 'no-hire', 'strong-no-hire'] as const;
export const overallVoteSchema = z.enum(OVERALL_VOTES);
export type OverallVote = z.infer<typeof overallVoteSchema>;

export const overallLabels: Record<OverallVote, string> = {
  'strong-hire': 'Strong hire',
  hire: 'Hire',
  'no-hire': 'No hire',
  'strong-no-hire': 'Strong no hire',
};

const valueVoteSchema = z.object({
  valueId: shortId,
  score: z.number().check(z.int(), z.minimum(1), z.maximum(4)),
  evidence: line(PEER_LIMITS.evidence),
});

/** What one interviewer decided, exactly as it travels in a vote block. */
export const sealedVoteSchema = z.object({
  loopId: shortId,
  interviewNo: z.number().check(z.int(), z.minimum(1), z.maximum(PEER_LIMITS.interviews)),
  /** 1 for the first vote; a higher number replaces the earlier ones, visibly. */
  revision: z.number().check(z.int(), z.minimum(1), z.maximum(99)),
  interviewer: nonEmpty(PEER_LIMITS.name),
  frameworkId: shortId,
  values: z.array(valueVoteSchema).check(z.minLength(1), z.maxLength(PEER_LIMITS.values)),
  overall: overallVoteSchema,
  rationale: line(PEER_LIMITS.rationale),
  /** Seconds since 1970: enough precision, fewer characters. */
  sealedAt: z.number().check(z.int(), z.minimum(0)),
});
export type SealedVote = z.infer<typeof sealedVoteSchema>;

export const planValueSchema = z.object({ id: shortId, name: nonEmpty(PEER_LIMITS.valueName) });
export type PlanValue = z.infer<typeof planValueSchema>;

/** One interviewer's part of a loop, as the candidate hands it over. */
export const planPartSchema = z.object({
  loopId: shortId,
  loopName: nonEmpty(PEER_LIMITS.loopName),
  candidate: nonEmpty(PEER_LIMITS.name),
  frameworkId: shortId,
  frameworkName: nonEmpty(80),
  interviewNo: z.number().check(z.int(), z.minimum(1), z.maximum(PEER_LIMITS.interviews)),
  interviewCount: z.number().check(z.int(), z.minimum(1), z.maximum(PEER_LIMITS.interviews)),
  interviewer: nonEmpty(PEER_LIMITS.name),
  values: z.array(planValueSchema).check(z.minLength(1), z.maxLength(PEER_LIMITS.values)),
  minutes: z.number().check(z.int(), z.minimum(5), z.maximum(180)),
  day: z.number().check(z.int(), z.minimum(1), z.maximum(2)),
});
export type PlanPart = z.infer<typeof planPartSchema>;
