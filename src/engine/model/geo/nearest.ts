import { greatCircleKm, type LatLon } from './distance';

/**
 * Indexes of `candidates` from nearest to farthest from `from`. Ties keep the candidates'
 * order, so the ranking is deterministic whatever the sort implementation.
 */
export function rankByDistance(from: LatLon, candidates: readonly LatLon[]): number[] {
  const km = candidates.map((c) => greatCircleKm(from, c));
  return candidates.map((_, i) => i).sort((i, j) => km[i]! - km[j]! || i - j);
}

/** Index of the nearest candidate for which `alive(i)` holds, or -1 when none does. */
export function nearestAlive(
  from: LatLon,
  candidates: readonly LatLon[],
  alive: (i: number) => boolean,
): number {
  for (const i of rankByDistance(from, candidates)) if (alive(i)) return i;
  return -1;
}
