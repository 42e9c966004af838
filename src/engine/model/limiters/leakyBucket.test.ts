import { describe, expect, it } from 'vitest';
import { LeakyBucket } from './leakyBucket';
import { replayLimiter } from './limiter';

describe('LeakyBucket (queue with a steady outflow)', () => {
  it('holds up to capacity and lets one out every 1/rate, in order', () => {
    const b = new LeakyBucket(3, 10); // one out every 100 ms
    const d = replayLimiter(b, [0, 0, 0, 0, 50, 150, 1000]);
    expect(d.map((x) => [x.admitted, x.passAt])).toEqual([
      [true, 0], // an empty bucket passes straight through
      [true, 100],
      [true, 200],
      [false, NaN], // three in the bucket (the one leaving now counts)
      [true, 300], // the first has gone by 50 ms
      [true, 400],
      [true, 1000], // empty again: no wait
    ]);
  });

  it('turns a burst into a steady stream, and a long burst into rejections', () => {
    const b = new LeakyBucket(5, 5);
    const d = replayLimiter(
      b,
      Array.from({ length: 20 }, () => 0),
    );
    expect(d.filter((x) => x.admitted).map((x) => x.passAt)).toEqual([0, 200, 400, 600, 800]);
    expect(b.inBucket(0)).toBe(5);
    expect(b.inBucket(801)).toBe(0);
  });

  it('needs a positive rate', () => {
    expect(() => new LeakyBucket(3, 0)).toThrow(RangeError);
  });
});
