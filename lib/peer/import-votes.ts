import type { DecodeResult } from './block-codec';
import { voteIdOf } from './interview-run';
import type { Loop, VoteRow } from './loop-schema';

export interface VoteImportPlan {
  /** New votes to store; empty when anything was wrong, unless the caller accepts partial. */
  rows: VoteRow[];
  problems: string[];
  /** Harmless things worth saying (a vote that is already in). */
  notes: string[];
  /** How many blocks were good, whether or not there were problems. */
  good: number;
}

/**
 * Decides what a paste of vote blocks would change, without changing anything. A block that is
 * damaged, foreign or for another loop is a problem; by default one problem stores nothing.
 */
export function planVoteImport(
  decoded: DecodeResult,
  loops: readonly Loop[],
  existing: readonly VoteRow[],
  now: number,
  acceptPartial = false,
): VoteImportPlan {
  const problems = decoded.problems.map((p) => p.message);
  const notes: string[] = [];
  const rows: VoteRow[] = [];
  const have = new Set(existing.map((v) => v.id));
  for (const b of decoded.blocks) {
    const where = `Block ${b.index} (line ${b.line})`;
    if (b.kind === 'plan') {
      problems.push(
        `${where} is a loop plan, not a vote: it belongs in the interviewer's panel (role “Interviewer”).`,
      );
      continue;
    }
    const v = b.vote;
    const loop = loops.find((l) => l.id === v.loopId);
    if (!loop) {
      problems.push(`${where} is a vote for a loop that is not in this workspace.`);
      continue;
    }
    const slot = loop.interviews.find((i) => i.no === v.interviewNo);
    if (!slot) {
      problems.push(
        `${where} is for interview ${v.interviewNo}, which “${loop.name}” does not have.`,
      );
      continue;
    }
    if (v.frameworkId !== loop.frameworkId) {
      problems.push(`${where} was scored against a different framework than “${loop.name}”.`);
      continue;
    }
    const id = voteIdOf(v);
    if (have.has(id)) {
      notes.push(`${where}: the vote from ${v.interviewer} is already in — nothing changed.`);
      continue;
    }
    have.add(id);
    rows.push({ ...v, id, origin: 'imported', storedAt: now, block: b.text });
  }
  // An earlier revision is kept with the others, but the newest one is the vote that counts
  // (said only when the paste is stored).
  const stored = problems.length === 0 || acceptPartial;
  for (const row of stored ? rows : []) {
    const sameLoop = [...existing, ...rows].filter((v) => v.loopId === row.loopId);
    const newest = currentVotes(sameLoop).get(row.interviewNo);
    if (newest && newest.revision > row.revision) {
      notes.push(
        `${row.interviewer}'s revision ${row.revision} is an earlier vote: kept, but revision ${newest.revision} is the one that counts.`,
      );
    }
  }
  const good = rows.length;
  return { rows: problems.length > 0 && !acceptPartial ? [] : rows, problems, notes, good };
}

/** The vote that counts for each interview: the highest revision. */
export function currentVotes(votes: readonly VoteRow[]): Map<number, VoteRow> {
  const byNo = new Map<number, VoteRow>();
  for (const v of votes) {
    const held = byNo.get(v.interviewNo);
    if (!held || v.revision > held.revision) byNo.set(v.interviewNo, v);
  }
  return byNo;
}
