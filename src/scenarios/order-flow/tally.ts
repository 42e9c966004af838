import {
  LatencyHistogram,
  Outcome,
  TOO_MANY_REQUESTS,
  WindowQuantile,
  type Request,
  type Sim,
} from '../../engine';

/** How one kind of request from one group of people fared: the figures the charts need. */
export class Tally {
  sent = 0;
  ok = 0;
  /** Turned away by the rate limiter (429). */
  limited = 0;
  /** Everything else that did not succeed: timed out, failed, refused by a full queue. */
  errors = 0;
  readonly latency = new LatencyHistogram();
  /** p99 over the last whole second, for "how slow is it now". */
  readonly recentP99 = new WindowQuantile(1000, 0.99);

  constructor(private readonly sim: Sim) {}

  /** Counts a request that has ended (pass as a source's onEnd). */
  readonly record = (req: Request): void => {
    this.sent++;
    if (req.outcome === Outcome.ok) {
      this.ok++;
      const ms = req.finishedAt - req.createdAt;
      this.latency.record(ms);
      this.recentP99.record(this.sim.now, ms);
    } else if (req.note === TOO_MANY_REQUESTS) this.limited++;
    else this.errors++;
  };

  /** Share of ended requests that were not answered (limited ones included). */
  get errorShare(): number {
    return this.sent > 0 ? (this.sent - this.ok) / this.sent : 0;
  }
}

/** Tallies per group and kind: ordinary customers' browsing and orders, and the abuser. */
export function makeTallies(sim: Sim) {
  const browse = new Tally(sim);
  const orders = new Tally(sim);
  const abuser = new Tally(sim);
  return {
    browse,
    orders,
    abuser,
    /** Splits the crowd's requests by kind: reads are browsing, writes are orders. */
    customers: (req: Request) => (req.kind === 'write' ? orders : browse).record(req),
  };
}
export type Tallies = ReturnType<typeof makeTallies>;
