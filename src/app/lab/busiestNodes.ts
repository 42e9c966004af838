import { NODE_STRIDE, nodeField } from '../../engine';
import type { RunData } from '../../player/runData';

const BUSY = nodeField('busyArea');
const QUEUE = nodeField('queueArea');

/**
 * The parts worth a line in the per-part chart: at most `max`, busiest first (mean utilisation
 * over what has been computed, then mean queue). Picked from the run as a whole, not the
 * playhead, so the chart's lines do not change while it plays.
 */
export function busiestNodes(data: RunData, max: number): string[] {
  const f = data.frames[data.frames.length - 1];
  const nodes = data.layout.nodes;
  if (!f || f.t <= 0 || nodes.length <= max) return nodes.map((n) => n.name);
  return nodes
    .map((n, i) => ({
      name: n.name,
      util: n.capacity > 0 ? (f.nodes[i * NODE_STRIDE + BUSY] ?? 0) / (n.capacity * f.t) : 0,
      queue: (f.nodes[i * NODE_STRIDE + QUEUE] ?? 0) / f.t,
    }))
    .sort((a, b) => b.util - a.util || b.queue - a.queue)
    .slice(0, max)
    .map((n) => n.name);
}
