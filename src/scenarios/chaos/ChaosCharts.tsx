import type { Player } from '../../player/store';
import { GaugeChart, formatPercent } from '../../ui/charts';
import { useChartMoment, usePlayerState } from '../../ui/hooks/usePlayer';
import { G } from './gauges';
import { regionsFor } from './sites';

const pct = (v: number) => formatPercent(v / 100);

/**
 * Over time: the error budget burning down, traffic moving between regions during a
 * failover, which cache layer answered, and how many attempts the clients sent for their
 * requests (retries are extra load).
 */
export function ChaosCharts({ player }: { player: Player }) {
  // Once per simulated second is plenty for a chart, and keeps fast playback light.
  const moment = useChartMoment(player, 1000);
  const regions = usePlayerState(player, (s) => s.params.regions as number);
  if (!moment) return null;
  const { data, t } = moment;
  const sites = regionsFor(regions);
  return (
    <div className="chaos-charts">
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.budgetLeft]}
        title="Error budget left"
        unit="% of budget"
        height={200}
        formatY={pct}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={sites.map((s) => G.shareTo(s.id))}
        title="Where DNS sends users"
        unit="% of users"
        height={200}
        yMax={100}
        formatY={pct}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.fromDevice, G.fromCdn, G.fromAppCache, G.fromDatabase]}
        title="Where answers came from"
        unit="requests/s"
        height={200}
      />
      <GaugeChart
        data={data}
        t={t}
        gauges={[G.requests, G.attempts]}
        title="Requests that left the device, and attempts sent for them"
        unit="requests/s"
        height={200}
      />
    </div>
  );
}
