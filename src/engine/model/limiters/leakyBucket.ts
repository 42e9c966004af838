import type { Ms } from '../../core/units';
import type { RateLimiter } from './limiter';
import { TimeLog } from './timeLog';

/**
 * Leaky bucket, as a queue with a steady outflow (not the meter form, which would behave
 * exactly like a token bucket): a request joins the bucket if fewer than `capacity` are in
 * it, and requests leave one every 1 / ratePerSec seconds, in order. A full bucket turns
 * newcomers away. What reaches the server is perfectly smooth; bursts pay in waiting time.
 */
export class LeakyBucket implements RateLimiter {
  holdMs: Ms = 0;
  private readonly gapMs: Ms;
  /** When each request now in the bucket leaves (the one leaving right now included). */
  private readonly leaving = new TimeLog();
  private nextFree: Ms = -Infinity;

  constructor(
    readonly capacity: number,
    readonly ratePerSec: number,
  ) {
    if (!(capacity >= 0)) throw new RangeError('leaky bucket: capacity must be >= 0');
    if (!(ratePerSec > 0)) throw new RangeError('leaky bucket: rate must be > 0');
    this.gapMs = 1000 / ratePerSec;
  }

  /** Requests in the bucket at `now`: admitted and not yet gone (one leaving at `now` counts). */
  inBucket(now: Ms): number {
    while (this.leaving.size > 0 && this.leaving.oldest() < now) this.leaving.shift();
    return this.leaving.size;
  }

  tryAcquire(now: Ms): boolean {
    if (this.inBucket(now) >= this.capacity) {
      this.holdMs = 0;
      return false;
    }
    const leave = Math.max(now, this.nextFree);
    this.nextFree = leave + this.gapMs;
    this.leaving.push(leave);
    this.holdMs = leave - now;
    return true;
  }
}
