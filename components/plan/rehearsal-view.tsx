import { useState } from 'react';
import { formatDay } from '../../lib/plan/day-math';
import { localDay } from '../../lib/format/local-day';
import type { QueueItem } from '../../lib/plan/rehearsal-queue';
import { DEFAULT_MAX_MS, DEFAULT_TARGET_MS } from '../../lib/practice/session-actions';
import { cueCard } from '../../lib/stories/cue-card';
import { useNow } from '../hooks/use-now';

const ratings: [number, string, string][] = [
  [1, 'Again', 'I lost the thread'],
  [2, 'Hard', 'Got through it, with effort'],
  [3, 'Good', 'Told it clearly'],
  [4, 'Easy', 'Could tell it in my sleep'],
];

const mmss = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

function Rehearsing({
  item,
  onRate,
  onCancel,
}: {
  item: QueueItem;
  onRate: (rating: number, durationMs: number) => void;
  onCancel: () => void;
}) {
  const [startedAt] = useState(() => Date.now());
  const now = useNow(250);
  const elapsed = Math.max(0, now - startedAt);
  const card = cueCard(item.story);
  const band = elapsed > DEFAULT_MAX_MS ? 'over' : elapsed > DEFAULT_TARGET_MS ? 'late' : 'ok';
  return (
    <div
      className="rehearsal"
      role="group"
      aria-label={`Rehearsing ${card.title || 'Untitled story'}`}
    >
      <h4>{card.title || 'Untitled story'}</h4>
      {card.valueLine ? <p>{card.valueLine}</p> : null}
      <ul className="rehearsal__beats">
        {card.beats.map((b) => (
          <li key={b.label}>
            <strong>{b.label}:</strong> {b.line}
          </li>
        ))}
      </ul>
      <p className={`rehearsal__timer rehearsal__timer--${band}`} aria-live="off">
        Answer time <span role="timer">{mmss(elapsed)}</span>
        <span className="muted"> (aim for about 2:00, stop by 3:00)</span>
      </p>
      <p>Tell it out loud, then rate how it went:</p>
      <div className="plan-inline">
        {ratings.map(([n, label, hint]) => (
          <button key={n} type="button" title={hint} onClick={() => onRate(n, elapsed)}>
            {label}
          </button>
        ))}
        <button type="button" className="quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

interface RehearsalViewProps {
  due: QueueItem[];
  next: QueueItem | null;
  onRehearse: (storyId: string, rating: number, durationMs: number) => Promise<void>;
}

export function RehearsalView({ due, next, onRehearse }: RehearsalViewProps) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const active = due.find((d) => d.story.id === activeId) ?? null;
  return (
    <section aria-labelledby="rehearsal-title" className="plan-card" id="plan-rehearsal">
      <h3 id="rehearsal-title">Story rehearsal</h3>
      <p className="muted">
        Stories come back on a spaced schedule: a story you told well returns later, one that
        stumbled returns soon. Using a story in a round counts too.
      </p>
      {active ? (
        <Rehearsing
          key={active.story.id}
          item={active}
          onCancel={() => setActiveId(null)}
          onRate={(rating, ms) => {
            setActiveId(null);
            void onRehearse(active.story.id, rating, ms);
          }}
        />
      ) : null}
      <h4 id="due-title">Due now ({due.length})</h4>
      {due.length ? (
        <ul aria-labelledby="due-title" className="rehearsal-queue">
          {due.map((d) => {
            const title = d.story.title || 'Untitled story';
            return (
              <li key={d.story.id}>
                <span>{title}</span>{' '}
                <span className="muted">
                  {d.card.reps === 0 ? 'never rehearsed' : `told ${d.card.reps}×`}
                  {d.strong ? '' : ' · not yet strong'}
                </span>{' '}
                <button
                  type="button"
                  onClick={() => setActiveId(d.story.id)}
                  disabled={activeId === d.story.id}
                >
                  Rehearse {title}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>
          Nothing due.
          {next
            ? ` Next: ${next.story.title || 'Untitled story'} on ${formatDay(localDay(next.card.due))}.`
            : ' Write a story to start.'}
        </p>
      )}
    </section>
  );
}
