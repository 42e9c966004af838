import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { CacheOp, CacheServer } from './cacheServer';
import { TestClient } from './testKit';
import { VersionLedger } from './versionLedger';

function setup(capacity = 10, ttlMs = Infinity) {
  const sim = new Sim({ seed: 1 });
  const ledger = new VersionLedger();
  const cache = new CacheServer(sim, {
    name: 'cache',
    capacity,
    ttlMs,
    opMs: constant(0.5),
    ledger,
  });
  const client = new TestClient(sim);
  /** Sends op at time t, runs to t + 1, returns the op with its answer filled in. */
  const run = (t: number, op: CacheOp, key = 1) => {
    client.cacheOp(t, cache, op, key);
    sim.runUntil(t + 1);
    return op;
  };
  return { sim, cache, client, ledger, run };
}

describe('CacheServer', () => {
  it('misses with a lease, is filled, then hits; answers take the operation time', () => {
    const { run, client } = setup();
    const miss = run(0, new CacheOp('get'));
    expect([miss.ok, miss.token > 0]).toEqual([false, true]);
    expect(run(2, new CacheOp('fill', 3, 2, miss.token)).ok).toBe(true);
    const hit = run(4, new CacheOp('get'));
    expect([hit.ok, hit.version]).toEqual([true, 3]);
    expect(client.answers.map((a) => a.at - a.sentAt)).toEqual([0.5, 0.5, 0.5]);
    expect(client.answers[2]!.value).toBe(3);
  });

  it('evicts the least recently used key when full', () => {
    const { run, cache } = setup(2);
    for (const k of [1, 2, 3]) {
      const m = run(k * 10, new CacheOp('get'), k);
      run(k * 10 + 2, new CacheOp('fill', 0, k * 10, m.token), k);
    }
    expect(cache.store.keys()).toEqual([3, 2]);
    expect(cache.store.evictions).toBe(1);
    expect(run(50, new CacheOp('get'), 1).ok).toBe(false);
  });

  it('expires an entry ttlMs after the database produced it', () => {
    const { run } = setup(10, 1000);
    const m = run(0, new CacheOp('get'));
    run(20, new CacheOp('fill', 0, 10, m.token)); // read at 10, stored at 20
    expect(run(1005, new CacheOp('get')).ok).toBe(true);
    expect(run(1010, new CacheOp('get')).ok).toBe(false); // 10 + 1000
  });

  it('refuses a fill whose lease a delete or a write-through set voided', () => {
    const { run } = setup();
    const m1 = run(0, new CacheOp('get'));
    run(1, new CacheOp('delete'));
    expect(run(2, new CacheOp('fill', 0, 1, m1.token)).ok).toBe(false);
    const m2 = run(3, new CacheOp('get'));
    run(4, new CacheOp('set', 2, 4));
    expect(run(5, new CacheOp('fill', 1, 4, m2.token)).ok).toBe(false);
    expect(run(6, new CacheOp('get')).version).toBe(2);
    // A later miss gets a fresh lease that holds.
    run(7, new CacheOp('delete'));
    const m3 = run(8, new CacheOp('get'));
    expect(run(9, new CacheOp('fill', 2, 9, m3.token)).ok).toBe(true);
  });

  it('never replaces a newer version with an older one', () => {
    const { run } = setup();
    run(0, new CacheOp('set', 5, 0));
    expect(run(1, new CacheOp('set', 4, 1)).ok).toBe(false);
    expect(run(2, new CacheOp('get')).version).toBe(5);
  });

  it('measures how stale a hit is against the database ledger', () => {
    const { run, ledger } = setup();
    const m = run(0, new CacheOp('get'));
    run(1, new CacheOp('fill', 0, 0, m.token));
    expect(run(5, new CacheOp('get')).staleMs).toBe(-1);
    ledger.commit(1, 100);
    expect(run(350, new CacheOp('get')).staleMs).toBe(250);
  });

  it('a kill empties it and voids old leases; while down it refuses everything', () => {
    const { sim, run, cache, client } = setup();
    const m = run(0, new CacheOp('get'), 1);
    run(1, new CacheOp('set', 1, 1), 2);
    sim.applyCommands([
      { at: 10, node: 'cache', action: 'kill' },
      { at: 20, node: 'cache', action: 'restart' },
    ]);
    const down = run(15, new CacheOp('get'), 2);
    expect(client.answers.at(-1)!.outcome).toBe(Outcome.failed);
    expect(down.ok).toBe(false);
    expect(cache.store.size).toBe(0);
    expect(run(25, new CacheOp('fill', 0, 0, m.token), 1).ok).toBe(false);
    expect(run(30, new CacheOp('get'), 2).ok).toBe(false);
  });
});
