/** What to show a person for a thrown value: an Error's message, or the value as text. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
