import type { Ms } from '../../core/units';
import type { LatencyHistogram } from '../../metrics/histogram';
import { NodeStats } from '../../metrics/nodeStats';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import { Outcome, type Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { CacheAsideStats } from './cacheAsideStats';
import { CacheOp, type CacheServer } from './cacheServer';

/** How the cache is kept in step with the database after a write. */
export type CachePolicy = 'none' | 'ttl' | 'write-through' | 'invalidate';
export const CACHE_POLICIES: readonly CachePolicy[] = [
  'none',
  'ttl',
  'write-through',
  'invalidate',
];

export interface CacheAsideOptions {
  name: string;
  policy: CachePolicy;
  cache: CacheServer;
  /** Answers reads with the current version and commits writes (a VersionedDatabase). */
  db: Component;
  /** Misses for a key already being read from the database wait for that read instead. */
  coalesce?: boolean;
  /** Counted separately in `hotKeyDbReads` (the most popular key, to show stampedes). */
  hotKey?: number;
  stats?: CacheAsideStats;
}

type Step = 'get' | 'db' | 'fill' | 'update';

interface Pending {
  step: Step;
  op: CacheOp | null;
  /** The lease a miss was given (0: no fill, e.g. the cache was down). */
  lease: number;
  sentAt: Ms;
}

/**
 * The application's cache-aside logic, one step at a time. A read asks the cache; on a miss it
 * reads the database, fills the cache with what it read, then answers. A write goes to the
 * database and then, per policy, rewrites the cache entry (write-through) or deletes it
 * (invalidate) before answering, which is the latency those policies add to writes. With
 * policy `none` the cache is never asked. A cache that fails counts as a miss.
 */
export class CacheAsideApp extends BaseNode {
  readonly policy: CachePolicy;
  readonly figures: CacheAsideStats;
  private readonly cache: CacheServer;
  private readonly db: Component;
  private readonly coalesce: boolean;
  private readonly hotKey: number;
  /** What each call this app made is for, by call. */
  private readonly pending = new Map<Call, Pending>();
  /** Coalescing: key -> requests waiting for the read already on its way to the database. */
  private readonly flights = new Map<number, Call[]>();
  /** Database reads in flight per key (for the stampede figure). */
  private readonly dbInFlight = new Map<number, number>();
  private open = 0;

  constructor(sim: Sim, opts: CacheAsideOptions) {
    super(sim, opts.name, 'server', new NodeStats(0, sim.now));
    this.policy = opts.policy;
    this.cache = opts.cache;
    this.db = opts.db;
    this.coalesce = opts.coalesce ?? false;
    this.hotKey = opts.hotKey ?? 1;
    this.figures = opts.stats ?? new CacheAsideStats();
  }

  receive(call: Call): void {
    this.stats!.arrived++;
    if (!this.alive) return this.refuseDown(call);
    this.setOpen(this.open + 1);
    const f = this.figures;
    if (call.req.kind === 'write') {
      f.writes++;
      this.track(this.sim.forward(call, this, this.db), 'db', null, 0);
      return;
    }
    f.reads++;
    if (this.policy === 'none') {
      f.misses++;
      this.readDb(call, 0);
      return;
    }
    const op = new CacheOp('get');
    this.track(this.cache.send(call, this, op), 'get', op, 0);
  }

  override onReply(child: Call): void {
    const p = this.pending.get(child);
    const call = child.parent;
    if (!p || !call) return;
    this.pending.delete(child);
    const f = this.figures;
    switch (p.step) {
      case 'get': {
        const op = p.op!;
        if (child.outcome === Outcome.ok && op.ok) {
          f.hits++;
          if (op.staleMs >= 0) {
            f.staleReads++;
            if (op.staleMs > f.maxStaleMs) f.maxStaleMs = op.staleMs;
          }
          this.done(call, Outcome.ok, op.version, f.hitLatency);
        } else {
          f.misses++;
          this.readDb(call, child.outcome === Outcome.ok ? op.token : 0);
        }
        return;
      }
      case 'db':
        if (call.req.kind === 'write') this.afterWrite(call, child);
        else this.afterRead(call, child, p.lease);
        return;
      case 'fill':
        if (p.op!.ok) f.fills++;
        else f.fillsRefused++;
        // The reader has its value whatever became of the fill.
        this.done(call, Outcome.ok, p.op!.version, f.missLatency);
        return;
      case 'update':
        f.writeCacheMs += this.sim.now - p.sentAt;
        this.done(call, Outcome.ok, p.op!.version, f.writeLatency);
        return;
    }
  }

  private readDb(call: Call, lease: number): void {
    const key = call.req.key;
    const f = this.figures;
    if (this.coalesce) {
      const waiting = this.flights.get(key);
      if (waiting) {
        waiting.push(call);
        f.coalesced++;
        return;
      }
      this.flights.set(key, []);
    }
    f.dbReads++;
    if (key === this.hotKey) f.hotKeyDbReads++;
    const n = (this.dbInFlight.get(key) ?? 0) + 1;
    this.dbInFlight.set(key, n);
    if (n > f.maxSameKeyDbReads) f.maxSameKeyDbReads = n;
    this.track(this.sim.forward(call, this, this.db), 'db', null, lease);
  }

  private afterRead(call: Call, child: Call, lease: number): void {
    const key = call.req.key;
    const n = (this.dbInFlight.get(key) ?? 1) - 1;
    if (n > 0) this.dbInFlight.set(key, n);
    else this.dbInFlight.delete(key);
    const f = this.figures;
    const waiting = this.flights.get(key);
    if (waiting && this.coalesce) {
      this.flights.delete(key);
      for (const w of waiting) this.done(w, child.outcome, child.value, f.missLatency);
    }
    if (child.outcome !== Outcome.ok || lease === 0) {
      this.done(call, child.outcome, child.value, f.missLatency);
      return;
    }
    const op = new CacheOp('fill', child.value, this.sim.now, lease);
    this.track(this.cache.send(call, this, op), 'fill', op, lease);
  }

  private afterWrite(call: Call, child: Call): void {
    const f = this.figures;
    const version = child.value;
    if (child.outcome === Outcome.ok && this.policy === 'write-through') {
      const op = new CacheOp('set', version, this.sim.now);
      this.track(this.cache.send(call, this, op), 'update', op, 0);
    } else if (child.outcome === Outcome.ok && this.policy === 'invalidate') {
      const op = new CacheOp('delete', version);
      this.track(this.cache.send(call, this, op), 'update', op, 0);
    } else {
      this.done(call, child.outcome, version, f.writeLatency);
    }
  }

  private track(child: Call, step: Step, op: CacheOp | null, lease: number): void {
    this.pending.set(child, { step, op, lease, sentAt: this.sim.now });
  }

  private done(call: Call, outcome: Outcome, value: number, latency: LatencyHistogram): void {
    const now = this.sim.now;
    if (outcome === Outcome.ok) {
      this.stats!.served++;
      latency.record(now - call.req.createdAt);
    }
    this.sim.reply(call, outcome, value);
    this.setOpen(this.open - 1);
  }

  private setOpen(n: number): void {
    this.open = n;
    this.stats!.setBusy(this.sim.now, n);
  }
}
