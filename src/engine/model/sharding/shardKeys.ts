import { fmix32 } from '../../core/rng';

/**
 * What decides a record's shard. Every request touches one user's data (its key); the shard
 * key says which property of that user the router looks at.
 */
export type ShardKeyKind = 'user-id' | 'hash' | 'region' | 'tenant';
export const SHARD_KEYS: readonly ShardKeyKind[] = ['user-id', 'hash', 'region', 'tenant'];

/** Where users live, with the share of users in each: uneven on purpose, as real regions are. */
export const USER_REGIONS: ReadonlyArray<{ name: string; weight: number }> = [
  { name: 'India', weight: 0.35 },
  { name: 'US', weight: 0.25 },
  { name: 'Europe', weight: 0.2 },
  { name: 'Brazil', weight: 0.12 },
  { name: 'Japan', weight: 0.08 },
];

/** Customers of a multi-tenant service; tenant t holds users in proportion to 1/(t+1). */
export const TENANT_COUNT = 40;

const TWO_POW_32 = 4294967296;

/** A well-spread 32-bit hash of a key (salted, so key 0 does not hash to 0). */
export const userKeyHash = (key: number): number => fmix32((key + 0x9e3779b9) >>> 0);

/** The index of the slot that `u` (0..1) falls into, given cumulative shares. */
function pick(cumulative: readonly number[], u: number): number {
  for (let i = 0; i < cumulative.length; i++) if (u < cumulative[i]!) return i;
  return cumulative.length - 1;
}

const cumulate = (weights: readonly number[]): number[] => {
  const total = weights.reduce((a, b) => a + b, 0);
  let run = 0;
  return weights.map((w) => (run += w / total));
};

const REGION_CUMULATIVE = cumulate(USER_REGIONS.map((r) => r.weight));
const TENANT_CUMULATIVE = cumulate(Array.from({ length: TENANT_COUNT }, (_, t) => 1 / (t + 1)));

/** A user's home region: fixed per key, spread by the regions' weights. */
export const regionOf = (key: number): number =>
  pick(REGION_CUMULATIVE, fmix32((key ^ 0x5bd1e995) >>> 0) / TWO_POW_32);

/** The customer a user belongs to: fixed per key; a few big tenants and many small ones. */
export const tenantOf = (key: number): number =>
  pick(TENANT_CUMULATIVE, fmix32((key ^ 0x27d4eb2f) >>> 0) / TWO_POW_32);

/** A shard key turned into numbers: the value a key has, and how many values there can be. */
export interface ShardKey {
  readonly kind: ShardKeyKind;
  /** Values lie in 0..domain-1 (range placement cuts this span into equal parts). */
  readonly domain: number;
  valueOf(key: number): number;
}

/** The shard key for a key space of `keys` users (ids 0..keys-1). */
export function makeShardKey(kind: ShardKeyKind, keys: number): ShardKey {
  switch (kind) {
    case 'user-id':
      return { kind, domain: Math.max(1, Math.floor(keys)), valueOf: (k) => k };
    case 'hash':
      return { kind, domain: TWO_POW_32, valueOf: userKeyHash };
    case 'region':
      return { kind, domain: USER_REGIONS.length, valueOf: regionOf };
    case 'tenant':
      return { kind, domain: TENANT_COUNT, valueOf: tenantOf };
  }
}
