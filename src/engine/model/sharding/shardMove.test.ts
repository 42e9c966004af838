import { describe, expect, it } from 'vitest';
import type { Request } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { Server } from '../server';
import { placerFor } from './placement';
import { ShardRouter } from './router';
import { makeShardKey } from './shardKeys';
import { ShardMove, TAG_SHARD_COPY } from './shardMove';

const KEYS = 1000;
const key = makeShardKey('user-id', KEYS);

/** Copies cost 0.1 ms per key; anything else 1 ms. */
const service = (req: Request) => (req.tag === TAG_SHARD_COPY ? req.value * 0.1 : 1);

function setup(rule: 'modulo' | 'consistent-hash') {
  const sim = new Sim({ seed: 1 });
  const shards = Array.from(
    { length: 4 },
    (_, i) => new Server(sim, { name: `s${i}`, workers: 2, queueLimit: 5, service }),
  );
  const before = placerFor(key, rule, 3, 64);
  const after = placerFor(key, rule, 4, 64);
  const router = new ShardRouter(sim, { name: 'router', shards, before, after });
  const move = new ShardMove(sim, {
    name: 'mover',
    router,
    shards,
    before,
    after,
    keys: KEYS,
    startAt: 100,
    batchKeys: 50,
    intervalMs: 10,
  });
  return { sim, shards, router, move };
}

describe('ShardMove', () => {
  it('copies every moving key, batch by batch, then hands the keys to the new layout', () => {
    const { sim, router, move } = setup('modulo');
    expect(move.moved.length).toBe(748); // keys whose k mod 3 differs from k mod 4
    sim.runUntil(99);
    expect(router.phase).toBe('before');
    expect(move.progress).toBe(0);
    sim.runUntil(150);
    expect(router.phase).toBe('moving');
    expect(move.progress).toBeGreaterThan(0);
    expect(move.progress).toBeLessThan(1);
    // Every key below the cut has moved; none above it has.
    const cut = router.cutKey;
    expect([...move.moved].filter((k) => k < cut).length).toBe(move.copied);
    sim.runUntil(1000);
    expect(router.phase).toBe('after');
    expect(move.progress).toBe(1);
    expect(move.batches).toBe(15);
    // 15 batches, one every 10 ms at most.
    expect(move.finishedAt - move.startedAt).toBeGreaterThanOrEqual(140);
    expect(move.finishedAt - move.startedAt).toBeLessThan(200);
  });

  it('is real work on the shards, but no user request', () => {
    const { sim, shards, move } = setup('consistent-hash');
    sim.runUntil(2000);
    expect(move.finished).toBe(true);
    // Consistent hashing: every key moves onto the new shard, which only receives writes.
    const copiedIn = shards[3]!.stats!.served;
    expect(copiedIn).toBeGreaterThan(0);
    expect(shards[3]!.stats!.busyAreaAt(2000)).toBeCloseTo(move.moved.length * 0.1, 6);
    expect(sim.metrics.arrived).toBe(0);
  });

  it('stalls while a shard it copies to is down, and finishes once it is back', () => {
    const { sim, shards, move } = setup('consistent-hash');
    sim.runUntil(99);
    shards[3]!.command({ action: 'kill' });
    sim.runUntil(1000);
    expect(move.copied).toBe(0);
    expect(move.retries).toBeGreaterThan(1);
    shards[3]!.command({ action: 'restart' });
    sim.runUntil(3000);
    expect(move.finished).toBe(true);
    expect(move.progress).toBe(1);
  });

  it('never starts when told Infinity, yet knows what would move', () => {
    const sim = new Sim({ seed: 1 });
    const shards = Array.from(
      { length: 4 },
      (_, i) => new Server(sim, { name: `s${i}`, workers: 1, queueLimit: 1, service }),
    );
    const before = placerFor(key, 'modulo', 3, 1);
    const after = placerFor(key, 'modulo', 4, 1);
    const router = new ShardRouter(sim, { name: 'router', shards, before });
    const move = new ShardMove(sim, {
      ...{ name: 'mover', router, shards, before, after, keys: KEYS },
      ...{ startAt: Infinity, batchKeys: 10, intervalMs: 10 },
    });
    sim.runUntil(1000);
    expect(move.started).toBe(false);
    expect(move.moved.length).toBe(748);
    expect(router.phase).toBe('before');
  });
});
