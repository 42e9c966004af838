import { LatencyHistogram } from './histogram';

/** One simulated second of a run, as charts and the JSON `series` show it. */
export interface SeriesPoint {
  /** Start of the second, in simulated seconds. */
  t: number;
  arrivedRps: number;
  completedRps: number;
  /** Requests that ended in an error (rejected, timed out, failed) in this second. */
  erroredRps: number;
  /** Errors over all requests that ended in this second. */
  errorRate: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

const SERIES_QUANTILES = [0.5, 0.95, 0.99] as const;
const QUIET = 1 - 1e-12;

/**
 * Per-second counts and latency percentiles. Events arrive in time order, so a second is
 * closed as soon as anything happens in a later one.
 */
export class SeriesRecorder {
  readonly points: SeriesPoint[] = [];
  private second = 0;
  private arrived = 0;
  private completed = 0;
  private errors = 0;
  private readonly window = new LatencyHistogram();
  /**
   * Before this time no second can close: a margin of 1e-12 below the next boundary, far
   * more than the rounding of `now / 1000`, so skipping the division here never changes
   * which second an event falls in. It is called for every arrival and completion.
   */
  private quietUntil = QUIET * 1000;

  private roll(now: number): void {
    if (now < this.quietUntil) return;
    const s = Math.floor(now / 1000);
    while (this.second < s) this.close();
    this.quietUntil = (this.second + 1) * 1000 * QUIET;
  }

  private close(): void {
    const ended = this.completed + this.errors;
    const [p50, p95, p99] = this.window.quantiles(SERIES_QUANTILES);
    this.points.push({
      t: this.second,
      arrivedRps: this.arrived,
      completedRps: this.completed,
      erroredRps: this.errors,
      errorRate: ended > 0 ? this.errors / ended : 0,
      p50Ms: p50!,
      p95Ms: p95!,
      p99Ms: p99!,
    });
    this.second++;
    this.arrived = 0;
    this.completed = 0;
    this.errors = 0;
    this.window.reset();
  }

  arrival(now: number): void {
    this.roll(now);
    this.arrived++;
  }

  /** `bucket`, when given, is `latencyBucket(latency)`, already computed by the caller. */
  ok(now: number, latency: number, bucket = -1): void {
    this.roll(now);
    this.completed++;
    if (bucket >= 0) this.window.recordIn(bucket, latency);
    else this.window.record(latency);
  }

  error(now: number): void {
    this.roll(now);
    this.errors++;
  }

  /** Closes every whole second before `now` (call at the end of a run). */
  flush(now: number): void {
    this.roll(now);
  }
}
