/** The newer of the stored text and a journalled draft wins; ties keep the stored copy. */
export function pickNewerText(
  stored: { text: string; at: number },
  draft: { text: string; at: number } | undefined,
): string {
  return draft && draft.at > stored.at ? draft.text : stored.text;
}
