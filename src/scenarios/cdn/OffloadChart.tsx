import type { Player } from '../../player/store';
import { GaugeChart } from '../../ui/charts';
import { usePlayerState } from '../../ui/hooks/usePlayer';

/** Requests per second answered at the edges against those that reached the origin. */
export function OffloadChart({ player }: { player: Player }) {
  const data = usePlayerState(player, (s) => s.data);
  const tenth = usePlayerState(player, (s) => Math.floor(s.t / 100));
  usePlayerState(player, (s) => s.shown);
  if (!data) return null;
  return (
    <GaugeChart
      data={data}
      t={tenth * 100}
      gauges={['edgeHits', 'originArrivals']}
      title="Where requests are answered"
      unit="requests/s"
      height={180}
    />
  );
}
