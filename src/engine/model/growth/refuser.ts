import { BaseNode } from '../../kernel/baseNode';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

/**
 * Stands where a part could not get in: an app server that the database turned away when it
 * asked for connections sends its queries here, and each one fails at once with `note`.
 * It counts what it turned away, so a run can say how many requests that cost.
 */
export class Refuser extends BaseNode {
  refused = 0;

  constructor(
    sim: Sim,
    name: string,
    private readonly note: string,
  ) {
    super(sim, name, 'internal', null);
  }

  receive(call: Call): void {
    this.refused++;
    call.req.note ||= this.note;
    this.sim.reply(call, Outcome.failed);
  }
}
