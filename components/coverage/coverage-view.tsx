import { useMemo, useState } from 'react';
import { storyPractice } from '../../lib/practice/session-history';
import { useDemoSessionIds } from '../hooks/use-demo-session-ids';
import { useFinishedSessions } from '../hooks/use-sessions';
import { remapStoryValues } from '../../lib/coverage/remap-values';
import { valueCoverage, type ValueCoverageRow } from '../../lib/coverage/value-coverage';
import { useFrameworks } from '../hooks/use-frameworks';
import { useAllStories } from '../hooks/use-all-stories';
import { FrameworkSwitcher } from '../practice/framework-switcher';
import '../styles/stories.css';

function heat(strong: number, goal: number): 'none' | 'some' | 'met' {
  if (strong >= goal) return 'met';
  return strong > 0 ? 'some' : 'none';
}

function status(row: ValueCoverageRow, goal: number): string {
  const missing = goal - row.strong;
  if (missing <= 0) return 'Goal met';
  return `Needs ${missing} more strong ${missing === 1 ? 'story' : 'stories'}`;
}

export function CoverageView() {
  const stories = useAllStories();
  const { frameworks, active: appActive } = useFrameworks();
  // Looking at another framework here is only looking: the app's framework stays as it is.
  const [viewId, setViewId] = useState<string | null>(null);
  const active = frameworks.find((f) => f.id === viewId) ?? appActive;
  const sessions = useFinishedSessions();
  const demoIds = useDemoSessionIds();
  const practice = useMemo(
    () => storyPractice(sessions ?? [], demoIds ?? new Set()),
    [sessions, demoIds],
  );
  const storyById = useMemo(() => new Map((stories ?? []).map((s) => [s.id, s])), [stories]);
  const coverage = useMemo(() => valueCoverage(active, stories ?? []), [active, stories]);
  const otherOnly = useMemo(
    () =>
      (stories ?? []).filter(
        (s) =>
          !s.archived &&
          s.values.length > 0 &&
          remapStoryValues(s.values, active).kept.length === 0,
      ).length,
    [active, stories],
  );
  const goal = coverage.goalPerValue;
  const byId = new Map(coverage.rows.map((r) => [r.valueId, r]));
  const thin = coverage.thinnest
    .map((id) => byId.get(id))
    .filter((r): r is ValueCoverageRow => r !== undefined && r.strong < goal)
    .map((r) => r.valueName);
  // Three are named; a value just as thin is not left unsaid (an empty bank has them all alike).
  const asThin =
    thin.length === coverage.thinnest.length && coverage.totalStories > 0
      ? coverage.asThin.flatMap((id) => byId.get(id)?.valueName ?? [])
      : [];

  return (
    <section className="coverage" aria-labelledby="coverage-title">
      <header className="coverage__header">
        <h2 id="coverage-title">Value coverage</h2>
        <FrameworkSwitcher
          frameworks={frameworks}
          activeId={active.id}
          onChange={setViewId}
          label="Framework to map"
        />
      </header>
      {active.id !== appActive.id ? (
        <p className="muted" role="status">
          Looking at {active.name}. Rounds still use {appActive.name}.
        </p>
      ) : null}
      <p className="coverage__goal">
        Goal: at least {goal} strong stories per value, about {coverage.goalStories} stories in
        all.
      </p>
      {stories === undefined ? (
        <p className="empty">Loading stories…</p>
      ) : (
        <>
          <div className="coverage__progress">
            <progress
              max={coverage.goalStories}
              value={Math.min(coverage.totalStories, coverage.goalStories)}
              aria-label="Stories written toward the goal"
            />
            <span data-testid="coverage-progress">
              {coverage.totalStories < coverage.goalStories
                ? `${coverage.totalStories} of ${coverage.goalStories} stories`
                : `${coverage.totalStories} stories, past the goal of ${coverage.goalStories}`}
              {` · ${coverage.strongStories} strong`}
            </span>
          </div>
          <p className="coverage__thinnest" data-testid="coverage-thinnest">
            {thin.length > 0
              ? `Thinnest: ${thin.join(', ')} — aim for two strong stories each`
              : `Every value of ${active.name} has at least ${goal} strong stories.`}
          </p>
          {asThin.length > 0 ? (
            <p className="muted" data-testid="coverage-as-thin">
              Just as thin: {asThin.join(', ')}.
            </p>
          ) : null}
          {otherOnly > 0 ? (
            <p className="muted">
              {otherOnly} {otherOnly === 1 ? 'story is' : 'stories are'} tagged only with values
              from another framework: {otherOnly === 1 ? 'it counts' : 'they count'} toward your
              stories written, but toward no value of {active.name} in the map below.
            </p>
          ) : null}
        </>
      )}
      <table className="coverage__table">
        <caption className="visually-hidden">
          Strong and weak stories for each value of {active.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">Value</th>
            <th scope="col">Strong</th>
            <th scope="col">Weak</th>
            <th scope="col">Toward the goal</th>
            <th scope="col">Stories · times practised · last</th>
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => (
            <tr
              key={row.valueId}
              data-testid="coverage-row"
              data-value={row.valueName}
              data-strong={row.strong}
              data-weak={row.weak}
            >
              <th scope="row">
                <a
                  href={`#stories/${encodeURIComponent(row.valueName)}`}
                  title="Show the stories for this value"
                >
                  {row.valueName}
                </a>
              </th>
              <td className={`heat heat--${heat(row.strong, goal)}`}>{row.strong}</td>
              <td className={`heat heat--weak${row.weak > 0 ? '' : ' heat--zero'}`}>{row.weak}</td>
              <td className={`coverage__status coverage__status--${heat(row.strong, goal)}`}>
                {status(row, goal)}
              </td>
              <td className="coverage__stories">
                {row.storyIds.length === 0 ? (
                  <a href={`#stories/${encodeURIComponent(row.valueName)}`}>Write one</a>
                ) : (
                  <ul>
                    {row.storyIds.map((id) => {
                      const p = practice.get(id);
                      return (
                        <li key={id} dir="auto">
                          {storyById.get(id)?.title || 'Untitled story'}
                          <span className="muted">
                            {' '}
                            ·{' '}
                            {p
                              ? `practised ${p.count}× · ${new Date(p.lastAt).toLocaleDateString()}`
                              : 'not practised yet'}
                          </span>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
