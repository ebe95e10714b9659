import { daysBetween, formatDay } from '../../lib/plan/day-math';
import type { Metric, SeriesPoint } from '../../lib/plan/value-progress';

const W = 220;
const H = 80;
const PAD = 6;

export interface ValueChartProps {
  valueName: string;
  metric: Metric;
  series: SeriesPoint[];
  range: [number, number];
}

/** A small hand-drawn line chart with its numbers in a table, so nothing is only visual. */
export function ValueChart({ valueName, metric, series, range }: ValueChartProps) {
  const last = series.at(-1);
  const first = series[0];
  const span = first && last ? Math.max(1, daysBetween(first.day, last.day)) : 1;
  const [lo, hi] = range;
  const x = (p: SeriesPoint) =>
    series.length === 1 ? W / 2 : PAD + ((W - 2 * PAD) * daysBetween(first!.day, p.day)) / span;
  const y = (v: number) => H - PAD - ((H - 2 * PAD) * (v - lo)) / (hi - lo || 1);
  const summary = last
    ? `${valueName}, ${metric.label.toLowerCase()}: ${series.length} ${series.length === 1 ? 'day' : 'days'}, latest ${metric.format(last.value)}${
        first && series.length > 1 ? `, first ${metric.format(first.value)}` : ''
      }.`
    : `${valueName}, ${metric.label.toLowerCase()}: no data yet.`;
  const better = metric.better === 'up' ? 'Higher is better.' : 'Lower is better.';
  return (
    <figure className="value-chart">
      <figcaption>
        <strong>{valueName}</strong>{' '}
        <span className="value-chart__latest">{last ? metric.format(last.value) : '—'}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`${summary} ${better}`}
        className="value-chart__svg"
      >
        <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} className="value-chart__axis" />
        {series.length > 1 ? (
          <polyline
            className="value-chart__line"
            points={series.map((p) => `${x(p).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ')}
          />
        ) : null}
        {series.map((p) => (
          <circle key={p.day} cx={x(p)} cy={y(p.value)} r={3} className="value-chart__dot">
            <title>{`${formatDay(p.day)}: ${metric.format(p.value)}`}</title>
          </circle>
        ))}
        {series.length === 0 ? (
          <text x={W / 2} y={H / 2} textAnchor="middle" className="value-chart__empty">
            No practice yet
          </text>
        ) : null}
      </svg>
      <details className="value-chart__table">
        <summary>Table view: {valueName}</summary>
        <table>
          <caption>
            {valueName} — {metric.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">{metric.label}</th>
            </tr>
          </thead>
          <tbody>
            {series.map((p) => (
              <tr key={p.day}>
                <th scope="row">{formatDay(p.day)}</th>
                <td>{metric.format(p.value)}</td>
              </tr>
            ))}
            {series.length === 0 ? (
              <tr>
                <td colSpan={2}>No practice yet.</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
