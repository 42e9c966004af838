import type { Ms } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import type { Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';

const EV_MARK = EV_CUSTOM;

/**
 * Runs a callback once, at a simulated time: how a scenario starts measuring after its
 * warm-up (snapshotting counters then) without a clock of its own. Receives no requests.
 */
export class Mark extends BaseNode {
  fired = false;

  constructor(
    sim: Sim,
    name: string,
    at: Ms,
    private readonly fn: () => void,
  ) {
    super(sim, name, 'internal', null);
    sim.at(at, this, EV_MARK);
  }

  receive(call: Call): void {
    this.refuseDown(call);
  }

  override handle(kind: number): void {
    if (kind !== EV_MARK || this.fired) return;
    this.fired = true;
    this.fn();
  }
}
