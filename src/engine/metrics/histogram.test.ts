import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ALPHA, LatencyHistogram } from './histogram';

function exactQuantile(sorted: number[], q: number): number {
  if (q <= 0) return sorted[0]!;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

const latency = fc.double({ min: 0.001, max: 1e8, noNaN: true });

describe('LatencyHistogram', () => {
  it('reports every quantile within 1% relative error (property)', () => {
    fc.assert(
      fc.property(
        fc.array(latency, { minLength: 1, maxLength: 500 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const h = new LatencyHistogram();
          values.forEach((v) => h.record(v));
          const sorted = [...values].sort((a, b) => a - b);
          const want = exactQuantile(sorted, q);
          const got = h.quantile(q);
          expect(Math.abs(got - want)).toBeLessThanOrEqual(want * ALPHA * 1.0000001);
        },
      ),
    );
  });

  it('keeps count, sum, min and max exact (property)', () => {
    fc.assert(
      fc.property(fc.array(latency, { minLength: 1, maxLength: 200 }), (values) => {
        const h = new LatencyHistogram();
        values.forEach((v) => h.record(v));
        expect(h.count).toBe(values.length);
        expect(h.min).toBe(Math.min(...values));
        expect(h.max).toBe(Math.max(...values));
        expect(h.sum).toBeCloseTo(
          values.reduce((a, b) => a + b, 0),
          0,
        );
        const s = h.summary();
        expect(s.p50 <= s.p90 && s.p90 <= s.p95 && s.p95 <= s.p99 && s.p99 <= s.p999).toBe(true);
        expect(s.p999).toBeLessThanOrEqual(s.max);
      }),
    );
  });

  it('merging two histograms equals recording everything into one (property)', () => {
    fc.assert(
      fc.property(fc.array(latency), fc.array(latency), (a, b) => {
        const ha = new LatencyHistogram();
        const hb = new LatencyHistogram();
        const all = new LatencyHistogram();
        a.forEach((v) => (ha.record(v), all.record(v)));
        b.forEach((v) => (hb.record(v), all.record(v)));
        ha.merge(hb);
        // Sums may differ in the last bit (addition order); everything else is exact.
        const { mean: m1, ...rest1 } = ha.summary();
        const { mean: m2, ...rest2 } = all.summary();
        expect(rest1).toEqual(rest2);
        expect(Math.abs(m1 - m2)).toBeLessThanOrEqual(Math.abs(m2) * 1e-12);
      }),
    );
  });

  it('is empty after reset and ignores NaN or negative input', () => {
    const h = new LatencyHistogram();
    h.record(5);
    h.record(NaN);
    h.record(-1);
    expect(h.count).toBe(1);
    h.reset();
    expect(h.summary()).toEqual({
      count: 0,
      mean: 0,
      p50: 0,
      p90: 0,
      p95: 0,
      p99: 0,
      p999: 0,
      max: 0,
    });
  });

  it('clamps sub-microsecond values to the floor but keeps the exact min', () => {
    const h = new LatencyHistogram();
    h.record(0);
    h.record(0);
    expect(h.quantile(0.5)).toBe(0);
    expect(h.min).toBe(0);
  });
});
