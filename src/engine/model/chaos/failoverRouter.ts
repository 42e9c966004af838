import { fmix32 } from '../../core/rng';
import type { Ms } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import type { Call, Request } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { linkByDistance } from '../geo/links';
import { rankByDistance } from '../geo/nearest';
import type { Sited } from '../geo/nearestRouter';
import type { LatLon } from '../geo/distance';
import type { RegionBeliefs } from './regionHealth';

export interface FailoverRouterOptions {
  name: string;
  /** Where the users behind this resolver are. */
  at: LatLon;
  /** Each region's entry point (its load balancer) and place. */
  regions: readonly Sited[];
  /** Index of the users' home region. */
  home: number;
  /** Off: always the home region, whatever the health checker believes. */
  failover: boolean;
  beliefs: RegionBeliefs;
  /**
   * How long a DNS change takes to reach every user (the record's TTL): cached answers
   * expire at random moments within it, so traffic moves over gradually.
   */
  propagationMs: Ms;
}

/**
 * DNS-style regional failover for one population of users: their requests go to their home
 * region while the health checker believes it is up, and otherwise to the nearest region it
 * believes is up. A change reaches users only as their cached DNS answers expire, so during
 * `propagationMs` a growing share goes to the new region and the rest still to the old one.
 */
export class FailoverRouter extends BaseNode {
  /** Requests sent to each region, ever. */
  readonly sent: Float64Array;
  /** Regions in the order this router falls back to them: home first, then by distance. */
  readonly order: readonly number[];
  /** The region DNS pointed to before the latest change, and the one it points to now. */
  from: number;
  to: number;
  changedAt: Ms = -Infinity;
  private seenVersion = 0;
  /** Mixed into each request's expiry draw, so runs with other seeds differ. */
  private readonly salt: number;

  constructor(
    sim: Sim,
    private readonly opts: FailoverRouterOptions,
  ) {
    super(sim, opts.name, 'balancer', null);
    const byDistance = rankByDistance(
      opts.at,
      opts.regions.map((r) => r.at),
    );
    this.order = [opts.home, ...byDistance.filter((i) => i !== opts.home)];
    for (const r of opts.regions) linkByDistance(sim, this, opts.at, r.node, r.at);
    this.sent = new Float64Array(opts.regions.length);
    this.from = this.to = opts.home;
    this.salt = sim.rng.stream(`${opts.name}/resolver`).int(4294967296);
  }

  /** The region DNS would name now. */
  desired(): number {
    const o = this.opts;
    if (!o.failover) return o.home;
    return this.order.find((i) => o.beliefs.believedUp(i)) ?? o.home;
  }

  /** Share of users whose cached answer already names `to`, at time t. */
  shareMoved(t: Ms = this.sim.now): number {
    const p = this.opts.propagationMs;
    if (!(p > 0)) return 1;
    return Math.min(1, Math.max(0, (t - this.changedAt) / p));
  }

  /** Brings the router up to date with the health checker (idempotent; no draws). */
  catchUp(): void {
    const b = this.opts.beliefs;
    if (b.version === this.seenVersion) return;
    this.seenVersion = b.version;
    const next = this.desired();
    if (next === this.to) return;
    this.from = this.to;
    this.to = next;
    this.changedAt = b.lastChangeAt;
  }

  /**
   * Where this request goes. Each request stands for a user whose cached DNS answer expires
   * at its own moment within the TTL (a hash of its id), so its retries keep the same stale
   * answer until that moment, as a real resolver cache would.
   */
  pick(req: Request): number {
    this.catchUp();
    const share = this.shareMoved();
    if (share >= 1 || this.from === this.to) return this.to;
    const expiry = fmix32((req.id ^ this.salt) >>> 0) / 4294967296;
    return expiry < share ? this.to : this.from;
  }

  receive(call: Call): void {
    if (!this.alive) return this.refuseDown(call);
    const i = this.pick(call.req);
    this.sent[i]!++;
    this.sim.forward(call, this, this.opts.regions[i]!.node);
  }
}
