import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRngRoot } from './rng';
import {
  checkDist,
  constant,
  exponential,
  lognormal,
  meanOf,
  mix,
  pareto,
  sampler,
  uniform,
  varianceOf,
  type Dist,
} from './distributions';

function moments(d: Dist, n: number, seed = 3) {
  const draw = sampler(d, createRngRoot(seed).stream('d'));
  let sum = 0;
  let sumSq = 0;
  let min = Infinity;
  for (let i = 0; i < n; i++) {
    const x = draw();
    sum += x;
    sumSq += x * x;
    min = Math.min(min, x);
  }
  const mean = sum / n;
  return { mean, variance: sumSq / n - mean * mean, min };
}

describe('distributions', () => {
  const cases: Array<[string, Dist]> = [
    ['uniform', uniform(10, 30)],
    ['exponential', exponential(50)],
    ['lognormal', lognormal(40, 0.8)],
    [
      'mix of light and heavy',
      mix({ weight: 0.9, dist: constant(5) }, { weight: 0.1, dist: exponential(200) }),
    ],
  ];
  it.each(cases)('%s: sample mean and variance match the analytic ones', (_name, d) => {
    const m = moments(d, 400_000);
    expect(Math.abs(m.mean / meanOf(d) - 1)).toBeLessThan(0.01);
    expect(Math.abs(m.variance / varianceOf(d) - 1)).toBeLessThan(0.04);
    expect(m.min).toBeGreaterThanOrEqual(0);
  });

  it('constant always returns its value', () => {
    const m = moments(constant(7), 1000);
    expect(m).toEqual({ mean: 7, variance: 0, min: 7 });
  });

  it('pareto has the requested mean and never goes below its scale', () => {
    // alpha 3 has a finite variance, so the sample mean converges quickly enough.
    const d = pareto(30, 3);
    const m = moments(d, 400_000);
    expect(Math.abs(m.mean / 30 - 1)).toBeLessThan(0.02);
    expect(m.min).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(varianceOf(pareto(30, 1.5))).toBe(Infinity);
  });

  it('exponential percentiles match -mean*ln(1-q)', () => {
    const draw = sampler(exponential(10), createRngRoot(9).stream('e'));
    const xs = Array.from({ length: 200_000 }, draw).sort((a, b) => a - b);
    for (const q of [0.5, 0.9, 0.99]) {
      const got = xs[Math.floor(q * xs.length)]!;
      expect(Math.abs(got / (-10 * Math.log(1 - q)) - 1)).toBeLessThan(0.03);
    }
  });

  it('rejects broken parameters with a message, and never samples them', () => {
    expect(checkDist(uniform(5, 1))).toMatch(/min <= max/);
    expect(checkDist(pareto(10, 1))).toMatch(/alpha > 1/);
    expect(checkDist(mix())).toMatch(/at least one/);
    expect(() => sampler(exponential(-1), createRngRoot(1).stream('x'))).toThrow(RangeError);
  });

  it('any valid exponential or uniform yields finite non-negative draws (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer(),
        (a, b, seed) => {
          const rng = createRngRoot(seed).stream('p');
          const ds = [
            exponential(a),
            uniform(Math.min(a, b), Math.max(a, b)),
            lognormal(a + 1, b / 1e6),
          ];
          for (const d of ds) {
            const draw = sampler(d, rng);
            for (let i = 0; i < 20; i++) {
              const x = draw();
              expect(Number.isFinite(x) && x >= 0).toBe(true);
            }
          }
        },
      ),
    );
  });
});
