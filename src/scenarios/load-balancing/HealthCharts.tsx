import type { Player } from '../../player/store';
import { GaugeChart } from '../../ui/charts';
import { useChartMoment } from '../../ui/hooks/usePlayer';

/**
 * The two figures this chapter adds over time: servers up against servers the balancer still
 * counts as up (the gap is the health-check window), and requests waiting in one line while
 * a worker elsewhere sits idle (what a balancer blind to load costs).
 */
export function HealthCharts({ player, servers }: { player: Player; servers: number }) {
  // Once per tenth of a simulated second is as fine as the frames go.
  const moment = useChartMoment(player);
  if (!moment) return null;
  const { data, t } = moment;
  return (
    <div className="lb-charts">
      <GaugeChart
        data={data}
        t={t}
        gauges={['up', 'believed']}
        title="Servers up, and what the balancer believes"
        yMax={servers}
        height={180}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={['stranded']}
        title="Waiting in a line while a worker elsewhere is idle"
        height={180}
      />
    </div>
  );
}
