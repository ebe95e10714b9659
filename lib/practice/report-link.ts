/** The workspace address of one round's report, as the panel's debrief links to it. */
export function sessionReportHash(sessionId: string): string {
  return `#session=${encodeURIComponent(sessionId)}`;
}

/** The round id a workspace hash points at, or null. */
export function reportIdFromHash(hash: string): string | null {
  const m = /^#session=(.+)$/.exec(hash);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}
