import { sampler, type Dist } from '../../core/distributions';
import { BaseNode } from '../../kernel/baseNode';
import type { NodeCommand } from '../../kernel/commands';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { Server } from '../server';
import type { ReplicaSet } from './replicaSet';

export interface DbNodeOptions {
  name: string;
  workers: number;
  queueLimit: number;
  /** Work for one read (an indexed lookup) and for one write (a transaction). */
  read: Dist;
  write: Dist;
}

/**
 * One database node of a replica set: a Server (workers, queue, kill and slow-down) whose
 * finished work reaches the node's copy of the data. Whether it is the primary is the replica
 * set's business, so a replica can be promoted without changing anything here.
 */
export class DbNode extends Server {
  readonly member: number;

  constructor(
    sim: Sim,
    private readonly set: ReplicaSet,
    opts: DbNodeOptions,
  ) {
    const readMs = sampler(opts.read, sim.rng.stream(`${opts.name}/read`));
    const writeMs = sampler(opts.write, sim.rng.stream(`${opts.name}/write`));
    const data = new Storage(sim, `${opts.name}/data`, set);
    super(sim, {
      name: opts.name,
      kind: 'database',
      workers: opts.workers,
      queueLimit: opts.queueLimit,
      service: (req) => (req.kind === 'write' ? writeMs() : readMs()),
      downstream: data,
    });
    this.member = set.join(this);
    data.member = this.member;
  }

  /** Kills, restarts and slow-downs also change how the node replicates (see ReplicaSet). */
  override command(cmd: NodeCommand): void {
    const was = this.alive;
    super.command(cmd);
    this.set.changed(this.member, was);
  }
}

/**
 * The data behind a database node, reached the instant its work is done (no worker is held
 * longer): a write commits to the log, a read returns the version the copy holds.
 */
class Storage extends BaseNode {
  member = -1;

  constructor(
    sim: Sim,
    name: string,
    private readonly set: ReplicaSet,
  ) {
    super(sim, name, 'internal', null);
  }

  receive(call: Call): void {
    const req = call.req;
    if (req.kind === 'write') {
      const v = this.set.commit(this.member, req.key);
      if (v === 0) req.note ||= 'not the primary';
      this.sim.reply(call, v > 0 ? Outcome.ok : Outcome.failed, v);
    } else {
      this.sim.reply(call, Outcome.ok, this.set.read(this.member, req.key));
    }
  }
}
