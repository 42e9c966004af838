import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

export interface HandOffOptions {
  name: string;
  /** The service that does the work (its own workers, its own time). */
  service: Component;
}

/**
 * A consumer's way of starting slow work without holding its partition: it gives the job to a
 * service with many workers and says "taken" at once, so the consumer commits and reads on.
 * The service then works for as long as it takes. If the service is down the job is refused,
 * the consumer backs off and the event stays in the log until the service is back.
 *
 * Not a node of its own in the picture (no statistics): the consumer and the service are.
 */
export class HandOff extends BaseNode {
  /** Jobs given to the service, refused because it was down, and finished by it. */
  taken = 0;
  refused = 0;
  finished = 0;
  private readonly service: Component;

  constructor(sim: Sim, opts: HandOffOptions) {
    super(sim, opts.name, 'internal', null);
    this.service = opts.service;
  }

  receive(call: Call): void {
    if (!this.alive || !this.service.alive) {
      this.refused++;
      return this.refuseDown(call);
    }
    this.taken++;
    // A call of its own, not a child: the consumer's answer must not wait for the work.
    this.sim.call(call.req, this, this.service);
    this.sim.reply(call, Outcome.ok);
  }

  override onReply(job: Call): void {
    if (job.outcome === Outcome.ok) this.finished++;
  }
}
