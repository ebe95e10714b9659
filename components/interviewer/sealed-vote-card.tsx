import { useState } from 'react';
import { useFocusOnChange } from '../hooks/use-focus-on-change';
import { overallLabels } from '../../lib/peer/peer-schema';
import type { InterviewRun, VoteRow } from '../../lib/peer/loop-schema';

/** Past this, a block may not fit one chat message (a five-value English vote stays under it). */
const LONG_BLOCK = 1_500;

/** The sealed vote, its block to paste into the chat, and the only way to change it: replace it. */
export function SealedVoteCard({
  run,
  vote,
  onCopy,
  onReplace,
}: {
  run: InterviewRun;
  vote: VoteRow;
  onCopy: (text: string) => Promise<boolean>;
  onReplace: () => void;
}) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const nameOf = (id: string) => run.plan.values.find((v) => v.id === id)?.name ?? id;
  // Sealing replaces the vote form: focus follows to what was sealed.
  const titleRef = useFocusOnChange<HTMLHeadingElement>(vote.id);
  return (
    <section className="sealed" aria-labelledby="sealed-title">
      <h2 id="sealed-title" ref={titleRef} tabIndex={-1}>
        {vote.revision > 1 ? `Replacement vote sealed (revision ${vote.revision})` : 'Vote sealed'}
      </h2>
      <p>
        Interview {vote.interviewNo} with {run.plan.candidate}:{' '}
        <strong>{overallLabels[vote.overall]}</strong>
      </p>
      <ul className="sealed__values">
        {vote.values.map((v) => (
          <li key={v.valueId}>
            {nameOf(v.valueId)}: {v.score}/4 — {v.evidence}
          </li>
        ))}
      </ul>
      <p>Rationale: {vote.rationale}</p>
      <p className="hint">
        Send this block to {run.plan.candidate}: paste it into the call’s chat or a message.
        Loopside sends nothing by itself.
      </p>
      <textarea
        className="block-text"
        readOnly
        aria-label="Vote block"
        value={vote.block}
        rows={4}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="hint">
        {vote.block.length.toLocaleString('en')} characters
        {vote.block.length > LONG_BLOCK
          ? ': longer than some chat boxes take in one message. If it arrives cut off, send it by email or in a shared document instead; a chat that only wraps its lines is fine.'
          : ''}
      </p>
      <div className="controls">
        <button
          type="button"
          className="primary"
          onClick={() => void onCopy(vote.block).then(setCopied)}
        >
          Copy vote block
        </button>
        <button type="button" className="quiet" onClick={onReplace}>
          Replace this vote
        </button>
      </div>
      {copied === true ? <p role="status">Copied — paste it into the chat.</p> : null}
      {copied === false ? (
        <p role="alert" className="error">
          The browser did not allow copying: select the block above and copy it by hand.
        </p>
      ) : null}
    </section>
  );
}
