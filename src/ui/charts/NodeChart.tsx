import { useMemo } from 'react';
import type { RunData } from '../../player/runData';
import { OKABE_ITO } from '../theme/palette';
import { formatNumber, formatPercent } from './format';
import { frameIndexAt, sampleNodes, type NodeSample } from './nodeSamples';
import { TimeSeriesChart } from './TimeSeriesChart';
import type { ChartLine } from './types';

export interface NodeChartProps {
  data: RunData;
  /** The playhead, in simulated ms. */
  t: number;
  /** Names of the parts to show (default: every part with statistics). */
  nodes?: readonly string[];
  height?: number;
}

// Black and yellow are left out: too close to the text and to the background respectively.
const COLORS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.green,
  OKABE_ITO.vermillion,
  OKABE_ITO.purple,
  OKABE_ITO.skyBlue,
];
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];
const end = (p: NodeSample) => p.t;
const SEP = '\u0000';

/** Utilisation and queue length of each part over time: the two numbers that explain latency. */
export function NodeChart({ data, t, nodes, height = 200 }: NodeChartProps) {
  // A string key so a caller's fresh array with the same names does not rebuild the lines.
  const key = nodes ? nodes.join(SEP) : null;
  const layout = data.layout;
  const chosen = useMemo(() => {
    const want = key === null ? null : new Set(key.split(SEP));
    return layout.nodes.map((n, i) => ({ ...n, i })).filter((n) => !want || want.has(n.name));
  }, [layout, key]);
  const last = frameIndexAt(data, t);
  // Frames before `last` never change, so the frame index is a complete cache key.
  const points = useMemo(
    () =>
      sampleNodes(
        data,
        last,
        chosen.map((n) => n.i),
      ),
    [data, last, chosen],
  );
  const [utilLines, queueLines] = useMemo(() => {
    const style = (k: number) => ({
      color: COLORS[k % COLORS.length]!,
      dash: DASHES[k % DASHES.length],
    });
    const util: ChartLine<NodeSample>[] = chosen.map((n, k) => ({
      key: n.name,
      label: n.name,
      ...style(k),
      value: (p) => p.util[k]!,
    }));
    const queue: ChartLine<NodeSample>[] = chosen.map((n, k) => ({
      key: n.name,
      label: n.name,
      ...style(k),
      value: (p) => p.queue[k]!,
    }));
    return [util, queue];
  }, [chosen]);
  const durationS = layout.durationMs / 1000;
  const emptyText = chosen.length > 0 ? 'No data yet' : 'No such part in this run';

  return (
    <div className="sl-chart-pair">
      <TimeSeriesChart
        title="Utilisation"
        unit="% of workers busy"
        durationS={durationS}
        t={t / 1000}
        points={points}
        x={end}
        lines={utilLines}
        yMax={1}
        height={height}
        formatY={formatPercent}
        emptyText={emptyText}
      />
      <TimeSeriesChart
        title="Queue length"
        unit="requests waiting (mean)"
        durationS={durationS}
        t={t / 1000}
        points={points}
        x={end}
        lines={queueLines}
        height={height}
        formatY={formatNumber}
        emptyText={emptyText}
      />
    </div>
  );
}
