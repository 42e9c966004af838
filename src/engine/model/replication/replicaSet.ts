import { sampler } from '../../core/distributions';
import type { Ms } from '../../core/units';
import { zipfSampler, type ZipfSampler } from '../../core/zipf';
import { LatencyHistogram } from '../../metrics/histogram';
import { BaseNode } from '../../kernel/baseNode';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import type { Server } from '../server';
import { ConfirmedVersions, mostCaughtUp } from './freshness';
import { LagLevel } from './lag';
import { DataCopy, ReplicationLog } from './log';
import type {
  ReplicaDelivery,
  FailoverRecord,
  ReplicaMember,
  ReplicaSetOptions,
  ReplicationMode,
} from './types';
import { Waiters } from './waiters';

const EV_APPLY = EV_CUSTOM;
const EV_PROMOTE = EV_CUSTOM + 1;

/**
 * A primary and its replicas as one replicated database: the log, each node's copy, the
 * stream that carries entries to each replica after its lag, synchronous waits, and failover
 * (after the primary dies, the most caught-up live replica is promoted and whatever it had not
 * received is gone). Database nodes join it; the router asks it who is primary.
 */
export class ReplicaSet extends BaseNode {
  readonly log = new ReplicationLog();
  readonly members: ReplicaMember[] = [];
  readonly mode: ReplicationMode;
  primary = 0;
  /** Since when the primary has been down with no replacement yet (-1: it is up). */
  downSince: Ms = -1;
  /** When the pending promotion happens (-1: none pending). */
  promoteAt: Ms = -1;
  readonly failovers: FailoverRecord[] = [];
  lostWrites = 0;
  /** Time from commit to arrival at a replica, over every delivery. */
  readonly lagMs = new LatencyHistogram();
  private readonly confirmed: ConfirmedVersions;
  private readonly waiters = new Waiters();
  private readonly payees: ZipfSampler | null;
  private promotion = 0;

  constructor(
    sim: Sim,
    private readonly opts: ReplicaSetOptions,
  ) {
    super(sim, opts.name, 'internal', null);
    this.mode = opts.mode;
    this.confirmed = new ConfirmedVersions(opts.keys);
    const keys = Math.max(1, Math.floor(opts.keys));
    this.payees =
      keys > 1 ? zipfSampler(keys, opts.payeeZipf, sim.rng.stream(`${opts.name}/payee`)) : null;
  }

  /** A database node joins; the first to join is the primary. Returns its member index. */
  join(node: Server): number {
    const lag = sampler(this.opts.lag, this.sim.rng.stream(`${node.name}/lag`));
    this.members.push({
      node,
      copy: new DataCopy(this.opts.keys),
      lag: new LagLevel(lag, this.opts.lagPeriodMs),
      epoch: 0,
      lastArrival: 0,
      reads: 0,
      staleReads: 0,
    });
    return this.members.length - 1;
  }

  nodeOf(member: number): Server {
    return this.members[member]!.node;
  }

  get primaryNode(): Server {
    return this.nodeOf(this.primary);
  }

  get staleReads(): number {
    return this.members.reduce((s, m) => s + m.staleReads, 0);
  }

  /** The primary commits a write by `debited`; returns its version (0: this node cannot). */
  commit(member: number, debited: number): number {
    const m = this.members[member];
    if (!m || member !== this.primary || !m.node.alive) return 0;
    const payee = this.payees ? this.payees.next() - 1 : -1;
    const v = this.log.append(debited, payee === debited ? -1 : payee, this.sim.now);
    const i = this.log.length - 1;
    m.copy.apply(this.log, i);
    this.members.forEach((r, j) => {
      if (j !== this.primary && r.node.alive) this.ship(j, i);
    });
    return v;
  }

  /** A node answers a read from its copy; counts it as stale if a newer write was confirmed. */
  read(member: number, key: number): number {
    const m = this.members[member]!;
    const v = m.copy.versionOf(key);
    m.reads++;
    if (v < this.confirmed.of(key)) m.staleReads++;
    return v;
  }

  /** The writer is being told its write succeeded. False (and not confirmed) if it is gone. */
  confirm(version: number): boolean {
    const i = this.log.indexOf(version);
    if (i < 0) return false;
    this.log.markConfirmed(i);
    this.confirmed.raise(this.log, i);
    return true;
  }

  /** Whether a write is still in the log (not lost in a failover). */
  holds(version: number): boolean {
    return this.log.indexOf(version) >= 0;
  }

  /** Calls `done(true)` once the write may be confirmed: at once (async) or when replicated. */
  whenReplicated(version: number, done: (ok: boolean) => void): void {
    const i = this.log.indexOf(version);
    if (i < 0) return done(false);
    if (this.mode === 'async' || this.replicatedThrough() > i) return done(true);
    // The primary died between committing and hearing from its replicas: it never confirms.
    if (!this.primaryNode.alive) return done(false);
    this.waiters.add(i, done);
  }

