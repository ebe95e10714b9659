import { localDay } from '../../lib/format/local-day';
import { useCallback } from 'react';
import { downloadText } from '../../lib/browser/download-text';
import type { Session } from '../../lib/practice/session-schema';
import {
  sessionToMarkdown,
  type SessionReportContext,
} from '../../lib/practice/session-to-markdown';

/** Downloads one round's report as Markdown. */
export function useSessionReport(ctx: SessionReportContext) {
  return useCallback(
    (session: Session) => {
      const day = localDay(session.createdAt);
      downloadText(
        `loopside-round-${day}-${session.presetId}.md`,
        sessionToMarkdown(session, ctx),
        'text/markdown',
      );
    },
    [ctx],
  );
}
