import { LatencyHistogram } from './histogram';

/** One simulated second of a run, as charts and the JSON `series` show it. */
export interface SeriesPoint {
  /** Start of the second, in simulated seconds. */
  t: number;
  arrivedRps: number;
  completedRps: number;
  /** Errors (rejected, timed out, failed) over all requests that ended in this second. */
  errorRate: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

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

  private roll(now: number): void {
    const s = Math.floor(now / 1000);
    while (this.second < s) this.close();
  }

  private close(): void {
    const ended = this.completed + this.errors;
    this.points.push({
      t: this.second,
      arrivedRps: this.arrived,
      completedRps: this.completed,
      errorRate: ended > 0 ? this.errors / ended : 0,
      p50Ms: this.window.quantile(0.5),
      p95Ms: this.window.quantile(0.95),
      p99Ms: this.window.quantile(0.99),
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

  ok(now: number, latency: number): void {
    this.roll(now);
    this.completed++;
    this.window.record(latency);
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
