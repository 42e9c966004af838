import { BaseNode } from '../../kernel/baseNode';
import type { NodeCommand } from '../../kernel/commands';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

/**
 * For this folder's tests: a part that answers at once (ok while alive) and remembers every
 * command, so a test can tell whether anything killed it while it was already dead.
 */
export class TestTarget extends BaseNode {
  killedWhileDead = 0;
  kills = 0;
  restarts = 0;
  constructor(sim: Sim, name: string) {
    super(sim, name, 'server', null);
  }
  receive(call: Call): void {
    this.sim.reply(call, this.alive ? Outcome.ok : Outcome.failed);
  }
  override command(cmd: NodeCommand): void {
    if (cmd.action === 'kill') {
      if (!this.alive) this.killedWhileDead++;
      this.kills++;
    } else if (cmd.action === 'restart') this.restarts++;
    super.command(cmd);
  }
}
