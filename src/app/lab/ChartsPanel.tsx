import type { Player } from '../../player/store';
import { usePlayerState } from '../../ui/hooks/usePlayer';
import { LatencyChart, NodeChart, ThroughputChart } from '../../ui/charts';
import { busiestNodes } from './busiestNodes';

/** More lines than this in one chart stop being readable on a projector. */
const MAX_NODE_LINES = 6;

/** The run over time, up to the playhead: latency percentiles, throughput and errors, load per part. */
export function ChartsPanel({ player }: { player: Player }) {
  // Re-render once per simulated second (or when data reaches the playhead), not every frame.
  const second = usePlayerState(player, (s) => Math.floor(s.t / 1000));
  const tenth = usePlayerState(player, (s) => Math.floor(s.t / 100));
  const data = usePlayerState(player, (s) => s.data);
  usePlayerState(player, (s) => s.shown);
  if (!data) return null;
  const durationS = data.layout.durationMs / 1000;
  const points = data.seriesUntil(second * 1000);
  const t = tenth / 10;
  return (
    <section className="charts" aria-label="Charts">
      <LatencyChart points={points} durationS={durationS} t={t} />
      <ThroughputChart points={points} durationS={durationS} t={t} />
      <NodeChart data={data} t={tenth * 100} nodes={busiestNodes(data, MAX_NODE_LINES)} />
    </section>
  );
}
