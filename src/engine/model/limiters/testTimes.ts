// Test support for this folder (not exported from the engine): request times and a
// brute-force window count that the limiters and the peak meter are checked against.
import fc from 'fast-check';

/** The most times within any half-open window of length w, by checking every pair. */
export function bruteMax(times: readonly number[], w: number): number {
  let best = 0;
  for (let i = 0; i < times.length; i++) {
    let n = 0;
    for (let j = 0; j <= i; j++) if (times[i]! - times[j]! < w) n++;
    best = Math.max(best, n);
  }
  return best;
}

/** Times admitted within [t1, t2], for interval bounds. */
export function countWithin(times: readonly number[], t1: number, t2: number): number {
  let n = 0;
  for (const t of times) if (t >= t1 && t <= t2) n++;
  return n;
}

/**
 * Non-decreasing whole-millisecond times, with many repeats and tight clusters (where limiters
 * are tested hardest) as well as long gaps.
 */
export const increasingTimes = (maxLength = 200) =>
  fc
    .array(
      fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 3000 })),
      { maxLength },
    )
    .map((gaps) => {
      const out: number[] = [];
      let t = 0;
      for (const g of gaps) out.push((t += g));
      return out;
    });
