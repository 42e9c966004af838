import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import type { LatLon } from './distance';
import { linkByDistance } from './links';
import { rankByDistance } from './nearest';

/** A part somewhere on the map. */
export interface Sited {
  node: Component;
  at: LatLon;
}

export interface NearestRouterOptions {
  name: string;
  /** Where the router (and the users behind it) sits. */
  at: LatLon;
  /** The servers it may send to; it picks the nearest that is up. */
  targets: readonly Sited[];
  /** Where to go when every target is down (e.g. straight to the origin); none: fail. */
  fallback?: Sited;
}

/**
 * Sends each request to the nearest target that is up, over a fibre link as long as the
 * distance, as a CDN's DNS or anycast steers users to the closest edge. It sees a target's
 * state at once (real steering takes seconds to notice): requests already on the way to, or
 * inside, a target that dies still fail there.
 */
export class NearestRouter extends BaseNode {
  /** Targets nearest first, then the fallback if any. */
  readonly order: readonly Component[];
  /** Requests sent to each of `order`, ever. */
  readonly sent: Float64Array;
  private readonly withFallback: boolean;

  constructor(sim: Sim, opts: NearestRouterOptions) {
    super(sim, opts.name, 'balancer', null);
    const ranked = rankByDistance(
      opts.at,
      opts.targets.map((t) => t.at),
    ).map((i) => opts.targets[i]!);
    const all = opts.fallback ? [...ranked, opts.fallback] : ranked;
    for (const t of all) linkByDistance(sim, this, opts.at, t.node, t.at);
    this.order = all.map((t) => t.node);
    this.sent = new Float64Array(all.length);
    this.withFallback = opts.fallback !== undefined;
  }

  /** Index in `order` of where the next request goes, or -1 when nothing is up. */
  pick(): number {
    const n = this.order.length - (this.withFallback ? 1 : 0);
    for (let i = 0; i < n; i++) if (this.order[i]!.alive) return i;
    // The fallback is tried even if down: it refuses, and the user sees why.
    return this.withFallback ? n : -1;
  }

  /** The part that would answer a request sent now. */
  current(): Component | null {
    const i = this.pick();
    return i < 0 ? null : this.order[i]!;
  }

  receive(call: Call): void {
    if (!this.alive) return this.refuseDown(call);
    const i = this.pick();
    if (i < 0) {
      call.req.note ||= 'no server is up';
      this.sim.reply(call, Outcome.failed);
      return;
    }
    this.sent[i]!++;
    this.sim.forward(call, this, this.order[i]!);
  }
}