  /** How far behind a node is: unapplied entries, and how long the oldest has waited (ms). */
  behind(member: number): { writes: number; ms: Ms } {
    const m = this.members[member];
    if (!m || member === this.primary) return { writes: 0, ms: 0 };
    const i = m.copy.applied;
    const writes = this.log.length - i;
    return { writes, ms: writes > 0 ? this.sim.now - this.log.commitAt(i) : 0 };
  }

  /**
   * Entries every live replica has applied (Infinity with none alive: then the primary alone
   * confirms, as semi-synchronous MySQL falls back after its timeout, and writes can be lost).
   */
  private replicatedThrough(): number {
    let through = Infinity;
    this.members.forEach((m, j) => {
      if (j !== this.primary && m.node.alive) through = Math.min(through, m.copy.applied);
    });
    return through;
  }

  /** Sends entry i to a replica; it lands after the replica's lag, never before earlier ones. */
  private ship(member: number, i: number): void {
    const m = this.members[member]!;
    const now = this.sim.now;
    const at = Math.max(m.lastArrival, now + m.lag.at(now) * m.node.slowFactor);
    m.lastArrival = at;
    const d: ReplicaDelivery = { member, index: i, version: this.log.versionAt(i), epoch: m.epoch };
    this.sim.at(at, this, EV_APPLY, d);
  }

  /** Everything a replica is missing, shipped from now (after a restart or a promotion). */
  private catchUp(member: number): void {
    const m = this.members[member]!;
    m.epoch++;
    m.lastArrival = this.sim.now;
    for (let i = m.copy.applied; i < this.log.length; i++) this.ship(member, i);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_APPLY) this.deliver(payload as ReplicaDelivery);
    else if (kind === EV_PROMOTE && payload === this.promotion) this.promote();
  }

  private deliver(d: ReplicaDelivery): void {
    const m = this.members[d.member]!;
    if (d.epoch !== m.epoch || this.log.versionAt(d.index) !== d.version) return;
    if (!m.copy.apply(this.log, d.index)) return;
    this.lagMs.record(this.sim.now - this.log.commitAt(d.index));
    this.waiters.releaseBelow(this.replicatedThrough());
  }

  /** A member's node was killed, restarted, slowed or restored (see DbNode.command). */
  changed(member: number, wasAlive: boolean): void {
    const m = this.members[member]!;
    const alive = m.node.alive;
    if (wasAlive && !alive) {
      m.epoch++; // what was on its way to it is lost with it
      if (member !== this.primary) return this.waiters.releaseBelow(this.replicatedThrough());
      // The primary is gone: its stream stops mid-flight and waiting writes fail.
      for (const r of this.members) r.epoch++;
      this.waiters.failAll();
      this.downSince = this.sim.now;
      this.schedulePromotion();
    } else if (!wasAlive && alive) {
      if (member === this.primary) {
        // Back before anyone was promoted: it carries on as primary.
        this.promotion++;
        this.downSince = this.promoteAt = -1;
        this.members.forEach((r, j) => {
          if (j !== member && r.node.alive) this.catchUp(j);
        });
      } else if (this.primaryNode.alive) this.catchUp(member);
    }
  }

  private schedulePromotion(): void {
    this.promoteAt = this.sim.now + Math.max(0, this.opts.failoverMs);
    this.sim.at(this.promoteAt, this, EV_PROMOTE, ++this.promotion);
  }

  /** Promotes the most caught-up live replica; what it never received is lost for good. */
  private promote(): void {
    const old = this.members[this.primary]!;
    if (old.node.alive) return;
    const best = mostCaughtUp(
      this.members.map((m) => ({ alive: m.node.alive, applied: m.copy.applied })),
      this.primary,
    );
    if (best < 0) return this.schedulePromotion(); // nobody to promote yet: look again later
    const keep = this.members[best]!.copy.applied;
    const lost = this.log.truncate(keep);
    this.lostWrites += lost;
    // Every copy must be a prefix of the log the new primary carries on from.
    for (const m of this.members) if (m.copy.applied > keep) m.copy.rewind(this.log, keep);
    this.confirmed.rebuild(this.log);
    this.failovers.push({
      at: this.sim.now,
      from: old.node.name,
      to: this.nodeOf(best).name,
      lostWrites: lost,
    });
    this.primary = best;
    this.downSince = this.promoteAt = -1;
    this.members.forEach((m, j) => {
      if (j !== best && m.node.alive) this.catchUp(j);
    });
  }

  receive(): void {}

  /** The replica set itself cannot be killed: its nodes can. */
  override command(): void {}
}
