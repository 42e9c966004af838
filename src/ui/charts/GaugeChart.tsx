import type { RunData } from '../../player/runData';
import { OKABE_ITO } from '../theme/palette';
import { sampleGauges, type GaugeSample } from './gaugeSamples';
import type { YScaleKind } from './scales';
import { TimeSeriesChart } from './TimeSeriesChart';
import type { ChartLine } from './types';

const COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
  OKABE_ITO.skyBlue,
];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 2', '10 4'];

export interface GaugeChartProps {
  data: RunData;
  /** The playhead, in simulated ms. */
  t: number;
  /** Gauge names to draw, in this order (each must be declared by the scenario). */
  gauges: readonly string[];
  title: string;
  /** Axis title; defaults to the first gauge's unit (per second for counters). */
  unit?: string;
  yScale?: YScaleKind;
  yMax?: number;
  height?: number;
  formatY?: (v: number) => string;
}

/** A scenario's own figures over time (hit ratio, database reads/s, lag, ...), from its gauges. */
export function GaugeChart({
  data,
  t,
  gauges,
  title,
  unit,
  yScale,
  yMax,
  height,
  formatY,
}: GaugeChartProps) {
  const points = sampleGauges(data, t, gauges);
  const infos = gauges.map((n) => data.layout.gauges.find((g) => g.name === n));
  const lines: ChartLine<GaugeSample>[] = infos.map((g, i) => ({
    key: gauges[i]!,
    label: g?.label ?? gauges[i]!,
    color: COLORS[i % COLORS.length]!,
    dash: DASHES[i % DASHES.length]!,
    value: (p) => p.values[i] ?? NaN,
  }));
  const first = infos[0];
  const axis = unit ?? (first ? (first.kind === 'counter' ? `${first.unit}/s` : first.unit) : '');
  return (
    <TimeSeriesChart
      title={title}
      unit={axis}
      durationS={data.layout.durationMs / 1000}
      t={t / 1000}
      points={points}
      x={(p) => p.t}
      lines={lines}
      {...(yScale ? { yScale } : {})}
      {...(yMax !== undefined ? { yMax } : {})}
      {...(height !== undefined ? { height } : {})}
      {...(formatY ? { formatY } : {})}
    />
  );
}
