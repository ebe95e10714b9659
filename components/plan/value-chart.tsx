import { daysBetween, formatDay, type IsoDay } from '../../lib/plan/day-math';
import type { Metric, SeriesPoint } from '../../lib/plan/value-progress';

const W = 220;
const H = 80;
const PAD = 6;

/** The interviewers' scores shown beside another measure. */
interface PeerSeries {
  metric: Metric;
  series: SeriesPoint[];
  /** Drawn on the chart only when it shares the measure's scale; always in the table. */
  draw: boolean;
}

interface ValueChartProps {
  valueName: string;
  metric: Metric;
  series: SeriesPoint[];
  range: [number, number];
  peer?: PeerSeries;
}

/** A small hand-drawn line chart with its numbers in a table, so nothing is only visual. */
export function ValueChart({ valueName, metric, series, range, peer }: ValueChartProps) {
  const last = series.at(-1);
  const first = series[0];
  const drawn = peer?.draw ? peer.series : [];
  const allDays = [...new Set([...series, ...(peer?.series ?? [])].map((p) => p.day))].sort();
  const chartDays = [...new Set([...series, ...drawn].map((p) => p.day))].sort();
  const start = chartDays[0];
  const end = chartDays.at(-1);
  const span = start && end ? Math.max(1, daysBetween(start, end)) : 1;
  const [lo, hi] = range;
  const x = (p: SeriesPoint) =>
    chartDays.length === 1 ? W / 2 : PAD + ((W - 2 * PAD) * daysBetween(start!, p.day)) / span;
  const y = (v: number) => H - PAD - ((H - 2 * PAD) * (v - lo)) / (hi - lo || 1);
  const points = (s: SeriesPoint[]) =>
    s.map((p) => `${x(p).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const peerLast = peer?.series.at(-1);
  const summary = last
    ? `${valueName}, ${metric.label.toLowerCase()}: ${series.length} ${series.length === 1 ? 'day' : 'days'}, latest ${metric.format(last.value)}${
        first && series.length > 1 ? `, first ${metric.format(first.value)}` : ''
      }.`
    : `${valueName}, ${metric.label.toLowerCase()}: no data yet.`;
  const peerSummary =
    peer && peerLast
      ? ` ${peer.metric.label}: latest ${peer.metric.format(peerLast.value)}${peer.draw ? ', drawn dashed' : ''}.`
      : '';
  const better = metric.better === 'up' ? 'Higher is better.' : 'Lower is better.';
  const cell = (s: SeriesPoint[], m: Metric, day: IsoDay) => {
    const p = s.find((q) => q.day === day);
    return p ? m.format(p.value) : '—';
  };
  return (
    <figure className="value-chart">
      <figcaption>
        <strong>{valueName}</strong>{' '}
        <span className="value-chart__latest">{last ? metric.format(last.value) : '—'}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${summary}${peerSummary} ${better}`}
        className="value-chart__svg"
      >
        <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="value-chart__axis" />
        {series.length > 1 ? (
          <polyline className="value-chart__line" points={points(series)} />
        ) : null}
        {drawn.length > 1 ? (
          <polyline className="value-chart__line value-chart__line--peer" points={points(drawn)} />
        ) : null}
        {series.map((p) => (
          <circle key={p.day} cx={x(p)} cy={y(p.value)} r={3} className="value-chart__dot">
            <title>{`${formatDay(p.day)}: ${metric.format(p.value)}`}</title>
          </circle>
        ))}
        {peer
          ? drawn.map((p) => (
              <rect
                key={`peer-${p.day}`}
                x={x(p) - 3}
                y={y(p.value) - 3}
                width={6}
                height={6}
                className="value-chart__dot value-chart__dot--peer"
              >
                <title>{`${formatDay(p.day)}: ${peer.metric.label} ${peer.metric.format(p.value)}`}</title>
              </rect>
            ))
          : null}
        {series.length === 0 && drawn.length === 0 ? (
          <text x={W / 2} y={H / 2} textAnchor="middle" className="value-chart__empty">
            No practice yet
          </text>
        ) : null}
      </svg>
      {peer?.draw && peer.series.length > 0 ? (
        <p className="value-chart__legend muted">
          Line: {metric.label}. Dashed with squares: {peer.metric.label}.
        </p>
      ) : null}
      <details className="value-chart__table">
        <summary>Table view: {valueName}</summary>
        <table>
          <caption>
            {valueName} — {metric.label}
            {peer ? `, with ${peer.metric.label}` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">{metric.label}</th>
              {peer ? <th scope="col">{peer.metric.label}</th> : null}
            </tr>
          </thead>
          <tbody>
            {allDays.map((day) => (
              <tr key={day}>
                <th scope="row">{formatDay(day)}</th>
                <td>{cell(series, metric, day)}</td>
                {peer ? <td>{cell(peer.series, peer.metric, day)}</td> : null}
              </tr>
            ))}
            {allDays.length === 0 ? (
              <tr>
                <td colSpan={peer ? 3 : 2}>No practice yet.</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
