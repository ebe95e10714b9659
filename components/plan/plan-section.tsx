import { errorText } from '../../lib/errors/error-text';
import { useEffect, useMemo, useState } from 'react';
import { valueCoverage } from '../../lib/coverage/value-coverage';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { localDay } from '../../lib/format/local-day';
import { arrangePlan, generatePlan, type PlanTask } from '../../lib/plan/generate-plan';
import { planToMarkdown } from '../../lib/plan/plan-to-markdown';
import { practiceHours } from '../../lib/plan/practice-hours';
import { readinessStatus } from '../../lib/plan/readiness';
import { rehearsalQueue, reviewEvents } from '../../lib/plan/rehearsal-queue';
import { gatherEvidence, isTaskSeenDone } from '../../lib/plan/task-evidence';
import { practiseNext, valueProgress } from '../../lib/plan/value-progress';
import { useFrameworks } from '../hooks/use-frameworks';
import { useNow } from '../hooks/use-now';
import { usePlanActions, usePlanData } from '../hooks/use-plan';
import { useCountedSessions } from '../hooks/use-sessions';
import { useAllStories } from '../hooks/use-all-stories';
import { DaysLeftText } from './days-left';
import { HoursView } from './hours-view';
import { PlanDateForm } from './plan-date-form';
import { PlanDays } from './plan-days';
import { PractiseNextView } from './practise-next-view';
import { ProgressCharts } from './progress-charts';
import { ReadinessForm } from './readiness-form';
import { RehearsalView } from './rehearsal-view';
import '../styles/plan.css';

interface PlanSectionProps {
  /** Opens the coach panel after a round was started from here. */
  openPanel: () => void;
  /** Sub-section to scroll to ("readiness", "rehearsal"). */
  focus: string | null;
}

export function PlanSection({ openPanel, focus }: PlanSectionProps) {
  const data = usePlanData();
  const stories = useAllStories();
  const sessions = useCountedSessions();
  const { frameworks, active } = useFrameworks();
  const actions = usePlanActions();
  // A minute is fine-grained enough for due dates and "today".
  const now = useNow(60_000);
  const today = localDay(now);
  const [error, setError] = useState<string | null>(null);
  const framework: Framework = frameworks.find((f) => f.id === data?.plan?.frameworkId) ?? active;

  const view = useMemo(() => {
    if (!data || !stories || !sessions) return null;
    const coverage = valueCoverage(framework, stories);
    const thinnestNames = coverage.thinnest
      .map((id) => coverage.rows.find((r) => r.valueId === id)?.valueName)
      .filter((n): n is string => !!n);
    const row = data.plan;
    const plan = row
      ? generatePlan({
          today,
          startDate: row.startDate,
          interviewDate: row.interviewDate,
          bank: { totalStories: coverage.totalStories, strongStories: coverage.strongStories },
          track: row.track,
          chosenLength: row.chosenLength,
        })
      : null;
    const events = reviewEvents(data.rehearsals, sessions);
    const evidence = gatherEvidence({
      sessions,
      stories,
      framework,
      rehearsalCount: data.rehearsals.length,
      readiness: data.readiness,
      since: row ? new Date(`${row.startDate}T00:00:00`).getTime() : 0,
      dayOf: localDay,
      peer: data.peer,
    });
    const state = (task: PlanTask) => {
      const seen = isTaskSeenDone(task.check, evidence);
      const done = row
        ? row.ticked.includes(task.id) || (seen && !row.unticked.includes(task.id))
        : false;
      return { done, seen };
    };
    const arranged = plan ? arrangePlan(plan, today, state) : null;
    const hours = practiceHours(sessions, data.hours, data.rehearsals, localDay);
    const progress = valueProgress(framework, sessions, localDay, data.votes);
    const next = practiseNext(progress, coverage);
    const readiness = readinessStatus(data.readiness, thinnestNames, today);
    const queue = rehearsalQueue(
      stories,
      events,
      now,
      framework.values.map((v) => v.name),
    );
    const titles = new Map(stories.map((s) => [s.id, s.title || 'Untitled story']));
    const markdown = () =>
      planToMarkdown({
        plan,
        arranged,
        hours,
        manualHours: data.hours,
        readiness: data.readiness,
        readinessItems: readiness.items,
        progress,
        due: queue.due,
        upcoming: queue.upcoming,
        storyTitle: (id) => titles.get(id) ?? 'a deleted story',
      });
    return {
      row,
      plan,
      arranged,
      hours,
      progress,
      next,
      readiness,
      queue,
      thinnestNames,
      markdown,
    };
  }, [data, stories, sessions, framework, today, now]);

  useEffect(() => {
    if (focus && view) document.getElementById(`plan-${focus}`)?.scrollIntoView();
  }, [focus, view]);

  if (!view || !data) return <p>Loading…</p>;
  const { row, plan, arranged } = view;

  const start = (presetId: string, valueIds?: string[]) => {
    setError(null);
    // The panel opens from the click itself (Firefox's sidebar only opens inside a user's click),
    // then shows the round once it is saved.
    openPanel();
    actions.startRound(framework, presetId, valueIds).catch((e: unknown) => setError(errorText(e)));
  };

  return (
    <section aria-labelledby="plan-title" className="plan">
      <header className="plan__header">
        <h2 id="plan-title">Prep plan</h2>
        {row ? <DaysLeftText interviewDate={row.interviewDate} today={today} /> : null}
        <button type="button" onClick={() => actions.exportMarkdown(view.markdown())}>
          Export plan as Markdown
        </button>
      </header>
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      <PlanDateForm
        key={row?.interviewDate ?? 'none'}
        row={row}
        plan={plan}
        onDate={(d) => actions.setDate(d, framework.id)}
        onLength={actions.setLength}
        onTrack={actions.setTrack}
        frameworks={frameworks}
        frameworkId={framework.id}
        onFramework={actions.setFramework}
      />
      {plan && arranged ? (
        <section aria-labelledby="plan-days-title" className="plan-card">
          <h3 id="plan-days-title">
            {plan.fit === 'past' || plan.fit === 'today'
              ? 'Your plan'
              : `Your ${plan.length}-week plan${plan.fit === 'compressed' ? ' (compressed)' : ''}`}
          </h3>
          {plan.notes.map((n) => (
            <p key={n} className="plan-note">
              {n}
            </p>
          ))}
          <PlanDays
            done={arranged.done}
            days={arranged.days}
            today={today}
            onTick={(task, ticked, seen) => actions.setTicked(task.id, ticked, seen)}
            onStartRound={(presetId) => start(presetId)}
          />
        </section>
      ) : (
        <p className="muted">
          Enter the date of your interview and Loopside lays out the weeks before it: a two-, four-
          or eight-week plan, chosen by the time left and how ready your story bank is.
        </p>
      )}
      <div className="plan-grid">
        <HoursView
          hours={view.hours}
          entries={data.hours}
          today={today}
          onAdd={actions.addHours}
          onDelete={actions.deleteHours}
        />
        <PractiseNextView next={view.next} onStart={(id) => start('custom', [id])} />
      </div>
      <ProgressCharts progress={view.progress} />
      <RehearsalView due={view.queue.due} next={view.queue.next} onRehearse={actions.rehearse} />
      <ReadinessForm
        row={data.readiness}
        items={view.readiness.items}
        ready={view.readiness.ready}
        thinnest={view.thinnestNames}
        stories={stories ?? []}
        onChange={actions.saveReadiness}
      />
    </section>
  );
}
