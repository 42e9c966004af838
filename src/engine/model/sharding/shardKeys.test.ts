import { describe, expect, it } from 'vitest';
import {
  makeShardKey,
  regionOf,
  TENANT_COUNT,
  tenantOf,
  USER_REGIONS,
  userKeyHash,
} from './shardKeys';

const N = 100_000;

function shares(f: (k: number) => number, slots: number): number[] {
  const out = new Array<number>(slots).fill(0);
  for (let k = 0; k < N; k++) out[f(k)]! += 1 / N;
  return out;
}

describe('shard keys', () => {
  it('spreads users over regions by the regions’ weights', () => {
    const s = shares(regionOf, USER_REGIONS.length);
    USER_REGIONS.forEach((r, i) => expect(s[i]).toBeCloseTo(r.weight, 2));
  });

  it('gives tenants sizes falling as 1/(t+1): a few big customers', () => {
    const s = shares(tenantOf, TENANT_COUNT);
    const h = Array.from({ length: TENANT_COUNT }, (_, t) => 1 / (t + 1)).reduce((a, b) => a + b);
    expect(s[0]).toBeCloseTo(1 / h, 2);
    expect(s[0]! / s[9]!).toBeGreaterThan(7);
  });

  it('keeps values inside each key’s domain, the same every time', () => {
    for (const kind of ['user-id', 'hash', 'region', 'tenant'] as const) {
      const key = makeShardKey(kind, 5000);
      for (let k = 0; k < 5000; k += 37) {
        const v = key.valueOf(k);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(key.domain);
        expect(makeShardKey(kind, 5000).valueOf(k)).toBe(v);
      }
    }
    expect(userKeyHash(0)).not.toBe(0);
  });
});
