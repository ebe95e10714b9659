import { decodeBlocks } from './block-codec';
import type { PlanPart } from './peer-schema';

/**
 * What an interviewer pasted to start an interview: one loop plan part, or the reasons it cannot
 * start (a damaged block, a sealed vote pasted on the wrong side, more than one part).
 */
export function readPlanPaste(text: string): { plan: PlanPart | null; problems: string[] } {
  const decoded = decodeBlocks(text);
  const problems = decoded.problems.map((p) => p.message);
  const plans = decoded.blocks.flatMap((b) => (b.kind === 'plan' ? [b.plan] : []));
  for (const b of decoded.blocks) {
    if (b.kind === 'vote') {
      problems.push(
        `Block ${b.index} (line ${b.line}) is a sealed vote, not a loop plan: the candidate imports votes in the workspace, under Loops.`,
      );
    }
  }
  if (plans.length > 1) problems.push('Paste one interviewer’s part at a time.');
  const plan = plans[0];
  return problems.length > 0 || !plan ? { plan: null, problems } : { plan, problems: [] };
}
