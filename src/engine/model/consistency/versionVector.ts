/**
 * A version vector: entry i counts the writes made at replica i that a version has seen.
 * Two versions are ordered when one vector is at least the other everywhere; when each is
 * ahead somewhere, they were written without knowing of each other: a conflict.
 * Vectors are plain arrays treated as immutable; a missing entry counts as 0.
 */
export type VersionVector = readonly number[];

/** How two versions relate: the same history, one before the other, or concurrent. */
export type VvOrder = 'equal' | 'before' | 'after' | 'concurrent';

export const vvZero = (replicas: number): VersionVector => new Array<number>(replicas).fill(0);

const at = (v: VersionVector, i: number): number => v[i] ?? 0;

/** A copy with replica i's entry set to `to` (one more than now by default). */
export function vvBump(v: VersionVector, i: number, to = at(v, i) + 1): VersionVector {
  const n = Math.max(v.length, i + 1);
  return Array.from({ length: n }, (_, k) => (k === i ? to : at(v, k)));
}

/** Everything either has seen: the pointwise maximum. */
export function vvMerge(a: VersionVector, b: VersionVector): VersionVector {
  const n = Math.max(a.length, b.length);
  return Array.from({ length: n }, (_, k) => Math.max(at(a, k), at(b, k)));
}

/** Whether a has seen no write that b has not (a <= b everywhere). */
export function vvCovers(b: VersionVector, a: VersionVector): boolean {
  const n = Math.max(a.length, b.length);
  for (let k = 0; k < n; k++) if (at(a, k) > at(b, k)) return false;
  return true;
}

/** 'before' means a happened before b (b has seen all of a, and more). */
export function vvCompare(a: VersionVector, b: VersionVector): VvOrder {
  const aLeB = vvCovers(b, a);
  const bLeA = vvCovers(a, b);
  if (aLeB && bLeA) return 'equal';
  if (aLeB) return 'before';
  if (bLeA) return 'after';
  return 'concurrent';
}

/** How many writes a version has seen in all: a readable "version number". */
export const vvTotal = (v: VersionVector): number => v.reduce((s, x) => s + x, 0);
