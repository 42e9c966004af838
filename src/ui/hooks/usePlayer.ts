import { useStore } from 'zustand';
import type { Player, PlayerState } from '../../player/store';

/** Subscribes a component to one slice of a player's state (re-renders only when it changes). */
export function usePlayerState<T>(player: Player, select: (s: PlayerState) => T): T {
  return useStore(player.store, select);
}

/** The frame at the playhead; changes at most once per captured frame, not per animation frame. */
export function useFrame(player: Player) {
  return useStore(player.store, (s) => s.data?.frameAt(s.t));
}

/**
 * What a chart needs: the run's data and the playhead rounded down to a step of `stepMs`
 * simulated milliseconds (a tenth of a second by default; charts need no finer step). It
 * subscribes to the step index, not the raw playhead, so a component re-renders at most once
 * per step, and again when data reaches the playhead (`shown`). Null until the first data.
 */
export function useChartMoment(player: Player, stepMs = 100) {
  const step = useStore(player.store, (s) => Math.floor(s.t / stepMs));
  const data = useStore(player.store, (s) => s.data);
  useStore(player.store, (s) => s.shown);
  return data ? { data, t: step * stepMs } : null;
}
