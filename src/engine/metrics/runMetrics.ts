import type { Ms } from '../core/units';
import { LatencyHistogram, latencyBucket } from './histogram';
import { SeriesRecorder } from './series';

/** Whole-run counters: what every request came to, and how long the good ones took. */
export class RunMetrics {
  arrived = 0;
  completed = 0;
  rejected = 0;
  timedOut = 0;
  failed = 0;
  /** Latency of successful requests only: an error page is not a fast answer. */
  readonly latency = new LatencyHistogram();
  readonly series = new SeriesRecorder();

  arrival(now: Ms): void {
    this.arrived++;
    this.series.arrival(now);
  }

  ok(now: Ms, latency: Ms): void {
    this.completed++;
    if (latency >= 0) {
      // One bucket lookup (a logarithm) for both histograms.
      const bucket = latencyBucket(latency);
      this.latency.recordIn(bucket, latency);
      this.series.ok(now, latency, bucket);
    } else {
      this.latency.record(latency);
      this.series.ok(now, latency);
    }
  }

  rejectedAt(now: Ms): void {
    this.rejected++;
    this.series.error(now);
  }

  timedOutAt(now: Ms): void {
    this.timedOut++;
    this.series.error(now);
  }

  failedAt(now: Ms): void {
    this.failed++;
    this.series.error(now);
  }

  get ended(): number {
    return this.completed + this.rejected + this.timedOut + this.failed;
  }
}
