import { fmix32 } from '../../core/rng';
import { BaseNode } from '../../kernel/baseNode';
import type { Component } from '../../kernel/component';
import type { Call } from '../../kernel/request';
import type { Sim } from '../../kernel/sim';

/**
 * Sends each link to its shard by a hash of its number, so popular links and new ones spread
 * evenly (hash partitioning, as in the sharding chapter). Not a node of its own: the app's
 * driver does this sum before it opens a connection.
 */
export class LinkShards extends BaseNode {
  constructor(
    sim: Sim,
    name: string,
    readonly shards: readonly Component[],
  ) {
    super(sim, name, 'internal', null);
    if (shards.length === 0) throw new RangeError(`${name}: needs a shard`);
  }

  /** Which shard holds a link. */
  shardOf(key: number): number {
    return fmix32((key ^ 0x9e3779b9) >>> 0) % this.shards.length;
  }

  receive(call: Call): void {
    this.sim.forward(call, this, this.shards[this.shardOf(call.req.key)]!);
  }
}
