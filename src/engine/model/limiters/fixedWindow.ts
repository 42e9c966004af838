import type { Ms } from '../../core/units';
import type { RateLimiter } from './limiter';

/**
 * Fixed window: at most `limit` requests in each window [k*W, (k+1)*W), counted afresh when
 * the clock enters a new window. Cheap (one counter), and blind across the boundary: `limit`
 * just before it and `limit` just after all pass, twice the limit within moments.
 */
export class FixedWindow implements RateLimiter {
  readonly holdMs = 0;
  /** Which window the count belongs to (floor(now / W)). */
  window = -Infinity;
  /** Requests let in during that window. */
  count = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: Ms,
  ) {
    if (!(windowMs > 0)) throw new RangeError('fixed window: window must be > 0 ms');
    if (!(limit >= 0)) throw new RangeError('fixed window: limit must be >= 0');
  }

  tryAcquire(now: Ms): boolean {
    const w = Math.floor(now / this.windowMs);
    if (w !== this.window) {
      this.window = w;
      this.count = 0;
    }
    if (this.count >= this.limit) return false;
    this.count++;
    return true;
  }
}
