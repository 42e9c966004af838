import type { Player } from '../../player/store';
import { GaugeChart, formatPercent } from '../../ui/charts';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { G } from './gauges';
import { regionsFor } from './sites';

const pct = (v: number) => formatPercent(v / 100);

/**
 * Over time: the error budget burning down, traffic moving between regions during a
 * failover, which cache layer answered, and how many attempts the clients sent for their
 * requests (retries are extra load).
 */
export function ChaosCharts({ player }: { player: Player }) {
  const data = usePlayerState(player, (s) => s.data);
  // Once per simulated second is plenty for a chart, and keeps fast playback light.
  const second = usePlayerState(player, (s) => Math.floor(s.t / 1000));
  const regions = usePlayerState(player, (s) => s.params.regions as number);
  usePlayerState(player, (s) => s.shown);
  if (!data) return null;
  const t = second * 1000;
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
