import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import type { NodeCommand } from '../../kernel/commands';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

export interface RegionOptions {
  /** Commands name it: "kill:region-virginia@300" takes the whole region down. */
  name: string;
  /** Everything that stands in the region: balancer, instances, database. */
  parts: readonly Component[];
  /** Told when the region goes down or comes back. */
  onChange?: (region: Region, up: boolean) => void;
}

/**
 * A cloud region as one switch: killing it kills every part in it at once (a power or network
 * failure takes the balancer, the instances and the database together), and restarting it
 * brings all of them back, as fresh machines. It carries no traffic itself.
 */
export class Region extends BaseNode {
  /** Times the region went down. */
  outages = 0;

  constructor(
    sim: Sim,
    private readonly opts: RegionOptions,
  ) {
    super(sim, opts.name, 'internal', null);
  }

  get parts(): readonly Component[] {
    return this.opts.parts;
  }

  override command(cmd: NodeCommand): void {
    if (cmd.action === 'kill') {
      if (!this.alive) return;
      this.alive = false;
      this.outages++;
      for (const p of this.opts.parts) p.command({ action: 'kill' });
      this.opts.onChange?.(this, false);
    } else if (cmd.action === 'restart' || cmd.action === 'restore') {
      if (this.alive) return;
      this.alive = true;
      for (const p of this.opts.parts) p.command({ action: 'restart' });
      this.opts.onChange?.(this, true);
    }
    // 'slow' means nothing for a region as a whole.
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }
}
