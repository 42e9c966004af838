import type { Ms } from '../../core/units';
import { LatencyHistogram } from '../../metrics/histogram';

/**
 * A latency percentile over the last whole window (a second, say) rather than the whole run:
 * what a chart of "how slow is it now" needs, since a run-long p99 hardly moves once a crisis
 * starts. Windows are aligned to multiples of `windowMs`; read at t it reports the window
 * that ended at or before t, NaN if nothing was recorded in it.
 */
export class WindowQuantile {
  private current = new LatencyHistogram();
  private end: Ms;
  private lastValue = NaN;

  constructor(
    readonly windowMs: Ms,
    /** The quantile, 0..1 (0.99 for p99). */
    readonly q: number,
  ) {
    if (!(windowMs > 0)) throw new RangeError('window must be > 0');
    this.end = windowMs;
  }

  record(now: Ms, latency: Ms): void {
    this.roll(now);
    this.current.record(latency);
  }

  /** The quantile of the last finished window as of `now` (NaN when it was empty). */
  read(now: Ms): number {
    this.roll(now);
    return this.lastValue;
  }

  private roll(now: Ms): void {
    if (now < this.end) return;
    const c = this.current;
    // Only the window just before `now` counts; anything older was followed by empty ones.
    const skipped = now >= this.end + this.windowMs;
    this.lastValue = !skipped && c.count > 0 ? c.quantile(this.q) : NaN;
    this.current = new LatencyHistogram();
    this.end = (Math.floor(now / this.windowMs) + 1) * this.windowMs;
  }
}
