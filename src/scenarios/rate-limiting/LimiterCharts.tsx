import type { Player } from '../../player/store';
import { formatLatency, GaugeChart } from '../../ui/charts';
import { useChartMoment } from '../../ui/hooks/usePlayer';

/**
 * Over time: what each kind of client gets through to the server (a log scale, since the
 * attacker can send a hundred times what a user does), and how the steady users fare.
 */
export function LimiterCharts({ player }: { player: Player }) {
  const moment = useChartMoment(player);
  if (!moment) return null;
  const { data, t } = moment;
  return (
    <div className="rl-charts">
      <GaugeChart
        data={data}
        t={t}
        gauges={['steady-passed', 'bursty-passed', 'attacker-passed']}
        title="Let through to the server"
        yScale="log"
        height={200}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={['steady-p99']}
        title="Steady users: p99 over the last second"
        formatY={formatLatency}
        height={200}
      />
    </div>
  );
}
