import { useState } from 'react';
import type { Framework } from '../../lib/frameworks/framework-schema';
import type { LoopInterview } from '../../lib/peer/loop-schema';
import { PEER_LIMITS } from '../../lib/peer/peer-schema';
import {
  DEFAULT_INTERVIEWS,
  everyInterviewValues,
  newLoop,
  newLoopId,
  planProblems,
  suggestInterviews,
} from '../../lib/peer/plan-loop';
import type { Loop } from '../../lib/peer/loop-schema';

/** Plan a loop: how many interviews, over how many days, and which values each interviewer asks. */
export function LoopPlanner({
  framework,
  onCreate,
}: {
  framework: Framework;
  onCreate: (loop: Loop) => Promise<unknown>;
}) {
  const [name, setName] = useState('Practice loop');
  const [candidate, setCandidate] = useState('');
  const [days, setDays] = useState(1);
  const [interviews, setInterviews] = useState<LoopInterview[]>(() =>
    suggestInterviews(framework, DEFAULT_INTERVIEWS, 1),
  );
  const [problems, setProblems] = useState<string[]>([]);
  const core = everyInterviewValues(framework);
  const reshape = (count: number, d: number) => {
    const fresh = suggestInterviews(framework, count, d);
    setInterviews(fresh.map((iv, i) => ({ ...iv, interviewer: interviews[i]?.interviewer ?? '' })));
  };
  const setIv = (i: number, change: Partial<LoopInterview>) =>
    setInterviews((all) => all.map((iv, k) => (k === i ? { ...iv, ...change } : iv)));

  return (
    <form
      className="loop-planner"
      aria-labelledby="plan-loop-title"
      onSubmit={(e) => {
        e.preventDefault();
        const p = planProblems(framework, interviews);
        setProblems(p);
        if (p.length > 0) return;
        void onCreate(
          newLoop({
            id: newLoopId(),
            name,
            candidate,
            framework,
            days,
            interviews,
            now: Date.now(),
          }),
        );
      }}
    >
      <h3 id="plan-loop-title">Plan a loop</h3>
      <p className="hint">
        Four or five independent 45-minute interviews, on one day or two.{' '}
        {core.map((c) => c.name).join(' and ')}{' '}
        {core.length > 1
          ? 'come up in every interview. '
          : core.length
            ? 'comes up in every interview. '
            : ''}
        Each interviewer gets their part as a block to paste into their own Loopside.
      </p>
      <label>
        Loop name
        <input
          value={name}
          maxLength={PEER_LIMITS.loopName}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <label>
        Your name (shown to the interviewers)
        <input
          value={candidate}
          maxLength={PEER_LIMITS.name}
          onChange={(e) => setCandidate(e.target.value)}
        />
      </label>
      <label>
        Number of interviews
        <select value={interviews.length} onChange={(e) => reshape(Number(e.target.value), days)}>
          {Array.from({ length: PEER_LIMITS.interviews }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <label>
        Days
        <select
          value={days}
          onChange={(e) => {
            setDays(Number(e.target.value));
            reshape(interviews.length, Number(e.target.value));
          }}
        >
          <option value={1}>One day</option>
          <option value={2}>Two days</option>
        </select>
      </label>
      {interviews.map((iv, i) => (
        <fieldset key={i} className="loop-planner__interview">
          <legend>
            Interview {i + 1}
            {days === 2 ? ` · day ${iv.day}` : ''}
          </legend>
          <label>
            Interviewer {i + 1} name
            <input
              value={iv.interviewer}
              maxLength={PEER_LIMITS.name}
              placeholder={`Interviewer ${i + 1}`}
              onChange={(e) => setIv(i, { interviewer: e.target.value })}
            />
          </label>
          <div className="value-picks" role="group" aria-label={`Values for interview ${i + 1}`}>
            {framework.values.map((v) => {
              const isCore = core.some((c) => c.id === v.id);
              const on = iv.values.some((x) => x.id === v.id);
              return (
                <label key={v.id} className="tick">
                  <input
                    type="checkbox"
                    checked={on || isCore}
                    disabled={isCore}
                    onChange={(e) =>
                      setIv(i, {
                        values: e.target.checked
                          ? [...iv.values, { id: v.id, name: v.name }]
                          : iv.values.filter((x) => x.id !== v.id),
                      })
                    }
                  />
                  {v.name}
                  {isCore ? ' (every interview)' : ''}
                </label>
              );
            })}
          </div>
        </fieldset>
      ))}
      {problems.length > 0 ? (
        <ul role="alert" className="error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
      <button type="submit" className="primary">
        Create loop
      </button>
    </form>
  );
}
