import { lognormal, type Dist } from '../../core/distributions';
import type { Ms } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { DbNode } from '../replication/dbNode';
import { ReplicaSet } from '../replication/replicaSet';
import type { LinkBook } from './linkBook';
import { NOT_FOUND } from './linkClients';

export interface LinkGroupOptions {
  /** Name of the writing node; its replicas are `<name>.r1`, `<name>.r2`, ... */
  name: string;
  /** Replica names, when they should differ from the default. */
  replicaNames?: readonly string[];
  connections: number;
  queueLimit: number;
  readMs: Dist;
  writeMs: Dist;
  replicas: number;
  replicaReadMs: Dist;
  /** Each replica's lag level, redrawn every `lagPeriodMs`. */
  lag: Dist;
  lagPeriodMs: Ms;
  failoverMs: Ms;
  book: LinkBook;
  /** Read links younger than this from the primary (CP); 0 reads every link from a replica. */
  freshFromPrimaryMs: Ms;
  /** Whether reads may go to the replicas at all (false: they only keep copies). */
  readReplicas?: boolean;
}

/**
 * One database that holds links: a primary and its read replicas (a ReplicaSet of DbNodes,
 * as in the read-replicas chapter), with a router in front. Writes go to whoever is primary
 * now; reads go to the least busy live replica, or to the primary when the link is younger
 * than `freshFromPrimaryMs` or no replica is up. A read of a new link that has not reached
 * the answering copy yet is answered "not found" (failed, with the value NOT_FOUND).
 */
export class LinkGroup extends BaseNode {
  readonly set: ReplicaSet;
  readonly nodes: DbNode[] = [];
  readonly open: number[] = [];
  /** Reads sent to the primary because the link was young. */
  freshReadsOnPrimary = 0;
  private rr = 0;

  constructor(
    sim: Sim,
    private readonly opts: LinkGroupOptions,
  ) {
    super(sim, `${opts.name}/router`, 'internal', null);
    // One slot of data: the copies' contents are tracked by log position (see found()).
    this.set = new ReplicaSet(sim, {
      name: `${opts.name}/replication`,
      keys: 1,
      mode: 'async',
      lag: opts.lag,
      lagPeriodMs: opts.lagPeriodMs,
      failoverMs: opts.failoverMs,
      payeeZipf: 1,
    });
    this.nodes.push(
      new DbNode(sim, this.set, {
        name: opts.name,
        workers: opts.connections,
        queueLimit: opts.queueLimit,
        read: opts.readMs,
        write: opts.writeMs,
      }),
    );
    for (let i = 0; i < opts.replicas; i++)
      this.nodes.push(
        new DbNode(sim, this.set, {
          name: opts.replicaNames?.[i] ?? `${opts.name}.r${i + 1}`,
          workers: opts.connections,
          queueLimit: opts.queueLimit,
          read: opts.replicaReadMs,
          write: opts.writeMs,
        }),
      );
    this.open = this.nodes.map(() => 0);
  }

  /** The writing node and the replicas, as first built (roles may swap after a failover). */
  get writer(): DbNode {
    return this.nodes[0]!;
  }

  get replicaNodes(): DbNode[] {
    return this.nodes.slice(1);
  }

  receive(call: Call): void {
    if (!this.alive) return this.refuseDown(call);
    const req = call.req;
    const m = req.kind === 'write' ? this.set.primary : this.pickRead(req.key);
    this.open[m]!++;
    this.sim.forward(call, this, this.nodes[m]!);
  }

  private pickRead(key: number): number {
    const set = this.set;
    const p = set.primary;
    if (this.opts.readReplicas === false && set.primaryNode.alive) return p;
    const young = this.opts.book.ageOf(key, this.sim.now) < this.opts.freshFromPrimaryMs;
    if (young && set.primaryNode.alive) {
      this.freshReadsOnPrimary++;
      return p;
    }
    let best = -1;
    const n = this.nodes.length;
    for (let k = 0; k < n; k++) {
      const j = (this.rr + k) % n;
      if (j === p || !this.nodes[j]!.alive) continue;
      if (best < 0 || this.open[j]! < this.open[best]!) best = j;
    }
    if (best < 0) return p;
    this.rr = best + 1;
    return best;
  }

  override onReply(child: Call): void {
    const m = (child.to as DbNode).member;
    this.open[m]!--;
    const parent = child.parent;
    if (!parent) return;
    const req = child.req;
    if (child.outcome !== Outcome.ok) return this.sim.reply(parent, child.outcome);
    if (req.kind === 'write') {
      this.opts.book.committed(req.key, child.value, this.sim.now);
      return this.sim.reply(parent, Outcome.ok, child.value);
    }
    if (this.found(m, req.key)) this.sim.reply(parent, Outcome.ok, 1);
    else this.sim.reply(parent, Outcome.failed, NOT_FOUND);
  }

  /** Whether copy `m` holds the link: old links are everywhere; new ones once applied. */
  found(m: number, key: number): boolean {
    const book = this.opts.book;
    if (book.isOld(key)) return true;
    const v = book.versionOf(key);
    if (v <= 0) return false;
    const i = this.set.log.indexOf(v);
    return i >= 0 && this.set.members[m]!.copy.applied > i;
  }
}

/** A lognormal time with the spread databases show (most within 0.4x to 2x of the mean). */
export const dbTime = (meanMs: number, cv: number): Dist => lognormal(meanMs, cv);
