import { LatencyHistogram, Outcome, type Ms, type Request } from '../../engine';

/**
 * How one group of clients fared, from each request's end: answers with their latency, and
 * errors by kind. With `recentMs`, it also keeps the last few answers for a live p99.
 */
export class RoleTally {
  ok = 0;
  rejected = 0;
  timedOut = 0;
  failed = 0;
  readonly latency = new LatencyHistogram();
  private readonly times: number[] = [];
  private readonly values: number[] = [];
  private head = 0;

  constructor(private readonly recentMs = 0) {}

  get errors(): number {
    return this.rejected + this.timedOut + this.failed;
  }

  get ended(): number {
    return this.ok + this.errors;
  }

  record(req: Request): void {
    switch (req.outcome) {
      case Outcome.ok: {
        const ms = req.finishedAt - req.createdAt;
        this.ok++;
        this.latency.record(ms);
        if (this.recentMs > 0) this.remember(req.finishedAt, ms);
        return;
      }
      case Outcome.rejected:
        this.rejected++;
        return;
      case Outcome.timedOut:
        this.timedOut++;
        return;
      default:
        this.failed++;
    }
  }

  /** p99 (nearest rank) of the answers that ended within the last `recentMs`; NaN if none. */
  recentP99(now: Ms): number {
    this.forget(now);
    const n = this.times.length - this.head;
    if (n === 0) return NaN;
    const sorted = this.values.slice(this.head).sort((a, b) => a - b);
    return sorted[Math.ceil(0.99 * n) - 1]!;
  }

  private remember(t: Ms, ms: Ms): void {
    this.forget(t);
    this.times.push(t);
    this.values.push(ms);
  }

  private forget(now: Ms): void {
    while (this.head < this.times.length && now - this.times[this.head]! >= this.recentMs)
      this.head++;
    // Drop what was forgotten now and then, instead of shifting on every answer.
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.values.splice(0, this.head);
      this.head = 0;
    }
  }
}
