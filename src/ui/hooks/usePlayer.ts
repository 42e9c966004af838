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
 * What a chart needs: the run's data and the playhead rounded to a tenth of a simulated
 * second (charts need no finer step), re-rendered when data reaches the playhead. Null until
 * the first data.
 */
export function useChartMoment(player: Player) {
  const tenth = useStore(player.store, (s) => Math.floor(s.t / 100));
  const data = useStore(player.store, (s) => s.data);
  useStore(player.store, (s) => s.shown);
  return data ? { data, t: tenth * 100 } : null;
}
