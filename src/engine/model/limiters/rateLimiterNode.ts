import type { Ms } from '../../core/units';
import { NodeStats } from '../../metrics/nodeStats';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import {
  makeLimiter,
  type LimiterAlgorithm,
  type LimiterSettings,
  type RateLimiter,
} from './limiter';
import { WindowPeak } from './timeLog';

const EV_RELEASE = EV_CUSTOM;

/** The note on a request the limiter turned away, as an API would answer it. */
export const TOO_MANY_REQUESTS = '429 Too Many Requests';

export interface RateLimiterOptions {
  name: string;
  algorithm: LimiterAlgorithm;
  settings: LimiterSettings;
  /** Where admitted requests go (the server). */
  target: Component;
  /** Window over which each client's busiest moment at the server is measured. */
  peakWindowMs: Ms;
}

/** What the limiter saw of one client. */
export interface ClientCount {
  /** Let in (for a leaky bucket: into the bucket). */
  accepted: number;
  /** Turned away with a 429. */
  rejected: number;
  /** The most of its requests passed on to the target within any window of peakWindowMs. */
  readonly peak: WindowPeak;
}

interface ClientState {
  limiter: RateLimiter | null;
  count: ClientCount;
}

/**
 * A rate limiter in front of a server: one limiter per client (req.client), made on first
 * sight. Over-limit requests end at once as rejected (HTTP 429); the rest go on, after a
 * wait in the bucket for a leaky bucket. Node stats: served = passed on, dropped = turned
 * away or refused while down, queued = waiting in leaky buckets.
 */
export class RateLimiterNode extends BaseNode {
  readonly algorithm: LimiterAlgorithm;
  private readonly clientStates = new Map<number, ClientState>();
  private waiting = 0;

  constructor(
    sim: Sim,
    private readonly opts: RateLimiterOptions,
  ) {
    super(sim, opts.name, 'limiter', new NodeStats(0, sim.now));
    this.algorithm = opts.algorithm;
    // Checks the settings now, so a bad one fails at build time rather than on a first request.
    makeLimiter(opts.algorithm, opts.settings);
  }

  /** The counts for one client (undefined until it has sent something). */
  countFor(client: number): ClientCount | undefined {
    return this.clientStates.get(client)?.count;
  }

  /** The clients seen so far, in ascending id order. */
  clientIds(): number[] {
    return [...this.clientStates.keys()].sort((a, b) => a - b);
  }

  receive(call: Call): void {
    const stats = this.stats!;
    stats.arrived++;
    if (!this.alive) return this.refuseDown(call);
    const st = this.stateOf(call.req.client);
    const lim = st.limiter;
    if (lim && !lim.tryAcquire(this.sim.now)) {
      st.count.rejected++;
      stats.dropped++;
      call.req.note ||= TOO_MANY_REQUESTS;
      this.sim.reply(call, Outcome.rejected);
      return;
    }
    st.count.accepted++;
    const hold = lim ? lim.holdMs : 0;
    if (hold > 0) {
      this.waiting++;
      stats.setQueued(this.sim.now, this.waiting);
      this.sim.schedule(hold, this, EV_RELEASE, call);
    } else this.pass(call, st.count);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind !== EV_RELEASE) return;
    const call = payload as Call;
    this.waiting--;
    this.stats!.setQueued(this.sim.now, this.waiting);
    // Killed while it waited in the bucket: it is lost with the limiter.
    if (!this.alive) return this.refuseDown(call);
    this.pass(call, this.stateOf(call.req.client).count);
  }

  private pass(call: Call, count: ClientCount): void {
    count.peak.add(this.sim.now);
    this.stats!.served++;
    this.sim.forward(call, this, this.opts.target);
  }

  private stateOf(client: number): ClientState {
    let st = this.clientStates.get(client);
    if (!st) {
      st = {
        limiter: makeLimiter(this.opts.algorithm, this.opts.settings),
        count: { accepted: 0, rejected: 0, peak: new WindowPeak(this.opts.peakWindowMs) },
      };
      this.clientStates.set(client, st);
    }
    return st;
  }
}
