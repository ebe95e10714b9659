import { useEffect, useRef } from 'react';
import { debriefRound } from '../../lib/practice/debrief';
import { sessionReportHash } from '../../lib/practice/report-link';
import { formatDuration } from '../../lib/practice/round-clock';
import { pausedTotalMs } from '../../lib/practice/round-pauses';
import { sessionTotals } from '../../lib/practice/session-actions';
import type { Session } from '../../lib/practice/session-schema';

/** The debrief that closes a round: per answer, what went well and what to tighten. */
export function RoundSummary({
  session,
  onNew,
  workspaceHref,
  storyTitle,
}: {
  session: Session;
  onNew: () => void;
  workspaceHref: string;
  storyTitle: (id: string) => string;
}) {
  const t = sessionTotals(session);
  const paused = pausedTotalMs(session);
  const debrief = debriefRound(session);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="summary" aria-labelledby="debrief-title">
      <h2 id="debrief-title" ref={headingRef} tabIndex={-1}>
        Round debrief
      </h2>
      <p>
        Saved · {t.answered} answered, {t.skipped} skipped · {formatDuration(t.talkMs)} answering
        {paused > 0 ? ` · paused ${formatDuration(paused)}` : ''}
        {t.averageScore !== null ? ` · self-score ${t.averageScore.toFixed(1)} / 4` : ''}
      </p>
      {debrief.focus ? <p className="debrief__focus">{debrief.focus}</p> : null}
      {debrief.answers.length === 0 ? (
        <p>No prompt was answered in this round.</p>
      ) : (
        <ol className="debrief" aria-label="Debrief per answer">
          {debrief.answers.map((d) => (
            <li key={d.index} className={`debrief__answer debrief__answer--${d.status}`}>
              <h3>
                {d.label}{' '}
                <span className="muted">
                  · {d.status}
                  {d.durationMs !== null && d.status === 'answered'
                    ? ` · ${formatDuration(d.durationMs)}`
                    : ''}
                  {d.score !== null ? ` · score ${d.score}/4` : ''}
                </span>
              </h3>
              {d.wentWell.length ? (
                <>
                  <p className="debrief__label">Went well</p>
                  <ul>
                    {d.wentWell.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {d.tighten.length ? (
                <>
                  <p className="debrief__label">To tighten</p>
                  <ul>
                    {d.tighten.map((w) => (
                      <li key={w.text}>{w.text}</li>
                    ))}
                  </ul>
                </>
              ) : null}
              {d.storyIds.length ? (
                <p dir="auto">Stories used: {d.storyIds.map(storyTitle).join(', ')}</p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <div className="controls">
        <button type="button" className="primary" onClick={onNew}>
          New round
        </button>
        <a
          href={`${workspaceHref}${sessionReportHash(session.id)}`}
          target="_blank"
          rel="noreferrer"
        >
          Open this round’s report
        </a>
      </div>
    </section>
  );
}
