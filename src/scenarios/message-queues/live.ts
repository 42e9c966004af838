import type { Frame } from '../../engine';
import type { RunLayout } from '../../player/chunk';
import { liveNodeState, type LiveNodeState } from '../../ui/diagram/liveNode';

/** Reads one frame's numbers by name: gauges and node states (NaN / null when absent). */
export interface Live {
  gauge(name: string): number;
  node(name: string): LiveNodeState | null;
}

export function readLive(layout: RunLayout | undefined, frame: Frame | undefined): Live {
  return {
    gauge(name) {
      if (!layout || !frame) return NaN;
      const i = layout.gauges.findIndex((g) => g.name === name);
      return i < 0 ? NaN : (frame.gauges[i] ?? NaN);
    },
    node: (name) => liveNodeState(layout, frame, name),
  };
}
