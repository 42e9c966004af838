import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRngRoot, normalizeSeed } from './rng';

const draws = (seed: number, name: string, n: number) => {
  const r = createRngRoot(seed).stream(name);
  return Array.from({ length: n }, () => r.next());
};

describe('rng', () => {
  it('is deterministic for a seed and stream name', () => {
    expect(draws(42, 'server-1', 50)).toEqual(draws(42, 'server-1', 50));
  });

  it('gives different sequences for different seeds and for different names', () => {
    expect(draws(42, 'server-1', 5)).not.toEqual(draws(43, 'server-1', 5));
    expect(draws(42, 'server-1', 5)).not.toEqual(draws(42, 'server-2', 5));
  });

  it('keeps streams independent: drawing from one never shifts another', () => {
    const root = createRngRoot(7);
    const a = root.stream('a');
    const noise = root.stream('b');
    const got: number[] = [];
    for (let i = 0; i < 100; i++) {
      got.push(a.next());
      for (let j = 0; j < i % 3; j++) noise.next();
    }
    expect(got).toEqual(draws(7, 'a', 100));
  });

  it('stays in [0,1) and (0,1], for any seed (property)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), (seed, name) => {
        const r = createRngRoot(seed).stream(name);
        for (let i = 0; i < 50; i++) {
          const x = r.next();
          const y = r.nextOpen();
          expect(x >= 0 && x < 1).toBe(true);
          expect(y > 0 && y <= 1).toBe(true);
          const k = r.int(6);
          expect(Number.isInteger(k) && k >= 0 && k < 6).toBe(true);
        }
      }),
    );
  });

  it('is uniform enough: mean, variance and bucket counts', () => {
    const r = createRngRoot(1).stream('u');
    const n = 200_000;
    const buckets = new Array<number>(10).fill(0);
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const x = r.next();
      sum += x;
      sumSq += x * x;
      buckets[Math.floor(x * 10)]!++;
    }
    const mean = sum / n;
    expect(mean).toBeCloseTo(0.5, 2);
    expect(sumSq / n - mean * mean).toBeCloseTo(1 / 12, 3);
    // Chi-square with 9 degrees of freedom: 27.9 is the 0.999 quantile.
    const chi = buckets.reduce((acc, c) => acc + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi).toBeLessThan(27.9);
  });

  it('normalizes odd seeds instead of failing', () => {
    expect(normalizeSeed(NaN)).toBe(0);
    expect(normalizeSeed(Infinity)).toBe(0);
    expect(normalizeSeed(7.9)).toBe(7);
    expect(normalizeSeed(-1)).toBe(4294967295);
  });
});
