import type { Player } from './store';

/** Longest wall-clock step per frame, so a tab coming back from the background does not leap. */
const MAX_FRAME_MS = 100;

/**
 * The one requestAnimationFrame loop: it moves the playhead while playing and sleeps
 * otherwise. Views subscribe to the store; none of them runs a loop of its own.
 */
export function startDriver(player: Player): () => void {
  let raf = 0;
  let last = 0;
  const frame = (now: number) => {
    const dt = last ? Math.min(MAX_FRAME_MS, now - last) : 0;
    last = now;
    player.tick(dt);
    raf = player.store.getState().playing ? requestAnimationFrame(frame) : 0;
  };
  const wake = () => {
    if (raf || !player.store.getState().playing) return;
    last = 0;
    raf = requestAnimationFrame(frame);
  };
  const unsubscribe = player.store.subscribe((s, prev) => {
    if (s.playing && !prev.playing) wake();
  });
  wake();
  return () => {
    unsubscribe();
    if (raf) cancelAnimationFrame(raf);
    raf = 0;
  };
}
