import type { Dist } from '../../core/distributions';
import type { Ms } from '../../core/units';
import type { Component } from '../../kernel/component';
import type { NodeCommand } from '../../kernel/commands';
import type { Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { LruMap } from './lru';
import type { VersionLedger } from './versionLedger';

export type CacheOpKind = 'get' | 'fill' | 'set' | 'delete';

/**
 * One operation sent to the cache, and its answer. `get` looks a key up; `fill` stores what a
 * miss read from the database (only if its lease still holds); `set` stores a value just
 * written (write-through); `delete` drops a key (invalidation).
 */
export class CacheOp {
  /** get: a fresh entry was found. fill, set: the value was stored. delete: done. */
  ok = false;
  /** get on a miss: the lease token a later fill must present. */
  token = 0;
  /** get on a hit: how long the answer had been out of date (-1 when it was the latest). */
  staleMs = -1;

  constructor(
    readonly kind: CacheOpKind,
    /** fill, set: the version to store. get on a hit: the version found. */
    public version = 0,
    /** fill, set: when the database produced that version; TTL counts from then. */
    public readAt: Ms = 0,
    /** fill: the token its miss was given. */
    readonly lease = 0,
  ) {}
}

interface Entry {
  version: number;
  expiresAt: Ms;
}

export interface CacheServerOptions {
  name: string;
  /** Entries it can hold; past that the least recently used is evicted. */
  capacity: number;
  /** How long an entry may be served after the database produced it; Infinity: forever. */
  ttlMs: Ms;
  /** Time per operation (network round trip included). */
  opMs: Dist;
  /** Operations worked on at once (default 16). */
  workers?: number;
  /** The database's record of versions: used only to measure staleness, never to decide. */
  ledger?: VersionLedger;
}

/**
 * An in-memory cache (Redis, Memcached) with LRU eviction and an optional TTL. It is a Server,
 * so it has a service time and a line and can be killed or slowed; a kill empties it, as a
 * restart without persistence would. Operations take effect in arrival order the moment they
 * arrive (one thread applying commands in order); the service time is how long the answer takes.
 *
 * Leases, as in memcache: a miss hands out a token, and a fill lands only if nothing
 * invalidated or rewrote the key since that token (and the cache was not restarted). Without
 * this, a slow miss could put back a value that a write had just invalidated.
 */
export class CacheServer extends Server {
  readonly store: LruMap<number, Entry>;
  readonly ttlMs: Ms;
  private readonly ledger: VersionLedger | null;
  private readonly ops = new Map<Call, CacheOp>();
  /** Lease clock: every token, invalidation and flush takes the next number. */
  private clock = 0;
  private flushedAt = 0;
  private readonly invalidatedAt = new Map<number, number>();

  constructor(sim: Sim, opts: CacheServerOptions) {
    super(sim, {
      name: opts.name,
      kind: 'cache',
      workers: opts.workers ?? 16,
      queueLimit: Infinity,
      service: opts.opMs,
    });
    this.store = new LruMap(opts.capacity);
    this.ttlMs = opts.ttlMs > 0 ? opts.ttlMs : Infinity;
    this.ledger = opts.ledger ?? null;
  }

  /** Sends `op` to this cache as part of `parent`'s work; the answer returns to `from`. */
  send(parent: Call, from: Component, op: CacheOp): Call {
    const call = this.sim.forward(parent, from, this);
    this.ops.set(call, op);
    return call;
  }

  override receive(call: Call): void {
    const op = this.ops.get(call);
    if (op) {
      this.ops.delete(call);
      if (this.alive) this.apply(op, call);
    }
    super.receive(call);
  }

  private apply(op: CacheOp, call: Call): void {
    const key = call.req.key;
    const now = this.sim.now;
    switch (op.kind) {
      case 'get': {
        const e = this.store.get(key);
        if (e && e.expiresAt > now) {
          op.ok = true;
          op.version = call.value = e.version;
          op.staleMs = this.ledger ? this.ledger.staleAge(key, e.version, now) : -1;
          return;
        }
        if (e) this.store.delete(key); // expired: gone on first touch, as Redis does lazily
        op.token = ++this.clock;
        return;
      }
      case 'fill': {
        const leaseHolds =
          op.lease > this.flushedAt && op.lease > (this.invalidatedAt.get(key) ?? 0);
        if (leaseHolds) op.ok = this.put(key, op.version, op.readAt);
        return;
      }
      case 'set':
        this.invalidatedAt.set(key, ++this.clock);
        op.ok = this.put(key, op.version, op.readAt);
        return;
      case 'delete':
        this.invalidatedAt.set(key, ++this.clock);
        this.store.delete(key);
        op.ok = true;
        return;
    }
  }

  /** Stores a version unless a newer one is already there. */
  private put(key: number, version: number, readAt: Ms): boolean {
    const cur = this.store.peek(key);
    if (cur && cur.version > version) return false;
    this.store.set(key, { version, expiresAt: readAt + this.ttlMs });
    return true;
  }

  override command(cmd: NodeCommand): void {
    const wasAlive = this.alive;
    super.command(cmd);
    if (cmd.action === 'kill' && wasAlive) {
      // Memory is lost, and every lease handed out before is void.
      this.store.clear();
      this.flushedAt = ++this.clock;
    }
  }
}
