import type { Recording } from '../../lib/recording/recording-schema';
import { recordedDurationMs } from '../../lib/recording/recording-time';
import { formatDuration } from '../../lib/practice/round-clock';
import { sessionTotals } from '../../lib/practice/session-actions';
import type { Session } from '../../lib/practice/session-schema';
import { pausesOf, spokenWhileRunning } from '../../lib/practice/round-pauses';
import { AnswerSignalsSummary } from './answer-signals-summary';
import { SessionTranscripts } from './session-transcripts';
import { useSessionTranscripts } from '../hooks/use-transcripts';
import { OnDemand } from '../critique/on-demand';
import { formatMoment } from '../../lib/format/format-moment';
import { answerStatusLabels } from '../../lib/practice/answer-status-label';

const loadAnswerCritique = () =>
  import('../critique/answer-critique').then((m) => m.AnswerCritiqueArea);

const tickNames = {
  namedValue: 'named the value',
  measurableOutcome: 'measurable outcome',
  differently: 'would do differently',
} as const;

function SessionDetail({
  session,
  valueNames,
  storyTitles,
}: {
  session: Session;
  valueNames: ReadonlyMap<string, string>;
  storyTitles: ReadonlyMap<string, string>;
}) {
  const transcripts = useSessionTranscripts(session.id);
  return (
    <>
      <ol className="answers">
        {session.answers.map((a, i) => (
          <li key={i} className={`answer answer--${a.status}`}>
            <h4>
              {a.prompt.label} <span className="muted">· {answerStatusLabels[a.status]}</span>
              {a.durationMs !== null ? (
                <span className="muted"> · {formatDuration(a.durationMs)}</span>
              ) : null}
              {a.score !== null ? <span className="muted"> · score {a.score}/4</span> : null}
            </h4>
            <p>{a.prompt.question}</p>
            {a.probesShown.length ? (
              <p className="muted">Probes asked: {a.probesShown.length}</p>
            ) : null}
            <p className="muted">
              {Object.entries(tickNames)
                .filter(([k]) => a.ticks[k as keyof typeof tickNames])
                .map(([, label]) => label)
                .join(' · ') || 'No ticks'}
            </p>
            {a.notes ? (
              <p className="answer__notes" dir="auto">
                {a.notes}
              </p>
            ) : null}
            {a.storyIds.length ? (
              <p className="muted">
                Stories used:{' '}
                {a.storyIds.map((id) => storyTitles.get(id) ?? 'a deleted story').join(', ')}
              </p>
            ) : null}
            {a.signals ? (
              <AnswerSignalsSummary signals={a.signals} valueNames={valueNames} />
            ) : null}
            {transcripts.rows?.some((r) => r.answerIndex === i) ? (
              <OnDemand
                label={`Critique answer ${i + 1} on this computer`}
                load={loadAnswerCritique}
                props={{
                  sessionId: session.id,
                  answerIndex: i,
                  valueName: a.prompt.label,
                  question: a.prompt.question,
                  // The answer is what was said while the round ran, not an aside during a pause.
                  lines: spokenWhileRunning(
                    pausesOf(session),
                    transcripts.rows.find((r) => r.answerIndex === i)?.lines ?? [],
                  ),
                }}
              />
            ) : null}
          </li>
        ))}
      </ol>
      <SessionTranscripts rows={transcripts.rows} remove={transcripts.remove} />
    </>
  );
}

export function SessionList({
  sessions,
  valueNames,
  storyTitles,
  onExport,
  demoIds,
  openId,
  onDelete,
  recordings,
}: {
  sessions: Session[];
  /** Value id → name across the known frameworks, for reading stored signals. */
  valueNames: ReadonlyMap<string, string>;
  storyTitles: ReadonlyMap<string, string>;
  onExport: (session: Session) => void;
  demoIds: ReadonlySet<string>;
  /** The round a link asked for: shown open. */
  openId: string | null;
  onDelete: (session: Session) => void;
  /** Practice-room recordings of each round, by round id. */
  recordings?: ReadonlyMap<string, Recording[]>;
}) {
  return (
    <ul className="sessions" aria-label="Finished rounds">
      {sessions.map((s) => {
        const t = sessionTotals(s);
        const demo = demoIds.has(s.id);
        return (
          <li key={s.id} id={`session-${s.id}`} className="session" data-testid="session-row">
            <details open={s.id === openId ? true : undefined}>
              <summary>
                {demo ? <span className="badge">Demo</span> : null}
                {demo ? ' ' : null}
                <strong>{s.presetName}</strong> · {formatMoment(s.createdAt)} · {s.frameworkName} ·{' '}
                {t.answered} answered · {formatDuration(t.talkMs)}
                {t.averageScore !== null ? ` · ${t.averageScore.toFixed(1)}/4` : ''}
              </summary>
              {demo ? (
                <p className="muted">
                  Run against the scripted demo: left out of your figures and story practice counts.
                </p>
              ) : null}
              <div className="controls">
                <button type="button" onClick={() => onExport(s)}>
                  Export this round as Markdown
                </button>
                <button type="button" className="quiet" onClick={() => onDelete(s)}>
                  Delete this round
                </button>
                {(recordings?.get(s.id) ?? []).map((rec, i) => (
                  <a key={rec.id} href={`#recordings/${encodeURIComponent(rec.id)}`}>
                    Watch the recording{i > 0 ? ` ${i + 1}` : ''} (
                    {formatDuration(recordedDurationMs(rec))})
                  </a>
                ))}
              </div>
              <SessionDetail session={s} valueNames={valueNames} storyTitles={storyTitles} />
            </details>
          </li>
        );
      })}
    </ul>
  );
}
