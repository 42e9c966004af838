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

/** Requests per second that ended in an error (the series counts them exactly). */
export const errorsPerSecond = (p: SeriesPoint): number => p.erroredRps;

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
