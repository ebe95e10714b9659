import * as z from 'zod/mini';
import { clockSchema } from '../practice/session-schema';
import {
  overallVoteSchema,
  PEER_LIMITS,
  planPartSchema,
  planValueSchema,
  sealedVoteSchema,
} from './peer-schema';

/** One interview slot in the candidate's loop plan. */
const loopInterviewSchema = z.object({
  no: z.number().check(z.int(), z.minimum(1), z.maximum(PEER_LIMITS.interviews)),
  interviewer: z.string().check(z.maxLength(PEER_LIMITS.name)),
  values: z.array(planValueSchema),
  day: z.number().check(z.int(), z.minimum(1), z.maximum(2)),
});
export type LoopInterview = z.infer<typeof loopInterviewSchema>;

/** The candidate's loop: the plan handed out, and whether the votes have been revealed. */
export const loopSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(PEER_LIMITS.loopName)),
  candidate: z.string().check(z.minLength(1), z.maxLength(PEER_LIMITS.name)),
  frameworkId: z.string(),
  frameworkName: z.string(),
  createdAt: z.number(),
  days: z.number().check(z.int(), z.minimum(1), z.maximum(2)),
  minutes: z.number().check(z.int(), z.minimum(5), z.maximum(180)),
  interviews: z.array(loopInterviewSchema).check(z.minLength(1)),
  revealedAt: z.nullable(z.number()),
});
export type Loop = z.infer<typeof loopSchema>;

/** A sealed vote as stored: never edited, only replaced by a higher revision. */
export const voteRowSchema = z.extend(sealedVoteSchema, {
  id: z.string(),
  /** Sealed in this browser (the interviewer's) or imported from a block (the candidate's). */
  origin: z.enum(['sealed-here', 'imported']),
  storedAt: z.number(),
  block: z.string(),
});
export type VoteRow = z.infer<typeof voteRowSchema>;

const interviewMarksSchema = z.object({
  namedValue: z.boolean(),
  measurableResult: z.boolean(),
  reflection: z.boolean(),
  hedged: z.boolean(),
});
export type InterviewMarks = z.infer<typeof interviewMarksSchema>;

const runAnswerSchema = z.object({
  valueId: z.string(),
  clock: clockSchema,
  probesShown: z.array(z.string()),
  marks: interviewMarksSchema,
  notes: z.string().check(z.maxLength(100_000)),
  notesUpdatedAt: z.number(),
});

const draftValueSchema = z.object({
  valueId: z.string(),
  score: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(4))),
  evidence: z.string().check(z.maxLength(PEER_LIMITS.evidence)),
  evidenceUpdatedAt: z.number(),
});

const voteDraftSchema = z.object({
  values: z.array(draftValueSchema),
  overall: z.nullable(overallVoteSchema),
  rationale: z.string().check(z.maxLength(PEER_LIMITS.rationale)),
  rationaleUpdatedAt: z.number(),
});
export type VoteDraft = z.infer<typeof voteDraftSchema>;

/** The interviewer's side of one interview: the part they were handed, the run, the vote draft. */
export const interviewRunSchema = z.object({
  id: z.string(),
  plan: planPartSchema,
  createdAt: z.number(),
  status: z.enum(['ready', 'active', 'voting', 'sealed']),
  clock: clockSchema,
  currentIndex: z.number(),
  answers: z.array(runAnswerSchema),
  draft: voteDraftSchema,
  /** The revision the draft will be sealed as; above 1 it replaces an earlier sealed vote. */
  revision: z.number().check(z.int(), z.minimum(1)),
  sealedVoteIds: z.array(z.string()),
});
export type InterviewRun = z.infer<typeof interviewRunSchema>;
