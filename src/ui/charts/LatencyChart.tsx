import { useId, useState } from 'react';
import type { SeriesPoint } from '../../engine';
import { PERCENTILE_STYLES } from '../theme/palette';
import { formatLatency } from './format';
import type { YScaleKind } from './scales';
import { TimeSeriesChart } from './TimeSeriesChart';
import type { ChartLine } from './types';

export interface LatencyChartProps {
  /** Closed seconds up to the playhead (RunData.seriesUntil). */
  points: readonly SeriesPoint[];
  durationS: number;
  /** The playhead, in simulated seconds. */
  t: number;
  /** Initial scale; the chart has a toggle. Log by default: latency spans 0.1 ms to 20 s. */
  yScale?: YScaleKind;
  height?: number;
  title?: string;
}

// A second in which nothing succeeded has no latency: a gap, not a misleading 0.
const pct = (v: number, p: SeriesPoint) => (p.completedRps > 0 ? v : NaN);

// Module constants so the data table's memo sees the same functions on every render.
const LINES: ChartLine<SeriesPoint>[] = [
  { key: 'p50', label: 'p50 (median)', ...PERCENTILE_STYLES.p50, value: (p) => pct(p.p50Ms, p) },
  { key: 'p95', label: 'p95', ...PERCENTILE_STYLES.p95, value: (p) => pct(p.p95Ms, p) },
  { key: 'p99', label: 'p99', ...PERCENTILE_STYLES.p99, value: (p) => pct(p.p99Ms, p) },
];
// Each point is plotted at the end of its second: the rate over the second just closed,
// which also brings the line's end up to the playhead.
const second = (p: SeriesPoint) => p.t + 1;

/** Response-time percentiles of the requests that succeeded in each second. */
export function LatencyChart({
  points,
  durationS,
  t,
  yScale = 'log',
  height,
  title = 'Response time',
}: LatencyChartProps) {
  const [scale, setScale] = useState<YScaleKind>(yScale);
  const id = useId();
  return (
    <TimeSeriesChart
      title={title}
      unit={scale === 'log' ? 'latency (log scale)' : 'latency'}
      durationS={durationS}
      t={t}
      points={points}
      x={second}
      lines={LINES}
      yScale={scale}
      height={height}
      formatY={formatLatency}
      emptyText="No latency yet: the first second is still running"
      actions={
        <label className="sl-chart-scale" htmlFor={id}>
          <input
            id={id}
            type="checkbox"
            checked={scale === 'log'}
            onChange={(e) => setScale(e.target.checked ? 'log' : 'linear')}
          />
          Log scale
        </label>
      }
    />
  );
}
