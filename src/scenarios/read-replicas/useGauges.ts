import type { Frame } from '../../engine';
import type { RunLayout } from '../../player/chunk';
import type { Player } from '../../player/store';
import { useFrame, usePlayerState } from '../../ui/hooks/usePlayer';

/** Reads a gauge by name from one frame: NaN before the run has one. */
export type GaugeReader = (name: string) => number;

export function gaugeReader(layout: RunLayout | undefined, frame: Frame | undefined): GaugeReader {
  return (name) => {
    if (!layout || !frame) return NaN;
    const i = layout.gauges.findIndex((g) => g.name === name);
    return i < 0 ? NaN : (frame.gauges[i] ?? NaN);
  };
}

/** The scenario's gauges at the playhead; re-renders once per captured frame. */
export function useGauges(player: Player): GaugeReader {
  const frame = useFrame(player);
  const layout = usePlayerState(player, (s) => s.data?.layout);
  return gaugeReader(layout, frame);
}
