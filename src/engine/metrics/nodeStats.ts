import type { Ms } from '../core/units';

/**
 * Per-node counters with time-weighted averages. `busy` and `queued` are levels; every
 * change first folds the time spent at the old level into the areas, so utilization and
 * mean queue are exact integrals over simulated time, not samples.
 */
export class NodeStats {
  arrived = 0;
  served = 0;
  dropped = 0;
  busy = 0;
  queued = 0;
  maxQueue = 0;
  busyArea = 0;
  queueArea = 0;
  private last: Ms = 0;

  constructor(
    /** Parallel workers (or connections); 0 for parts with no capacity of their own. */
    public capacity: number,
    private readonly start: Ms = 0,
  ) {
    this.last = start;
  }

  /** Call before changing `busy` or `queued`. */
  advance(now: Ms): void {
    const dt = now - this.last;
    if (dt > 0) {
      this.busyArea += this.busy * dt;
      this.queueArea += this.queued * dt;
      this.last = now;
    }
  }

  setBusy(now: Ms, busy: number): void {
    this.advance(now);
    this.busy = busy;
  }

  setQueued(now: Ms, queued: number): void {
    this.advance(now);
    this.queued = queued;
    if (queued > this.maxQueue) this.maxQueue = queued;
  }

  /** Busy-time integral up to `now`, without mutating. */
  busyAreaAt(now: Ms): number {
    return this.busyArea + this.busy * Math.max(0, now - this.last);
  }

  queueAreaAt(now: Ms): number {
    return this.queueArea + this.queued * Math.max(0, now - this.last);
  }

  /** Mean fraction of capacity in use from the start to `now`. */
  utilization(now: Ms): number {
    const span = now - this.start;
    if (this.capacity <= 0 || span <= 0) return 0;
    return this.busyAreaAt(now) / (this.capacity * span);
  }

  meanQueue(now: Ms): number {
    const span = now - this.start;
    return span > 0 ? this.queueAreaAt(now) / span : 0;
  }
}
