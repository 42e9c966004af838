import type { NodeStats } from '../metrics/nodeStats';
import type { Component, NodeKind } from './component';
import type { NodeCommand } from './commands';
import { Outcome, type Call } from './request';
import type { Sim } from './sim';

/** Defaults every building block shares: registration, pass-through replies, kill/restart. */
export abstract class BaseNode implements Component {
  readonly id: number;
  alive = true;

  constructor(
    protected readonly sim: Sim,
    readonly name: string,
    readonly kind: NodeKind,
    readonly stats: NodeStats | null,
  ) {
    this.id = sim.register(this);
  }

  abstract receive(call: Call): void;

  /** By default an answer from downstream goes straight back up the chain. */
  onReply(call: Call): void {
    if (call.parent) this.sim.reply(call.parent, call.outcome, call.value);
  }

  handle(_kind: number, _payload: unknown): void {}

  command(cmd: NodeCommand): void {
    if (cmd.action === 'kill') this.alive = false;
    else if (cmd.action === 'restart') this.alive = true;
  }

  /** Refuses a call because this part is down. */
  protected refuseDown(call: Call): void {
    if (this.stats) this.stats.dropped++;
    this.sim.reply(call, Outcome.failed);
  }
}
