import type { Ms } from '../../core/units';
import { NodeStats } from '../../metrics/nodeStats';
import { BaseNode } from '../../kernel/baseNode';
import { Outcome, type Call, type Request } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import type { Consumer, ConsumerHost } from './consumer';
import { assignPartitions, GroupOffsets } from './groupOffsets';
import { PartitionedLog } from './partitionLog';

const EV_REBALANCE = EV_CUSTOM;
const EV_EXPIRE = EV_CUSTOM + 1;
const EV_REPLAY = EV_CUSTOM + 2;

export interface LogBrokerOptions {
  name: string;
  partitions: number;
  /** Entries older than this are deleted, read or not. */
  retentionMs: Ms;
  /** How long a group takes to notice a member died or joined and move its partitions. */
  rebalanceMs: Ms;
  /** How often retention runs (default 1 s). */
  cleanupEveryMs?: Ms;
}

/** One consumer group: its own offsets, its members and which partition each reads. */
export interface LogGroup {
  readonly name: string;
  readonly offsets: GroupOffsets;
  readonly members: readonly Consumer[];
  /** Member index per partition (-1: nobody). */
  readonly owner: Int32Array;
  /** Entries committed (processed and recorded) by this group. */
  commits: number;
  /** Entries handed out again: after a failure, a rebalance or a replay. */
  rereads: number;
  /** Work finished after its partition had moved on (it will be, or was, done again). */
  wasted: number;
}

interface GroupState extends LogGroup {
  readonly members: Consumer[];
  /** Bumped per partition when its reader changes or the group seeks: older results are stale. */
  readonly epoch: Int32Array;
  /** Per member, the delivery in hand (one at a time keeps each partition in order). */
  readonly busy: Array<Call | null>;
  readonly cursor: number[];
  /** Per partition, one past the highest offset ever handed out. */
  readonly highWater: Float64Array;
}

interface Inflight {
  group: GroupState;
  member: number;
  partition: number;
  offset: number;
  epoch: number;
}

/**
 * A Kafka topic and its consumer groups. Publishing (a call to it) appends the event to the
 * partition its key hashes to and confirms. Every group reads every event at its own pace from
 * its own offsets; inside a group each partition has one reader, who handles its entries in
 * order and commits after each. A member that dies leaves its partitions unread until the
 * group rebalances; the new reader starts from the last commit, so nothing is skipped.
 */
export class LogBroker extends BaseNode implements ConsumerHost {
  readonly log: PartitionedLog<Request>;
  private readonly groupList: GroupState[] = [];
  private readonly inflight = new Map<Call, Inflight>();

  constructor(
    sim: Sim,
    private readonly opts: LogBrokerOptions,
  ) {
    super(sim, opts.name, 'queue', new NodeStats(0, sim.now));
    this.log = new PartitionedLog<Request>(opts.partitions, opts.retentionMs);
    if (Number.isFinite(opts.retentionMs)) sim.schedule(this.cleanupEvery, this, EV_EXPIRE);
  }

  private get cleanupEvery(): Ms {
    return this.opts.cleanupEveryMs ?? 1000;
  }

  get groups(): readonly LogGroup[] {
    return this.groupList;
  }

  group(name: string): LogGroup | undefined {
    return this.groupList.find((g) => g.name === name);
  }

  /** Adds a consumer group that reads from the log's current start. */
  addGroup(name: string, members: readonly Consumer[]): LogGroup {
    const P = this.log.partitions;
    const g: GroupState = {
      name,
      offsets: new GroupOffsets(this.log),
      members: [...members],
      owner: assignPartitions(
        P,
        members.flatMap((c, i) => (c.alive ? [i] : [])),
      ),
      commits: 0,
      rereads: 0,
      wasted: 0,
      epoch: new Int32Array(P),
      busy: members.map(() => null),
      cursor: members.map(() => 0),
      highWater: new Float64Array(P),
    };
    g.offsets.seek(0);
    for (let p = 0; p < P; p++) g.highWater[p] = this.log.startOffset(p);
    for (const c of members) c.attach(this);
    this.groupList.push(g);
    return g;
  }

  receive(call: Call): void {
    this.stats!.arrived++;
    if (!this.alive) return this.refuseDown(call);
    this.log.append(call.req.id, call.req, this.sim.now);
    this.sim.reply(call, Outcome.ok);
    for (const g of this.groupList) {
      g.offsets.noteLag();
      this.pump(g);
    }
    this.show();
  }

