/** "3.1 times", "88 times": how many times larger one figure is than another. */
export function formatRatio(r: number): string {
  if (!Number.isFinite(r)) return 'infinitely';
  return r < 10 ? `${r.toFixed(1)} times` : `${Math.round(r)} times`;
}
