import type { TranscriptRow } from '../../lib/live/transcript-schema';

export function SessionTranscripts({
  rows,
  remove,
}: {
  rows: TranscriptRow[] | undefined;
  remove: () => Promise<unknown>;
}) {
  if (!rows || rows.length === 0) return null;
  return (
    <section className="transcripts" aria-label="Transcript">
      {/* The button sits beside the heading, not in it: the heading's name stays "Transcript". */}
      <div className="transcripts__head">
        <h4>Transcript</h4>
        <button type="button" className="quiet" onClick={() => void remove()}>
          Delete this round’s transcript
        </button>
      </div>
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
