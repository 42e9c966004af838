import { describe, expect, it } from 'vitest';
import { HashRing, vnodePoint } from './hashRing';

describe('HashRing', () => {
  it('gives each shard vnodes points and shares that add up to the whole circle', () => {
    const ring = new HashRing(5, 100);
    expect(ring.size).toBe(500);
    const shares = ring.shares();
    expect(shares).toHaveLength(5);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it('owns a position by the first point at or after it, wrapping past the top', () => {
    const ring = new HashRing(1, 1);
    expect(ring.ownerOf(0)).toBe(0);
    expect(ring.ownerOf(4294967295)).toBe(0);
    const two = new HashRing(2, 1);
    const p0 = vnodePoint(0, 0);
    const p1 = vnodePoint(1, 0);
    const [lo, hi] = p0 < p1 ? [0, 1] : [1, 0];
    const at = Math.min(p0, p1);
    expect(two.ownerOf(at)).toBe(lo);
    expect(two.ownerOf(at + 1)).toBe(hi);
    expect(two.ownerOf(Math.max(p0, p1) + 1)).toBe(lo);
  });

  it('shares out more evenly with more virtual nodes', () => {
    const spread = (v: number) => {
      const s = new HashRing(8, v).shares();
      return Math.max(...s) / Math.min(...s);
    };
    expect(spread(1)).toBeGreaterThan(3);
    expect(spread(256)).toBeLessThan(1.4);
  });

  it('keeps every old point when a shard is added', () => {
    const small = new HashRing(3, 50);
    const big = new HashRing(4, 50);
    for (let pos = 0; pos < 4294967296; pos += 9_999_991) {
      const b = big.ownerOf(pos);
      if (b !== 3) expect(b).toBe(small.ownerOf(pos));
    }
  });

  it('refuses an empty ring', () => {
    expect(() => new HashRing(0, 10)).toThrow(RangeError);
    expect(() => new HashRing(2, 0)).toThrow(RangeError);
  });
});
