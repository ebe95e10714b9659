import { useMemo, useState } from 'react';
import type { Session } from '../../lib/practice/session-schema';
import { encodePlanPart } from '../../lib/peer/block-codec';
import { currentVotes } from '../../lib/peer/import-votes';
import type { Loop, VoteRow } from '../../lib/peer/loop-schema';
import { buildLoopReport, loopReportToMarkdown } from '../../lib/peer/loop-report';
import { planPartOf } from '../../lib/peer/plan-loop';
import { LoopReportView } from './loop-report-view';
import { formatMoment } from '../../lib/format/format-moment';
import { countOf } from '../../lib/format/count-of';

interface LoopCardActions {
  reveal: (id: string) => Promise<unknown>;
  remove: (id: string) => Promise<unknown>;
  copy: (text: string) => Promise<boolean>;
  download: (filename: string, markdown: string) => void;
}

const time = (seconds: number) => formatMoment(seconds * 1000);

/** One loop: hand out the parts, see which votes are in (never what they say), then reveal. */
export function LoopCard({
  loop,
  votes,
  sessions,
  actions,
}: {
  loop: Loop;
  votes: VoteRow[];
  sessions: Session[];
  actions: LoopCardActions;
}) {
  const [copied, setCopied] = useState<number | null>(null);
  const [confirmReveal, setConfirmReveal] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const inNow = useMemo(() => currentVotes(votes), [votes]);
  const revealed = loop.revealedAt !== null;
  const report = useMemo(
    () => (revealed ? buildLoopReport(loop, votes, sessions) : null),
    [revealed, loop, votes, sessions],
  );
  const count = loop.interviews.length;
  return (
    <article className="loop-card" aria-labelledby={`loop-${loop.id}`}>
      <h3 id={`loop-${loop.id}`}>{loop.name}</h3>
      <p className="hint">
        {loop.candidate} · {loop.frameworkName} · {countOf(count, 'interview')}
        {loop.days === 2 ? ' over two days' : ''} · {inNow.size} of {count} votes in
      </p>
      <details open={!revealed && inNow.size === 0}>
        <summary>Hand out the plan</summary>
        {loop.interviews.map((iv) => {
          const part = planPartOf(loop, iv.no);
          const block = part ? encodePlanPart(part) : '';
          return (
            <div key={iv.no} className="loop-card__part">
              <p>
                <strong>
                  Interview {iv.no}: {iv.interviewer}
                </strong>
                {loop.days === 2 ? ` · day ${iv.day}` : ''} ·{' '}
                {iv.values.map((v) => v.name).join(', ')}
              </p>
              <textarea
                className="block-text"
                readOnly
                rows={3}
                aria-label={`Plan block for interview ${iv.no} (${iv.interviewer})`}
                value={block}
                onFocus={(e) => e.currentTarget.select()}
              />
              <button
                type="button"
                onClick={() =>
                  void actions.copy(block).then((ok) => setCopied(ok ? iv.no : -iv.no))
                }
              >
                Copy block for {iv.interviewer}
              </button>
              {copied === iv.no ? <span role="status"> Copied.</span> : null}
              {copied === -iv.no ? (
                <span role="alert">
                  {' '}
                  Copying was refused: select the block and copy it by hand.
                </span>
              ) : null}
            </div>
          );
        })}
      </details>
      <h4>Votes</h4>
      <ul aria-label={`Votes in for ${loop.name}`}>
        {loop.interviews.map((iv) => {
          const v = inNow.get(iv.no);
          return (
            <li key={iv.no} data-testid="vote-status">
              {iv.no}. {iv.interviewer}:{' '}
              {v
                ? `vote in, sealed ${time(v.sealedAt)}${v.revision > 1 ? ` (replacement, revision ${v.revision})` : ''}`
                : 'waiting'}
            </li>
          );
        })}
      </ul>
      {report ? (
        <LoopReportView
          report={report}
          onExport={() =>
            actions.download(
              `loopside-loop-${loop.name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.md`,
              loopReportToMarkdown(report),
            )
          }
        />
      ) : (
        <div className="loop-card__reveal">
          <p className="hint">
            Votes stay hidden until you reveal them all together, as hiring tools keep scorecards
            hidden until everyone has submitted.
          </p>
          {confirmReveal ? (
            <div role="alertdialog" aria-label="Reveal with votes missing?">
              <p>
                Only {inNow.size} of {count} votes are in. Reveal now? Votes that arrive later show
                as they come.
              </p>
              <button
                type="button"
                className="primary"
                onClick={() => void actions.reveal(loop.id)}
              >
                Reveal anyway
              </button>
              <button type="button" onClick={() => setConfirmReveal(false)}>
                Wait
              </button>
            </div>
          ) : (
            <button
              type="button"
              className="primary"
              disabled={inNow.size === 0}
              onClick={() =>
                inNow.size < count ? setConfirmReveal(true) : void actions.reveal(loop.id)
              }
            >
              Reveal votes
            </button>
          )}
        </div>
      )}
      {confirmDelete ? (
        <p role="alert">
          Delete “{loop.name}” and its votes?{' '}
          <button type="button" onClick={() => void actions.remove(loop.id)}>
            Delete
          </button>{' '}
          <button type="button" onClick={() => setConfirmDelete(false)}>
            Keep
          </button>
        </p>
      ) : (
        <button type="button" className="quiet" onClick={() => setConfirmDelete(true)}>
          Delete loop
        </button>
      )}
    </article>
  );
}
