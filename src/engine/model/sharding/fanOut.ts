import type { Ms } from '../../core/units';
import { LatencyHistogram } from '../../metrics/histogram';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

/** One query in flight: the call it answers, and what its parts have said so far. */
interface Gather {
  parent: Call;
  startedAt: Ms;
  pending: number;
  outcome: Outcome;
  /** The first shard whose part failed, or -1. */
  failedShard: number;
  /** Time from the fan-out to each shard's answer (NaN for shards not asked). */
  legs: Float64Array;
}

/**
 * Scatter-gather for a query that spans shards ("users who signed up last month"): it asks
 * every shard at once and can answer only when the last one has, so its time is the slowest
 * shard's time. It keeps the legs of the last finished query for the view.
 */
export class ShardFanOut {
  /** Whole-query times (fan-out to last answer) of the queries that succeeded. */
  readonly latency = new LatencyHistogram();
  /** The slowest leg's time minus the median leg's, summed, to show what waiting costs. */
  waitedForSlowest = 0;
  started = 0;
  finished = 0;
  failed = 0;
  /** The first shard whose part failed in the last finished query (-1 if none did). */
  lastFailed = -1;
  /** Legs of the last finished query, per shard (NaN where not asked). */
  readonly lastLegs: Float64Array;
  lastMs = NaN;
  /** Index of the slowest shard in the last finished query (-1 before any). */
  lastSlowest = -1;
  private readonly open = new Map<Call, Gather>();

  constructor(
    private readonly sim: Sim,
    private readonly owner: Component,
    private readonly shards: readonly Component[],
    /** Told when a query has its last answer (true if every part answered ok). */
    private readonly onDone: (ok: boolean) => void = () => {},
  ) {
    this.lastLegs = new Float64Array(shards.length).fill(NaN);
  }

  /** Sends the query to the first `count` shards. */
  start(parent: Call, count: number): void {
    const g: Gather = {
      parent,
      startedAt: this.sim.now,
      pending: count,
      outcome: Outcome.ok,
      failedShard: -1,
      legs: new Float64Array(this.shards.length).fill(NaN),
    };
    this.started++;
    for (let i = 0; i < count; i++) {
      const child = this.sim.forward(parent, this.owner, this.shards[i]!);
      this.open.set(child, g);
    }
    if (count === 0) this.settle(g);
  }

  /** Takes a shard's answer if it belongs to a query; false if it is not ours. */
  onReply(child: Call, shard: number): boolean {
    const g = this.open.get(child);
    if (!g) return false;
    this.open.delete(child);
    g.legs[shard] = this.sim.now - g.startedAt;
    // The query fails as a whole if any part does: it cannot answer with a piece missing.
    if (child.outcome !== Outcome.ok && g.outcome === Outcome.ok) {
      g.outcome = child.outcome;
      g.failedShard = shard;
    }
    if (--g.pending === 0) this.settle(g);
    return true;
  }

  private settle(g: Gather): void {
    const ms = this.sim.now - g.startedAt;
    this.finished++;
    if (g.outcome === Outcome.ok) {
      this.latency.record(ms);
      this.waitedForSlowest += ms - medianLeg(g.legs);
    } else this.failed++;
    this.lastLegs.set(g.legs);
    this.lastMs = ms;
    this.lastSlowest = slowestLeg(g.legs);
    this.lastFailed = g.failedShard;
    this.onDone(g.outcome === Outcome.ok);
    this.sim.reply(g.parent, g.outcome);
  }
}

/** Index of the largest leg (NaN legs skipped), -1 if none. */
export function slowestLeg(legs: ArrayLike<number>): number {
  let best = -1;
  for (let i = 0; i < legs.length; i++) {
    const v = legs[i]!;
    if (!Number.isNaN(v) && (best < 0 || v > legs[best]!)) best = i;
  }
  return best;
}

/** The median of the legs that were asked (NaN when none). */
export function medianLeg(legs: ArrayLike<number>): number {
  const xs: number[] = [];
  for (let i = 0; i < legs.length; i++) if (!Number.isNaN(legs[i]!)) xs.push(legs[i]!);
  if (xs.length === 0) return NaN;
  xs.sort((a, b) => a - b);
  const m = xs.length >> 1;
  return xs.length % 2 ? xs[m]! : (xs[m - 1]! + xs[m]!) / 2;
}
