import type { Ms } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_TIMEOUT = EV_CUSTOM;
/** The event a source schedules for its next request; the payload is its own. */
export const EV_NEXT_SEND = EV_CUSTOM + 1;

export interface ClientSourceOptions {
  name: string;
  target: Component;
  /** A client gives up after this long (Infinity: never). */
  timeoutMs: Ms;
  /** Called once per request when it ends (answered, turned away, failed or given up). */
  onEnd?: (req: Request) => void;
}

/**
 * What every client-side source shares: stamping requests with a client id, giving up after a
 * timeout, and recording how each request ended. Subclasses only decide when to send.
 */
export abstract class ClientSource extends BaseNode {
  constructor(
    sim: Sim,
    private readonly base: ClientSourceOptions,
  ) {
    super(sim, base.name, 'client', null);
  }

  /** The source's own timing: called for each EV_NEXT_SEND it scheduled. */
  protected abstract next(payload: unknown): void;

  protected send(client: number): void {
    const req = this.sim.newRequest('read', 0, 0, client);
    this.sim.call(req, this, this.base.target);
    if (Number.isFinite(this.base.timeoutMs))
      this.sim.schedule(this.base.timeoutMs, this, EV_TIMEOUT, req);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_NEXT_SEND) this.next(payload);
    else if (kind === EV_TIMEOUT) {
      const req = payload as Request;
      if (this.sim.finish(req, Outcome.timedOut, this, 'client timed out')) this.base.onEnd?.(req);
    }
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  override onReply(call: Call): void {
    const req = call.req;
    if (this.sim.finish(req, call.outcome, this)) this.base.onEnd?.(req);
  }
}
