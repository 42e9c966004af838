import type { Player } from '../../player/store';
import { GaugeChart } from '../../ui/charts';
import { useChartMoment } from '../../ui/hooks/usePlayer';

/** Requests per second answered at the edges against those that reached the origin. */
export function OffloadChart({ player }: { player: Player }) {
  const moment = useChartMoment(player);
  if (!moment) return null;
  return (
    <GaugeChart
      data={moment.data}
      t={moment.t}
      gauges={['edgeHits', 'originArrivals']}
      title="Where requests are answered"
      unit="requests/s"
      height={180}
    />
  );
}
