import { useSessionTranscripts } from '../hooks/use-transcripts';

export function SessionTranscripts({ sessionId }: { sessionId: string }) {
  const { rows, remove } = useSessionTranscripts(sessionId);
  if (!rows || rows.length === 0) return null;
  return (
    <section className="transcripts" aria-label="Transcript">
      <h4>
        Transcript{' '}
        <button type="button" className="quiet" onClick={() => void remove()}>
          Delete this round’s transcript
        </button>
      </h4>
      {rows.map((r) => (
        <div key={r.id}>
          <h5>Answer {r.answerIndex + 1}</h5>
          {r.lines.map((l) => (
            <p key={l.id} dir="auto">
              <strong>{l.isSelf ? 'You' : l.speaker}:</strong> {l.text}
            </p>
          ))}
        </div>
      ))}
    </section>
  );
}
