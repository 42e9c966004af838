import { Outcome, type SeriesPoint } from '../../engine';
import { OKABE_ITO, OUTCOME_COLORS } from '../theme/palette';
import { formatNumber } from './format';
import { TimeSeriesChart } from './TimeSeriesChart';
import type { ChartLine } from './types';

export interface ThroughputChartProps {
  /** Closed seconds up to the playhead (RunData.seriesUntil). */
  points: readonly SeriesPoint[];
  durationS: number;
  /** The playhead, in simulated seconds. */
  t: number;
  height?: number;
  title?: string;
}

/**
 * Requests per second that ended in an error. The series stores a rate, errors / (answered +
 * errors), so the count is answered * r / (1 - r). When every request failed (r = 1) there is
 * no count to scale; then what ended is what arrived, near enough, in any steady outage.
 */
export function errorsPerSecond(p: SeriesPoint): number {
  const r = p.errorRate;
  if (!(r > 0)) return 0;
  if (r >= 1) return p.arrivedRps;
  return Math.round((p.completedRps * r) / (1 - r));
}

/*
 * Errors are a third line in requests/s rather than an error-rate panel: on one axis, in one
 * unit, the learner sees that what arrives either gets answered or fails (arrived ~ answered
 * + errors) and that past capacity the answered line flattens while the others climb.
 */
const LINES: ChartLine<SeriesPoint>[] = [
  {
    key: 'arrived',
    label: 'arrived',
    color: OKABE_ITO.skyBlue,
    dash: '6 3',
    value: (p) => p.arrivedRps,
  },
  {
    key: 'answered',
    label: 'answered',
    color: OUTCOME_COLORS[Outcome.ok]!,
    value: (p) => p.completedRps,
  },
  {
    key: 'errors',
    label: 'errors',
    color: OUTCOME_COLORS[Outcome.failed]!,
    dash: '2 3',
    value: errorsPerSecond,
  },
];
// Each point is plotted at the end of its second: the rate over the second just closed,
// which also brings the line's end up to the playhead.
const second = (p: SeriesPoint) => p.t + 1;

/** Arrivals, successful answers and errors per simulated second. */
export function ThroughputChart({
  points,
  durationS,
  t,
  height,
  title = 'Throughput',
}: ThroughputChartProps) {
  return (
    <TimeSeriesChart
      title={title}
      unit="requests/s"
      durationS={durationS}
      t={t}
      points={points}
      x={second}
      lines={LINES}
      height={height}
      formatY={formatNumber}
      emptyText="No throughput yet: the first second is still running"
    />
  );
}
