import type { Player } from '../../player/store';
import { GaugeChart, formatLatency } from '../../ui/charts';
import { useChartMoment } from '../../ui/hooks/usePlayer';
import { G } from './gauges';

/** Lines per replica up to this many; past it, just the worst one. */
const MAX_LAG_LINES = 5;

/** Over time: what lag costs readers, how far behind the replicas are, and what writes pay. */
export function ReplicaCharts({ player, replicas }: { player: Player; replicas: number }) {
  // Once per simulated second is plenty for a chart, and keeps playback light.
  const moment = useChartMoment(player, 1000);
  if (!moment) return null;
  const { data, t } = moment;
  const lagGauges =
    replicas > 0 && replicas <= MAX_LAG_LINES
      ? Array.from({ length: replicas }, (_, i) => G.behindMs(i + 1))
      : [G.maxLag];
  return (
    <div className="rr-charts">
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.stale, G.violations]}
        title="Stale reads and missed own transfers"
        unit="reads/s"
        height={200}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={lagGauges}
        title="How far behind each replica is"
        unit="ms"
        height={200}
        formatY={formatLatency}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.writeP99, G.readP99]}
        title="Write and read p99 so far"
        unit="ms"
        height={200}
        formatY={formatLatency}
      />
    </div>
  );
}
