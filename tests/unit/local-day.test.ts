import { afterEach, describe, expect, it } from 'vitest';
import { backupFilename } from '../../lib/backup/export-backup';
import { localDay, localHourMinute } from '../../lib/format/local-day';
import { storiesToMarkdown } from '../../lib/stories/stories-to-markdown';
import { netflixValues } from '../../lib/frameworks/netflix-values';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('file names and export lines are dated by the local day', () => {
  it('names the local day just after midnight in a zone behind UTC', () => {
    process.env.TZ = 'America/Los_Angeles';
    // 00:05 on 1 March in Los Angeles is 08:05 UTC: both agree on the day.
    const justAfter = Date.UTC(2026, 2, 1, 8, 5);
    expect(localDay(justAfter)).toBe('2026-03-01');
    // 23:55 on 28 Feb in Los Angeles is already 1 March in UTC: the file must say the 28th.
    const justBefore = Date.UTC(2026, 2, 1, 7, 55);
    expect(localDay(justBefore)).toBe('2026-02-28');
    expect(backupFilename(justBefore)).toBe('loopside-backup-2026-02-28-2355.json');
  });

  it('names the local day just after midnight in a zone ahead of UTC', () => {
    process.env.TZ = 'Pacific/Auckland';
    // 00:10 on 5 January in Auckland (UTC+13 in summer) is still 4 January in UTC.
    const at = Date.UTC(2026, 0, 4, 11, 10);
    expect(localDay(at)).toBe('2026-01-05');
    expect(localHourMinute(at)).toBe('0010');
    expect(backupFilename(at, 'before-replace')).toBe(
      'loopside-backup-2026-01-05-0010-before-replace.json',
    );
    const md = storiesToMarkdown([], netflixValues, new Date(at));
    expect(md).toContain('Exported 2026-01-05.');
  });
});
