import { fmix32 } from '../../core/rng';
import type { Ms } from '../../core/units';
import type { NodeCommand } from '../../kernel/commands';
import type { Component } from '../../kernel/component';
import type { Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';
import type { CacheOp } from '../cache/cacheServer';
import { CacheServer, type CacheServerOptions } from '../cache/cacheServer';

export interface WarmCacheOptions extends CacheServerOptions {
  /** Keys that were in the cache when the run began (the most popular ones). */
  warm: (key: number) => boolean;
}

/**
 * A CacheServer that starts the run warm, as a cache in production would be, without paying
 * to fill millions of entries up front: a warm key is put in the first time it is asked for,
 * as if it had been there all along (filled some time in the last TTL, so warm entries expire
 * spread over the TTL rather than all at once). Only keys not yet seen count as warm; a kill
 * leaves it cold.
 */
export class WarmCache extends CacheServer {
  /** Warm keys already looked up (from then on, plain LRU rules apply). */
  private readonly seen = new Set<number>();
  private cold = false;

  constructor(
    sim: Sim,
    private readonly warmOpts: WarmCacheOptions,
  ) {
    super(sim, warmOpts);
  }

  override send(parent: Call, from: Component, op: CacheOp): Call {
    const key = parent.req.key;
    if (
      op.kind === 'get' &&
      !this.cold &&
      this.alive &&
      !this.seen.has(key) &&
      this.warmOpts.warm(key)
    ) {
      this.seen.add(key);
      if (!this.store.has(key)) this.store.set(key, { version: 0, expiresAt: this.warmUntil(key) });
    }
    return super.send(parent, from, op);
  }

  /** When a warm entry runs out: a fixed point in its TTL, different for each key. */
  private warmUntil(key: number): Ms {
    if (!Number.isFinite(this.ttlMs)) return Infinity;
    return (this.ttlMs * fmix32((key ^ 0x2545f491) >>> 0)) / 4294967296;
  }

  override command(cmd: NodeCommand): void {
    if (cmd.action === 'kill' && this.alive) this.cold = true;
    super.command(cmd);
  }
}
