import { commonProbes } from '../frameworks/common-probes';
import type { Framework, Probe, ProbeKind } from '../frameworks/framework-schema';
import type { PlanValue } from './peer-schema';

/** The order an interviewer digs in: the principle first, the Keeper Test last. */
const PROBE_ORDER: readonly ProbeKind[] = [
  'principle',
  'position',
  'feedback',
  'differently',
  'limits',
  'keeper',
];

/**
 * The question for a value, from the interviewer's own copy of the framework; interviewers in
 * the same loop get different questions for the shared values.
 */
export function questionFor(
  framework: Framework | undefined,
  value: PlanValue,
  interviewNo: number,
): string {
  const prompts = framework?.values.find((v) => v.id === value.id)?.prompts ?? [];
  return (
    prompts[(interviewNo - 1) % Math.max(1, prompts.length)] ??
    `Tell me about a time your work showed ${value.name}. What did you do, and what came of it?`
  );
}

/** One follow-up of each kind, in order, varied by value so two values do not repeat a probe. */
export function probesFor(framework: Framework | undefined, valueIndex: number): Probe[] {
  const pool = framework?.probes.length ? framework.probes : commonProbes;
  return PROBE_ORDER.flatMap((kind) => {
    const ofKind = pool.filter((p) => p.kind === kind);
    const p = ofKind[valueIndex % Math.max(1, ofKind.length)];
    return p ? [p] : [];
  });
}

export function definitionOf(framework: Framework | undefined, valueId: string): string | null {
  return framework?.values.find((v) => v.id === valueId)?.definition ?? null;
}
