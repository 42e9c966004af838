import { fmix32 } from '../../core/rng';
import { HashRing } from './hashRing';
import type { ShardKey } from './shardKeys';

/**
 * How a shard-key value becomes a shard number:
 * - `range`: the value span is cut into equal consecutive slices (users 0-24,999 on shard 1...);
 * - `modulo`: value mod N;
 * - `consistent-hash`: the value's spot on a hash ring with virtual nodes.
 */
export type ShardPlacementKind = 'range' | 'modulo' | 'consistent-hash';
export const SHARD_PLACEMENTS: readonly ShardPlacementKind[] = [
  'range',
  'modulo',
  'consistent-hash',
];

export interface ShardPlacement {
  readonly kind: ShardPlacementKind;
  readonly shards: number;
  /** A shard index in 0..shards-1. */
  shardOf(value: number): number;
}

export interface ShardPlacementOptions {
  /** Values lie in 0..domain-1 (range placement needs the span). */
  domain: number;
  /** Points per shard on the ring (consistent-hash only). */
  vnodes: number;
}

/** A value's position on the ring: hashed again, so small values (regions) spread round it. */
export const ringPositionOf = (value: number): number => fmix32((value ^ 0x68e31da4) >>> 0);

export function makeShardPlacement(
  kind: ShardPlacementKind,
  shards: number,
  opts: ShardPlacementOptions,
): ShardPlacement {
  const n = Math.max(1, Math.floor(shards));
  switch (kind) {
    case 'range': {
      const domain = Math.max(1, opts.domain);
      return {
        kind,
        shards: n,
        shardOf: (v) => Math.min(n - 1, Math.max(0, Math.floor((v * n) / domain))),
      };
    }
    case 'modulo':
      // Values are whole and non-negative; the second % guards a negative one anyway.
      return { kind, shards: n, shardOf: (v) => ((v % n) + n) % n };
    case 'consistent-hash': {
      const ring = new HashRing(n, opts.vnodes);
      return { kind, shards: n, shardOf: (v) => ring.ownerOf(ringPositionOf(v)) };
    }
  }
}

/** Shard key and placement together: which shard holds key k. */
export interface KeyPlacer {
  readonly shards: number;
  shardOfKey(key: number): number;
}

export function keyPlacer(key: ShardKey, placement: ShardPlacement): KeyPlacer {
  return { shards: placement.shards, shardOfKey: (k) => placement.shardOf(key.valueOf(k)) };
}

/** The placer for `shards` shards with this key and rule. */
export function placerFor(
  key: ShardKey,
  kind: ShardPlacementKind,
  shards: number,
  vnodes: number,
): KeyPlacer {
  return keyPlacer(key, makeShardPlacement(kind, shards, { domain: key.domain, vnodes }));
}
