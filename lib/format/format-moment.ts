/**
 * A moment as every view shows it: "1 Dec 2026, 17:10" in the browser's own language and clock.
 * One wording for a round, a vote, a critique, a clip or a copy, not one per view.
 */
export function formatMoment(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
