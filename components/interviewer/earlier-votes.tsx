import { overallLabels } from '../../lib/peer/peer-schema';
import type { VoteRow } from '../../lib/peer/loop-schema';

/** Votes sealed here before, so a block can be copied again if the chat lost it. */
export function EarlierVotes({ votes }: { votes: VoteRow[] }) {
  if (votes.length === 0) return null;
  return (
    <details className="earlier-votes">
      <summary>Your earlier sealed votes ({votes.length})</summary>
      <ul>
        {votes.map((v) => (
          <li key={v.id}>
            <p>
              Interview {v.interviewNo}, {overallLabels[v.overall]}
              {v.revision > 1 ? ` (replacement, revision ${v.revision})` : ''}
            </p>
            <textarea
              className="block-text"
              readOnly
              rows={3}
              aria-label={`Vote block for interview ${v.interviewNo}, revision ${v.revision}`}
              value={v.block}
              onFocus={(e) => e.currentTarget.select()}
            />
          </li>
        ))}
      </ul>
    </details>
  );
}
