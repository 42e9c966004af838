import type { Player } from '../../player/store';
import { GaugeChart } from '../../ui/charts';
import { useChartMoment } from '../../ui/hooks/usePlayer';
import { G } from './scenario';

/** The pool over time: connections and the line, opens and refusals, the database's load. */
export function PoolCharts({ player }: { player: Player }) {
  // Once per tenth of a simulated second is plenty for charts.
  const moment = useChartMoment(player);
  if (!moment) return null;
  const { data, t } = moment;
  return (
    <section className="cp-charts" aria-label="Pool charts">
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.open, G.inUse, G.waiting]}
        title="Connections open, in use, and requests waiting"
        unit="count"
        height={180}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.connects, G.refused, G.waitTimeouts]}
        title="Connections opened per second"
        unit="per second"
        height={180}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.dbActive, G.dbConnections]}
        title="Database: queries running and connections held"
        unit="count"
        height={180}
      />
    </section>
  );
}
