import { describe, expect, it } from 'vitest';
import { LIMITER_ALGORITHMS, makeLimiter, replayLimiter, type LimiterSettings } from './limiter';
import { bruteMax } from './testTimes';

const HOUR = 3_600_000;
const at = (h: number, m: number, s: number) => h * HOUR + m * 60_000 + s * 1000;
/** The chapter's example: 100 requests at 11:59:59 and 100 more at 12:00:01. */
const boundaryBurst = [
  ...Array.from({ length: 100 }, () => at(11, 59, 59)),
  ...Array.from({ length: 100 }, () => at(12, 0, 1)),
];
const perMinute: LimiterSettings = {
  limit: 100,
  windowMs: 60_000,
  capacity: 100,
  refillPerSec: 100 / 60,
};
const passed = (algorithm: Parameters<typeof makeLimiter>[0], times: number[], s = perMinute) =>
  replayLimiter(makeLimiter(algorithm, s), times).filter((d) => d.admitted);

describe('the boundary problem, as the chapter states it (100 per minute)', () => {
  it('a fixed window lets all 200 through within 2 seconds', () => {
    const ok = passed('fixed-window', boundaryBurst);
    expect(ok).toHaveLength(200);
    expect(ok.at(-1)!.at - ok[0]!.at).toBe(2000);
  });

  it('a sliding window lets only 100 of them through', () => {
    const ok = passed('sliding-window', boundaryBurst);
    expect(ok).toHaveLength(100);
    expect(ok.every((d) => d.at === at(11, 59, 59))).toBe(true);
  });

  it('a token bucket of 100 gives its 100, then what 2 seconds refill (3 more)', () => {
    expect(passed('token-bucket', boundaryBurst)).toHaveLength(103);
  });

  it('the fixed window never exceeds twice its limit in any one-minute span', () => {
    const ok = passed('fixed-window', boundaryBurst).map((d) => d.at);
    expect(bruteMax(ok, 60_000)).toBe(200);
  });
});

describe('makeLimiter', () => {
  it('builds each algorithm; none lets everything through at once', () => {
    for (const a of LIMITER_ALGORITHMS) {
      const lim = makeLimiter(a, perMinute);
      expect(lim === null).toBe(a === 'none');
    }
    expect(passed('none', boundaryBurst).map((d) => d.passAt)).toEqual(boundaryBurst);
  });
});
