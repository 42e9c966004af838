import { describe, expect, it } from 'vitest';
import { FixedWindow } from './fixedWindow';
import { replayLimiter } from './limiter';

const admitted = (lim: FixedWindow, times: number[]) =>
  replayLimiter(lim, times).map((d) => d.admitted);

describe('FixedWindow', () => {
  it('lets in `limit` per window and starts counting again on the clock', () => {
    const lim = new FixedWindow(3, 1000);
    expect(admitted(lim, [0, 10, 20, 30, 999, 1000, 1001, 1002, 1003])).toEqual([
      true,
      true,
      true,
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
    expect([lim.window, lim.count]).toEqual([1, 3]);
  });

  it('windows are [k*W, (k+1)*W): a time on the boundary opens the new window', () => {
    const lim = new FixedWindow(1, 500);
    expect(admitted(lim, [499.999, 500, 999, 1000])).toEqual([true, true, false, true]);
  });

  it('a quiet window does not bank anything for the next', () => {
    const lim = new FixedWindow(2, 1000);
    expect(admitted(lim, [5000, 5000, 5000])).toEqual([true, true, false]);
  });

  it('a limit of 0 turns everyone away; a bad window is refused', () => {
    expect(admitted(new FixedWindow(0, 1000), [0, 1, 2000])).toEqual([false, false, false]);
    expect(() => new FixedWindow(1, 0)).toThrow(RangeError);
  });
});
