import type { Player } from '../../player/store';
import { GaugeChart } from '../../ui/charts';
import { useChartMoment } from '../../ui/hooks/usePlayer';
import { GAUGE } from './gauges';

/**
 * The rush over time: how slow customers' requests are now, how many fail (and how many of the
 * abuser's the limiter stops), how hard the databases work and who answers the reads. (The
 * picture's log box says how many events wait; four charts are as many as a page can read.)
 */
export function ScaleCharts({ player }: { player: Player }) {
  const moment = useChartMoment(player);
  if (!moment) return null;
  const { data, t } = moment;
  return (
    <section className="of-charts" aria-label="The rush over time">
      <GaugeChart
        data={data}
        t={t}
        gauges={[GAUGE.orderP99, GAUGE.browseP99]}
        title="Customers’ p99 latency, last second"
        height={170}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[GAUGE.orderErrors, GAUGE.browseErrors, GAUGE.abuserThrough, GAUGE.abuserLimited]}
        title="Failures, and the abuser’s orders let through or stopped"
        height={170}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[GAUGE.primaryBusy, GAUGE.replicaBusy]}
        title="Database connections in use, busiest node"
        yMax={100}
        height={170}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[GAUGE.primaryReads, GAUGE.replicaReads, GAUGE.cacheHits]}
        title="Where reads are answered"
        height={170}
      />
    </section>
  );
}
