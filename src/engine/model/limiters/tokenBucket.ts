import type { Ms } from '../../core/units';
import type { RateLimiter } from './limiter';

/**
 * Token bucket: holds up to `capacity` tokens, starts full, gains `refillPerSec` tokens a
 * second; each request spends one or is turned away. A quiet client saves up for a burst of
 * `capacity`; a busy one gets the refill rate. Over any interval [t1, t2] it lets in at most
 * capacity + refillPerSec * (t2 - t1) requests.
 */
export class TokenBucket implements RateLimiter {
  readonly holdMs = 0;
  /**
   * Tokens x 1000, so with whole-millisecond times and a whole refill rate the arithmetic is
   * exact (no drift that could let in one request too many after a long run).
   */
  private milli: number;
  private last: Ms;

  constructor(
    readonly capacity: number,
    readonly refillPerSec: number,
    start: Ms = 0,
  ) {
    if (!(capacity >= 0)) throw new RangeError('token bucket: capacity must be >= 0');
    if (!(refillPerSec >= 0)) throw new RangeError('token bucket: refill must be >= 0');
    this.milli = capacity * 1000;
    this.last = start;
  }

  /** Tokens in the bucket at `now` (refilled up to then). */
  tokensAt(now: Ms): number {
    this.refill(now);
    return this.milli / 1000;
  }

  tryAcquire(now: Ms): boolean {
    this.refill(now);
    if (this.milli < 1000) return false;
    this.milli -= 1000;
    return true;
  }

  private refill(now: Ms): void {
    if (now <= this.last) return;
    this.milli = Math.min(this.capacity * 1000, this.milli + (now - this.last) * this.refillPerSec);
    this.last = now;
  }
}
