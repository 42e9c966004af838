import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Request } from '../../kernel/request';
import { CacheShare } from './cacheShare';

const req = (id: number) => new Request(id, 'read', 0, 0, 0, 0, false);

describe('CacheShare', () => {
  it('holds about its share of requests, and the same ones every time it is asked', () => {
    const c = new CacheShare(12345, 0.4);
    const held = Array.from({ length: 20_000 }, (_, i) => c.holds(req(i + 1)));
    expect(held.filter(Boolean).length / held.length).toBeCloseTo(0.4, 1);
    expect(Array.from({ length: 20_000 }, (_, i) => c.holds(req(i + 1)))).toEqual(held);
  });

  it('counts lookups, and sends only misses on to the database', () => {
    const c = new CacheShare(7, 0.5);
    let toDb = 0;
    for (let i = 1; i <= 1000; i++) if (c.needsDatabase(req(i))) toDb++;
    expect(c.hits + c.misses).toBe(1000);
    expect(toDb).toBe(c.misses);
  });

  it('holds nothing at 0 and everything at 1, whatever the salt', () => {
    fc.assert(
      fc.property(fc.nat(2 ** 32 - 1), fc.integer({ min: 1, max: 2 ** 31 }), (salt, id) => {
        expect(new CacheShare(salt, 0).holds(req(id))).toBe(false);
        expect(new CacheShare(salt, 1).holds(req(id))).toBe(true);
        expect(new CacheShare(salt, 3).hitRatio).toBe(1);
      }),
    );
  });
});
