import { nodeField, NODE_STRIDE, sharesOf, type Frame } from '../../engine';
import type { RunLayout } from '../../player/chunk';
import { checkedGauge, serverName } from './scenario';

/** One server at the playhead, as the share table shows it. */
export interface ServerReading {
  name: string;
  /** Requests the balancer has sent it so far. */
  arrived: number;
  /** Its share of everything sent so far, 0..1. */
  share: number;
  alive: boolean;
  /** Whether the balancer, as of its last health check, counts it as up. */
  inRotation: boolean;
}

/** What each of the first `count` servers looks like in a frame (nothing before the first). */
export function readServers(
  layout: RunLayout | undefined,
  frame: Frame | undefined,
  count: number,
): ServerReading[] {
  const rows = Array.from({ length: count }, (_, i) => {
    const name = serverName(i);
    const k = layout?.nodes.findIndex((n) => n.name === name) ?? -1;
    const g = layout?.gauges.findIndex((x) => x.name === checkedGauge(i)) ?? -1;
    const at = (f: Parameters<typeof nodeField>[0]) =>
      frame && k >= 0 ? (frame.nodes[k * NODE_STRIDE + nodeField(f)] ?? 0) : 0;
    return {
      name,
      arrived: at('arrived'),
      alive: !frame || k < 0 || at('alive') === 1,
      inRotation: !frame || g < 0 || frame.gauges[g] === 1,
    };
  });
  const shares = sharesOf(rows.map((r) => r.arrived));
  return rows.map((r, i) => ({ ...r, share: shares[i]! }));
}

/** The words for a server's state: the gap between dying and being noticed is the lesson. */
export function statusText(r: Pick<ServerReading, 'alive' | 'inRotation'>): string {
  if (r.alive) return r.inRotation ? 'Up' : 'Up, not yet back in rotation';
  return r.inRotation ? 'Down, still sent requests' : 'Down, out of rotation';
}
