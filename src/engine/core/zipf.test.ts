import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRngRoot } from './rng';
import { zipfPmf, zipfSampler, zipfTopShare } from './zipf';

describe('zipf', () => {
  it.each([
    [10, 1],
    [50, 0.8],
    [20, 1.5],
    [5, 0],
  ])('n=%i s=%f: frequencies match the exact pmf (chi-square)', (n, s) => {
    const z = zipfSampler(n, s, createRngRoot(11).stream('z'));
    const draws = 300_000;
    const counts = new Array<number>(n).fill(0);
    for (let i = 0; i < draws; i++) counts[z.next() - 1]!++;
    const pmf = zipfPmf(n, s);
    const chi = counts.reduce(
      (acc, c, i) => acc + (c - draws * pmf[i]!) ** 2 / (draws * pmf[i]!),
      0,
    );
    // Generous bound: the 0.999 quantile of chi-square with 49 dof is about 85.
    expect(chi).toBeLessThan(90);
  });

  it('handles a hundred million keys with a hot head', () => {
    const z = zipfSampler(100_000_000, 1.1, createRngRoot(2).stream('z'));
    let top = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) if (z.next() <= 1000) top++;
    expect(top / n).toBeGreaterThan(0.5);
  });

  it('always returns a rank in 1..n (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 3, noNaN: true }),
        fc.integer(),
        (n, s, seed) => {
          const z = zipfSampler(n, s, createRngRoot(seed).stream('k'));
          for (let i = 0; i < 30; i++) {
            const k = z.next();
            expect(Number.isInteger(k) && k >= 1 && k <= n).toBe(true);
          }
        },
      ),
    );
  });

  it('top share agrees with the pmf', () => {
    const pmf = zipfPmf(100, 1);
    expect(zipfTopShare(100, 1, 10)).toBeCloseTo(
      pmf.slice(0, 10).reduce((a, b) => a + b),
      12,
    );
  });

  it('refuses impossible parameters', () => {
    const r = createRngRoot(1).stream('x');
    expect(() => zipfSampler(0, 1, r)).toThrow(RangeError);
    expect(() => zipfSampler(10, -1, r)).toThrow(RangeError);
  });
});