  /** Hands each idle live member the next entry of one of its partitions (round-robin). */
  private pump(g: GroupState): void {
    if (!this.alive) return;
    const P = this.log.partitions;
    g.members.forEach((c, m) => {
      if (!c.alive || g.busy[m]) return;
      for (let k = 0; k < P; k++) {
        const p = (g.cursor[m]! + k) % P;
        if (g.owner[p] !== m) continue;
        const offset = g.offsets.position[p]!;
        const entry = this.log.entry(p, offset);
        if (!entry) continue;
        g.cursor[m] = p + 1;
        g.offsets.position[p] = offset + 1;
        if (offset < g.highWater[p]!) g.rereads++;
        else g.highWater[p] = offset + 1;
        const call = this.sim.call(entry.payload, this, c);
        g.busy[m] = call;
        this.inflight.set(call, { group: g, member: m, partition: p, offset, epoch: g.epoch[p]! });
        return;
      }
    });
  }

  override onReply(call: Call): void {
    const rec = this.inflight.get(call);
    if (!rec) return;
    this.inflight.delete(call);
    const g = rec.group;
    const p = rec.partition;
    if (g.busy[rec.member] === call) g.busy[rec.member] = null;
    if (rec.epoch !== g.epoch[p]) {
      if (call.outcome === Outcome.ok) g.wasted++;
    } else if (call.outcome === Outcome.ok) {
      if (g.offsets.commit(p, rec.offset)) g.commits++;
    } else {
      g.offsets.rewindToCommitted(p); // try the same entry again, keeping the partition in order
    }
    this.pump(g);
    this.show();
  }

  memberDown(c: Consumer): void {
    this.soon(c);
  }

  memberUp(c: Consumer): void {
    this.soon(c);
  }

  /** The group notices after `rebalanceMs` (Kafka's session timeout and join round). */
  private soon(c: Consumer): void {
    const g = this.groupList.find((x) => x.members.includes(c));
    if (g) this.sim.schedule(this.opts.rebalanceMs, this, EV_REBALANCE, g);
  }

  /** At `at`, moves a group's offsets to `offset` in every partition and reads on from there. */
  scheduleReplay(group: string, at: Ms, offset: number): void {
    const g = this.groupList.find((x) => x.name === group);
    if (g) this.sim.at(at, this, EV_REPLAY, { g, offset });
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_REBALANCE) this.rebalance(payload as GroupState);
    else if (kind === EV_EXPIRE) {
      this.log.expire(this.sim.now);
      for (const g of this.groupList) {
        g.offsets.skipExpired();
        this.pump(g);
      }
      this.show();
      this.sim.schedule(this.cleanupEvery, this, EV_EXPIRE);
    } else if (kind === EV_REPLAY) {
      const { g, offset } = payload as { g: GroupState; offset: number };
      g.offsets.seek(offset);
      for (let p = 0; p < g.epoch.length; p++) g.epoch[p]!++;
      g.busy.fill(null);
      this.pump(g);
      this.show();
    }
  }

  private rebalance(g: GroupState): void {
    const live = g.members.flatMap((c, i) => (c.alive ? [i] : []));
    const next = assignPartitions(this.log.partitions, live);
    for (let p = 0; p < next.length; p++) {
      if (next[p] === g.owner[p]) continue;
      const was = g.owner[p]!;
      g.owner[p] = next[p]!;
      g.epoch[p]!++;
      g.offsets.rewindToCommitted(p);
      // The old reader's delivery no longer holds it back from the partitions it keeps.
      if (was >= 0 && this.heldPartition(g, was) === p) g.busy[was] = null;
    }
    this.pump(g);
    this.show();
  }

  private heldPartition(g: GroupState, member: number): number {
    const call = g.busy[member];
    return call ? (this.inflight.get(call)?.partition ?? -1) : -1;
  }

  /** Frames: `queued` is the lag summed over groups, `busy` the deliveries in hand. */
  private show(): void {
    const now = this.sim.now;
    let lag = 0;
    for (const g of this.groupList) lag += g.offsets.lag;
    this.stats!.setQueued(now, lag);
    this.stats!.setBusy(now, this.inflight.size);
  }
}
