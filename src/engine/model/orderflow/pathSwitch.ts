import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call, type Request } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

export interface PathSwitchOptions {
  name: string;
  /** Where a request goes next; null when this system has no path for it. */
  route: (req: Request) => Component | null;
}

/**
 * The routing table inside an application server: "restaurants near me" goes down the read
 * path, "place order" down the order path. It takes no time and holds nothing, so it is not a
 * node of its own in the picture (no statistics); the server that calls it holds the worker.
 */
export class PathSwitch extends BaseNode {
  private readonly route: (req: Request) => Component | null;

  constructor(sim: Sim, opts: PathSwitchOptions) {
    super(sim, opts.name, 'internal', null);
    this.route = opts.route;
  }

  receive(call: Call): void {
    const next = this.alive ? this.route(call.req) : null;
    if (!next) {
      call.req.note ||= `${this.name}: no path`;
      this.sim.reply(call, Outcome.failed);
      return;
    }
    this.sim.forward(call, this, next);
  }
}
