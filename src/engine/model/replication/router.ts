import type { Ms } from '../../core/units';
import { NodeStats } from '../../metrics/nodeStats';
import { BaseNode } from '../../kernel/baseNode';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import type { DbNode } from './dbNode';
import type { ReplicaSet } from './replicaSet';

/** Request tag for the balance check a user makes right after a confirmed transfer. */
export const TAG_FOLLOW_UP = 2;

export interface ReadWriteRouterOptions {
  name: string;
  set: ReplicaSet;
  /** Users 0..clients-1; user u owns account u. */
  clients: number;
  /** Send a user's reads to the primary for `pinMs` after their last confirmed write. */
  readYourWrites: boolean;
  pinMs: Ms;
}

/** The most recent "transfer, then check the balance" a user went through. */
export interface BalanceCheck {
  client: number;
  /** When the transfer was confirmed, and when the balance was read. */
  writeAt: Ms;
  readAt: Ms;
  /** Which database member answered. */
  member: number;
  /** The balance showed the transfer. */
  fresh: boolean;
  /** How far behind the answering node was, in ms (0 for the primary). */
  behindMs: Ms;
}

/**
 * The application's database access layer: writes to the primary, reads spread over live
 * replicas (fewest open requests first), and with read-your-writes a user's reads pinned to
 * the primary for a while after they wrote. It also checks what each user gets back against
 * what they were told, so it counts read-your-writes violations.
 */
export class ReadWriteRouter extends BaseNode {
  readYourWritesViolations = 0;
  pinnedReads = 0;
  followUps = 0;
  followUpViolations = 0;
  writesConfirmed = 0;
  writesFailed = 0;
  lastCheck: BalanceCheck | null = null;
  private readonly set: ReplicaSet;
  private readonly lastWriteAt: Float64Array;
  private readonly lastWrite: Float64Array;
  private readonly open: number[] = [];
  /** Own-account reads in flight and the version each user knows they wrote. */
  private readonly expects = new Map<number, number>();
  private rr = 0;

  constructor(
    sim: Sim,
    private readonly opts: ReadWriteRouterOptions,
  ) {
    super(sim, opts.name, 'balancer', new NodeStats(0, sim.now));
    this.set = opts.set;
    const n = Math.max(1, Math.floor(opts.clients));
    this.lastWriteAt = new Float64Array(n).fill(-Infinity);
    this.lastWrite = new Float64Array(n);
  }

  receive(call: Call): void {
    this.stats!.arrived++;
    if (!this.alive) return this.refuseDown(call);
    const req = call.req;
    const member = req.kind === 'write' ? this.set.primary : this.pickRead(req.client);
    if (req.kind === 'read' && req.key === req.client) {
      const known = this.lastWrite[req.client] ?? 0;
      if (known > 0) this.expects.set(req.id, known);
    }
    this.open[member] = (this.open[member] ?? 0) + 1;
    this.sim.forward(call, this, this.set.nodeOf(member));
  }

  /** The primary for a user who just wrote (read-your-writes), else the least busy replica. */
  private pickRead(client: number): number {
    const set = this.set;
    const p = set.primary;
    const now = this.sim.now;
    const pinned = now - (this.lastWriteAt[client] ?? -Infinity) < this.opts.pinMs;
    if (this.opts.readYourWrites && pinned && set.primaryNode.alive) {
      this.pinnedReads++;
      return p;
    }
    const n = set.members.length;
    let best = -1;
    for (let k = 0; k < n; k++) {
      // Start where round-robin would, so ties spread instead of piling on the first.
      const j = (this.rr + k) % n;
      if (j === p || !set.nodeOf(j).alive) continue;
      if (best < 0 || (this.open[j] ?? 0) < (this.open[best] ?? 0)) best = j;
    }
    if (best < 0) return p; // no live replica: the primary answers reads too
    this.rr = best + 1;
    return best;
  }

  override onReply(child: Call): void {
    const member = (child.to as DbNode).member;
    this.open[member] = (this.open[member] ?? 1) - 1;
    const parent = child.parent;
    if (!parent) return;
    const req = child.req;
    if (req.kind === 'write') {
      if (child.outcome !== Outcome.ok) {
        this.writesFailed++;
        return this.sim.reply(parent, child.outcome);
      }
      const version = child.value;
      this.set.whenReplicated(version, (ok) => this.settleWrite(parent, version, ok));
      return;
    }
    const expected = this.expects.get(req.id) ?? 0;
    this.expects.delete(req.id);
    if (child.outcome === Outcome.ok) this.checkRead(child, member, expected);
    this.sim.reply(parent, child.outcome, child.value);
  }

  private settleWrite(parent: Call, version: number, ok: boolean): void {
    if (!ok || !this.set.confirm(version)) {
      this.writesFailed++;
      parent.req.note ||= 'primary lost before the write was confirmed';
      return this.sim.reply(parent, Outcome.failed);
    }
    const client = parent.req.client;
    this.lastWriteAt[client] = this.sim.now;
    this.lastWrite[client] = version;
    this.writesConfirmed++;
    this.stats!.served++;
    this.sim.reply(parent, Outcome.ok, version);
  }

  private checkRead(child: Call, member: number, expected: number): void {
    this.stats!.served++;
    const req = child.req;
    // A write that a failover lost is counted as lost, not as a violation on every read after.
    const missed = expected > 0 && child.value < expected && this.set.holds(expected);
    if (missed) this.readYourWritesViolations++;
    if (req.tag !== TAG_FOLLOW_UP) return;
    this.followUps++;
    if (missed) this.followUpViolations++;
    this.lastCheck = {
      client: req.client,
      writeAt: this.lastWriteAt[req.client] ?? NaN,
      readAt: this.sim.now,
      member,
      fresh: !missed,
      behindMs: this.set.behind(member).ms,
    };
  }
}
