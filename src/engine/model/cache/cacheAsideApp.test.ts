import { describe, expect, it } from 'vitest';
import { constant } from '../../core/distributions';
import { Outcome } from '../../kernel/request';
import { Sim } from '../../kernel/sim';
import { CacheAsideApp, type CachePolicy } from './cacheAsideApp';
import { CacheServer } from './cacheServer';
import { VersionedDatabase } from './database';
import { TestClient } from './testKit';

/** app -> cache (0.5 ms) and database (reads 10 ms, writes 20 ms), all times constant. */
function system(policy: CachePolicy, { ttlMs = Infinity, coalesce = false, capacity = 100 } = {}) {
  const sim = new Sim({ seed: 1 });
  const db = new VersionedDatabase(sim, {
    name: 'db',
    connections: 50,
    queueLimit: 100,
    readMs: constant(10),
    writeMs: constant(20),
  });
  const cache = new CacheServer(sim, {
    name: 'cache',
    capacity,
    ttlMs,
    opMs: constant(0.5),
    ledger: db.ledger,
  });
  const app = new CacheAsideApp(sim, { name: 'app', policy, cache, db, coalesce });
  const client = new TestClient(sim);
  const send = (at: number, kind: 'read' | 'write', key = 1) => client.request(at, app, kind, key);
  const latencies = () => client.answers.map((a) => a.at - a.sentAt);
  return { sim, db, cache, app, client, send, latencies, f: app.figures };
}

describe('CacheAsideApp', () => {
  it('without a cache, every read goes to the database', () => {
    const { sim, send, cache, f, latencies } = system('none');
    for (let i = 0; i < 4; i++) send(i * 50, 'read');
    sim.runUntil(500);
    expect([f.reads, f.hits, f.misses, f.dbReads]).toEqual([4, 0, 4, 4]);
    expect(cache.stats!.arrived).toBe(0);
    expect(latencies()).toEqual([10, 10, 10, 10]);
  });

  it('a miss reads the database and fills the cache; the next read is a 0.5 ms hit', () => {
    const { sim, send, f, latencies, cache } = system('ttl');
    send(0, 'read');
    send(50, 'read');
    sim.runUntil(200);
    // get 0.5 + database 10 + fill 0.5, then a single get.
    expect(latencies()).toEqual([11, 0.5]);
    expect([f.hits, f.misses, f.dbReads, f.fills]).toEqual([1, 1, 1, 1]);
    expect(cache.store.size).toBe(1);
    expect(f.hitRatio).toBe(0.5);
  });

  it('with TTL only, a read after a write is stale until the entry expires', () => {
    const { sim, send, f, client } = system('ttl', { ttlMs: 1000 });
    send(0, 'read'); // fills version 0, read at 10.5
    send(100, 'write'); // commits version 1 at 120
    send(500, 'read'); // hit on version 0: stale for 380 ms
    send(1200, 'read'); // expired at 1010.5: fresh from the database
    sim.runUntil(2000);
    expect(client.answers.filter((a) => a.kind === 'read').map((a) => a.value)).toEqual([0, 0, 1]);
    expect(f.staleReads).toBe(1);
    expect(f.maxStaleMs).toBe(380);
    expect(f.writeCacheMs).toBe(0);
  });

  it('write-through updates the entry; the write pays one cache operation more', () => {
    const { sim, send, f, client } = system('write-through');
    send(0, 'read');
    send(100, 'write');
    send(200, 'read');
    sim.runUntil(500);
    const [, w, r] = client.answers;
    expect([w!.at - w!.sentAt, w!.value]).toEqual([20.5, 1]);
    expect([r!.at - r!.sentAt, r!.value]).toEqual([0.5, 1]);
    expect([f.hits, f.staleReads, f.writeCacheMs]).toEqual([1, 0, 0.5]);
  });

  it('invalidate deletes the entry; the next read misses and gets the new version', () => {
    const { sim, send, f, client, cache } = system('invalidate');
    send(0, 'read');
    send(100, 'write');
    sim.runUntil(150);
    expect(cache.store.size).toBe(0);
    send(200, 'read');
    sim.runUntil(500);
    expect(client.answers.map((a) => [a.at - a.sentAt, a.value])).toEqual([
      [11, 0],
      [20.5, 1],
      [11, 1],
    ]);
    expect([f.misses, f.staleReads]).toEqual([2, 0]);
  });

  it('a fill racing an invalidation is refused, so the old value never comes back', () => {
    const { sim, send, f, client, app, cache } = system('invalidate');
    // Messages from the app to the cache take these times in turn: the fill (2nd) is slow.
    const delays = [0, 30];
    sim.link(app, cache, () => delays.shift() ?? 0, true);
    send(0, 'read'); // misses; reads version 0 from 0.5 to 10.5; its fill arrives at 40.5
    send(1, 'write'); // commits version 1 at 21 and deletes the key at once
    send(50, 'read'); // must not find version 0
    sim.runUntil(200);
    // The first reader waits for its own fill, so it answers last but one.
    expect(client.answers.map((a) => [a.kind, a.at, a.value])).toEqual([
      ['write', 21.5, 1],
      ['read', 41, 0],
      ['read', 61, 1],
    ]);
    expect([f.fills, f.fillsRefused, f.staleReads]).toEqual([1, 1, 0]);
  });

  it('a dead cache sends every read to the database and fills nothing', () => {
    const { sim, send, f, cache } = system('ttl');
    sim.applyCommands([{ at: 0, node: 'cache', action: 'kill' }]);
    for (let i = 0; i < 3; i++) send(10 + i * 50, 'read');
    sim.runUntil(500);
    expect([f.hits, f.misses, f.dbReads, f.fills]).toEqual([0, 3, 3, 0]);
    expect(cache.store.size).toBe(0);
  });

  it('concurrent misses for one key stampede the database unless coalesced', () => {
    for (const coalesce of [false, true]) {
      const { sim, send, f, client } = system('ttl', { coalesce });
      for (let i = 0; i < 5; i++) send(i, 'read', 7);
      sim.runUntil(100);
      expect(client.answers.every((a) => a.outcome === Outcome.ok && a.value === 0)).toBe(true);
      expect(f.misses).toBe(5);
      expect([f.dbReads, f.maxSameKeyDbReads, f.coalesced]).toEqual(
        coalesce ? [1, 1, 4] : [5, 5, 0],
      );
    }
  });
});
