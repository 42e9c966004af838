import { zipfSampler, type ZipfSampler } from '../core/zipf';
import type { Rng } from '../core/rng';
import type { RequestKind } from '../kernel/request';

/** What each request is: read or write, which key, from which region. Shared by sources. */
export interface WorkloadOptions {
  /** Share of writes, 0..1 (default 0: all reads). */
  writeRatio?: number;
  /** Key popularity: `keys` distinct keys with Zipf exponent `zipf`. Omit for key 0. */
  keys?: number;
  zipf?: number;
  /** Relative weights of origin regions; omit for a single region 0. */
  regionWeights?: readonly number[];
  /** Share of heavy requests (tag 1, e.g. a complex search among static images), 0..1. */
  heavyFraction?: number;
}

/** Request tags a workload can set. */
export const TAG_LIGHT = 0;
export const TAG_HEAVY = 1;

export interface Workload {
  kind(): RequestKind;
  key(): number;
  region(): number;
  /** TAG_HEAVY for a heavy request, else TAG_LIGHT. */
  tag(): number;
}

export function makeWorkload(opts: WorkloadOptions, rng: Rng): Workload {
  const writeRatio = Math.min(1, Math.max(0, opts.writeRatio ?? 0));
  const heavy = Math.min(1, Math.max(0, opts.heavyFraction ?? 0));
  const z: ZipfSampler | null =
    opts.keys && opts.keys > 1 ? zipfSampler(opts.keys, opts.zipf ?? 1, rng) : null;
  const weights = opts.regionWeights ?? [];
  const total = weights.reduce((a, b) => a + Math.max(0, b), 0);
  return {
    kind: () => (writeRatio > 0 && rng.next() < writeRatio ? 'write' : 'read'),
    key: () => (z ? z.next() : 0),
    // No draw unless heavy requests exist, so workloads without them keep their sequences.
    tag: () => (heavy > 0 && rng.next() < heavy ? TAG_HEAVY : TAG_LIGHT),
    region: () => {
      if (weights.length < 2 || total <= 0) return 0;
      let u = rng.next() * total;
      for (let i = 0; i < weights.length; i++) {
        u -= Math.max(0, weights[i]!);
        if (u < 0) return i;
      }
      return weights.length - 1;
    },
  };
}
