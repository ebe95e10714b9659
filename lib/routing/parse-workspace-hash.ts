import { reportIdFromHash } from '../practice/report-link';

/**
 * Where a workspace address points: #stories, #stories/Judgment, #coverage, or #session=<id> for
 * one round's report. An unknown section is the story bank; a part that does not decode (a hand-
 * typed "%E0") is dropped rather than stopping the page.
 */
export function parseWorkspaceHash<S extends string>(
  hash: string,
  sections: readonly S[],
  fallback: S,
  reportSection: S,
): { section: S; param: string | null } {
  const reportId = reportIdFromHash(hash);
  if (reportId) return { section: reportSection, param: reportId };
  const [id = '', param = ''] = hash.replace(/^#/, '').split('/');
  const section = sections.find((s) => s === id) ?? fallback;
  if (!param) return { section, param: null };
  try {
    return { section, param: decodeURIComponent(param) };
  } catch {
    return { section, param: null };
  }
}
