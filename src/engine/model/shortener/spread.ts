import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import type { Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

/**
 * Round-robin over several targets with no health checks, as DNS with several addresses
 * does: a dead target keeps getting its share. Not a node of its own (no stats): it only
 * stands for "this part is wired to several next parts".
 */
export class Spread extends BaseNode {
  private i = 0;

  constructor(
    sim: Sim,
    name: string,
    readonly targets: readonly Component[],
  ) {
    super(sim, name, 'internal', null);
    if (targets.length === 0) throw new RangeError(`${name}: needs a target`);
  }

  receive(call: Call): void {
    const t = this.targets[this.i++ % this.targets.length]!;
    this.sim.forward(call, this, t);
  }
}
