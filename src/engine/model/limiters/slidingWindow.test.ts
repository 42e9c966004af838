import { describe, expect, it } from 'vitest';
import { replayLimiter } from './limiter';
import { SlidingWindow } from './slidingWindow';

describe('SlidingWindow', () => {
  it('admits `limit` in any rolling window; a slot frees exactly W after its admission', () => {
    const lim = new SlidingWindow(3, 1000);
    const times = [0, 10, 20, 30, 999, 1000, 1009, 1010, 1020, 1021];
    expect(replayLimiter(lim, times).map((d) => d.admitted)).toEqual([
      true, // 0
      true, // 10
      true, // 20
      false, // 30: 3 in (-970, 30]
      false, // 999
      true, // 1000: the request at 0 is now a whole window old
      false, // 1009: 10, 20, 1000 are within (9, 1009]
      true, // 1010
      true, // 1020
      false, // 1021: 1000, 1010, 1020
    ]);
    expect(lim.size).toBe(3);
  });

  it('rejected requests do not use up the window', () => {
    const lim = new SlidingWindow(1, 1000);
    const times = [0, 100, 200, 900, 1000];
    expect(replayLimiter(lim, times).map((d) => d.admitted)).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('refuses a bad window', () => {
    expect(() => new SlidingWindow(1, -5)).toThrow(RangeError);
  });
});
