import type { Player } from '../../player/store';
import { GaugeChart } from '../../ui/charts';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { G } from './gauges';

/** Over time: orders answered against refused, and stale menus served. */
export function CapCharts({ player }: { player: Player }) {
  const data = usePlayerState(player, (s) => s.data);
  // Once per simulated second is plenty for a chart, and keeps playback light.
  const second = usePlayerState(player, (s) => Math.floor(s.t / 1000));
  usePlayerState(player, (s) => s.shown);
  if (!data) return null;
  const t = second * 1000;
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
