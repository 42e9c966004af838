import type { Ms } from '../../core/units';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, Request, type Call } from '../../kernel/request';
import { EV_CUSTOM, type Sim } from '../../kernel/sim';
import { movedKeys } from './keySpace';
import type { KeyPlacer } from './placement';
import type { ShardRouter } from './router';

const EV_START = EV_CUSTOM;
const EV_TICK = EV_CUSTOM + 1;
const EV_RETRY = EV_CUSTOM + 2;

/** Tag of a copy job; its `value` is how many keys it copies. Shards price it by that. */
export const TAG_SHARD_COPY = 2;

export interface ShardMoveOptions {
  name: string;
  router: ShardRouter;
  shards: readonly Component[];
  before: KeyPlacer;
  after: KeyPlacer;
  /** Size of the key space (keys 0..keys-1). */
  keys: number;
  /** When the new shard joins and copying begins (Infinity for never). */
  startAt: Ms;
  /** Moving keys copied per batch. */
  batchKeys: number;
  /** A new batch starts at most this often, so copying takes a bounded share of the shards. */
  intervalMs: Ms;
  /** Batches under way at once (default 4): copying is a pipeline, not one batch at a time. */
  window?: number;
  /** Wait before trying a failed batch again (a shard was down or full). */
  retryMs?: Ms;
}

/** One batch: moving keys moved[from..to). */
interface Batch {
  from: number;
  to: number;
  pending: number;
  failed: boolean;
  done: boolean;
}

/** One (from, to) stream of a batch: read from the old shard, then write to the new one. */
interface PairJob {
  batch: Batch;
  from: number;
  to: number;
  count: number;
  writing: boolean;
}

/**
 * Adding a shard: the keys whose shard changes are copied in key order, batch by batch.
 * Each batch reads its keys from their old shards and writes them to their new ones, as real
 * jobs that queue for the shards' workers like any request (that is the extra load a move
 * causes). A few batches are under way at once; once every batch up to some key is written,
 * the router sends those keys to their new home. A batch that fails (a shard down or full)
 * is tried again.
 */
export class ShardMove extends BaseNode {
  /** Every key that changes shard, ascending. */
  readonly moved: Int32Array;
  /** Moving keys already handed to their new shard. */
  copied = 0;
  batches = 0;
  retries = 0;
  startedAt: Ms = NaN;
  finishedAt: Ms = NaN;
  /** Index in `moved` where the next batch starts. */
  private next = 0;
  /** Batches started and not yet handed over, oldest first. */
  private readonly open: Batch[] = [];
  private nextId = -1;
  private readonly jobs = new Map<Request, PairJob>();

  constructor(
    sim: Sim,
    private readonly opts: ShardMoveOptions,
  ) {
    super(sim, opts.name, 'internal', null);
    this.moved = movedKeys(opts.keys, opts.before, opts.after);
    // Infinity: never (the moved keys are still worked out, for the what-if figures).
    if (Number.isFinite(opts.startAt)) sim.at(opts.startAt, this, EV_START);
  }

  /** Share of the moving keys already copied, 0..1. */
  get progress(): number {
    if (this.moved.length === 0) return this.started ? 1 : 0;
    return this.copied / this.moved.length;
  }

  get started(): boolean {
    return !Number.isNaN(this.startedAt);
  }

  get finished(): boolean {
    return !Number.isNaN(this.finishedAt);
  }

  receive(call: Call): void {
    this.sim.reply(call, Outcome.failed);
  }

  override handle(kind: number, payload: unknown): void {
    if (kind === EV_START) {
      this.startedAt = this.sim.now;
      this.opts.router.beginMove();
      if (this.moved.length === 0) this.finish();
      else this.tick();
    } else if (kind === EV_TICK) this.tick();
    else if (kind === EV_RETRY) this.sendBatch(payload as Batch);
  }

  /** Starts a batch if the pipeline has room; ticks on until every batch has started. */
  private tick(): void {
    if (this.next >= this.moved.length) return;
    if (this.open.length < (this.opts.window ?? 4)) {
      const size = Math.max(1, Math.floor(this.opts.batchKeys));
      const to = Math.min(this.moved.length, this.next + size);
      const batch: Batch = { from: this.next, to, pending: 0, failed: false, done: false };
      this.next = to;
      this.open.push(batch);
      this.sendBatch(batch);
    }
    if (this.next < this.moved.length) this.sim.schedule(this.opts.intervalMs, this, EV_TICK);
  }

  private sendBatch(batch: Batch): void {
    const pairs = new Map<number, PairJob>();
    for (let i = batch.from; i < batch.to; i++) {
      const k = this.moved[i]!;
      const a = this.opts.before.shardOfKey(k);
      const b = this.opts.after.shardOfKey(k);
      const id = a * 65536 + b;
      const job = pairs.get(id);
      if (job) job.count++;
      else pairs.set(id, { batch, from: a, to: b, count: 1, writing: false });
    }
    batch.pending = pairs.size;
    batch.failed = false;
    for (const job of pairs.values()) this.send(job, job.from, 'read');
  }

  private send(job: PairJob, shard: number, kind: 'read' | 'write'): void {
    const key = this.moved[job.batch.from]!;
    const req = new Request(this.nextId--, kind, key, 0, -1, this.sim.now, false);
    req.tag = TAG_SHARD_COPY;
    req.value = job.count;
    this.jobs.set(req, job);
    this.sim.call(req, this, this.opts.shards[shard]!);
  }

  override onReply(call: Call): void {
    const job = this.jobs.get(call.req);
    if (!job) return;
    this.jobs.delete(call.req);
    const batch = job.batch;
    if (call.outcome !== Outcome.ok) batch.failed = true;
    else if (!job.writing) {
      job.writing = true;
      this.send(job, job.to, 'write');
      return;
    }
    if (--batch.pending > 0) return;
    if (batch.failed) {
      this.retries++;
      this.sim.schedule(this.opts.retryMs ?? 200, this, EV_RETRY, batch);
      return;
    }
    batch.done = true;
    this.batches++;
    // Hand keys over in order: a later batch waits for every earlier one.
    while (this.open[0]?.done) {
      const b = this.open.shift()!;
      this.copied += b.to - b.from;
      this.opts.router.advanceCut(this.moved[b.to - 1]! + 1);
    }
    if (this.copied >= this.moved.length) this.finish();
  }

  private finish(): void {
    this.finishedAt = this.sim.now;
    this.opts.router.advanceCut(this.opts.keys);
    this.opts.router.finishMove();
  }
}
