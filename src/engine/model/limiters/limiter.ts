import type { Ms } from '../../core/units';
import { FixedWindow } from './fixedWindow';
import { LeakyBucket } from './leakyBucket';
import { SlidingWindow } from './slidingWindow';
import { TokenBucket } from './tokenBucket';

/** The algorithms a limiter can use; `none` lets everything through. */
export type LimiterAlgorithm =
  'none' | 'fixed-window' | 'sliding-window' | 'token-bucket' | 'leaky-bucket';
export const LIMITER_ALGORITHMS: readonly LimiterAlgorithm[] = [
  'none',
  'fixed-window',
  'sliding-window',
  'token-bucket',
  'leaky-bucket',
];

/** Every algorithm's knobs in one place; each uses the ones that apply to it. */
export interface LimiterSettings {
  /** Windows: requests allowed per window. */
  limit: number;
  /** Windows: the window's length. */
  windowMs: Ms;
  /** Buckets: tokens the bucket holds (token) or requests it can hold (leaky). */
  capacity: number;
  /** Buckets: tokens added (token) or requests let out (leaky) per second. */
  refillPerSec: number;
}

/** One client's limit. Pure: it sees only the times it is asked at, which must not decrease. */
export interface RateLimiter {
  /** Whether a request arriving at `now` may go on; if so it uses up its share. */
  tryAcquire(now: Ms): boolean;
  /**
   * How long the request just let in waits inside the limiter before it goes on: 0 except
   * for the leaky bucket, which lets requests out at a steady pace.
   */
  readonly holdMs: Ms;
}

/** A fresh limiter for one client, or null for `none`. */
export function makeLimiter(algorithm: LimiterAlgorithm, s: LimiterSettings): RateLimiter | null {
  switch (algorithm) {
    case 'none':
      return null;
    case 'fixed-window':
      return new FixedWindow(s.limit, s.windowMs);
    case 'sliding-window':
      return new SlidingWindow(s.limit, s.windowMs);
    case 'token-bucket':
      return new TokenBucket(s.capacity, s.refillPerSec);
    case 'leaky-bucket':
      return new LeakyBucket(s.capacity, s.refillPerSec);
  }
}

/** What a limiter decided about one request. */
export interface LimiterDecision {
  /** When the request arrived. */
  at: Ms;
  admitted: boolean;
  /** When it went on to the server (NaN when turned away). */
  passAt: Ms;
}

/** Runs request times (non-decreasing) through a limiter; null lets all through at once. */
export function replayLimiter(
  limiter: RateLimiter | null,
  times: readonly Ms[],
): LimiterDecision[] {
  return times.map((at) => {
    if (!limiter) return { at, admitted: true, passAt: at };
    const admitted = limiter.tryAcquire(at);
    return { at, admitted, passAt: admitted ? at + limiter.holdMs : NaN };
  });
}
