import { nodeField, NODE_STRIDE, type Frame } from '../../engine';
import type { RunLayout } from '../../player/chunk';

export interface LiveNodeState {
  queued: number;
  busy: number;
  capacity: number;
  alive: boolean;
  served: number;
  dropped: number;
}

/** A node's live numbers from a frame, or null when the part has no statistics. */
export function liveNodeState(
  layout: RunLayout | undefined,
  frame: Frame | undefined,
  name: string,
): LiveNodeState | null {
  if (!layout || !frame) return null;
  const i = layout.nodes.findIndex((n) => n.name === name);
  if (i < 0) return null;
  const o = i * NODE_STRIDE;
  const v = (f: Parameters<typeof nodeField>[0]) => frame.nodes[o + nodeField(f)] ?? 0;
  return {
    queued: v('queued'),
    busy: v('busy'),
    capacity: layout.nodes[i]!.capacity,
    alive: v('alive') === 1,
    served: v('served'),
    dropped: v('dropped'),
  };
}
