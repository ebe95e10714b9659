const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The local calendar day of a timestamp ("2026-12-28"): what "today" means to the person at the
 * keyboard. Every dated file name and "Exported on" line uses this, so a report written just
 * after midnight is never stamped with the UTC day before or after.
 */
export function localDay(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local hours and minutes ("0930"), for file names that need more than the day. */
export function localHourMinute(ms: number): string {
  const d = new Date(ms);
  return `${pad(d.getHours())}${pad(d.getMinutes())}`;
}
