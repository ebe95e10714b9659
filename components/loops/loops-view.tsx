import { useFrameworks } from '../hooks/use-frameworks';
import { useLoopActions, useLoops } from '../hooks/use-loops';
import { useFinishedSessions } from '../hooks/use-sessions';
import { LoopCard } from './loop-card';
import { LoopPlanner } from './loop-planner';
import { VotePaste } from './vote-paste';

/** The workspace's Loops section: plan peer-mock loops, collect sealed votes, reveal them. */
export function LoopsView() {
  const data = useLoops();
  const actions = useLoopActions();
  const sessions = useFinishedSessions();
  const { active, loading } = useFrameworks();
  return (
    <section className="loops" aria-labelledby="loops-title">
      <h2 id="loops-title">Loops</h2>
      <p className="hint">
        A peer mock with no server: each interviewer runs Loopside in their own browser, votes alone
        and sends you a sealed block. Nothing travels except what people paste.
      </p>
      {data && data.loops.length > 0 ? <VotePaste onImport={actions.importVotes} /> : null}
      {data === undefined || sessions === undefined ? <p>Loading…</p> : null}
      {data?.loops.map((loop) => (
        <LoopCard
          key={loop.id}
          loop={loop}
          votes={data.votes.filter((v) => v.loopId === loop.id)}
          sessions={sessions ?? []}
          actions={actions}
        />
      ))}
      {loading ? null : (
        <LoopPlanner key={active.id} framework={active} onCreate={actions.create} />
      )}
    </section>
  );
}
