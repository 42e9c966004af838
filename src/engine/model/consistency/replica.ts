import type { Ms } from '../../core/units';
import { NodeStats } from '../../metrics/nodeStats';
import { BaseNode } from '../../kernel/baseNode';
import type { NodeCommand } from '../../kernel/commands';
import { Outcome, type Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import type { ConsistencyLedger } from './ledger';
import { MenuStore } from './menuStore';
import type { CityNetwork, NetworkMember, PeerMessage } from './network';
import { newOrder, type Order, type SyncMessage } from './order';
import type { VersionedValue } from './register';
import { vvTotal } from './versionVector';

const EV_WORK = EV_CUSTOM;
const EV_SYNC = EV_CUSTOM + 1;

/**
 * cp: a majority (2 of 3) must take part in every read and write, or the order is refused.
 * ap: every replica answers from its own copy and tells the others afterwards.
 */
export type ConsistencyMode = 'cp' | 'ap';
export const CONSISTENCY_MODES: readonly ConsistencyMode[] = ['cp', 'ap'];

export interface MenuReplicaOptions {
  name: string;
  /** Position in the network and in every version vector. */
  index: number;
  mode: ConsistencyMode;
  net: CityNetwork;
  ledger: ConsistencyLedger;
  /** Every key's starting value (the same menu everywhere). */
  initial: readonly number[];
  /** Local work on each customer's order before anything else happens. */
  workMs: Ms;
  /** The value a write sets (a new price), drawn by the scenario. */
  newValue: () => number;
  /** Which key of the menu a request's key names (e.g. Zipf ranks 1..n to 0..n-1). */
  keyOf?: (requestKey: number) => number;
}

const NO_MAJORITY = 'no majority: the other restaurants cannot be reached';

/**
 * One city's replica of the menu. Customers of the city order here; what happens next is the
 * mode's rule. CP is a leaderless majority quorum in the style of ABD: a read asks the other
 * two for their version and answers with the newest of its own and the first reply; a write
 * first learns the newest version the same way, then stores a newer one and waits for one
 * peer to confirm. AP answers at once from the local copy and replicates writes afterwards;
 * version vectors then tell ordinary updates from conflicts, and LWW settles conflicts.
 */
export class MenuReplica extends BaseNode implements NetworkMember {
  readonly index: number;
  readonly store: MenuStore;
  reads = 0;
  writes = 0;
  staleReads = 0;
  /** Stale reads of orders that arrived while some link was cut. */
  splitStaleReads = 0;
  refused = 0;
  /** State swaps received after a link healed (or after a restart). */
  syncs = 0;
  private readonly orders = new Map<Call, Order>();

  constructor(
    sim: Sim,
    private readonly opts: MenuReplicaOptions,
  ) {
    super(sim, opts.name, 'database', new NodeStats(0, sim.now));
    this.index = opts.index;
    this.store = new MenuStore(opts.index, opts.net.size, opts.initial);
    opts.net.join(this);
  }

  private get peers(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.opts.net.size; i++) if (i !== this.index) out.push(i);
    return out;
  }

  receive(call: Call): void {
    const msg = this.opts.net.message(call);
    if (msg) return this.fromPeer(call, msg);
    const stats = this.stats!;
    stats.arrived++;
    if (!this.alive) return this.refuseDown(call);
    const key = this.opts.keyOf ? this.opts.keyOf(call.req.key) : call.req.key;
    const order = newOrder(call, key, this.opts.ledger.latestConfirmed(key), this.opts.net.split);
    this.orders.set(call, order);
    stats.setBusy(this.sim.now, this.orders.size);
    this.sim.schedule(this.opts.workMs, this, EV_WORK, order);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_SYNC) return this.absorbSync(payload as SyncMessage);
    if (kind !== EV_WORK) return;
    const order = payload as Order;
    if (this.orders.get(order.call) !== order) return; // failed by a kill meanwhile
    if (this.opts.mode === 'cp') return this.startRound(order, 'query');
    if (order.kind === 'read') return this.answer(order, this.store.get(order.key));
    const v = this.store.write(order.key, this.opts.newValue(), this.sim.now);
    this.opts.ledger.confirmed(order.key, v.stamp);
    this.answer(order, v);
    for (const p of this.peers)
      this.opts.net.send(order.call, this.index, p, {
        type: 'replicate',
        key: order.key,
        entry: v,
      });
  }

  /** CP: asks every reachable peer; refuses at once if none can be reached. */
  private startRound(order: Order, round: Order['round']): void {
    Object.assign(order, { round, asked: 0, failed: 0, quorum: false });
    for (const p of this.peers) {
      const msg: PeerMessage = { type: round, key: order.key };
      if (round === 'store') msg.entry = order.stored!;
      if (this.opts.net.send(order.call, this.index, p, msg)) order.asked++;
    }
    if (order.asked === 0) this.refuse(order);
  }

  override onReply(child: Call): void {
    const order = child.parent ? this.orders.get(child.parent) : undefined;
    const msg = this.opts.net.message(child);
    if (!order || !msg || msg.type !== order.round || order.quorum) return;
    const peer = (child.to as NetworkMember).index;
    if (child.outcome !== Outcome.ok || !this.opts.net.crossed(peer, this.index)) {
      if (++order.failed >= order.asked) this.refuse(order);
      return;
    }
    order.quorum = true;
    if (order.round === 'store') {
      this.opts.ledger.confirmed(order.key, order.stored!.stamp);
      return this.answer(order, order.stored!);
    }
    // The newer of the two copies is the answer, and this copy keeps it (read repair).
    const mine = this.store.merge(order.key, msg.answer!).merged;
    if (order.kind === 'read') return this.answer(order, mine);
    order.stored = this.store.write(order.key, this.opts.newValue(), mine.stamp.at + 1);
    this.startRound(order, 'store');
  }

  /** A message from another replica. */
  private fromPeer(call: Call, msg: PeerMessage): void {
    const from = (call.from as NetworkMember).index;
    const arrived = this.opts.net.crossed(from, this.index);
    if (!arrived || !this.alive) {
      if (msg.type !== 'replicate') this.sim.reply(call, Outcome.failed);
      return;
    }
    if (msg.type === 'query') msg.answer = this.store.get(msg.key);
    else this.absorb(msg.key, msg.entry!);
    if (msg.type !== 'replicate') this.sim.reply(call, Outcome.ok);
  }

  private absorb(key: number, v: VersionedValue): void {
    const r = this.store.merge(key, v);
    // CP orders every write by its quorum counter: concurrent vectors there are no loss.
    if (!r.conflict || this.opts.mode !== 'ap') return;
    // AP stamps are clock times, so they say whether a side was written during a split.
    const w = this.opts.net.windows;
    const fromSplit = w.covers(r.loser!.stamp.at) || w.covers(r.winner!.stamp.at);
    this.opts.ledger.conflict(key, r, this.sim.now, fromSplit);
  }

  /** The network says the link to `peer` is back: send it everything (anti-entropy). */
  healed(peer: number): void {
    const to = this.opts.net.member(peer);
    if (!to || !this.alive) return;
    const msg: SyncMessage = { from: this.index, entries: this.store.snapshot() };
    this.sim.schedule(this.opts.net.latency(this.index, peer), to, EV_SYNC, msg);
  }

  private absorbSync(msg: SyncMessage): void {
    if (!this.opts.net.crossed(msg.from, this.index) || !this.alive) return;
    this.syncs++;
    msg.entries.forEach((v, key) => this.absorb(key, v));
  }

  private answer(order: Order, v: VersionedValue): void {
    if (order.kind === 'read') {
      this.reads++;
      if (this.opts.ledger.read(v.stamp, order.before)) {
        this.staleReads++;
        if (order.split) this.splitStaleReads++;
      }
    } else this.writes++;
    order.call.value = vvTotal(v.vv);
    this.stats!.served++;
    this.end(order, Outcome.ok);
  }

  private refuse(order: Order): void {
    this.refused++;
    this.stats!.dropped++;
    order.call.req.note ||= NO_MAJORITY;
    this.end(order, Outcome.rejected);
  }

  private end(order: Order, outcome: Outcome): void {
    this.orders.delete(order.call);
    this.stats!.setBusy(this.sim.now, this.orders.size);
    this.sim.reply(order.call, outcome);
  }

  override command(cmd: NodeCommand): void {
    if (cmd.action === 'kill' && this.alive) {
      this.alive = false;
      for (const order of [...this.orders.values()]) {
        this.stats!.dropped++;
        this.end(order, Outcome.failed);
      }
    } else if ((cmd.action === 'restart' || cmd.action === 'restore') && !this.alive) {
      this.alive = true;
      // Back from a crash: swap state with everyone it can reach, as after a heal.
      for (const p of this.peers) {
        if (!this.opts.net.up(p, this.index)) continue;
        this.healed(p);
        this.opts.net.member(p)?.healed(this.index);
      }
    }
  }
}
