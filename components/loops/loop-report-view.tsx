import { LOOP_RULE, verdictLabels } from '../../lib/peer/loop-outcome';
import {
  describeGap,
  describeSelf,
  nothingToPractise,
  type LoopReport,
} from '../../lib/peer/loop-report';
import { overallLabels } from '../../lib/peer/peer-schema';

const fmt = (n: number) => (Math.round(n * 10) / 10).toString();

/** After the reveal: the outcome and its rule, every vote, and each value beside your own view. */
export function LoopReportView({ report, onExport }: { report: LoopReport; onExport: () => void }) {
  const { outcome } = report;
  return (
    <div className="loop-report">
      <section className="loop-outcome" aria-labelledby={`outcome-${report.loop.id}`}>
        <h4 id={`outcome-${report.loop.id}`}>
          Outcome: {outcome ? verdictLabels[outcome.verdict] : 'no votes yet'}
        </h4>
        {outcome ? <p>{outcome.reason}</p> : null}
        {report.missing.length > 0 ? (
          <p>Still missing: {report.missing.map((m) => m.interviewer).join(', ')}.</p>
        ) : null}
        <details>
          <summary>How the outcome is reached</summary>
          <ul>
            {LOOP_RULE.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      </section>
      <h4>Votes by interviewer</h4>
      <table>
        <thead>
          <tr>
            <th>Interviewer</th>
            <th>Vote</th>
            <th>Rationale</th>
          </tr>
        </thead>
        <tbody>
          {report.votes.map((v) => (
            <tr key={v.id} data-testid="revealed-vote">
              <td>
                {v.interviewNo}. {v.interviewer}
              </td>
              <td>
                {overallLabels[v.overall]}
                {v.revision > 1 ? ` (replacement, revision ${v.revision})` : ''}
              </td>
              <td>{v.rationale}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Values: the interviewers beside your own view</h4>
      {report.values.map((value) => (
        <section key={value.valueId} className="loop-value" aria-label={value.name}>
          <h5>
            {value.name}
            {value.mean !== null ? ` · ${fmt(value.mean)}/4` : ' · not scored'}
          </h5>
          <ul>
            {value.interviewers.map((e) => (
              <li key={e.no}>
                {e.interviewer}: {e.score}/4 — {e.evidence}
              </li>
            ))}
            <li>Your own view: {describeSelf(value.self)}</li>
          </ul>
          {describeGap(value.gap) ? <p className="hint">{describeGap(value.gap)}</p> : null}
        </section>
      ))}
      <h4>Practise next</h4>
      {report.practiseNext.length ? (
        <ol aria-label="Values to practise next">
          {report.practiseNext.map((v) => (
            <li key={v.valueId}>
              {v.name} — interviewers’ mean {fmt(v.mean ?? 0)}/4
            </li>
          ))}
        </ol>
      ) : (
        <p>{nothingToPractise(report)}</p>
      )}
      <button type="button" onClick={onExport}>
        Export loop report (Markdown)
      </button>
    </div>
  );
}
