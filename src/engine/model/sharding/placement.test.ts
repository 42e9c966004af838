import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keysPerShard, movedFraction, movedKeys } from './keySpace';
import { makeShardPlacement, placerFor, SHARD_PLACEMENTS } from './placement';
import { makeShardKey, SHARD_KEYS } from './shardKeys';

const KEYS = 100_000;
const shardsArb = fc.integer({ min: 1, max: 17 });
const keyArb = fc.integer({ min: 0, max: 999_999 });

describe('placement: the rule from key value to shard', () => {
  it('puts every key on exactly one shard in range, for every key and rule', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SHARD_KEYS),
        fc.constantFrom(...SHARD_PLACEMENTS),
        shardsArb,
        fc.integer({ min: 1, max: 64 }),
        fc.array(keyArb, { minLength: 1, maxLength: 50 }),
        (kind, rule, shards, vnodes, keys) => {
          const placer = placerFor(makeShardKey(kind, 1_000_000), rule, shards, vnodes);
          for (const k of keys) {
            const s = placer.shardOfKey(k);
            expect(Number.isInteger(s)).toBe(true);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThan(shards);
          }
        },
      ),
    );
  });

  it('modulo and range are deterministic and follow their formulas', () => {
    fc.assert(
      fc.property(shardsArb, fc.integer({ min: 1, max: 1_000_000 }), keyArb, (n, domain, v0) => {
        const v = v0 % domain;
        const mod = makeShardPlacement('modulo', n, { domain, vnodes: 1 });
        const range = makeShardPlacement('range', n, { domain, vnodes: 1 });
        expect(mod.shardOf(v)).toBe(v % n);
        expect(makeShardPlacement('modulo', n, { domain, vnodes: 1 }).shardOf(v)).toBe(
          mod.shardOf(v),
        );
        expect(range.shardOf(v)).toBe(Math.floor((v * n) / domain));
        expect(makeShardPlacement('range', n, { domain, vnodes: 1 }).shardOf(v)).toBe(
          range.shardOf(v),
        );
      }),
    );
  });

  it('range keeps neighbours together: the shard never goes down as the value goes up', () => {
    const range = makeShardPlacement('range', 4, { domain: 1_000_000, vnodes: 1 });
    expect([0, 249_999, 250_000, 999_999].map(range.shardOf)).toEqual([0, 0, 1, 3]);
  });
});

describe('adding one shard: which keys move', () => {
  const hashKey = makeShardKey('hash', KEYS);
  const moved = (rule: 'modulo' | 'consistent-hash' | 'range', n: number) =>
    movedFraction(KEYS, placerFor(hashKey, rule, n, 256), placerFor(hashKey, rule, n + 1, 256));

  it('modulo moves about N/(N+1) of the keys', () => {
    for (const n of [2, 3, 4, 8, 16]) expect(moved('modulo', n)).toBeCloseTo(n / (n + 1), 2);
  });

  it('consistent hashing moves about 1/(N+1), within 3 percentage points', () => {
    for (const n of [2, 3, 4, 8, 16])
      expect(Math.abs(moved('consistent-hash', n) - 1 / (n + 1))).toBeLessThan(0.03);
  });

  it('re-cutting equal ranges moves half the keys whatever N', () => {
    const id = makeShardKey('user-id', KEYS);
    for (const n of [1, 4, 9])
      expect(
        movedFraction(KEYS, placerFor(id, 'range', n, 1), placerFor(id, 'range', n + 1, 1)),
      ).toBeCloseTo(0.5, 3);
  });

  it('consistent hashing moves keys only onto the new shard', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.integer({ min: 1, max: 300 }),
        fc.array(keyArb, { minLength: 1, maxLength: 200 }),
        (n, vnodes, keys) => {
          const before = placerFor(hashKey, 'consistent-hash', n, vnodes);
          const after = placerFor(hashKey, 'consistent-hash', n + 1, vnodes);
          for (const k of keys) {
            const a = before.shardOfKey(k);
            const b = after.shardOfKey(k);
            if (a !== b) expect(b).toBe(n);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('lists moved keys in ascending order and counts keys per shard exactly', () => {
    const before = placerFor(hashKey, 'modulo', 3, 1);
    const after = placerFor(hashKey, 'modulo', 4, 1);
    const list = movedKeys(1000, before, after);
    expect([...list].every((k, i) => i === 0 || k > list[i - 1]!)).toBe(true);
    expect([...list].every((k) => before.shardOfKey(k) !== after.shardOfKey(k))).toBe(true);
    const held = keysPerShard(1000, after);
    expect(held.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(held.length).toBe(4);
  });
});
