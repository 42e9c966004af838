import type { Ms } from '../../core/units';
import { availabilityFromCounts, errorBudget, type ErrorBudget } from './availability';

export interface AvailabilityMeterOptions {
  /** The availability target, e.g. 0.999. */
  slo: number;
  /** Requests the run is expected to carry: the error budget is (1 - slo) of these. */
  plannedRequests: number;
  /** Recovery needs this long in a row within the target (default 10 s). */
  windowMs?: Ms;
  /** No window missing the target this long after an outage: nobody noticed (default 2 min). */
  quietMs?: Ms;
}

/**
 * Counts how user requests ended, second by second, and answers the questions a reliability
 * review asks: availability so far, error budget spent, and how long the system took to
 * recover after an outage began. Requests count by when they ended.
 */
export class AvailabilityMeter {
  ok = 0;
  errors = 0;
  /** When the first outage began (ms), or NaN if none has. */
  outageAt: Ms = NaN;
  readonly slo: number;
  readonly plannedRequests: number;
  readonly windowMs: Ms;
  private readonly okBySecond: number[] = [];
  private readonly errorsBySecond: number[] = [];
  /** First window start (in seconds) not yet ruled out as the recovery point. */
  private searchFrom = 0;
  private recoveredSecond = NaN;
  /** Whether a window after the outage has missed the target yet. */
  private sawErrors = false;
  readonly quietMs: Ms;

  constructor(opts: AvailabilityMeterOptions) {
    this.slo = opts.slo;
    this.plannedRequests = opts.plannedRequests;
    this.windowMs = Math.max(1000, opts.windowMs ?? 10_000);
    this.quietMs = Math.max(0, opts.quietMs ?? 120_000);
  }

  /** One request ended at `now`, well or not. */
  record(now: Ms, ok: boolean): void {
    const s = Math.floor(now / 1000);
    const list = ok ? this.okBySecond : this.errorsBySecond;
    while (list.length <= s) list.push(0);
    list[s]!++;
    if (ok) this.ok++;
    else this.errors++;
  }

  get availability(): number {
    return availabilityFromCounts(this.ok, this.errors);
  }

  budget(): ErrorBudget {
    return errorBudget(this.slo, this.plannedRequests, this.errors);
  }

  /** An outage began (a region went down). Only the first one starts the recovery clock. */
  markOutage(now: Ms): void {
    if (!Number.isNaN(this.outageAt)) return;
    this.outageAt = now;
    this.searchFrom = Math.floor(now / 1000);
  }

  /**
   * Time from the outage to the start of the first full window within the target that follows
   * a window that missed it: errors began, then stopped. Retries can delay the first errors,
   * so a clean window right after the outage proves nothing; if no window misses the target
   * within `quietMs` of the outage, users never noticed and recovery took 0. NaN before an
   * outage, or while it is still undecided. Only windows wholly known by `now` are read.
   */
  recoveryMs(now: Ms): Ms {
    if (Number.isNaN(this.outageAt)) return NaN;
    if (Number.isNaN(this.recoveredSecond)) this.search(now);
    if (Number.isNaN(this.recoveredSecond)) return NaN;
    return Math.max(0, this.recoveredSecond * 1000 - this.outageAt);
  }

  private withinTarget(start: number, w: number): boolean {
    let ok = 0;
    let bad = 0;
    for (let k = start; k < start + w; k++) {
      ok += this.okBySecond[k] ?? 0;
      bad += this.errorsBySecond[k] ?? 0;
    }
    return bad <= (1 - this.slo) * (ok + bad) + 1e-9;
  }

  private search(now: Ms): void {
    const w = Math.round(this.windowMs / 1000);
    const first = Math.floor(this.outageAt / 1000);
    // A window [s, s + w) is known once every second in it has passed; closed windows never
    // change, so each is read once.
    const lastStart = Math.floor(now / 1000) - w;
    for (let s = this.searchFrom; s <= lastStart; s++) {
      const clean = this.withinTarget(s, w);
      this.searchFrom = s + 1;
      if (!this.sawErrors) {
        if (!clean) this.sawErrors = true;
        else if ((s - first) * 1000 >= this.quietMs) {
          this.recoveredSecond = first;
          return;
        }
      } else if (clean) {
        this.recoveredSecond = s;
        return;
      }
    }
  }
}
