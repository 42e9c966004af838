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
