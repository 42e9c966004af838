import type { KeyPlacer } from './placement';

/**
 * Exact figures over a whole key space (keys 0..keys-1), not samples: how many keys each shard
 * holds, and which keys change shard when the placement changes.
 */

/** Keys held by each shard. */
export function keysPerShard(keys: number, placer: KeyPlacer): Float64Array {
  const out = new Float64Array(placer.shards);
  for (let k = 0; k < keys; k++) out[placer.shardOfKey(k)]!++;
  return out;
}

/** The keys whose shard differs between two placements, in ascending order. */
export function movedKeys(keys: number, before: KeyPlacer, after: KeyPlacer): Int32Array {
  const out = new Int32Array(keys);
  let n = 0;
  for (let k = 0; k < keys; k++) if (before.shardOfKey(k) !== after.shardOfKey(k)) out[n++] = k;
  return out.slice(0, n);
}

/** Share of keys that change shard, 0..1. */
export function movedFraction(keys: number, before: KeyPlacer, after: KeyPlacer): number {
  return keys > 0 ? movedKeys(keys, before, after).length / keys : 0;
}
