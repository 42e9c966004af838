import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowedDowntimeMs,
  availabilityFromCounts,
  errorBudget,
  ninesInWords,
  ninesOf,
  wholeNines,
} from './availability';

describe('availability and nines', () => {
  it('is the share of ended requests that succeeded, and 1 before anything ended', () => {
    expect(availabilityFromCounts(999, 1)).toBe(0.999);
    expect(availabilityFromCounts(0, 5)).toBe(0);
    expect(availabilityFromCounts(0, 0)).toBe(1);
  });

  it('counts the nines people quote', () => {
    expect(ninesOf(0.9)).toBe(1);
    expect(ninesOf(0.99)).toBe(2);
    expect(ninesOf(0.999)).toBe(3);
    expect(ninesOf(0.9999)).toBe(4);
    expect(ninesOf(0.9995)).toBeCloseTo(3.301, 3);
    expect(ninesOf(1)).toBe(Infinity);
    expect(ninesOf(0)).toBe(0);
    expect(wholeNines(0.9995)).toBe(3);
    expect(wholeNines(0.99899)).toBe(2);
  });

  it('says them in words', () => {
    expect(ninesInWords(0.999)).toBe('three nines');
    expect(ninesInWords(0.95)).toBe('one nine');
    expect(ninesInWords(0.5)).toBe('no nines');
    expect(ninesInWords(1)).toBe('no errors at all');
  });

  it('turns a target into allowed downtime: three nines leave 43.2 minutes a month', () => {
    const month = 30 * 24 * 3600 * 1000;
    expect(allowedDowntimeMs(0.999, month) / 60_000).toBeCloseTo(43.2, 9);
    expect(allowedDowntimeMs(0.9999, month) / 60_000).toBeCloseTo(4.32, 9);
    expect(allowedDowntimeMs(1, month)).toBe(0);
  });

  it('more availability never means fewer nines', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(ninesOf(lo)).toBeLessThanOrEqual(ninesOf(hi));
          expect(ninesOf(lo)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('error budget', () => {
  it('allows (1 - target) of the planned requests to fail', () => {
    const b = errorBudget(0.999, 100_000, 40);
    expect(b.allowed).toBeCloseTo(100, 9);
    expect(b.used).toBeCloseTo(0.4, 9);
    expect(b.left).toBeCloseTo(0.6, 9);
  });

  it('goes past 1 once the target is missed, and is infinite with no budget at all', () => {
    expect(errorBudget(0.99, 1000, 30).used).toBeCloseTo(3, 9);
    expect(errorBudget(1, 1000, 1).used).toBe(Infinity);
    expect(errorBudget(1, 1000, 0).used).toBe(0);
  });

  it('spending the whole budget is exactly missing the target by nothing', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0.99, 0.995, 0.999, 0.9995, 0.9999),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.nat(100_000),
        (slo, planned, errors) => {
          const b = errorBudget(slo, planned, errors);
          expect(b.used + b.left).toBeCloseTo(1, 9);
          // Used is at most 1 exactly when the run's errors are within the target's share.
          const within = errors <= (1 - slo) * planned + 1e-9;
          expect(b.used <= 1 + 1e-12).toBe(within);
        },
      ),
    );
  });
});
