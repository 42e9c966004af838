import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FixedWindow } from './fixedWindow';
import { LeakyBucket } from './leakyBucket';
import { replayLimiter } from './limiter';
import { SlidingWindow } from './slidingWindow';
import { TokenBucket } from './tokenBucket';
import { bruteMax, countWithin, increasingTimes } from './testTimes';

const RUNS = { numRuns: 300 };
const limitArb = fc.integer({ min: 0, max: 25 });
const windowArb = fc.integer({ min: 1, max: 5000 });

const admittedTimes = (lim: Parameters<typeof replayLimiter>[0], times: number[]) =>
  replayLimiter(lim, times)
    .filter((d) => d.admitted)
    .map((d) => d.at);

describe('limiter properties on arbitrary increasing request times', () => {
  it('sliding window: never more than the limit in ANY window of length W', () => {
    fc.assert(
      fc.property(increasingTimes(), limitArb, windowArb, (times, limit, w) => {
        const ok = admittedTimes(new SlidingWindow(limit, w), times);
        expect(bruteMax(ok, w)).toBeLessThanOrEqual(limit);
      }),
      RUNS,
    );
  });

  it('sliding window: turns a request away only when the window really is full', () => {
    fc.assert(
      fc.property(increasingTimes(), limitArb, windowArb, (times, limit, w) => {
        const decisions = replayLimiter(new SlidingWindow(limit, w), times);
        const ok: number[] = [];
        for (const d of decisions) {
          const inWindow = ok.filter((t) => d.at - t < w).length;
          expect(d.admitted).toBe(inWindow < limit);
          if (d.admitted) ok.push(d.at);
        }
      }),
      RUNS,
    );
  });

  it('fixed window: at most the limit per clock window, but up to twice it across a boundary', () => {
    fc.assert(
      fc.property(increasingTimes(), limitArb, windowArb, (times, limit, w) => {
        const ok = admittedTimes(new FixedWindow(limit, w), times);
        const perWindow = new Map<number, number>();
        for (const t of ok)
          perWindow.set(Math.floor(t / w), (perWindow.get(Math.floor(t / w)) ?? 0) + 1);
        for (const n of perWindow.values()) expect(n).toBeLessThanOrEqual(limit);
        expect(bruteMax(ok, w)).toBeLessThanOrEqual(2 * limit);
      }),
      RUNS,
    );
  });

  it('token bucket: never more than C + R x (t2 - t1) in any interval [t1, t2]', () => {
    fc.assert(
      fc.property(
        increasingTimes(),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 50 }),
        (times, capacity, rate) => {
          const ok = admittedTimes(new TokenBucket(capacity, rate), times);
          // The tightest intervals start and end on admitted requests.
          for (let i = 0; i < ok.length; i++)
            for (let j = i; j < ok.length; j++) {
              const t1 = ok[i]!;
              const t2 = ok[j]!;
              expect(countWithin(ok, t1, t2)).toBeLessThanOrEqual(
                capacity + (rate * (t2 - t1)) / 1000,
              );
            }
        },
      ),
      RUNS,
    );
  });

  it('token bucket: a full bucket never refuses a burst no bigger than its capacity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 50 }), (c, n) => {
        const ok = admittedTimes(
          new TokenBucket(c, 1),
          Array.from({ length: n }, () => 7),
        );
        expect(ok).toHaveLength(Math.min(c, n));
      }),
      RUNS,
    );
  });

  it('leaky bucket: steady outflow, never over capacity, a bounded wait', () => {
    fc.assert(
      fc.property(
        increasingTimes(),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 50 }),
        (times, capacity, rate) => {
          const gap = 1000 / rate;
          const b = new LeakyBucket(capacity, rate);
          const passes: number[] = [];
          for (const t of times) {
            if (b.tryAcquire(t)) passes.push(t + b.holdMs);
            expect(b.inBucket(t)).toBeLessThanOrEqual(capacity);
            expect(b.holdMs).toBeLessThanOrEqual(capacity * gap + 1e-9);
          }
          for (let i = 1; i < passes.length; i++)
            expect(passes[i]! - passes[i - 1]!).toBeGreaterThanOrEqual(gap - 1e-9);
        },
      ),
      RUNS,
    );
  });
});
