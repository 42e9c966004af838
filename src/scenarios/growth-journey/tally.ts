import { LatencyHistogram, Outcome, TAG_HEAVY, type Ms, type Request } from '../../engine';

/** The workload's "heavy" tag marks a click that fetches a page's files rather than data. */
export const TAG_FILES = TAG_HEAVY;

/**
 * What people (not the scraper) got, counted from the end of the warm-up: every answer's time,
 * errors, and apart from that the time far-away users waited for a page's files, which is
 * what a CDN changes. Fed from the doors (`sent`) and the user groups' onEnd. Requests still
 * waiting when the window closes count too, at least as slow as they have waited so far:
 * without them a jammed database would look fast, its slow answers not having come back yet.
 */
export class UserTally {
  readonly latency = new LatencyHistogram();
  readonly farFiles = new LatencyHistogram();
  ended = 0;
  errors = 0;
  /** Far users' file requests slower than the limit, all run long (a gauge counts them). */
  farSlowFiles = 0;
  private from: Ms = Infinity;
  /** People's requests sent since `start` and not yet ended: id to time sent. */
  private readonly open = new Map<number, Ms>();

  constructor(private readonly farFilesLimitMs: Ms) {}

  /** Counts only requests sent from `now` on. */
  start(now: Ms): void {
    this.from = now;
  }

  /** Called as each of people's requests comes through a door. */
  sent(req: Request): void {
    if (req.createdAt >= this.from) this.open.set(req.id, req.createdAt);
  }

  /** People's latencies up to `until`, requests still waiting counted by their wait so far. */
  latencyAt(until: Ms): LatencyHistogram {
    const h = new LatencyHistogram();
    h.merge(this.latency);
    for (const sentAt of this.open.values()) h.record(Math.max(0, until - sentAt));
    return h;
  }

  /** A callback for one group of users: near or far. */
  endFor(far: boolean): (req: Request) => void {
    return (req) => {
      const ms = req.finishedAt - req.createdAt;
      const files = req.tag === TAG_FILES;
      if (far && files && req.outcome === Outcome.ok && ms > this.farFilesLimitMs)
        this.farSlowFiles++;
      if (req.createdAt < this.from) return;
      this.open.delete(req.id);
      this.ended++;
      if (req.outcome !== Outcome.ok) {
        this.errors++;
        return;
      }
      this.latency.record(ms);
      if (far && files) this.farFiles.record(ms);
    };
  }

  get errorShare(): number {
    return this.ended > 0 ? this.errors / this.ended : 0;
  }
}
