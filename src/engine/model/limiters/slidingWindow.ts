import type { Ms } from '../../core/units';
import type { RateLimiter } from './limiter';
import { TimeLog } from './timeLog';

/**
 * Sliding window (the exact log): at most `limit` requests in ANY window of length W. It
 * remembers the time of every request it let in during the last W, which is why it costs
 * memory per client where a fixed window needs one counter.
 */
export class SlidingWindow implements RateLimiter {
  readonly holdMs = 0;
  private readonly log: TimeLog;

  constructor(
    readonly limit: number,
    readonly windowMs: Ms,
  ) {
    if (!(windowMs > 0)) throw new RangeError('sliding window: window must be > 0 ms');
    if (!(limit >= 0)) throw new RangeError('sliding window: limit must be >= 0');
    this.log = new TimeLog(Math.min(1024, Math.max(16, limit)));
  }

  /** Admissions within the window ending at the last time asked. */
  get size(): number {
    return this.log.size;
  }

  tryAcquire(now: Ms): boolean {
    this.log.forgetOlderThan(now, this.windowMs);
    if (this.log.size >= this.limit) return false;
    this.log.push(now);
    return true;
  }
}
