import { BaseNode } from '../../kernel/baseNode';
import type { Component, NodeKind } from '../../kernel/component';
import type { Call, Request } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

export interface ForkOptions {
  name: string;
  /** How views and the JSON list it (default 'balancer'). */
  kind?: NodeKind;
  /** Where requests may go. */
  routes: readonly Component[];
  /** The index in `routes` this request goes to. */
  route(req: Request): number;
}

/**
 * Sends each request down one of several paths by what it is: a page's files to the file
 * servers and everything else to the app, or reads one way and writes another. It does no work
 * of its own and keeps no line, so it never becomes a bottleneck; answers go straight back.
 */
export class Fork extends BaseNode {
  readonly routes: readonly Component[];
  /** Requests sent down each route, ever. */
  readonly sent: Float64Array;
  private readonly pick: (req: Request) => number;

  constructor(sim: Sim, opts: ForkOptions) {
    super(sim, opts.name, opts.kind ?? 'balancer', null);
    if (opts.routes.length === 0) throw new RangeError(`${opts.name}: needs at least one route`);
    this.routes = opts.routes;
    this.sent = new Float64Array(opts.routes.length);
    this.pick = opts.route;
  }

  receive(call: Call): void {
    if (!this.alive) return this.refuseDown(call);
    const n = this.routes.length;
    // A route outside the list would be a bug in the caller's rule: clamp rather than lose it.
    const i = Math.min(n - 1, Math.max(0, Math.floor(this.pick(call.req)) || 0));
    this.sent[i]!++;
    this.sim.forward(call, this, this.routes[i]!);
  }
}
