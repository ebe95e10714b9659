import { useState } from 'react';
import {
  chartSeries,
  metricRange,
  metrics,
  type MetricId,
  type ValueProgress,
} from '../../lib/plan/value-progress';
import { ValueChart } from './value-chart';

export function ProgressCharts({ progress }: { progress: readonly ValueProgress[] }) {
  const [metricId, setMetricId] = useState<MetricId>('answers');
  const hasPeer = progress.some((p) => p.total.interviewerScore !== null);
  const choices = metrics.filter((m) => m.id !== 'interviewerScore' || hasPeer);
  const metric = choices.find((m) => m.id === metricId) ?? choices[0]!;
  const series = progress.map((p) => chartSeries(p, metric.id));
  const range = metricRange(metric.id, series);
  const peerMetric = metrics.find((m) => m.id === 'interviewerScore')!;
  // Beside any other measure, the interviewers' scores join the table; on the self-score's
  // 1–4 scale they are drawn too.
  const showPeer = hasPeer && metric.id !== 'interviewerScore';
  return (
    <section aria-labelledby="progress-title" className="plan-card">
      <h3 id="progress-title">Progress per value</h3>
      <label className="plan-inline">
        Measure{' '}
        <select value={metric.id} onChange={(e) => setMetricId(e.target.value as MetricId)}>
          {choices.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
      </label>
      {!hasPeer ? (
        <p className="muted">Interviewers’ scores appear here once peer votes are imported.</p>
      ) : null}
      <div className="value-charts">
        {progress.map((p, i) => (
          <ValueChart
            key={p.valueId}
            valueName={p.valueName}
            metric={metric}
            series={series[i]!}
            range={range}
            peer={
              showPeer
                ? {
                    metric: peerMetric,
                    series: chartSeries(p, 'interviewerScore'),
                    draw: metric.id === 'meanScore',
                  }
                : undefined
            }
          />
        ))}
      </div>
    </section>
  );
}
