import type { Player } from '../../player/store';
import { useChartMoment } from '../../ui/hooks/usePlayer';
import { LatencyChart, NodeChart, ThroughputChart } from '../../ui/charts';
import { busiestNodes } from './busiestNodes';

/** More lines than this in one chart stop being readable on a projector. */
const MAX_NODE_LINES = 6;

/** The run over time, up to the playhead: latency percentiles, throughput and errors, load per part. */
export function ChartsPanel({ player }: { player: Player }) {
  // Re-render once per tenth of a simulated second (or when data reaches the playhead), not
  // every frame; the series points are per second, so they are cut at the whole second.
  const moment = useChartMoment(player);
  if (!moment) return null;
  const { data } = moment;
  const second = Math.floor(moment.t / 1000);
  const durationS = data.layout.durationMs / 1000;
  const points = data.seriesUntil(second * 1000);
  const t = moment.t / 1000;
  return (
    <section className="charts" aria-label="Charts">
      <LatencyChart points={points} durationS={durationS} t={t} />
      <ThroughputChart points={points} durationS={durationS} t={t} />
      <NodeChart data={data} t={moment.t} nodes={busiestNodes(data, MAX_NODE_LINES)} />
    </section>
  );
}
