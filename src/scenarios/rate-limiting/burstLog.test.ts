import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaults } from '../params';
import { burstDecisions, burstFrame, busiestWindow } from './burstLog';
import { scenario } from './testRuns';

const base = { ...defaults(scenario.params), burstSize: 20 };

describe('burstFrame: the burst the timeline shows', () => {
  it('shows the first burst before it starts, then each burst as it comes', () => {
    const all = burstDecisions(base, 30_000);
    const before = burstFrame(all, base, 30_000, 1000)!;
    expect([before.index, before.tick, before.marks.length]).toEqual([1, 5000, 0]);
    const during = burstFrame(all, base, 30_000, 5000)!;
    expect(during.marks.length).toBe(11); // the half before the tick, and the one on it
    const after = burstFrame(all, base, 30_000, 7000)!;
    expect([after.index, after.marks.length, after.passed, after.turnedAway]).toEqual([
      1, 20, 20, 0,
    ]);
    expect(after.busiest!.count).toBe(20);
    expect(after.boundaries).toContain(5000);
    expect(burstFrame(all, base, 30_000, 10_000)!.index).toBe(2);
  });

  it('a sliding window turns the second half away', () => {
    const p = { ...base, algorithm: 'sliding-window' };
    const f = burstFrame(burstDecisions(p, 30_000), p, 30_000, 7000)!;
    expect([f.passed, f.turnedAway, f.busiest!.count]).toEqual([10, 10, 10]);
  });

  it('a leaky bucket shows requests waiting, and stretches the view to their exit', () => {
    const p = { ...base, algorithm: 'leaky-bucket' };
    const all = burstDecisions(p, 30_000);
    const f = burstFrame(all, p, 30_000, 5200)!;
    expect(f.waiting).toBeGreaterThan(0);
    expect(f.passed + f.turnedAway + f.waiting).toBe(f.marks.length);
    expect(f.to).toBeGreaterThan(all.filter((d) => d.admitted)[9]!.passAt);
  });

  it('nothing to show when the job is off', () => {
    expect(
      burstFrame(burstDecisions({ ...base, burstSize: 0 }, 30_000), base, 30_000, 0),
    ).toBeNull();
  });
});

describe('busiestWindow', () => {
  it('matches a brute-force search (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 2000 }),
        (raw, w) => {
          const times = [...raw].sort((a, b) => a - b);
          const got = busiestWindow(times, w, 0, 5000);
          const counts = times.map((s) => times.filter((t) => t >= s && t - s < w).length);
          expect(got?.count ?? 0).toBe(counts.length ? Math.max(...counts) : 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});
