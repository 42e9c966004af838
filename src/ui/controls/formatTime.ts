/** "12.3 s", "2 min 05 s": time readouts for the player. */
export function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '–';
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.floor(s - m * 60)).padStart(2, '0')} s`;
}

/** "0.1x", "2x", "250x". */
export function formatSpeed(x: number): string {
  if (x < 1) return `${x.toFixed(1)}x`;
  if (x < 10) return `${+x.toFixed(1)}x`;
  return `${Math.round(x)}x`;
}
