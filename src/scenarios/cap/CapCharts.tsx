import type { Player } from '../../player/store';
import { GaugeChart } from '../../ui/charts';
import { useChartMoment } from '../../ui/hooks/usePlayer';
import { G } from './gauges';

/** Over time: orders answered against refused, and stale menus served. */
export function CapCharts({ player }: { player: Player }) {
  // Once per simulated second is plenty for a chart, and keeps playback light.
  const moment = useChartMoment(player, 1000);
  if (!moment) return null;
  const { data, t } = moment;
  return (
    <div className="cap-charts">
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.answeredAll, G.refusedAll]}
        title="Orders answered and refused"
        unit="requests/s"
        height={200}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.staleAll]}
        title="Stale menus served"
        unit="reads/s"
        height={200}
      />
    </div>
  );
}
