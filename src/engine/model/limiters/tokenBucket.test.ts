import { describe, expect, it } from 'vitest';
import { replayLimiter } from './limiter';
import { TokenBucket } from './tokenBucket';

describe('TokenBucket', () => {
  it('starts full, spends a token per request and refills at the rate', () => {
    const b = new TokenBucket(3, 2);
    const times = [0, 0, 0, 0, 499, 500, 1000, 1000, 10_000, 10_000, 10_000, 10_000];
    expect(replayLimiter(b, times).map((d) => d.admitted)).toEqual([
      true,
      true,
      true,
      false, // empty
      false, // 0.998 tokens
      true, // exactly 1 token at 500 ms
      true,
      false,
      true, // refilled, but never beyond capacity
      true,
      true,
      false,
    ]);
    expect(b.tokensAt(10_000)).toBe(0);
    expect(b.tokensAt(10_250)).toBe(0.5);
  });

  it('admits a burst up to its capacity, then only the refill rate', () => {
    const b = new TokenBucket(10, 5);
    const times = Array.from({ length: 400 }, (_, i) => i * 10); // 100/s for 4 s
    const passed = replayLimiter(b, times)
      .filter((d) => d.admitted)
      .map((d) => d.at);
    expect(passed.slice(0, 10)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    // Then one every 200 ms (5 a second): the tokens that trickled in during the burst add up.
    expect(passed.slice(10)).toEqual(Array.from({ length: 19 }, (_, i) => 200 * (i + 1)));
  });

  it('a bucket with no refill gives its capacity once', () => {
    const b = new TokenBucket(2, 0);
    expect(replayLimiter(b, [0, 1, 2, 1e6]).map((d) => d.admitted)).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
