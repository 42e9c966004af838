import type { Ms } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_SEND = EV_CUSTOM;
const EV_TIMEOUT = EV_CUSTOM + 1;

export interface BurstOptions {
  name: string;
  /** When the rush starts. */
  at: Ms;
  /** How many requests arrive. */
  count: number;
  /** Over how long they arrive, evenly spaced (0: all at the same instant). */
  spreadMs: Ms;
  target: Component;
  /** The client gives up after this long (Infinity: never). */
  timeoutMs: Ms;
  onEnd?: (req: Request) => void;
}

/**
 * A rush: `count` requests at (nearly) one moment, like 50 orders when a match ends. A source
 * of its own, so the steady traffic beside it keeps its own random draws.
 */
export class Burst extends BaseNode {
  constructor(
    sim: Sim,
    private readonly opts: BurstOptions,
  ) {
    super(sim, opts.name, 'client', null);
    const n = Math.max(0, Math.floor(opts.count));
    const gap = n > 1 ? Math.max(0, opts.spreadMs) / (n - 1) : 0;
    for (let i = 0; i < n; i++) sim.at(opts.at + i * gap, this, EV_SEND);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_SEND) {
      const req = this.sim.newRequest('write', 0, 0, 0);
      this.sim.call(req, this, this.opts.target);
      if (Number.isFinite(this.opts.timeoutMs))
        this.sim.schedule(this.opts.timeoutMs, this, EV_TIMEOUT, req);
    } else if (kind === EV_TIMEOUT) {
      const req = payload as Request;
      if (this.sim.finish(req, Outcome.timedOut, this, 'client timed out')) this.opts.onEnd?.(req);
    }
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  override onReply(call: Call): void {
    if (this.sim.finish(call.req, call.outcome, this)) this.opts.onEnd?.(call.req);
  }
}
