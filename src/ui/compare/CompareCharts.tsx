import type { SeriesPoint } from '../../engine';
import type { Player } from '../../player/store';
import { formatLatency, TimeSeriesChart, type ChartLine } from '../charts';
import { useChartMoment } from '../hooks/usePlayer';
import { OKABE_ITO } from '../theme/palette';

interface Pair {
  t: number;
  a?: SeriesPoint;
  b?: SeriesPoint;
}

const A = { color: OKABE_ITO.blue, dash: '' };
const B = { color: OKABE_ITO.vermillion, dash: '6 3' };

/** The two variants over time on shared axes: p99 and errors per second. */
export function CompareCharts({
  a,
  b,
  labels,
}: {
  a: Player;
  b: Player;
  labels: [string, string];
}) {
  // Once per simulated second is plenty for a chart; the time shown is A's (B follows it).
  const ma = useChartMoment(a, 1000);
  const mb = useChartMoment(b, 1000);
  if (!ma || !mb) return null;
  const da = ma.data;
  const db = mb.data;
  const second = ma.t / 1000;
  const sa = da.seriesUntil(ma.t);
  const sb = db.seriesUntil(ma.t);
  const points: Pair[] = Array.from({ length: Math.max(sa.length, sb.length) }, (_, i) => {
    const p: Pair = { t: i + 1 };
    if (sa[i]) p.a = sa[i];
    if (sb[i]) p.b = sb[i];
    return p;
  });
  const pick = (v: (p: SeriesPoint) => number, side: 'a' | 'b') => (p: Pair) => {
    const s = p[side];
    return s ? v(s) : NaN;
  };
  const p99 = (s: SeriesPoint) => (s.completedRps > 0 ? s.p99Ms : NaN);
  const latency: ChartLine<Pair>[] = [
    { key: 'a', label: `A: ${labels[0]}`, ...A, value: pick(p99, 'a') },
    { key: 'b', label: `B: ${labels[1]}`, ...B, value: pick(p99, 'b') },
  ];
  const errors: ChartLine<Pair>[] = [
    { key: 'a', label: `A: ${labels[0]}`, ...A, value: pick((s) => s.erroredRps, 'a') },
    { key: 'b', label: `B: ${labels[1]}`, ...B, value: pick((s) => s.erroredRps, 'b') },
  ];
  const durationS = da.layout.durationMs / 1000;
  return (
    <div className="charts">
      <TimeSeriesChart
        title="p99 response time"
        unit="latency (log scale)"
        yScale="log"
        formatY={formatLatency}
        durationS={durationS}
        t={second}
        points={points}
        x={(p) => p.t}
        lines={latency}
      />
      <TimeSeriesChart
        title="Errors"
        unit="requests/s"
        durationS={durationS}
        t={second}
        points={points}
        x={(p) => p.t}
        lines={errors}
      />
    </div>
  );
}
