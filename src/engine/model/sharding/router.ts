import { NodeStats } from '../../metrics/nodeStats';
import { LatencyHistogram } from '../../metrics/histogram';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call, type Request } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { ShardFanOut } from './fanOut';
import type { KeyPlacer } from './placement';

export interface ShardRouterOptions {
  name: string;
  /** Every shard that may ever hold data: the first `before.shards` from the start, the rest
   * once a move begins. */
  shards: readonly Component[];
  /** Where keys live at the start. */
  before: KeyPlacer;
  /** Where keys live once a shard has been added (omit when none will be). */
  after?: KeyPlacer;
  /** Requests that must ask every shard (cross-shard queries); none when omitted. */
  spansShards?: (req: Request) => boolean;
}

export type ShardMovePhase = 'before' | 'moving' | 'after';

/**
 * The shard router: sends each request to the shard that holds its key, and cross-shard
 * queries to all of them. While keys move to a new shard it sends a moving key to its new
 * home only once the copy has passed it (`cutKey`), so no request reads a half-copied key.
 */
export class ShardRouter extends BaseNode {
  readonly shards: readonly Component[];
  /** Single-shard requests sent to each shard (copies and queries not included). */
  readonly sent: Float64Array;
  /** Writes among them. */
  readonly writes: Float64Array;
  /** Time from the router to each shard and back, for the requests it answered ok. */
  readonly latency: LatencyHistogram[];
  readonly fanOut: ShardFanOut;
  phase: ShardMovePhase = 'before';
  /** Moving keys below this have been copied to their new shard. */
  cutKey = 0;
  private readonly before: KeyPlacer;
  private readonly after: KeyPlacer | undefined;
  private readonly spansShards: ((req: Request) => boolean) | undefined;
  private readonly indexById = new Map<number, number>();

  constructor(sim: Sim, opts: ShardRouterOptions) {
    super(sim, opts.name, 'balancer', new NodeStats(0, sim.now));
    const needed = Math.max(opts.before.shards, opts.after?.shards ?? 0);
    if (opts.shards.length < needed)
      throw new RangeError(`${opts.name}: placement needs ${needed} shards`);
    this.shards = opts.shards;
    this.before = opts.before;
    this.after = opts.after;
    this.spansShards = opts.spansShards;
    const n = opts.shards.length;
    this.sent = new Float64Array(n);
    this.writes = new Float64Array(n);
    this.latency = Array.from({ length: n }, () => new LatencyHistogram());
    opts.shards.forEach((s, i) => this.indexById.set(s.id, i));
    this.fanOut = new ShardFanOut(sim, this, opts.shards, (ok) => ok && this.stats!.served++);
  }

  /** Shards in use: the original ones, plus the new one from the start of the move. */
  get activeShards(): number {
    return this.phase === 'before' || !this.after ? this.before.shards : this.after.shards;
  }

  /** The shard that answers for `key` right now. */
  shardFor(key: number): number {
    const after = this.after;
    if (this.phase === 'before' || !after) return this.before.shardOfKey(key);
    if (this.phase === 'after') return after.shardOfKey(key);
    const to = after.shardOfKey(key);
    const from = this.before.shardOfKey(key);
    return from === to || key < this.cutKey ? to : from;
  }

  beginMove(): void {
    if (this.after && this.phase === 'before') this.phase = 'moving';
  }

  /** Every moving key below `key` is now on its new shard. */
  advanceCut(key: number): void {
    if (key > this.cutKey) this.cutKey = key;
  }

  finishMove(): void {
    if (this.after) this.phase = 'after';
  }

  receive(call: Call): void {
    const stats = this.stats!;
    stats.arrived++;
    if (!this.alive) return this.refuseDown(call);
    const req = call.req;
    if (this.spansShards?.(req)) {
      this.fanOut.start(call, this.activeShards);
      return;
    }
    const i = this.shardFor(req.key);
    this.sent[i]!++;
    if (req.kind === 'write') this.writes[i]!++;
    this.sim.forward(call, this, this.shards[i]!);
  }

  override onReply(child: Call): void {
    const i = this.indexById.get(child.to.id) ?? -1;
    if (this.fanOut.onReply(child, i)) return;
    if (child.outcome === Outcome.ok) this.stats!.served++;
    if (child.outcome === Outcome.ok && i >= 0)
      this.latency[i]!.record(this.sim.now - child.sentAt);
    if (child.parent) this.sim.reply(child.parent, child.outcome, child.value);
  }
}
