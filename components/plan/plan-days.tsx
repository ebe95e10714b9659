import { useShownUntilStored } from '../hooks/use-shown-until-stored';
import { formatDay } from '../../lib/plan/day-math';
import type { PlanDay, PlanTask, TaskState } from '../../lib/plan/generate-plan';

interface PlanDaysProps {
  done: TaskState[];
  days: PlanDay[];
  today: string;
  onTick: (task: PlanTask, ticked: boolean, seen: boolean) => Promise<void>;
  onStartRound: (presetId: string) => void;
}

function sectionHref(section: string): string {
  if (section === 'plan-readiness') return '#plan/readiness';
  if (section === 'plan-rehearsal') return '#plan/rehearsal';
  return `#${section}`;
}

function TaskRow({
  state,
  onTick,
  onStartRound,
}: { state: TaskState } & Pick<PlanDaysProps, 'onTick' | 'onStartRound'>) {
  const { task, seen, carriedFrom } = state;
  // The tick shows at once, not when the stored plan comes back a moment later.
  const [done, track] = useShownUntilStored(state.done);
  const link = task.link;
  const id = `task-${task.id}`;
  return (
    <li className={`plan-task${done ? ' plan-task--done' : ''}`}>
      <input
        type="checkbox"
        id={id}
        checked={done}
        onChange={(e) => void track(e.target.checked, onTick(task, e.target.checked, seen))}
        aria-describedby={`${id}-detail`}
      />
      <div>
        <label htmlFor={id} className="plan-task__title">
          {task.title}
        </label>
        <p id={`${id}-detail`} className="muted">
          {task.detail}
          {seen && done ? ' Ticked by Loopside: it saw this done.' : ''}
          {carriedFrom ? ` Moved from ${formatDay(carriedFrom)}.` : ''}
        </p>
        {!done && link?.kind === 'round' ? (
          <button type="button" onClick={() => onStartRound(link.presetId)}>
            Start this round
          </button>
        ) : null}
        {!done && link?.kind === 'section' ? (
          <a href={sectionHref(link.section)}>Go there</a>
        ) : null}
      </div>
    </li>
  );
}

export function PlanDays({ done, days, today, onTick, onStartRound }: PlanDaysProps) {
  return (
    <div className="plan-days">
      {days.map((d) => (
        <section
          key={d.day}
          aria-label={d.day === today ? `Today, ${formatDay(d.day)}` : formatDay(d.day)}
        >
          <h4>{d.day === today ? `Today · ${formatDay(d.day)}` : formatDay(d.day)}</h4>
          <ul className="plan-tasks">
            {d.tasks.map((t) => (
              <TaskRow key={t.task.id} state={t} onTick={onTick} onStartRound={onStartRound} />
            ))}
          </ul>
        </section>
      ))}
      {done.length ? (
        <details>
          <summary>Done earlier ({done.length})</summary>
          <ul className="plan-tasks">
            {done.map((t) => (
              <TaskRow key={t.task.id} state={t} onTick={onTick} onStartRound={onStartRound} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
